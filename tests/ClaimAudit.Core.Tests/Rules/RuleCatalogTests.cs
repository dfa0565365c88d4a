using System.Reflection;
using ClaimAudit.Core.Documentation;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Rules;

namespace ClaimAudit.Core.Tests.Rules;

/// <summary>
/// Issue 15, point 1: every rule of the contract has exactly one descriptor and one registered
/// rule, and every finding a rule emits carries its own rule's id and its descriptor's severity.
/// </summary>
public class RuleCatalogTests
{
    private static readonly IReadOnlyList<IDescribedRule> Registered = [.. ClaimRules.All, .. DocumentationRules.All];

    /// <summary>The documentation-profile element behind each rule whose severity a code's profile may set.</summary>
    private static readonly Dictionary<string, Func<DocumentationProfile, ProfileElement?>> ProfileElementOf = new(StringComparer.Ordinal)
    {
        [RuleIds.DocTechniqueMissing] = p => p.Technique,
        [RuleIds.DocDeficitMissing] = p => p.Deficit,
        [RuleIds.DocMeasureMissing] = p => p.Measure,
    };

    [Fact]
    public void Every_contract_rule_has_exactly_one_registered_rule_and_one_descriptor_and_nothing_else_has_one()
    {
        var contract = ContractRuleIds.Ids.ToList();
        Assert.Equal(contract.Count, contract.Distinct(StringComparer.Ordinal).Count());

        foreach (var id in contract)
        {
            Assert.Single(Registered, r => r.RuleId == id);
            Assert.Single(RuleCatalog.All, d => d.Id == id);
        }
        Assert.Equal(contract.Order(StringComparer.Ordinal), Registered.Select(r => r.RuleId).Order(StringComparer.Ordinal));
        Assert.Equal(contract.Order(StringComparer.Ordinal), RuleCatalog.All.Select(d => d.Id).Order(StringComparer.Ordinal));

        // The catalog is the registered rules' own descriptors, in the order they run.
        Assert.Equal(Registered.Select(r => r.Descriptor), RuleCatalog.All);
        foreach (var rule in Registered) Assert.Same(rule.Descriptor, RuleCatalog.Find(rule.RuleId));
        Assert.Null(RuleCatalog.Find("NOT_A_RULE"));
    }

