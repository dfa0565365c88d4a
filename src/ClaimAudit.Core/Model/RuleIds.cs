namespace ClaimAudit.Core.Model;

/// <summary>
/// The rule ids of PRODUCT.md sections 4, 5 and 10, exactly as reports and clients see them, for code
/// that names a rule from outside its class (the engine's under-billed total, tests). Each rule's
/// <see cref="Rules.RuleDescriptor"/> is what carries its id onto findings; a new rule writes its
/// id there and needs a constant here only when other code must name it.
/// </summary>
internal static class RuleIds
{
    public const string ModDisciplineMissing = "MOD_DISCIPLINE_MISSING";
    public const string ModDisciplineWrong = "MOD_DISCIPLINE_WRONG";
    public const string PtpModifierMissing = "PTP_MODIFIER_MISSING";
    public const string PtpNotAllowed = "PTP_NOT_ALLOWED";
    public const string ModKxMissing = "MOD_KX_MISSING";
    public const string ModKxUnneeded = "MOD_KX_UNNEEDED";
    public const string ReviewThreshold = "REVIEW_THRESHOLD";
    public const string ModAssistantMissing = "MOD_ASSISTANT_MISSING";
    public const string ModAssistantWrong = "MOD_ASSISTANT_WRONG";
    public const string CodeReplacedForPayer = "CODE_REPLACED_FOR_PAYER";
    public const string OneOnOneNotAttested = "ONE_ON_ONE_NOT_ATTESTED";
    public const string UnitsOverbilled = "UNITS_OVERBILLED";
    public const string UnitsUnderbilled = "UNITS_UNDERBILLED";
    public const string UnitsUntimedOverOne = "UNITS_UNTIMED_OVER_ONE";
    public const string UnitsOverDailyLimit = "UNITS_OVER_DAILY_LIMIT";
    public const string CodeNotPayable = "CODE_NOT_PAYABLE";
    public const string CodeUnknown = "CODE_UNKNOWN";
    public const string ModAssistantUnneeded = "MOD_ASSISTANT_UNNEEDED";

    public const string DocTechniqueMissing = "DOC_TECHNIQUE_MISSING";
    public const string DocGenericOnly = "DOC_GENERIC_ONLY";
    public const string DocDeficitMissing = "DOC_DEFICIT_MISSING";
    public const string DocMeasureMissing = "DOC_MEASURE_MISSING";
    public const string DocOneOnOneMissing = "DOC_ONE_ON_ONE_MISSING";
    public const string DocSeparateTimeMissing = "DOC_SEPARATE_TIME_MISSING";
    public const string DocTimeMismatch = "DOC_TIME_MISMATCH";
    public const string DocDiagnosisMissing = "DOC_DIAGNOSIS_MISSING";
    public const string DocClonedNote = "DOC_CLONED_NOTE";
    public const string DocNoteMissing = "DOC_NOTE_MISSING";

    public const string PocNotCertified = "POC_NOT_CERTIFIED";
    public const string PocCertDelayed = "POC_CERT_DELAYED";
    public const string PocExpired = "POC_EXPIRED";
    public const string ProgressReportDue = "PROGRESS_REPORT_DUE";
    public const string AuthMissing = "AUTH_MISSING";
    public const string AuthExpired = "AUTH_EXPIRED";
    public const string AuthExceeded = "AUTH_EXCEEDED";
    public const string VisitLimitReached = "VISIT_LIMIT_REACHED";
    public const string VisitLimitNear = "VISIT_LIMIT_NEAR";
}
