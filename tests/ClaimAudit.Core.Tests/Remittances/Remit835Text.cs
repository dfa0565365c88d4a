using System.Text;
using ClaimAudit.Core.Tests.Ingest.X12;

namespace ClaimAudit.Core.Tests.Remittances;

/// <summary>
/// Builds 835 remittance files by hand from the implementation guide's (005010X221A1) segment layout:
/// segments are written with '*' between elements and ':' between components, then re-written with the
/// separators under test. "ISA:{control}" in a segment list stands for a padded ISA with those separators.
/// </summary>
internal static class Remit835Text
{
    /// <summary>One ST … SE: ST, the body, and SE counted (or <paramref name="seCount"/> when a test wants it wrong).</summary>
    public static IEnumerable<string> Set(string control, IEnumerable<string> body, int? seCount = null)
    {
        var set = new List<string> { $"ST*835*{control}*005010X221A1" };
        set.AddRange(body);
        set.Add($"SE*{seCount ?? set.Count + 1}*{control}");
        return set;
    }

    /// <summary>ISA, GS, the sets, GE, IEA.</summary>
    public static IEnumerable<string> Interchange(string control, params IEnumerable<string>[] sets) =>
    [
        $"ISA:{control}", $"GS*HP*PAYERSYS*TESTCLINIC*20260415*0900*{int.Parse(control)}*X*005010X221A1",
        .. sets.SelectMany(s => s),
        $"GE*{sets.Length}*{int.Parse(control)}", $"IEA*1*{control}",
    ];

    /// <summary>The header (BPR, TRN, DTM*405, 1000A payer, 1000B payee) of one payment.</summary>
    public static string[] Header(string amount, string trace, string date = "20260415", string payer = "MEDICARE PART B",
        string trnPayer = "1512345678", string? payerRef = "MCR01", string? n104 = null) =>
    [
        $"BPR*I*{amount}*C*ACH*CCP*01*999999999*DA*123456*1512345678**01*999988880*DA*98765*{date}",
        $"TRN*1*{trace}*{trnPayer}",
        "DTM*405*20260414",
        n104 is null ? $"N1*PR*{payer}" : $"N1*PR*{payer}*XV*{n104}",
        "N3*PO BOX 1000", "N4*ANYTOWN*TX*75001",
        .. payerRef is null ? Array.Empty<string>() : [$"REF*2U*{payerRef}"],
        "PER*BL*PROVIDER SERVICES*TE*8005550100",
        "N1*PE*TEST CLINIC*XX*1000000003", "N3*1 MAIN ST", "N4*ANYTOWN*TX*75001",
    ];

    /// <summary>A CLP with the patient's name (NM1*QC, never read) and the claim date.</summary>
    public static string[] Claim(string id, string status, string charge, string paid, string patient, string date = "20260302", string payerClaim = "PCN0001") =>
    [
        $"CLP*{id}*{status}*{charge}*{paid}*{patient}*MB*{payerClaim}*11*1",
        "NM1*QC*1*DOE*PAT****MI*P101",
        $"DTM*232*{date}",
    ];

    /// <summary>The file text: each segment with the given separators and its terminator, then <paramref name="after"/>.</summary>
    public static string Render(IEnumerable<string> segments, char element = '*', char component = ':', char repetition = '^', char terminator = '~', string after = "\n")
    {
        var text = new StringBuilder();
        foreach (var segment in segments)
        {
            var written = segment.StartsWith("ISA:", StringComparison.Ordinal)
                ? X12Text.Isa(element, component, repetition, segment[4..])
                : segment.Replace('*', element).Replace(':', component);
            text.Append(written).Append(terminator).Append(after);
        }
        return text.ToString();
    }

    public static Stream Stream(string text) => new MemoryStream(Encoding.UTF8.GetBytes(text));
}