    [Fact]
    public void Every_rule_id_constant_is_a_contract_rule()
    {
        var constants = typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        // A rule needs a constant only when code outside its class names it; every constant names a contract rule.
        Assert.All(constants, id => Assert.Contains(id, ContractRuleIds.Ids));
        Assert.Equal(constants.Count, constants.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Descriptors_carry_the_contracts_section_and_severity_and_a_short_title_of_their_own()
    {
        foreach (var (id, section, severity) in ContractRuleIds.Rules)
        {
            var d = RuleCatalog.Find(id)!;
            Assert.True(section == d.ContractSection, $"{id}: section {d.ContractSection}, the contract's table is in section {section}");
            Assert.True(severity == d.Severity.ToText(), $"{id}: severity {d.Severity.ToText()}, the contract says {severity}");
            Assert.False(string.IsNullOrWhiteSpace(d.Title), $"{id} has no title");
            Assert.True(d.Title.Length <= 50, $"{id}: a title is short; \"{d.Title}\" is {d.Title.Length} characters");
            Assert.True(Enum.IsDefined(d.FixedBy), $"{id}: fixed by {d.FixedBy}");
            Assert.True(Enum.IsDefined(d.PredictedDenial), $"{id}: predicts {d.PredictedDenial}");
        }
        Assert.Equal(RuleCatalog.All.Count, RuleCatalog.All.Select(d => d.Title).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal("Missing 59 on a bundled pair", RuleCatalog.Find(RuleIds.PtpModifierMissing)!.Title);
    }

    [Fact]
    public void Only_the_rules_that_read_a_profile_element_let_the_profile_set_their_severity()
    {
        Assert.Equal(ProfileElementOf.Keys.Order(StringComparer.Ordinal),
            RuleCatalog.All.Where(d => d.ProfileMaySetSeverity).Select(d => d.Id).Order(StringComparer.Ordinal));

        var descriptor = RuleCatalog.Find(RuleIds.UnitsOverbilled)!;
        FindingArg[] args = [new("billed", 3), new("computed", 2), new("visitTotal", ""), new("time", "30 min of 97110"), new("method", "the 8-minute rule")];
        Assert.Throws<InvalidOperationException>(() => descriptor.Finding("97110", 0m, profileSeverity: Severity.Warning, args: args));
        var finding = descriptor.Finding("97110", 12.5m, row: 7, args: args);
        Assert.Equal(new Finding(RuleIds.UnitsOverbilled, Severity.Error, "97110",
            "97110 is billed for 3 units but its documented time supports 2 units; units billed beyond the time are an overpayment the payer recovers.",
            "bill 2 units, not 3: 30 min of 97110 is 2 units under the 8-minute rule", 12.5m, 7) { Args = args }, finding);
    }

    [Fact]
    public void A_clinic_vocabulary_gives_its_documentation_rules_the_same_descriptors()
    {
        using var json = new MemoryStream("""{"lists": {"nmr-techniques": {"terms": {"robotic gait": ["Lokomat"]}}}}"""u8.ToArray());
        var clinic = Vocabulary.Shipped.With(Vocabulary.Load(json));
        Assert.Equal(DocumentationRules.All.Select(r => r.Descriptor), DocumentationRules.For(clinic).Select(r => r.Descriptor));
    }

    // ---- what the rules emit ----------------------------------------------------------------

    /// <summary>
    /// Runs <paramref name="rule"/> alone through the real engine (so it sees the batch facts it would
    /// in a full audit: same-day lines, year-to-date dollars, note clones) over every batch of
    /// <see cref="BroadBatches"/>, and lists each finding that does not carry the rule's id or the
    /// severity its descriptor gives for the finding's code.
    /// </summary>
    internal static (int Emitted, List<string> Wrong) FindingsNotOwnedBy(IDescribedRule rule, Vocabulary vocabulary)
    {
        var engine = new AuditEngine(PayerProfileSet.Shipped, rules: [rule]);
        var d = rule.Descriptor;
        var emitted = 0;
        var wrong = new List<string>();
        foreach (var (name, batch) in BroadBatches.All)
        {
            var report = engine.Evaluate(batch, BatchHistory.Empty, "b-1", "clinic-1", DateTimeOffset.UnixEpoch).Report;
            foreach (var visit in report.Visits)
                foreach (var f in visit.Findings)
                {
                    emitted++;
                    var expected = ExpectedSeverity(d, f.Code, vocabulary);
                    if (f.RuleId != d.Id || f.Severity != expected)
                        wrong.Add($"{name}, visit {visit.VisitId}: {rule.GetType().Name} emitted {f.RuleId}/{f.Severity} on {f.Code ?? "the visit"}, expected {d.Id}/{expected}");
                }
        }
        // The samples carry no episode columns: the episode rules (section 10) are run on a batch of
        // their own, under profiles with the episode policies of the shared design.
        var episodes = new AuditEngine(Episodes.EpisodeKit.Profiles(Episodes.EpisodeBroadBatch.Commercial), rules: [rule]);
        foreach (var visit in episodes.Evaluate(Episodes.EpisodeBroadBatch.Batch(), BatchHistory.Empty, "b-1", "clinic-1", DateTimeOffset.UnixEpoch).Report.Visits)
            foreach (var f in visit.Findings)
            {
                emitted++;
                var expected = ExpectedSeverity(d, f.Code, vocabulary);
                if (f.RuleId != d.Id || f.Severity != expected)
                    wrong.Add($"episodes, visit {visit.VisitId}: {rule.GetType().Name} emitted {f.RuleId}/{f.Severity} on {f.Code ?? "the visit"}, expected {d.Id}/{expected}");
            }
        return (emitted, wrong);
    }

    /// <summary>The severity a finding of the rule on <paramref name="code"/> must carry: its documentation profile's, where the descriptor lets it set one, else the descriptor's.</summary>
    internal static string ExpectedSeverity(RuleDescriptor d, string? code, Vocabulary vocabulary)
    {
        if (d.ProfileMaySetSeverity && code is not null && vocabulary.Profiles.TryGetValue(code, out var profile)
            && ProfileElementOf[d.Id](profile)?.Severity is { } set)
            return set;
        return d.Severity.ToText();
    }

    public static TheoryData<string> RegisteredRuleIds => new(Registered.Select(r => r.RuleId));

    [Theory]
    [MemberData(nameof(RegisteredRuleIds))]
    public void Every_finding_a_rule_emits_carries_its_own_id_and_its_descriptors_severity(string ruleId)
    {
        var rule = Registered.Single(r => r.RuleId == ruleId);
        var (emitted, wrong) = FindingsNotOwnedBy(rule, Vocabulary.Shipped);
        Assert.True(emitted > 0, $"{ruleId} fired on none of the broad batches, so the check says nothing about it");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void The_broad_batches_reach_a_documentation_profiles_own_severity()
    {
        var rule = DocumentationRules.All.Single(r => r.RuleId == RuleIds.DocTechniqueMissing);
        var engine = new AuditEngine(PayerProfileSet.Shipped, rules: [rule]);
        var severities = BroadBatches.All
            .SelectMany(b => engine.Evaluate(b.Batch, BatchHistory.Empty, "b-1", "clinic-1", DateTimeOffset.UnixEpoch).Report.Visits)
            .SelectMany(v => v.Findings).Select(f => (f.Code, f.Severity)).ToHashSet();
        Assert.Contains(("97112", "error"), severities);
        Assert.Contains(("97110", "warning"), severities);
    }

    [Fact]
    public void A_rule_that_emits_another_rules_id_or_another_severity_fails_the_check()
    {
        var borrowsAnId = FindingsNotOwnedBy(new RogueRule(f => f with { RuleId = RuleIds.UnitsOverbilled }), Vocabulary.Shipped);
        Assert.True(borrowsAnId.Emitted > 0);
        Assert.Equal(borrowsAnId.Emitted, borrowsAnId.Wrong.Count);
        Assert.Contains("emitted UNITS_OVERBILLED/", borrowsAnId.Wrong[0]);

        var hardCodesASeverity = FindingsNotOwnedBy(new RogueRule(f => f with { Severity = Severity.Error }), Vocabulary.Shipped);
        Assert.Equal(hardCodesASeverity.Emitted, hardCodesASeverity.Wrong.Count);

        var honest = FindingsNotOwnedBy(new RogueRule(f => f), Vocabulary.Shipped);
        Assert.Empty(honest.Wrong);
    }

    /// <summary>A rule with a descriptor of its own that flags every line, then lets the test tamper with the finding.</summary>
    private sealed class RogueRule(Func<Finding, Finding> tamper) : IDescribedRule
    {
        public RuleDescriptor Descriptor { get; } = new("TEST_EVERY_LINE", Severity.Warning, "Every line (test)",
            ContractSection: 4, FixedBy: FixedBy.Billing, PredictedDenial: DenialCategory.None,
            MessageTemplate: "every line", FixTemplate: "nothing to fix");

        public void Evaluate(VisitEvaluation visit, RuleOutput output)
        {
            foreach (var line in visit.Lines)
                output.Add(tamper(Descriptor.Finding(line.Code, 0m)));
        }
    }
}
