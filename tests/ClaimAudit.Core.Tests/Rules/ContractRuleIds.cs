namespace ClaimAudit.Core.Tests.Rules;

/// <summary>
/// The rules of the product contract (PRODUCT.md), copied by hand from its tables so the code is
/// checked against the contract rather than against itself: section 4's table (which holds
/// CODE_UNKNOWN, the one rule section 3 names), section 5's and section 10's, each in table order, with the
/// severity the table gives (DOC_TECHNIQUE_MISSING's is 97112's; other codes' documentation
/// profiles may set their own).
/// </summary>
internal static class ContractRuleIds
{
    public static readonly (string Id, int Section, string Severity)[] Rules =
    [
        ("MOD_DISCIPLINE_MISSING", 4, "error"),
        ("MOD_DISCIPLINE_WRONG", 4, "error"),
        ("PTP_MODIFIER_MISSING", 4, "error"),
        ("PTP_NOT_ALLOWED", 4, "error"),
        ("MOD_KX_MISSING", 4, "error"),
        ("MOD_KX_UNNEEDED", 4, "warning"),
        ("REVIEW_THRESHOLD", 4, "info"),
        ("MOD_ASSISTANT_MISSING", 4, "error"),
        ("MOD_ASSISTANT_WRONG", 4, "error"),
        ("CODE_REPLACED_FOR_PAYER", 4, "error"),
        ("ONE_ON_ONE_NOT_ATTESTED", 4, "error"),
        ("UNITS_OVERBILLED", 4, "error"),
        ("UNITS_UNDERBILLED", 4, "warning"),
        ("UNITS_UNTIMED_OVER_ONE", 4, "error"),
        ("UNITS_OVER_DAILY_LIMIT", 4, "warning"),
        ("CODE_NOT_PAYABLE", 4, "warning"),
        ("CODE_UNKNOWN", 4, "warning"),
        ("MOD_ASSISTANT_UNNEEDED", 4, "warning"),

        ("DOC_TECHNIQUE_MISSING", 5, "error"),
        ("DOC_GENERIC_ONLY", 5, "warning"),
        ("DOC_DEFICIT_MISSING", 5, "warning"),
        ("DOC_MEASURE_MISSING", 5, "warning"),
        ("DOC_ONE_ON_ONE_MISSING", 5, "warning"),
        ("DOC_SEPARATE_TIME_MISSING", 5, "warning"),
        ("DOC_TIME_MISMATCH", 5, "warning"),
        ("DOC_DIAGNOSIS_MISSING", 5, "warning"),
        ("DOC_NOTE_MISSING", 5, "error"),
        ("DOC_CLONED_NOTE", 5, "warning"),

        ("POC_NOT_CERTIFIED", 10, "error"),
        ("POC_CERT_DELAYED", 10, "warning"),
        ("POC_EXPIRED", 10, "error"),
        ("PROGRESS_REPORT_DUE", 10, "error"),
        ("AUTH_MISSING", 10, "error"),
        ("AUTH_EXPIRED", 10, "error"),
        ("AUTH_EXCEEDED", 10, "error"),
        ("VISIT_LIMIT_REACHED", 10, "error"),
        ("VISIT_LIMIT_NEAR", 10, "info"),
    ];

    public static IEnumerable<string> Ids => Rules.Select(r => r.Id);
}
