using ClaimAudit.Core.Remittances;
using ClaimAudit.Core.Tests.Rules;
using Xunit;

namespace ClaimAudit.Core.Tests.Remittances;

/// <summary>samples/remit.835 (written by samples/make-remit-835.py) reads cleanly, balances, and tells the story it is for.</summary>
public sealed class SampleRemitTests
{
    private static RemittanceFile Read()
    {
        using var stream = File.OpenRead(Path.Combine(BroadBatches.RepoRoot, "samples", "remit.835"));
        return Remittance835Reader.Read(stream);
    }

    [Fact]
    public void The_sample_835_reads_without_errors_and_balances()
    {
        var file = Read();

        Assert.Null(file.FileError);
        Assert.Empty(file.SegmentErrors);
        Assert.Equal(["1999999984/EFT260403001", "1999999984/EFT260424001", "1066033492/CHK0004481"], file.Advices.Select(a => a.Key));
        Assert.Equal([18, 4, 4], file.Advices.Select(a => a.Claims.Count));
        Assert.All(file.Advices, a => Assert.Empty(a.Balancing));
        Assert.Equal(["MEDICARE PART B", "MEDICARE PART B", "AETNA PPO"], file.Advices.Select(a => a.PayerName));
        Assert.Equal(["medicare", "medicare", "commercial-ama"], file.Advices.Select(a => a.PayerIdentifier));
    }

    [Fact]
    public void The_sample_835_tells_the_story_the_analytics_show()
    {
        var claims = Read().Advices.SelectMany(a => a.Claims).ToList();
        ServicePayment Line(string control) => claims.SelectMany(c => c.Lines).Single(l => l.LineControl == control);

        // Line control numbers are {visitId}-{CSV row}; V-5001's two 97110 rows are answered one by one.
        Assert.All(claims.SelectMany(c => c.Lines.Select(l => (c.PatientControlNumber, l.LineControl))),
            p => Assert.StartsWith(p.PatientControlNumber + "-", p.LineControl));
        Assert.Equal(2, claims.Single(c => c.PatientControlNumber == "V-5001").Lines.Count(l => l.Code == "97110"));
        // Denials the audit predicted, and one it did not (V-2003, CO-197).
        Assert.Equal(["CO-50"], Line("V-1002-4").Adjustments.Select(a => a.Code));
        Assert.Equal(("CO-151", 2m, 1m), (Line("V-1003-5").Adjustments[0].Code, Line("V-1003-5").SubmittedUnits, Line("V-1003-5").Units));
        Assert.Equal(["CO-4"], Line("V-1005-9").Adjustments.Select(a => a.Code));
        Assert.Equal(["CO-97"], Line("V-1013-21").Adjustments.Select(a => a.Code));
        Assert.Equal(["M80"], Line("V-1013-21").Remarks);
        Assert.Equal(["CO-236"], Line("V-1014-23").Adjustments.Select(a => a.Code));
        Assert.Equal(["CO-197"], Line("V-2003-39").Adjustments.Select(a => a.Code));
        // Most lines: CO-45 contractual and PR-2 coinsurance.
        Assert.Equal(["CO-45", "PR-2"], Line("V-1018-27").Adjustments.Select(a => a.Code));
        // V-1001: paid, reversed, paid again; it nets to the corrected payment.
        var v1001 = claims.Where(c => c.PatientControlNumber == "V-1001").ToList();
        Assert.Equal([1, 22, 1], v1001.Select(c => c.Status));
        Assert.Equal(v1001[2].Paid, v1001.Sum(c => c.Paid));
        // Open AR: audited visits with no remittance.
        Assert.DoesNotContain(claims, c => c.PatientControlNumber is "V-1004" or "V-1022" or "V-3001" or "V-5007");
    }
}
