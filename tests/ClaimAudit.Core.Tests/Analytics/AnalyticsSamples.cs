using ClaimAudit.Core.Analytics;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Remittances;

namespace ClaimAudit.Core.Tests.Analytics;

/// <summary>
/// The hand-worked example of the analytics tests: six audited visits of two payers and five
/// remittance advices, built directly (no 835 reader). AsOf = 2026-05-31. Every figure the tests
/// assert is worked out in AnalyticsBuilderTests from these numbers.
/// </summary>
/// <remarks>
/// V1 medicare 2026-03-02 clean    97110×2 GP (rows 2,5; billed 60) + 97140×1 GP (billed 40). Paid in full after
///                                 CO-45/PR-2; the 835 also has a 97035 line nobody audited (unmatched line).
/// V2 medicare 2026-05-01 error    97110×3 GP flagged UNITS_OVERBILLED, sent unchanged, CO-151 60 (units denial)
///                                 + 97140×1 GP paid after CO-45.
/// V3 commercial-ama 2026-04-30 warning  97530×2 GP flagged CODE_REPLACED_FOR_PAYER (predicts coverage), sent
///                                 unchanged, CO-50 80 (necessity: a miss) + 97110×1 GP paid after PR-2.
/// V4 medicare 2026-01-31 error    visit-level DOC_NOTE_MISSING; 97112×1 no modifier flagged MOD_DISCIPLINE_MISSING
///                                 but sent with GP (fixed before sending) + 97110×1 GP. Paid, reversed, paid again
///                                 with CO-50 16 on the 97112.
/// V5 commercial-ama 2026-01-30 clean   97110×2 GP flagged UNITS_UNDERBILLED (predicts no denial); never remitted.
/// V6 commercial-ama 2026-04-15 clean   97110×1 GP; the 835 says 2026-04-16: unmatched (date differs).
/// V99 (commercial-ama advice): no audited claim.
/// </remarks>
internal static class AnalyticsSamples
{
    public const string Medicare = "medicare";
    public const string Ama = "commercial-ama";
    public static readonly DateOnly AsOf = new(2026, 5, 31);
    public static readonly DateTimeOffset Generated = new(2026, 6, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Audited = new(2026, 5, 31, 12, 0, 0, TimeSpan.Zero);

    public static AuditedLine Line(string code, int units, decimal billed, string? lineControl, int[] rows, string[] modifiers, params string[] rules) =>
        new() { Code = code, BilledUnits = units, Billed = billed, LineControl = lineControl, Rows = rows, BilledModifiers = modifiers, Rules = rules };

    public static AuditedClaim Claim(string visitId, string payer, DateOnly dos, string status, AuditedLine[] lines, string[]? visitRules = null,
        DateTimeOffset? auditedAt = null) => new()
    {
        VisitId = visitId, PayerId = payer, DateOfService = dos, BatchId = "batch-1",
        AuditedAt = auditedAt ?? Audited, Status = status, Billed = lines.Sum(l => l.Billed), Lines = lines, VisitRules = visitRules ?? [],
    };

    public static ServicePayment Svc(string code, decimal charge, decimal paid, string? lineControl, params Adjustment[] adjustments) =>
        new() { Code = code, Modifiers = ["GP"], Charge = charge, Paid = paid, LineControl = lineControl, Adjustments = adjustments, Location = $"SVC {code} {lineControl}" };

    public static Adjustment Co(string reason, decimal amount) => new("CO", reason, amount);
    public static Adjustment Pr(string reason, decimal amount) => new("PR", reason, amount);

    public static IReadOnlyList<AuditedClaim> Claims() =>
    [
        Claim("V1", Medicare, new(2026, 3, 2), "clean",
            [Line("97110", 2, 60m, "V1-2", [2, 5], ["GP"]), Line("97140", 1, 40m, "V1-3", [3], ["GP"])]),
        Claim("V2", Medicare, new(2026, 5, 1), "error",
            [Line("97110", 3, 90m, "V2-1", [1], ["GP"], RuleIds.UnitsOverbilled), Line("97140", 1, 40m, "V2-2", [2], ["GP"])]),
        Claim("V3", Ama, new(2026, 4, 30), "warning",
            [Line("97530", 2, 80m, "V3-1", [1], ["GP"], RuleIds.CodeReplacedForPayer), Line("97110", 1, 40m, "V3-2", [2], ["GP"])]),
        Claim("V4", Medicare, new(2026, 1, 31), "error",
            [Line("97112", 1, 45m, "V4-1", [1], [], RuleIds.ModDisciplineMissing), Line("97110", 1, 40m, "V4-2", [2], ["GP"])],
            visitRules: [RuleIds.DocNoteMissing]),
        Claim("V5", Ama, new(2026, 1, 30), "clean", [Line("97110", 2, 100m, "V5-1", [1], ["GP"], RuleIds.UnitsUnderbilled)]),
        Claim("V6", Ama, new(2026, 4, 15), "clean", [Line("97110", 1, 50m, "V6-1", [1], ["GP"])]),
    ];

    public static IReadOnlyList<RemittanceAdvice> Remittances() =>
    [
        new RemittanceAdvice
        {
            Key = "MCR/T1", PayerName = "MEDICARE", PaymentDate = new(2026, 2, 20),
            Claims =
            [
                // V4, first answer: paid in full after the contractual write-down.
                new ClaimPayment
                {
                    PatientControlNumber = "V4", Status = 1, Charge = 85m, Paid = 68m, ServiceDate = new(2026, 1, 31), Location = "CLP V4 first",
                    Lines = [Svc("97112", 45m, 36m, "V4-1", Co("45", 9m)), Svc("97110", 40m, 32m, "V4-2", Co("45", 8m))],
                },
            ],
        },
        new RemittanceAdvice
        {
            Key = "MCR/T2", PayerName = "MEDICARE", PaymentDate = new(2026, 3, 10),
            Claims =
            [
                // V4 reversed (negated amounts) …
                new ClaimPayment
                {
                    PatientControlNumber = "V4", Status = 22, Charge = -85m, Paid = -68m, ServiceDate = new(2026, 1, 31), Location = "CLP V4 reversal",
                    Lines = [Svc("97112", -45m, -36m, "V4-1", Co("45", -9m)), Svc("97110", -40m, -32m, "V4-2", Co("45", -8m))],
                },
                // … and paid again: the 97112 now partly denied CO-50.
                new ClaimPayment
                {
                    PatientControlNumber = "V4", Status = 1, Charge = 85m, Paid = 52m, ServiceDate = new(2026, 1, 31), Location = "CLP V4 corrected",
                    Lines = [Svc("97112", 45m, 20m, "V4-1", Co("45", 9m), Co("50", 16m)), Svc("97110", 40m, 32m, "V4-2", Co("45", 8m))],
                },
            ],
        },
        new RemittanceAdvice
        {
            Key = "MCR/T3", PayerName = "MEDICARE", PaymentDate = new(2026, 3, 20),
            Claims =
            [
                new ClaimPayment
                {
                    PatientControlNumber = " V1 ", Status = 1, Charge = 120m, Paid = 85m, ServiceDate = new(2026, 3, 2), Location = "CLP V1",
                    Lines =
                    [
                        Svc("97110", 60m, 40m, "V1-5", Co("45", 10m), Pr("2", 10m)) with { Units = 2 },  // matched by row 5 of the line
                        Svc("97140", 40m, 30m, null, Co("45", 10m)),                                     // matched by code + modifiers + units
                        Svc("97035", 20m, 15m, null, Co("45", 5m)),                                      // no audited line
                    ],
                },
            ],
        },
        new RemittanceAdvice
        {
            Key = "MCR/T4", PayerName = "MEDICARE", PaymentDate = new(2026, 5, 20),
            Claims =
            [
                new ClaimPayment
                {
                    PatientControlNumber = "V2", Status = 1, Charge = 130m, Paid = 60m, ServiceDate = new(2026, 5, 1), Location = "CLP V2",
                    Lines = [Svc("97110", 90m, 30m, "V2-1", Co("151", 60m)) with { Units = 3 }, Svc("97140", 40m, 30m, "V2-2", Co("45", 10m))],
                },
            ],
        },
        new RemittanceAdvice
        {
            Key = "AMA/T5", PayerName = "AMA HEALTH", PaymentDate = new(2026, 5, 25),
            Balancing = [new BalanceIssue("ST 0005, segment 3", "payment 100.00 ≠ claims 102.00 − PLB 0.00 (off by 2.00)", -2.00m)],
            Claims =
            [
                // No DTM*232: the date is the lines' DTM*472.
                new ClaimPayment
                {
                    PatientControlNumber = "V3", Status = 1, Charge = 120m, Paid = 32m, Location = "CLP V3",
                    Lines =
                    [
                        Svc("97530", 80m, 0m, "V3-1", Co("50", 80m)) with { Units = 2, DateOfService = new(2026, 4, 30), Remarks = ["N115"] },
                        Svc("97110", 40m, 32m, "V3-2", Pr("2", 8m)) with { DateOfService = new(2026, 4, 30) },
                    ],
                },
                new ClaimPayment
                {
                    PatientControlNumber = "V6", Status = 1, Charge = 50m, Paid = 40m, ServiceDate = new(2026, 4, 16), Location = "CLP V6",
                    Lines = [Svc("97110", 50m, 40m, "V6-1", Co("45", 10m))],
                },
                new ClaimPayment
                {
                    PatientControlNumber = "V99", Status = 1, Charge = 50m, Paid = 40m, Location = "CLP V99",
                    Lines = [Svc("97110", 50m, 40m, null, Co("45", 10m))],
                },
            ],
        },
    ];

    public static AnalyticsReport Build(PayerProfileSet? profiles = null, DateOnly? from = null, DateOnly? to = null,
        IEnumerable<AuditedClaim>? claims = null) =>
        AnalyticsBuilder.Build("riverside-pt", claims ?? Claims(), Remittances(), profiles ?? PayerProfileSet.Shipped,
            new AnalyticsOptions(from, to, AsOf), Generated);
}
