using System.Text;

namespace ClaimAudit.Tests.Shared;

/// <summary>Hand-written X12 835 files (005010X221A1) for the CLI's remit and analytics commands and the remittance and analytics routes.</summary>
internal static class Remit835
{
    private static string Isa(string control) =>
        string.Join('*', "ISA", "00", new string(' ', 10), "00", new string(' ', 10), "ZZ", "PAYERSYS".PadRight(15), "ZZ",
            "TESTCLINIC".PadRight(15), "260415", "0900", "^", "00501", control, "0", "P", ":");

    /// <summary>
    /// One payment (trace <paramref name="trace"/>) from Medicare for V-1001 of samples/visits.csv (2026-03-02):
    /// 97112 × 2 paid 60 of 100 (CO-45 40), 97110 × 1 denied 50 as CO-50 (necessity).
    /// </summary>
    public static string Payment(string trace = "EFT0001", string visitId = "V-1001")
    {
        string[] set =
        [
            "ST*835*0001*005010X221A1",
            "BPR*I*60*C*ACH*CCP*01*999999999*DA*123456*1512345678**01*999988880*DA*98765*20260415",
            $"TRN*1*{trace}*1512345678",
            "DTM*405*20260414",
            "N1*PR*MEDICARE PART B", "REF*2U*MCR01",
            "N1*PE*TEST CLINIC*XX*1000000003",
            "LX*1",
            $"CLP*{visitId}*1*150*60*0*MB*PCN0001*11*1",
            "NM1*QC*1*DOE*PAT****MI*P101",
            "DTM*232*20260302",
            "SVC*HC:97112:GP*100*60**2", "DTM*472*20260302", $"REF*6R*{visitId}-2", "CAS*CO*45*40",
            "SVC*HC:97110:GP*50*0**1", "DTM*472*20260302", $"REF*6R*{visitId}-3", "CAS*CO*50*50",
        ];
        var segments = new List<string> { Isa("000000001"), "GS*HP*PAYERSYS*TESTCLINIC*20260415*0900*1*X*005010X221A1" };
        segments.AddRange(set);
        segments.Add($"SE*{set.Length + 1}*0001");
        segments.AddRange(["GE*1*1", "IEA*1*000000001"]);
        return string.Concat(segments.Select(s => s + "~\n"));
    }

    public static string Write(string directory, string name, string text)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, text, Encoding.ASCII);
        return path;
    }
}
