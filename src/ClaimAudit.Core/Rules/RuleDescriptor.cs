using ClaimAudit.Core.Model;

namespace ClaimAudit.Core.Rules;

/// <summary>
/// What a rule is, as the reports and (PRODUCT.md section 11) the remittance scorecard need to know
/// it: its id, its severity, a short title a billing manager reads, the PRODUCT.md section it comes
/// from, who fixes what it finds, and the denial it predicts — the one place these facts live.
/// Each rule class declares its own descriptor beside its code (<see cref="IDescribedRule.Descriptor"/>)
/// and builds its findings with <see cref="Finding"/>, so a finding's id and severity are its
/// rule's; <see cref="RuleCatalog"/> gathers the descriptors of the registered rules.
/// </summary>
/// <param name="Id">The rule id of the contract, as reports and clients see it.</param>
/// <param name="Severity">The contract's severity of the rule's findings.</param>
/// <param name="Title">A short title, e.g. "Missing 59 on a bundled pair".</param>
/// <param name="ContractSection">The PRODUCT.md section whose table lists the rule.</param>
/// <param name="FixedBy">Who fixes a finding: billing (the claim) or the clinician (the note, the attestation).</param>
/// <param name="PredictedDenial">The denial category a payer would answer the unfixed line with.</param>
/// <param name="MessageTemplate">
/// What a finding says, as a template of <see cref="FindingText"/>: <c>{code}</c> is the finding's
/// code, any other placeholder an arg every finding of the rule carries. One per rule: the compact
/// report (schema 2) gives it once, in its <c>rules</c> catalog.
/// </param>
/// <param name="FixTemplate">How to fix it, a template like <paramref name="MessageTemplate"/>.</param>
/// <param name="ProfileMaySetSeverity">
/// True when a code's documentation profile may give the rule's findings for that code a severity
/// of its own (DOC_TECHNIQUE_MISSING is an error for 97112 and a warning for 97110, say); the
/// descriptor's severity then applies to codes whose profile sets none.
/// </param>
internal sealed record RuleDescriptor(
    string Id,
    Severity Severity,
    string Title,
    int ContractSection,
    FixedBy FixedBy,
    DenialCategory PredictedDenial,
    string MessageTemplate,
    string FixTemplate,
    bool ProfileMaySetSeverity = false)
{
    // A malformed template fails when the rule is built (at start-up), not when a finding is first read.
    public string MessageTemplate { get; init; } = Checked(MessageTemplate);
    public string FixTemplate { get; init; } = Checked(FixTemplate);

    /// <summary>
    /// A finding of this rule, with the rule's id, severity and templates; its text is rendered
    /// from <paramref name="args"/> only when read.
    /// </summary>
    /// <param name="profileSeverity">
    /// The severity the code's documentation profile sets, if any; only a rule whose descriptor says
    /// <see cref="ProfileMaySetSeverity"/> may pass one.
    /// </param>
    /// <param name="args">
    /// The values of the templates' placeholders other than <c>code</c>, in the order the message
    /// first uses them; kept by the finding as it is (a collection expression makes one array).
    /// </param>
    public Finding Finding(string? code, decimal amount, int? row = null, Severity? profileSeverity = null, FindingArg[]? args = null)
    {
        if (profileSeverity is not null && !ProfileMaySetSeverity)
            throw new InvalidOperationException($"{Id}: its descriptor does not let a documentation profile set its severity");
        return Model.Finding.Templated(Id, profileSeverity ?? Severity, code, amount, row, MessageTemplate, FixTemplate, args ?? []);
    }

    /// <summary>A finding of this rule about <paramref name="line"/> (its code, and the line itself for the reports).</summary>
    public Finding FindingOn(CodeLine line, decimal amount, int? row = null, Severity? profileSeverity = null, FindingArg[]? args = null)
    {
        if (profileSeverity is not null && !ProfileMaySetSeverity)
            throw new InvalidOperationException($"{Id}: its descriptor does not let a documentation profile set its severity");
        return Model.Finding.TemplatedOn(line, Id, profileSeverity ?? Severity, amount, row, MessageTemplate, FixTemplate, args ?? []);
    }

    private static string Checked(string template)
    {
        _ = FindingText.Placeholders(template);
        return template;
    }
}

/// <summary>Who fixes what a rule finds.</summary>
internal enum FixedBy
{
    /// <summary>The billing team: units, modifiers, codes and diagnoses on the claim.</summary>
    Billing,

    /// <summary>The clinician: the session note or the one-on-one attestation.</summary>
    Clinician,
}

/// <summary>
/// The denial a rule predicts for a line sent out unfixed: what the remittance scorecard
/// (PRODUCT.md section 11) is to compare with the payer's answer.
/// </summary>
internal enum DenialCategory
{
    /// <summary>Nothing is denied: revenue left unbilled, a payment cut, or an early notice.</summary>
    None,

    /// <summary>Units not supported by the time, or more units than the code allows.</summary>
    Units,

    /// <summary>More units of a code per patient per day than the payer pays.</summary>
    Frequency,

    /// <summary>A missing or wrong modifier (discipline, assistant).</summary>
    Modifier,

    /// <summary>A code paid only as part of another billed the same day.</summary>
    Bundling,

    /// <summary>The note does not show skilled, necessary care.</summary>
    MedicalNecessity,

    /// <summary>The record lacks what the code requires (the note itself, one-on-one, each code's minutes).</summary>
    Documentation,

    /// <summary>A code the payer does not pay as billed.</summary>
    Coverage,

    /// <summary>The year's therapy dollars pass the payer's threshold without KX.</summary>
    BenefitLimit,

    /// <summary>No diagnosis, or one that is not a valid code.</summary>
    Diagnosis,

    /// <summary>The visit is outside a certified, current plan of care (section 10).</summary>
    PlanOfCare,

    /// <summary>No prior authorisation covers the visit, or its authorised visits are used up (section 10).</summary>
    Authorization,
}
