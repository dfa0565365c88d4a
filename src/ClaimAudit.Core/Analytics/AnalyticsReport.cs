using ClaimAudit.Core.Remittances;

namespace ClaimAudit.Core.Analytics;

// The denial analytics (PRODUCT.md section 11), independent of how it is written (JSON, CSV, HTML).
// Amounts are dollars rounded to cents; rates are fractions 0..1 (null when there is nothing to divide).

/// <param name="From">First date of service in scope (inclusive); null = no lower bound.</param>
/// <param name="To">Last date of service in scope (inclusive); null = no upper bound.</param>
/// <param name="AsOf">The day ages are counted to (today, for a person).</param>
public sealed record AnalyticsOptions(DateOnly? From, DateOnly? To, DateOnly AsOf);

public sealed record AnalyticsReport
{
    public int SchemaVersion { get; init; } = 1;
    public required string ClinicId { get; init; }
    public required DateTimeOffset GeneratedAt { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public required DateOnly AsOf { get; init; }
    public required AnalyticsTotals Totals { get; init; }
    /// <summary>By audited code × payer, code then payer ordinal.</summary>
    public IReadOnlyList<DenialRateRow> DenialRates { get; init; } = [];
    /// <summary>Denial reason codes by category (category order), largest amount first.</summary>
    public IReadOnlyList<ReasonCodeRow> ReasonCodes { get; init; } = [];
    /// <summary>The five buckets, always all five, in order.</summary>
    public IReadOnlyList<AgingBucket> Aging { get; init; } = [];
    /// <summary>Every audited claim in scope with money outstanding, oldest first.</summary>
    public IReadOnlyList<OpenClaim> OpenClaims { get; init; } = [];
    /// <summary>One row per rule that flagged a line in scope, in rule-catalog order.</summary>
    public IReadOnlyList<RuleScore> Scorecard { get; init; } = [];
    /// <summary>One row per denial category seen, with the denials no rule predicting it flagged.</summary>
    public IReadOnlyList<CategoryMisses> Misses { get; init; } = [];
    /// <summary>Remitted claims and lines that match no audited claim or line: listed, never dropped.</summary>
    public IReadOnlyList<UnmatchedRemittance> Unmatched { get; init; } = [];
    /// <summary>Balancing problems of the remittances read, with the remittance's key.</summary>
    public IReadOnlyList<RemittanceBalanceIssue> Balancing { get; init; } = [];
    /// <summary>Industry references beside the clinic's figures, labelled as references.</summary>
    public IReadOnlyList<ReferenceComparison> References { get; init; } = [];
}

public sealed record AnalyticsTotals
{
    /// <summary>Audited claims (visits) in scope.</summary>
    public int AuditedClaims { get; init; }
    /// <summary>Audited claims with no error finding / audited claims.</summary>
    public double? CleanClaimRate { get; init; }
    /// <summary>Audited claims with at least one matched remittance.</summary>
    public int RemittedClaims { get; init; }
    public int DeniedClaims { get; init; }
    /// <summary>Denied claims / remitted claims.</summary>
    public double? DenialRate { get; init; }
    /// <summary>Σ net charge of the remitted claims (CLP03).</summary>
    public decimal Charged { get; init; }
    public decimal Paid { get; init; }
    public decimal Denied { get; init; }
    /// <summary>Denied dollars / charged dollars.</summary>
    public double? DollarDenialRate { get; init; }
    /// <summary>Remitted claims whose first remittance paid them with no denial / remitted claims.</summary>
    public double? FirstPassResolutionRate { get; init; }
    public decimal Outstanding { get; init; }
    /// <summary>Outstanding / average billed a day over the period.</summary>
    public double? DaysInAr { get; init; }
    /// <summary>Outstanding over 90 days old / outstanding.</summary>
    public double? ArOver90Share { get; init; }
}

public sealed record DenialRateRow(string Code, string PayerId, int Lines, int DeniedLines, double? DenialRate, decimal Charged, decimal Denied, double? DollarDenialRate);

/// <param name="Code">"CO-50"; a remark-qualified mapping still lists the CAS code.</param>
/// <param name="Label">ClaimAudit's own short label for the reason code (not X12's official text).</param>
public sealed record ReasonCodeRow(RemittanceCategory Category, string Code, string Label, int Lines, decimal Amount);

/// <param name="Label">"0–30", "31–60", "61–90", "91–120", "120+" (days from the date of service).</param>
public sealed record AgingBucket(string Label, int MinDays, int? MaxDays, int Claims, decimal Amount);

public sealed record OpenClaim(string VisitId, string PayerId, DateOnly DateOfService, int Days, string Bucket, decimal Billed, decimal Paid, decimal Adjusted, decimal Outstanding, bool Remitted);

/// <param name="Predicted">The category the rule predicts; null when it predicts no denial (then no precision).</param>
/// <param name="FlaggedLines">Audited lines in scope the rule flagged.</param>
/// <param name="SentUnchanged">Of those, lines the 835 shows went out with the audited code, modifiers and units.</param>
/// <param name="DeniedAsPredicted">Of those, lines the payer denied in the predicted category.</param>
/// <param name="DeniedOtherwise">Of those, lines denied in another category.</param>
/// <param name="Precision">DeniedAsPredicted / SentUnchanged.</param>
public sealed record RuleScore(string RuleId, string Title, RemittanceCategory? Predicted, int FlaggedLines, int SentUnchanged, int DeniedAsPredicted, int DeniedOtherwise, double? Precision);

/// <param name="Denials">Denied remitted lines in this category.</param>
/// <param name="Unflagged">Of those, lines no rule predicting this category flagged.</param>
public sealed record CategoryMisses(RemittanceCategory Category, int Denials, int Unflagged, IReadOnlyList<MissedDenial> Lines);

/// <param name="Codes">The line's denial adjustment codes ("CO-50").</param>
public sealed record MissedDenial(string VisitId, string? LineControl, string Code, string PayerId, DateOnly DateOfService, IReadOnlyList<string> Codes, IReadOnlyList<string> Remarks, decimal Amount, IReadOnlyList<string> RulesThatFlagged);

/// <param name="Reason">Why it did not match, in plain words.</param>
public sealed record UnmatchedRemittance(string RemittanceKey, string Location, string PatientControlNumber, string? LineControl, string? Code, decimal Charge, decimal Paid, string Reason);

public sealed record RemittanceBalanceIssue(string RemittanceKey, string Location, string Message, decimal Difference);

/// <param name="Reference">"≥ 95 %", "25–35 days" …</param>
/// <param name="Meets">Null when the clinic's figure is unknown.</param>
public sealed record ReferenceComparison(string Measure, double? Value, string Reference, bool? Meets);
