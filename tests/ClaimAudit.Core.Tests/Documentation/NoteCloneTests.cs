using ClaimAudit.Core.Documentation;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Model;
using static ClaimAudit.Core.Tests.Documentation.DocFixture;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>DOC_CLONED_NOTE (PRODUCT.md section 5): near-copies of the same patient's notes, in the batch or earlier batches.</summary>
public class NoteCloneTests
{
    private const string Template =
        "Date {0}. NMR {1} min: PNF D2 flexion pattern and perturbation training on BAPS board for impaired postural control. "
        + "Recovered 4/10 perturbations; tandem stance 8 s. Services provided one-on-one. Continue plan of care.";

    private static readonly string[] Progressing =
    [
        "NMR 20 min: PNF D2 flexion pattern in standing for impaired postural control of the R LE. Recovered 2/10 perturbations; tandem stance 3 s. Services provided one-on-one.",
        "NMR 20 min: perturbation training on BAPS board with verbal cues for ankle strategy to address proprioception deficit. Recovered 4/10 perturbations, Berg 41/56. One-on-one.",
        "NMR 25 min: rhythmic stabilization in tall kneeling, then foam stance with eyes closed for sensory reintegration. TUG 12.8 s from 14.2 s; tandem stance 9 s. 1:1 throughout.",
    ];

    private static Visit NoteVisit(string note, string visitId, DateOnly date, int row, string patient = "P-1") =>
        DocFixture.Visit(note, ["I69.351"], visitId, patient, date, row, ("97112", 20));

    private static (List<(Visit Visit, List<Finding> Findings)> Results, IReadOnlyList<(string PatientId, NoteFingerprint Fingerprint)> Fingerprints)
        Audit(IReadOnlyList<Visit> visits, BatchHistory? history = null)
    {
        var outcome = Engine.Evaluate(new IngestResult { Visits = visits, RejectedRows = [] }, history ?? BatchHistory.Empty,
            "batch-1", "clinic-1", new DateTimeOffset(2026, 3, 20, 0, 0, 0, TimeSpan.Zero));
        var reports = outcome.Report.Visits.ToList();
        var results = visits.Select(v => (v, reports.Single(r => r.VisitId == v.VisitId).Findings
            .Select(f => new Finding(f.RuleId, Severity.Warning, f.Code, f.Message, f.Fix, f.Amount)).ToList())).ToList();
        return (results, outcome.Fingerprints);
    }

    private static List<Finding> Clones(List<Finding> findings) => findings.Where(f => f.RuleId == RuleIds.DocClonedNote).ToList();

    [Fact]
    public void Identical_notes_with_only_date_and_minutes_changed_flag_the_later_ones()
    {
        // Listed out of date order: "later" is by date of service, not by input order.
        var visits = new[]
        {
            NoteVisit(string.Format(Template, "3/11/2026", 20), "V-2", new DateOnly(2026, 3, 11), 2),
            NoteVisit(string.Format(Template, "03/04/2026", 23), "V-1", new DateOnly(2026, 3, 4), 3),
            NoteVisit(string.Format(Template, "March 18", 18), "V-3", new DateOnly(2026, 3, 18), 4),
        };
        var (results, fingerprints) = Audit(visits);

        Assert.Empty(Clones(results.Single(r => r.Visit.VisitId == "V-1").Findings));
        var second = Assert.Single(Clones(results.Single(r => r.Visit.VisitId == "V-2").Findings));
        Assert.Contains("visit V-1 on 2026-03-04", second.Message);
        Assert.Null(second.Code);
        var third = Assert.Single(Clones(results.Single(r => r.Visit.VisitId == "V-3").Findings));
        Assert.Contains("visit V-2 on 2026-03-11", third.Message); // the most recent of equally similar notes
        Assert.Equal(3, fingerprints.Count);
    }

    [Fact]
    public void Same_day_copies_flag_the_later_row()
    {
        var day = new DateOnly(2026, 3, 4);
        var (results, _) = Audit([
            NoteVisit(string.Format(Template, "", 20), "V-B", day, 9),
            NoteVisit(string.Format(Template, "", 20), "V-A", day, 5),
        ]);
        Assert.Empty(Clones(results[1].Findings));
        Assert.Contains("visit V-A", Assert.Single(Clones(results[0].Findings)).Message);
    }

