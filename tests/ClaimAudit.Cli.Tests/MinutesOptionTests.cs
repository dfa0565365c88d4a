using System.Text.Json;
using ClaimAudit.Core.Reporting;

namespace ClaimAudit.Cli.Tests;

/// <summary>
/// Issue 12: <c>claimaudit audit CLAIMS --minutes EXPORT</c> (PRODUCT.md sections 7 and 12) — an EMR
/// export's minutes joined onto a claim file's lines, so the 8-minute rule runs on an 837P.
/// </summary>
public sealed class MinutesOptionTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("claimaudit-minutes-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>
    /// One 837P claim written by hand from the 005010X222A1 guide: Medicare (payer id "medicare"),
    /// CLM01 V-1001, rendering PT (taxonomy 225100000X), one service line 97112:GP × 3 units on
    /// 2026-03-02 with REF*6R LC-1. No minutes: an 837P has none.
    /// </summary>
    private string Claims837()
    {
        // The ISA is fixed width (106 characters with its terminator): its fields are padded.
        var isa = "ISA*00*          *00*          *ZZ*SUBMITTER      *ZZ*RECEIVER       *260304*1200*^*00501*000000001*0*P*:~";
        string[] set =
        [
            "ST*837*0001*005010X222A1", "BHT*0019*00*0001*20260304*1200*CH", "NM1*41*2*CLINIC*****46*12345", "PER*IC*BILLING*TE*5555555555",
            "NM1*40*2*RECEIVER*****46*67890", "HL*1**20*1", "NM1*85*2*CLINIC*****XX*1234567893", "N3*1 MAIN ST", "N4*CITY*ST*12345", "REF*EI*123456789",
            "HL*2*1*22*0", "SBR*P*18*******MB", "NM1*IL*1*DOE*JANE****MI*P-101", "NM1*PR*2*MEDICARE*****PI*medicare",
            "CLM*V-1001*100.20***11:B:1*Y*A*Y*Y", "HI*ABK:I69351", "NM1*82*1*SMITH*ANN****XX*1234567893", "PRV*PE*PXC*225100000X",
            "LX*1", "SV1*HC:97112:GP*100.20*UN*3***1", "DTP*472*D8*20260302", "REF*6R*LC-1",
        ];
        var body = string.Join("~", set) + $"~SE*{set.Length + 1}*0001~";
        return Write("claims.837", isa + "GS*HC*SUBMITTER*RECEIVER*20260304*1200*1*X*005010X222A1~" + body + "GE*1*1~IEA*1*000000001~");
    }

    private const string ExportHeader = "visit_id,patient_id,date_of_service,payer_id,cpt_code,minutes,one_on_one,billed_units,billed_modifiers,diagnosis_codes\n";

    [Fact]
    public async Task A_minutes_export_that_does_not_exist_is_exit_2_with_the_reason()
    {
        var claims = Write("claims.csv", ExportHeader + "V-1,P-1,2026-03-02,medicare,97110,30,Y,2,GP,M54.50\n");
        var run = await CliRun.RunAsync("audit", claims, "--minutes", Path.Combine(_dir, "nope.csv"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot read minutes export", run.Stderr);
        Assert.Contains("nope.csv", run.Stderr);
    }

    [Fact]
    public async Task A_claim_line_that_has_its_own_minutes_keeps_them_and_the_join_says_what_it_did()
    {
        // The claims are a CSV with minutes: nothing waits for minutes, and the export's 60 do not replace the claim's 30.
        var claims = Write("claims.csv", ExportHeader + "V-1,P-1,2026-03-02,medicare,97110,30,Y,2,GP,M54.50\n");
        var export = Write("export.csv", ExportHeader + "V-1,P-1,2026-03-02,medicare,97110,60,Y,4,GP,M54.50\n");
        var run = await CliRun.RunAsync("audit", claims, "--minutes", export, "--out", "-");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Minutes from export.csv: 0 of 0 claim lines without minutes joined (1 visit matched by visit id).", run.Stderr);
        using var doc = JsonDocument.Parse(run.RawStdout);
        var line = doc.RootElement.GetProperty("visits")[0].GetProperty("lines")[0];
        Assert.Equal((30, 2), (line.GetProperty("minutes").GetInt32(), line.GetProperty("computedUnits").GetInt32()));
        Assert.Equal("V-1-2", line.GetProperty("lineControl").GetString());
        Assert.True(doc.RootElement.GetProperty("summary").GetProperty("unitsCheckedAgainstTime").GetBoolean());
    }

    [Fact]
    public async Task An_837P_alone_is_audited_without_the_time_checks_and_says_so()
    {
        var run = await CliRun.RunAsync("audit", Claims837(), "--out", "-");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.RawStdout);
        var visit = doc.RootElement.GetProperty("visits")[0];
        Assert.Equal("V-1001", visit.GetProperty("visitId").GetString());
        var line = visit.GetProperty("lines")[0];
        Assert.Equal("LC-1", line.GetProperty("lineControl").GetString());
        Assert.StartsWith("ST 0001, segment ", line.GetProperty("location").GetString());
        Assert.False(line.TryGetProperty("minutes", out _));
        Assert.False(line.GetProperty("unitsCheckedAgainstTime").GetBoolean());
        Assert.DoesNotContain(visit.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() is "UNITS_OVERBILLED" or "ONE_ON_ONE_NOT_ATTESTED");
        Assert.False(doc.RootElement.GetProperty("summary").GetProperty("unitsCheckedAgainstTime").GetBoolean());

        var console = await CliRun.RunAsync("audit", Claims837());
        Assert.Contains(ReportText.UnitsNotChecked, console.Stdout);
    }

    [Fact]
    public async Task With_minutes_joined_the_837P_line_gets_the_8_minute_rule()
    {
        // 97112 24 min (EMR) → 2 units under the 8-minute rule (CMS Pub 100-04 ch. 5 §20.2); the claim bills 3: $33.40 over.
        var export = Write("emr.csv", ExportHeader + "V-1001,P-101,2026-03-02,medicare,97112,24,Y,3,GP,I69.351\n");
        var run = await CliRun.RunAsync("audit", Claims837(), "--minutes", export, "--out", "-");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Minutes from emr.csv: 1 of 1 claim line without minutes joined (1 visit matched by visit id).", run.Stderr);
        using var doc = JsonDocument.Parse(run.RawStdout);
        var visit = doc.RootElement.GetProperty("visits")[0];
        var line = visit.GetProperty("lines")[0];
        Assert.Equal((24, 2, 3), (line.GetProperty("minutes").GetInt32(), line.GetProperty("computedUnits").GetInt32(), line.GetProperty("billedUnits").GetInt32()));
        Assert.Equal("LC-1", line.GetProperty("lineControl").GetString());
        var over = visit.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == "UNITS_OVERBILLED");
        Assert.Equal(33.40m, over.GetProperty("amount").GetDecimal());
        Assert.StartsWith("ST 0001, segment ", over.GetProperty("location").GetString());
        Assert.True(doc.RootElement.GetProperty("summary").GetProperty("unitsCheckedAgainstTime").GetBoolean());
    }
}
