using ClaimAudit.Core.Analytics;
using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Remittances;
using Xunit;
using static ClaimAudit.Core.Tests.Analytics.AnalyticsSamples;

namespace ClaimAudit.Core.Tests.Analytics;

/// <summary>
/// How the payers' answers follow one another on one claim: a secondary payer after the primary, a
/// recoupment with no new adjudication, a payment whose date is not given. Figures worked by hand.
/// </summary>
public sealed class AnalyticsPayerSequenceTests
{
    private static readonly DateOnly Dos = new(2026, 3, 2);

    private static AnalyticsReport Build(AuditedClaim claim, params RemittanceAdvice[] advices) =>
        AnalyticsBuilder.Build("clinic-1", [claim], advices, PayerProfileSet.Shipped, new AnalyticsOptions(null, null, new DateOnly(2026, 4, 30)), Generated);

    private static RemittanceAdvice Advice(string payer, DateOnly? paid, ClaimPayment claim) =>
        new() { Key = $"{payer}/T-{paid:yyyyMMdd}", PayerIdentifier = payer, PayerName = payer, PaymentDate = paid, Claims = [claim] };

    private static ClaimPayment Clp(int status, decimal charge, decimal paid, ServicePayment line) =>
        new() { PatientControlNumber = "V1", Status = status, Charge = charge, Paid = paid, ServiceDate = Dos, Lines = [line], Location = $"CLP {status}" };

    private static AuditedClaim Audited() => Claim("V1", Medicare, Dos, "clean", [Line("97110", 2, 100m, "V1-2", [2], ["GP"])]);

    [Fact]
    public void A_secondary_payers_answer_does_not_bill_the_charge_a_second_time()
    {
        // Medicare pays 60 of 100 (CO-45 20, PR-2 20); the Medigap plan then pays the 20 coinsurance (OA-23 80).
        var report = Build(Audited(),
            Advice("MCR", new(2026, 3, 10), Clp(1, 100m, 60m, Svc("97110", 100m, 60m, "V1-2", Co("45", 20m), Pr("2", 20m)))),
            Advice("MEDIGAP", new(2026, 3, 20), Clp(2, 100m, 20m, Svc("97110", 100m, 20m, "V1-2", new Adjustment("OA", "23", 80m)))));

        // Charged is the claim's charge once (100, not 200); paid is both payers' 80; nothing is denied or owed.
        Assert.Equal((100m, 80m, 0m), (report.Totals.Charged, report.Totals.Paid, report.Totals.Denied));
        var row = Assert.Single(report.DenialRates);
        Assert.Equal((1, 0, 100m), (row.Lines, row.DeniedLines, row.Charged));
        Assert.Empty(report.OpenClaims);
    }

    [Fact]
    public void A_payment_taken_back_with_no_new_answer_is_owed_again_at_what_was_billed()
    {
        // Paid 80 (CO-45 20) on March 10; on April 10 the payer reverses it (CLP02 22, every amount negated) and has
        // not answered again. Net: charge 0, paid 0, adjusted 0 — the 100 the audit billed is owed again, 59 days old.
        var report = Build(Audited(),
            Advice("MCR", new(2026, 3, 10), Clp(1, 100m, 80m, Svc("97110", 100m, 80m, "V1-2", Co("45", 20m)))),
            Advice("MCR", new(2026, 4, 10), Clp(22, -100m, -80m, Svc("97110", -100m, -80m, "V1-2", Co("45", -20m)))));

        var open = Assert.Single(report.OpenClaims);
        Assert.Equal(("V1", 100m, 0m, 0m, 100m, 59, "31–60"), (open.VisitId, open.Billed, open.Paid, open.Adjusted, open.Outstanding, open.Days, open.Bucket));
        Assert.Equal(100m, report.Totals.Outstanding);
    }

    [Fact]
    public void A_remittance_with_no_payment_date_is_not_taken_for_the_first_answer()
    {
        // Dated March 10: paid in full after CO-45. Undated (no BPR16): a CO-50 denial that came later or not
        // first — nothing says it was first, so first-pass resolution is read from the dated answer (1 of 1).
        var report = Build(Audited(),
            Advice("MCR", null, Clp(1, 100m, 0m, Svc("97110", 100m, 0m, "V1-2", Co("50", 100m)))),
            Advice("MCR", new(2026, 3, 10), Clp(1, 100m, 80m, Svc("97110", 100m, 80m, "V1-2", Co("45", 20m)))));

        Assert.Equal(1.0, report.Totals.FirstPassResolutionRate);
    }
}
