using ClaimAudit.Core.Analytics;
using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Tests.Pipeline;
using Xunit;

namespace ClaimAudit.Core.Tests.Analytics;

/// <summary>What an audited visit leaves for the analytics (PRODUCT.md section 11), from the report's visit.</summary>
public sealed class AuditedClaimTests
{
    private const string Header = "visit_id,patient_id,date_of_service,payer_id,cpt_code,minutes,billed_units,billed_modifiers";

    [Fact]
    public void Billed_dollars_are_the_units_the_claim_asks_for_not_the_units_the_time_supports()
    {
        // 97112 for 20 minutes is 1 unit under the 8-minute rule (section 3); the clinic bills 3. Until the payer
        // answers, the receivable is what was asked: 3 units at the rate, not the report's 1-unit value.
        var (_, visits) = BatchAuditKit.Audit(BatchAuditKit.Csv(Header,
            "V-1,P-1,2026-03-02,medicare,97112,20,3,GP",
            "V-2,P-2,2026-03-02,medicare,97110,38,,GP"));
        var rate97112 = PayerProfileSet.Shipped.Find("medicare")!.Rates["97112"];
        var rate97110 = PayerProfileSet.Shipped.Find("medicare")!.Rates["97110"];

        var overbilled = AuditedClaim.From(visits.Visit("V-1"), "b-1", DateTimeOffset.UnixEpoch);
        var tellMe = AuditedClaim.From(visits.Visit("V-2"), "b-1", DateTimeOffset.UnixEpoch);

        Assert.Equal(1 * rate97112, visits.Visit("V-1").Line("97112").Value);
        Assert.Equal(3 * rate97112, overbilled.Lines.Single().Billed);
        Assert.Equal(3 * rate97112, overbilled.Billed);
        Assert.Contains("UNITS_OVERBILLED", overbilled.Lines.Single().Rules);
        // No billed units ("tell me"): the claim goes out with the computed units, 38 minutes = 3.
        Assert.Equal(3 * rate97110, tellMe.Billed);
    }
}
