using System.Text;

namespace ClaimAudit.Core.Tests.Ingest.X12;

/// <summary>
/// Builds X12 interchanges by hand for tests: segments are written with '*' between elements and ':'
/// between components, then re-written with the separators under test. The ISA is padded to its
/// fixed widths, and SE01 is counted, unless a test wants them wrong.
/// </summary>
internal static class X12Text
{
    public static string Isa(char element = '*', char component = ':', char repetition = '^', string control = "000000001") =>
        string.Join(element, "ISA", "00", new string(' ', 10), "00", new string(' ', 10), "ZZ", "TESTCLINIC".PadRight(15), "ZZ",
            "TESTRECEIVER".PadRight(15), "260320", "1200", repetition.ToString(), "00501", control, "0", "T", component.ToString());

    /// <summary>An interchange around one 837P transaction set whose body (after BHT … before SE) is <paramref name="body"/>.</summary>
    public static string Interchange(IEnumerable<string> body, char element = '*', char component = ':', char repetition = '^', char terminator = '~',
        string afterTerminator = "\n", int? seCount = null, bool close = true)
    {
        var set = new List<string> { "ST*837*0001*005010X222A1", "BHT*0019*00*T1*20260320*1200*CH" };
        set.AddRange(body);
        set.Add($"SE*{seCount ?? set.Count + 1}*0001");
        var segments = new List<string> { "GS*HC*TESTCLINIC*TESTRECEIVER*20260320*1200*1*X*005010X222A1" };
        segments.AddRange(set);
        if (close) segments.AddRange(["GE*1*1", "IEA*1*000000001"]);
        var text = new StringBuilder(Isa(element, component, repetition)).Append(terminator).Append(afterTerminator);
        foreach (var segment in segments)
            text.Append(segment.Replace('*', element).Replace(':', component)).Append(terminator).Append(afterTerminator);
        return text.ToString();
    }

    /// <summary>The billing provider, 2000A.</summary>
    public static readonly string[] Billing =
    [
        "NM1*41*2*TEST CLINIC*****46*TESTCLINIC", "NM1*40*2*TEST RECEIVER*****46*TESTRECEIVER",
        "HL*1**20*1", "PRV*BI*PXC*225100000X", "NM1*85*2*TEST CLINIC*****XX*1000000003",
    ];

    /// <summary>A subscriber who is the patient (2000B/2010BA/2010BB).</summary>
    public static string[] Subscriber(int hl, string memberId, string payerName = "MEDICARE PART B", string payerId = "medicare") =>
    [
        $"HL*{hl}*1*22*0", "SBR*P*18*******MB", $"NM1*IL*1*DOE*PAT****MI*{memberId}", $"NM1*PR*2*{payerName}*****PI*{payerId}",
    ];

    /// <summary>One service line (2400): LX, SV1, DTP*472 (D8 unless <paramref name="date"/> holds a '-'), REF*6R when given.</summary>
    public static string[] Line(int n, string procedure, int units, string date = "20260302", string? control = null) =>
    [
        $"LX*{n}", $"SV1*HC:{procedure}*40*UN*{units}***1", date.Contains('-') ? $"DTP*472*RD8*{date}" : $"DTP*472*D8*{date}",
        .. control is null ? Array.Empty<string>() : [$"REF*6R*{control}"],
    ];
}
