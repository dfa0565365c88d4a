using System.Globalization;
using ClaimAudit.Core.Documentation;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Rules;
using static ClaimAudit.Core.Tests.Rules.RuleKit;

namespace ClaimAudit.Core.Tests.Rules;

/// <summary>
/// Issue 9, item 4 (engine half): each rule words its findings once, as a message and a fix
/// template in its descriptor, and each finding carries the args that fill them. The compact report
/// (schema 2, PRODUCT.md section 8) prints the templates once in its <c>rules</c> catalog and only
/// the args per finding, so a reader renders the text from the catalog: these tests hold the
/// templates and the args the rules really emit to each other, and the renderer to its syntax.
/// </summary>
public class RuleTemplateTests
{
    private static readonly IReadOnlyList<IDescribedRule> Registered = [.. ClaimRules.All, .. DocumentationRules.All];

    public static TheoryData<string> RegisteredRuleIds => new(Registered.Select(r => r.RuleId));

    /// <summary>Every finding each registered rule emits over the broad batches (samples/visits.csv and the rest), run alone through the engine.</summary>
    private static readonly Lazy<Dictionary<string, List<Finding>>> Emitted = new(() =>
        Registered.ToDictionary(r => r.RuleId, r => Record(r), StringComparer.Ordinal));

    private static List<Finding> Record(IVisitRule rule)
    {
        var recorder = new Recorder(rule);
        var engine = new AuditEngine(PayerProfileSet.Shipped, rules: [recorder]);
        // Visits are evaluated as the report's visits are enumerated: asking for the summary runs them all.
        foreach (var (_, batch) in BroadBatches.All)
            _ = engine.Evaluate(batch, BatchHistory.Empty, "b-1", "clinic-1", DateTimeOffset.UnixEpoch).Report.Summary;
        // The samples carry no episode columns: the episode rules (section 10) fire on a batch of their own.
        var episodes = new AuditEngine(Episodes.EpisodeKit.Profiles(Episodes.EpisodeBroadBatch.Commercial), rules: [recorder]);
        _ = episodes.Evaluate(Episodes.EpisodeBroadBatch.Batch(), BatchHistory.Empty, "b-1", "clinic-1", DateTimeOffset.UnixEpoch).Report.Summary;
        return recorder.Findings;
    }

    /// <summary>Runs a rule and keeps the findings it adds, as the rule built them.</summary>
    private sealed class Recorder(IVisitRule inner) : IVisitRule
    {
        public List<Finding> Findings { get; } = [];
        public string RuleId => inner.RuleId;

        public void Evaluate(VisitEvaluation visit, RuleOutput output)
        {
            var before = output.Findings.Count;
            inner.Evaluate(visit, output);
            for (var i = before; i < output.Findings.Count; i++) Findings.Add(output.Findings[i]);
        }
    }

    // ---- (a) templates and args agree ----------------------------------------------------------

    [Theory]
    [MemberData(nameof(RegisteredRuleIds))]
    public void Every_placeholder_is_the_code_or_an_arg_each_finding_carries_and_every_arg_is_used(string ruleId)
    {
        var d = RuleCatalog.Find(ruleId)!;
        var used = FindingText.Placeholders(d.MessageTemplate).Concat(FindingText.Placeholders(d.FixTemplate)).ToHashSet(StringComparer.Ordinal);
        var usesCode = used.Remove(FindingText.CodeName);
        var findings = Emitted.Value[ruleId];
        Assert.True(findings.Count > 0, $"{ruleId} fired on none of the broad batches, so the check says nothing about it");

        var wrong = new List<string>();
        foreach (var f in findings)
        {
            var names = f.Args.Select(a => a.Name).ToList();
            if (names.Count != names.Distinct(StringComparer.Ordinal).Count()) wrong.Add($"{f.Code}: an arg name repeats ({string.Join(", ", names)})");
            if (names.Contains(FindingText.CodeName)) wrong.Add($"{f.Code}: an arg is named code, which is the finding's own code");
            var missing = used.Except(names, StringComparer.Ordinal).ToList();
            if (missing.Count > 0) wrong.Add($"{f.Code}: the templates use {string.Join(", ", missing)}, but the finding carries no such arg");
            var unused = names.Except(used, StringComparer.Ordinal).ToList();
            if (unused.Count > 0) wrong.Add($"{f.Code}: args {string.Join(", ", unused)} are in no template");
            if (usesCode && f.Code is null) wrong.Add("the templates use {code}, but the finding has none");
            foreach (var a in f.Args)
                if (a.Value is not (string or int or decimal))
                    wrong.Add($"{f.Code}: arg {a.Name} is a {a.Value?.GetType().Name ?? "null"}; a report writes only strings, ints and decimals");
        }
        Assert.True(wrong.Count == 0, $"{ruleId}:\n" + string.Join("\n", wrong.Distinct().Take(20)));
    }