    [Fact]
    public void Progressing_notes_are_not_clones()
    {
        var visits = Progressing.Select((note, i) => NoteVisit(note, $"V-{i + 1}", new DateOnly(2026, 3, 4 + 7 * i), i + 2)).ToList();
        var (results, _) = Audit(visits);
        Assert.All(results, r => Assert.Empty(Clones(r.Findings)));
    }

    [Fact]
    public void Notes_of_different_patients_are_never_clones()
    {
        var (results, _) = Audit([
            NoteVisit(string.Format(Template, "", 20), "V-1", new DateOnly(2026, 3, 4), 2, "P-1"),
            NoteVisit(string.Format(Template, "", 20), "V-2", new DateOnly(2026, 3, 5), 3, "P-2"),
        ]);
        Assert.All(results, r => Assert.Empty(Clones(r.Findings)));
    }

    [Fact]
    public void Short_notes_are_not_clone_checked()
    {
        var (results, fingerprints) = Audit([
            NoteVisit("PNF D2. Tolerated well.", "V-1", new DateOnly(2026, 3, 4), 2),
            NoteVisit("PNF D2. Tolerated well.", "V-2", new DateOnly(2026, 3, 5), 3),
        ]);
        Assert.All(results, r => Assert.Empty(Clones(r.Findings)));
        Assert.Empty(fingerprints);
    }

    [Fact]
    public void Clone_of_a_note_from_an_earlier_batch_is_found_through_stored_fingerprints()
    {
        // Batch 1 stores its fingerprints (as text, the way storage keeps them); batch 2 copies a note of it.
        var (_, stored) = Audit([NoteVisit(string.Format(Template, "03/04/2026", 20), "V-1", new DateOnly(2026, 3, 4), 2)]);
        var (patient, fingerprint) = Assert.Single(stored);
        var roundTripped = NoteFingerprint.Decode(fingerprint.VisitId, fingerprint.DateOfService, fingerprint.EncodedSignature);
        var history = new BatchHistory
        {
            Fingerprints = new Dictionary<string, IReadOnlyList<NoteFingerprint>> { [patient] = [roundTripped] },
        };

        var (results, _) = Audit([
            NoteVisit(string.Format(Template, "03/25/2026", 30), "V-9", new DateOnly(2026, 3, 25), 2),
            NoteVisit(Progressing[2], "V-10", new DateOnly(2026, 3, 27), 3),
        ], history);
        Assert.Contains("visit V-1 on 2026-03-04", Assert.Single(Clones(results[0].Findings)).Message);
        Assert.Empty(Clones(results[1].Findings));

        // Re-running batch 1 must not find its own note in the history.
        var (rerun, _) = Audit([NoteVisit(string.Format(Template, "03/04/2026", 20), "V-1", new DateOnly(2026, 3, 4), 2)], history);
        Assert.Empty(Clones(rerun[0].Findings));
    }

    [Fact]
    public void Fingerprint_text_round_trips_and_rejects_foreign_text()
    {
        var signature = NoteAnalyzer.Default.Analyze(PassingNote).Signature!;
        var text = NoteFingerprint.EncodeSignature(signature);
        Assert.StartsWith(NoteFingerprint.Scheme, text);
        Assert.Equal(signature, NoteFingerprint.DecodeSignature(text));
        Assert.Throws<FormatException>(() => NoteFingerprint.DecodeSignature("AAAA"));
        Assert.Throws<FormatException>(() => NoteFingerprint.DecodeSignature(NoteFingerprint.Scheme + "not base64!"));
        Assert.Throws<FormatException>(() => NoteFingerprint.DecodeSignature(NoteFingerprint.Scheme + "AAAA"));
    }

    [Fact]
    public void Many_visits_of_one_patient_are_bucketed_not_compared_pairwise()
    {
        // 2,000 distinct notes of one patient plus one copy: only the copy is flagged.
        var visits = Enumerable.Range(0, 2000)
            .Select(i => NoteVisit($"NMR {i % 30 + 10} min: exercise {i} step {i * 7} with load {i * 13} and reps {i * 3} for item {i * 11} done.", $"V-{i}", new DateOnly(2026, 1, 1).AddDays(i % 300), i + 2))
            .Append(NoteVisit("NMR 12 min: exercise 17 step 119 with load 221 and reps 51 for item 187 done.", "V-copy", new DateOnly(2026, 12, 31), 9999))
            .ToList();
        var (results, _) = Audit(visits);
        var flagged = results.Where(r => Clones(r.Findings).Count > 0).Select(r => r.Visit.VisitId).ToList();
        Assert.Equal(["V-copy"], flagged);
    }
}
