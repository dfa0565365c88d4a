namespace ClaimAudit.Core.Rules;

/// <summary>
/// The coding and modifier rules of PRODUCT.md section 4, then the episode rules of section 10, in
/// the order they run (the order of each section's table). A rule registered here is run by the engine and its descriptor is in
/// <see cref="RuleCatalog"/>.
/// </summary>
internal static class ClaimRules
{
    public static IReadOnlyList<IDescribedRule> All { get; } =
    [
        new ModDisciplineMissing(),
        new ModDisciplineWrong(),
        new PtpModifierMissing(),
        new PtpNotAllowed(),
        new ModKxMissing(),
        new ModKxUnneeded(),
        new ReviewThreshold(),
        new ModAssistantMissing(),
        new ModAssistantWrong(),
        new CodeReplacedForPayer(),
        new OneOnOneNotAttested(),
        new UnitsOverbilled(),
        new UnitsUnderbilled(),
        new UnitsUntimedOverOne(),
        new UnitsOverDailyLimit(),
        new CodeNotPayable(),
        new CodeUnknown(),
        new ModAssistantUnneeded(),
        // Section 10: the episode of care (plan, progress report, authorisation, visit limits).
        new PocNotCertified(),
        new PocCertDelayed(),
        new PocExpired(),
        new ProgressReportDue(),
        new AuthMissing(),
        new AuthExpired(),
        new AuthExceeded(),
        new VisitLimitReached(),
        new VisitLimitNear(),
    ];
}