    [Theory]
    [MemberData(nameof(RegisteredRuleIds))]
    public void The_catalogs_templates_filled_with_a_findings_args_read_as_the_finding(string ruleId)
    {
        // What a reader of the compact report does: the rule's templates from the catalog, the args from the finding.
        var d = RuleCatalog.Find(ruleId)!;
        foreach (var f in Emitted.Value[ruleId])
        {
            Assert.Equal(f.Message, FindingText.Render(d.MessageTemplate, f.Code, f.Args));
            Assert.Equal(f.Fix, FindingText.Render(d.FixTemplate, f.Code, f.Args));
        }
    }

    [Fact]
    public void A_clinic_vocabulary_does_not_change_the_documentation_rules_wording()
    {
        using var json = new MemoryStream("""{"lists": {"nmr-techniques": {"terms": {"robotic gait": ["Lokomat"]}}}}"""u8.ToArray());
        var clinic = Vocabulary.Shipped.With(Vocabulary.Load(json));
        Assert.Equal(DocumentationRules.All.Select(r => (r.Descriptor.MessageTemplate, r.Descriptor.FixTemplate)),
            DocumentationRules.For(clinic).Select(r => (r.Descriptor.MessageTemplate, r.Descriptor.FixTemplate)));
    }

    // ---- (b) golden vectors: the args a billing integrator reads, and the text they render to ----

    [Fact]
    public void Overbilled_units_carry_the_billed_and_computed_units_as_numbers()
    {
        // §3 example 3: 97112 20 + 97110 15 = 35 timed minutes → 2 units, one each; 97112 billed ×2.
        var f = Assert.Single(Findings(Visit("medicare", "2026-03-04", Line("97112", 20, billed: 2), Line("97110", 15, billed: 1)), RuleIds.UnitsOverbilled));
        Assert.Equal(2, Arg(f, "billed"));
        Assert.Equal(1, Arg(f, "computed"));
        var d = RuleCatalog.Find(RuleIds.UnitsOverbilled)!;
        Assert.Equal("97112 is billed for 2 units but its documented time supports 1 unit (the visit's 35 timed minutes allow 2 units in all); "
            + "units billed beyond the time are an overpayment the payer recovers.", FindingText.Render(d.MessageTemplate, f.Code, f.Args));
        Assert.Equal("bill 1 unit, not 2: 20 min of 97112 is 1 unit under the 8-minute rule", FindingText.Render(d.FixTemplate, f.Code, f.Args));
    }

    [Fact]
    public void A_KX_finding_carries_the_running_total_and_the_threshold_as_dollars()
    {
        // ytd 2440 + 97112 1 u ($33.40) = 2473.40 + 97110 1 u ($29.50) = 2502.90, past 2026's $2,480.
        var f = Assert.Single(Findings(Visit("V-1", "P-1", "medicare", "2026-03-04", 2440m, Line("97112", 15), Line("97110", 15)), RuleIds.ModKxMissing));
        Assert.Equal(2502.90m, Arg(f, "total"));
        Assert.Equal(2480m, Arg(f, "threshold"));
        Assert.Equal(2026, Arg(f, "year"));
        Assert.Equal("Medicare Part B", Arg(f, "payer"));
        Assert.Equal("The patient's 2026 PT and SLP therapy total reaches $2,502.90 with this 97110 line, past Medicare Part B's $2,480.00 KX threshold; "
            + "lines past the threshold are denied without KX.", FindingText.Render(RuleCatalog.Find(RuleIds.ModKxMissing)!.MessageTemplate, f.Code, f.Args));
    }

    [Fact]
    public void A_bundled_pair_carries_its_column_1_code_and_the_modifier_to_append()
    {
        // commercial-ama bundles 97110 (column 2) into 97112 (column 1), modifier allowed.
        var f = Assert.Single(Findings(Visit("commercial-ama", "2026-03-04", Line("97112", 20), Line("97110", 15)), RuleIds.PtpModifierMissing));
        Assert.Equal("97112", Arg(f, "column1"));
        Assert.Equal("59", Arg(f, "modifier"));
        var d = RuleCatalog.Find(RuleIds.PtpModifierMissing)!;
        Assert.Equal("97110 is billed with 97112 in the same visit; Commercial payer (AMA per-code units) bundles 97110 into 97112 and denies it "
            + "unless it carries a distinct-service modifier (59, XE, XS, XP, XU).", FindingText.Render(d.MessageTemplate, f.Code, f.Args));
        Assert.Equal("append 59 to 97110 if it was a separate service in its own time (the note must show it); otherwise do not bill 97110",
            FindingText.Render(d.FixTemplate, f.Code, f.Args));
    }

    [Fact]
    public void Rounding_a_findings_amount_keeps_its_args_and_its_text()
    {
        // The engine rounds amounts to cents with `with`; a copy must say what the original said.
        var f = Assert.Single(Findings(Visit("medicare", "2026-03-04", Line("97112", 20, billed: 2), Line("97110", 15, billed: 1)), RuleIds.UnitsOverbilled));
        var rounded = f with { Amount = 1.005m };
        Assert.Equal(f.Args, rounded.Args);
        Assert.Equal(f.Message, rounded.Message);
        Assert.Equal(f.Fix, rounded.Fix);
        Assert.Equal(1.005m, rounded.Amount);
        // Replacing the text makes it literal.
        Assert.Equal("checked", (f with { Message = "checked" }).Message);
    }

