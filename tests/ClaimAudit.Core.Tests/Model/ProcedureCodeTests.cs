using ClaimAudit.Core.Model;
using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Units;
using static ClaimAudit.Core.Tests.Ingest.IngestTestKit;

namespace ClaimAudit.Core.Tests.Model;

/// <summary>Section 2's code shape is one definition: the readers, the unit calculator and payer profiles accept the same codes.</summary>
public class ProcedureCodeTests
{
    [Theory]
    [InlineData("97112", true)]
    [InlineData("G0283", true)]
    [InlineData("g0283", true)]
    [InlineData("0275T", true)]
    [InlineData("0001F", true)]
    [InlineData("ABCDE", false)]
    [InlineData("AB123", false)]
    [InlineData("G028X", false)]
    [InlineData("9711", false)]
    [InlineData("971120", false)]
    [InlineData("97-12", false)]
    public void Ingest_units_and_payer_profiles_accept_the_same_codes(string code, bool wellFormed)
    {
        Assert.Equal(wellFormed, ProcedureCode.IsWellFormed(code));

        var ingest = Read(Csv(Header, $"V-1,P-1,2026-03-04,medicare,{code},20"));
        Assert.Equal(wellFormed, ingest.RejectedRows.Count == 0);

        var units = UnitsService.Compute(new UnitsRequest { Method = "cms", Lines = [new() { Code = code, Minutes = 20 }] });
        Assert.Equal(wellFormed, !units.Errors.Contains($"lines[0].code '{code}' is not a 5-character code"));

        var profile = PayerProfileJson.Validate(new PayerProfile { PayerId = "acme", OneOnOneCodes = [code] });
        Assert.Equal(wellFormed, !profile.Contains($"oneOnOneCodes[0] '{code}' is not a 5-character code"));
    }
}
