using System.Diagnostics;
using System.Text;
using ClaimAudit.Core.Documentation;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Payers;

namespace ClaimAudit.Core.Tests.Documentation;

public class VocabularyTests
{
    private static Stream Json(string text) => new MemoryStream(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Shipped_vocabulary_has_the_five_documentation_profiles()
    {
        var profiles = Vocabulary.Shipped.Profiles;
        Assert.All(new[] { "97112", "97110", "97530", "97140", "97116" }, code => Assert.True(profiles.ContainsKey(code), code));
        Assert.Empty(Vocabulary.Shipped.Validate());
    }

    [Fact]
    public void A_clinic_extends_the_shipped_lists_and_its_analyzer_and_rules_use_them()
    {
        var clinic = Vocabulary.Load(Json("""
            { "lists": { "nmr-techniques": { "terms": { "robotic gait": ["Andago"] } } } }
            """));
        var vocabulary = Vocabulary.Shipped.With(clinic);
        var analyzer = new NoteAnalyzer(vocabulary);
        const string note = "Andago for postural control, TUG 14 s, one-on-one.";

        Assert.False(NoteAnalyzer.Default.Analyze(note).Has("nmr-techniques"));
        Assert.Contains("robotic gait", analyzer.Analyze(note).Found("nmr-techniques"));
        // Shipped terms are still there.
        Assert.True(analyzer.Analyze("PNF D2 flexion").Has("nmr-techniques"));

        var profile = new PayerProfile { PayerId = "medicare", OneOnOneCodes = ["97112"] };
        var engine = new AuditEngine(new PayerProfileSet([profile]), rules: DocumentationRules.For(vocabulary));
        var visit = new Visit { VisitId = "V-1", PatientId = "P-1", PayerId = "medicare", DateOfService = new DateOnly(2026, 3, 4) };
        visit.Lines.Add(new ServiceLine { Code = "97112", Minutes = 20, OneOnOne = true });
        visit.DiagnosisCodes.Add("I69.351");
        visit.Note = analyzer.Analyze(note);
        Assert.Empty(engine.Run(engine.BuildEvaluation(visit)).Findings);
    }

    [Fact]
    public void A_clinic_names_its_methods_by_their_head_word()
    {
        // "Regimen" is no shipped head word: the clinic's own programmes end in it.
        var clinic = Vocabulary.Load(Json("""
            { "lists": { "named-methods": { "namedBy": { "named method": ["Regimen"] } } } }
            """));
        var analyzer = new NoteAnalyzer(Vocabulary.Shipped.With(clinic));
        const string note = "Ther ex: the Westside Knee Regimen for R quad weakness, 3 x 10.";

        Assert.False(NoteAnalyzer.Default.Analyze(note).Has("named-methods"));
        Assert.Contains("named method", analyzer.Analyze(note).Found("named-methods"));
        // A shipped head word still names a method, and a lower-case "regimen" is no name.
        Assert.True(analyzer.Analyze("Ther ex: the Westside Tendon Loading Programme, 3 x 15.").Has("named-methods"));
        Assert.False(analyzer.Analyze("Ther ex: the westside knee regimen, 3 x 10.").Has("named-methods"));
    }

    [Fact]
    public void A_clinic_profile_replaces_the_shipped_one_by_code()
    {
        var clinic = Vocabulary.Load(Json("""
            { "profiles": { "97112": { "name": "NMR", "technique": { "lists": ["nmr-techniques"], "missing": "a technique", "fix": "Name it." } } } }
            """));
        var merged = Vocabulary.Shipped.With(clinic);
        Assert.Null(merged.Profiles["97112"].Measure);
        Assert.NotNull(merged.Profiles["97110"].Measure);
    }

    [Fact]
    public void Bad_vocabulary_files_get_a_clear_error()
    {
        var notJson = Assert.Throws<InvalidDataException>(() => Vocabulary.Load(Json("{ lists: ")));
        Assert.StartsWith("vocabulary:", notJson.Message);
        Assert.Throws<InvalidDataException>(() => Vocabulary.Load(Json("""{ "techniques": [] }""")));

        var unknownList = Vocabulary.Load(Json("""
            { "profiles": { "97113": { "name": "aquatic", "technique": { "lists": ["aquatic-techniques"], "missing": "x", "fix": "y" } } } }
            """));
        var error = Assert.Throws<InvalidDataException>(() => new NoteAnalyzer(Vocabulary.Shipped.With(unknownList)));
        Assert.Contains("unknown list 'aquatic-techniques'", error.Message);
    }
}