    [Fact]
    public void Findings_are_equal_when_they_say_the_same_thing_whatever_array_holds_their_args()
    {
        var d = RuleCatalog.Find(RuleIds.UnitsUntimedOverOne)!;
        var a = d.Finding("97161", 68.2m, args: [new("billed", 2)]);
        var b = d.Finding("97161", 68.2m, args: [new("billed", 2)]);
        var c = d.Finding("97161", 68.2m, args: [new("billed", 3)]);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
        Assert.Equal("97161 is an untimed code, billed once per visit whatever its minutes, but 2 units are billed.", a.Message);
    }

    private static object Arg(Finding f, string name) => Assert.Single(f.Args, a => a.Name == name).Value;

    // ---- (c) the renderer: syntax, escaping, formats --------------------------------------------

    [Theory]
    [InlineData("{{code}} is {code}", "{code} is 97110")]
    [InlineData("a }} b {{", "a } b {")]
    [InlineData("{{{name}}}", "{x}")]
    [InlineData("{{{{name}}", "{{name}")]
    [InlineData("no placeholders", "no placeholders")]
    [InlineData("", "")]
    public void Doubled_braces_are_literal_braces(string template, string expected) =>
        Assert.Equal(expected, FindingText.Render(template, "97110", [new("name", "x")]));

    [Fact]
    public void An_args_text_is_written_as_it_is_even_with_braces()
    {
        // Vocabulary wording reaches the text as an arg: a brace in it is the clinic's text, not a placeholder.
        Assert.Equal("Write \"{x} and }\".", FindingText.Render("Write \"{advice}\".", null, [new("advice", "{x} and }")]));
    }

    [Theory]
    [InlineData("{")]
    [InlineData("}")]
    [InlineData("a { b")]
    [InlineData("a } b")]
    [InlineData("{name")]
    [InlineData("{}")]
    [InlineData("{ name}")]
    [InlineData("{Name}")]
    [InlineData("{row-note}")]
    [InlineData("{name:percent}")]
    [InlineData("{name:}")]
    public void A_malformed_template_is_refused(string template)
    {
        Assert.Throws<FormatException>(() => FindingText.Render(template, "97110", [new("name", 1), new("Name", 1)]));
        Assert.Throws<FormatException>(() => FindingText.Placeholders(template));
        Assert.Throws<FormatException>(() => new RuleDescriptor("TEST_RULE", Severity.Info, "Test", 4, FixedBy.Billing, DenialCategory.None,
            MessageTemplate: template, FixTemplate: "fine"));
    }

    [Fact]
    public void A_placeholder_without_a_value_is_refused_rather_than_left_blank()
    {
        Assert.Throws<FormatException>(() => FindingText.Render("{code} is {billed}", "97110", [new("computed", 1)]));
        Assert.Throws<FormatException>(() => FindingText.Render("bill {code}", null, []));
        Assert.Throws<FormatException>(() => FindingText.Render("{when}", null, [new("when", DateTime.UnixEpoch)]));
        Assert.Throws<FormatException>(() => FindingText.Render("{payer:money}", null, [new("payer", "Medicare")]));
        Assert.Throws<FormatException>(() => FindingText.Render("{total:units}", null, [new("total", 2.5m)]));
    }

    [Fact]
    public void Placeholders_lists_each_name_once_in_order_and_skips_escaped_braces()
    {
        Assert.Equal(["billed", "code", "total"], FindingText.Placeholders("{{literal}} {billed:units} of {code}: {total:money}, {billed}"));
        Assert.Empty(FindingText.Placeholders("{{code}}"));
    }

    [Fact]
    public void Money_writes_dollars_and_units_a_counted_noun()
    {
        FindingArg[] args = [new("total", 2502.9m), new("loss", -12.5m), new("whole", 1234), new("one", 1), new("none", 0), new("three", 3)];
        Assert.Equal("$2,502.90 -$12.50 $1,234.00", FindingText.Render("{total:money} {loss:money} {whole:money}", null, args));
        Assert.Equal("1 unit, 0 units, 3 units", FindingText.Render("{one:units}, {none:units}, {three:units}", null, args));
    }

    [Fact]
    public void Numbers_without_a_format_are_written_in_the_invariant_culture()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            // A machine set up as in Germany writes 0,85 and 1.234; a report must not. (The tests run in
            // globalization-invariant mode, so the culture is built by hand.)
            var german = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            german.NumberFormat.NumberDecimalSeparator = ",";
            german.NumberFormat.NumberGroupSeparator = ".";
            CultureInfo.CurrentCulture = german;
            Assert.Equal("0,85", 0.85m.ToString(CultureInfo.CurrentCulture));
            Assert.Equal("0.85 1234 85.00 $1,234.50",
                FindingText.Render("{rate} {count} {scaled} {amount:money}", null, [new("rate", 0.85m), new("count", 1234), new("scaled", 85.00m), new("amount", 1234.5m)]));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }
}
