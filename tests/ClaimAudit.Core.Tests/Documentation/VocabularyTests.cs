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
            { "lists": { "nmr-techniques": { "terms": { "robotic gait": ["Lokomat"] } } } }
            """));
        var vocabulary = Vocabulary.Shipped.With(clinic);
        var analyzer = new NoteAnalyzer(vocabulary);
        const string note = "Lokomat for postural control, TUG 14 s, one-on-one.";

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
        Assert.Empty(engine.Run(engine.BuildEvaluation(visit)));
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

    [Fact]
    public void Analysing_a_million_line_batch_of_notes_takes_seconds_not_minutes()
    {
        // 20,000 distinct realistic notes (a 1M-line batch at 1/50). The bound is loose on purpose so
        // the test holds on a contended 2-core build machine (Debug, other builds running); it catches
        // a per-note cost gone quadratic or a regex built per call, not small regressions.
        var notes = Enumerable.Range(0, 20_000).Select(i =>
            $"Visit {i}. NMR {i % 40 + 8} min: PNF D2 flexion and perturbation training on BAPS board for impaired postural control. "
            + $"Recovered {i % 10}/10 perturbations; tandem stance {i % 30} s. Ther ex {i % 20 + 8} min: SLR 3x10, bridges x15 for hip strength. "
            + "Services provided one-on-one. Patient tolerated well, continue plan of care.").ToList();
        var analyzer = NoteAnalyzer.Default;
        analyzer.Analyze(notes[0]);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        foreach (var note in notes) analyzer.Analyze(note);
        watch.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), $"20,000 notes took {watch.Elapsed.TotalMilliseconds:0} ms ({cpu.TotalMilliseconds:0} ms CPU)");
    }
}
