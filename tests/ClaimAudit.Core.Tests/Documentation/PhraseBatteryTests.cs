using ClaimAudit.Core.Model;
using Xunit.Abstractions;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// Phrase batteries (issue 18): the three things reviewers most often read differently from the
/// analyzer in the blind held-out sets (one-on-one stated in a clinic's own words, a technique
/// named, a deficit stated), each as hundreds of fragments written and labelled by an outside
/// reviewer (a helper who had not read the analyzer or its vocabulary) in the ways clinicians of
/// many EMRs, settings and countries write them — with hard negatives that carry the tempting words
/// ("only tolerated", "single-leg stance", "1:1 work-rest ratio"). They are development data:
/// worked through, not held out. Each fragment is set into a note that is complete but for the one
/// thing the battery is about, and only that thing's finding is judged.
/// The files are Documentation/Batteries/*.tsv: one fragment a line, "\n" for a line break.
/// </summary>
public sealed class PhraseBatteryTests(ITestOutputHelper output)
{
    // A 97112 note complete but for one-on-one: the fragment decides DOC_ONE_ON_ONE_MISSING.
    private const string OneOnOneNote =
        "{0}\n97112 NMR 20 min: PNF D2 flexion patterns and perturbation training on foam.\n"
        + "Deficit: impaired proprioception and delayed ankle strategy L.\nBerg 44/56 (41/56 last week).";

    // Notes complete but for the technique, per code: the fragment decides DOC_TECHNIQUE_MISSING.
    private static readonly Dictionary<string, string> TechniqueNotes = new(StringComparer.Ordinal)
    {
        ["97112"] = "97112 - 20 min, one-on-one.\n{0}\nTargets impaired proprioception and postural control L LE.\nBerg 44/56 (41/56 last wk).",
        ["97110"] = "97110 - 20 min.\n{0}\nFor R knee weakness after TKA.\nKnee flexion 105 deg (98 last wk).",
        ["97530"] = "97530 - 20 min.\n{0}\nGoal: return home alone without caregiver help.\nMod A last wk, min A today.",
        ["97140"] = "97140 - 20 min.\n{0}\nL cervical hypomobility, rotation limited.\nRotation L 55 deg (45 at IE).",
        ["97116"] = "97116 - 20 min.\n{0}\nAntalgic gait R with shortened stance.\nGait speed 0.8 m/s (0.6 at IE).",
    };

    // Notes complete but for the deficit, per code: the fragment decides DOC_DEFICIT_MISSING.
    private static readonly Dictionary<string, string> DeficitNotes = new(StringComparer.Ordinal)
    {
        ["97112"] = "97112 - 20 min, one-on-one.\nPNF D2 flexion patterns and perturbation training on foam.\n{0}\nBerg 44/56 (41/56 last wk).",
        ["97110"] = "97110 - 20 min.\nStraight leg raise 3x10 with 2 lb; terminal knee extension with band 3x15.\n{0}",
        ["97530"] = "97530 - 20 min.\nSit-to-stand from low couch and floor-to-shelf lifting task, min A.\n{0}",
        ["97140"] = "97140 - 20 min.\nGrade III PA glides and soft tissue mobilization.\n{0}\nRotation 55 deg (45 at IE).",
        ["97116"] = "97116 - 20 min.\nGait training with rolling walker.\n{0}\n150 ft x2 with CGA.",
    };

    /// <summary>One battery line: the code, whether the reviewer says the thing is stated, the fragment.</summary>
    private sealed record Entry(int Line, string Code, bool Stated, string Fragment);

    // Fragments the analyzer still reads otherwise than the reviewer, each with why it is left.
    // The test fails when one of them starts to agree (take it off the list) or a new one disagrees.
    private static readonly Dictionary<string, string> KnownOneOnOneGaps = new(StringComparer.Ordinal)
    {
        ["NMR 1;1 x 20'"] = "a semicolon between two characters is an EMR's cell separator (\"2;97140;MT\"), so the typo splits the 1:1",
        ["One-on-one? ✓"] = "a tick after a question is no word the reader sees as its answer",
        ["Tx Type: [X] Indiv [ ] Grp"] = "\"indiv\" alone is as often an individual programme or plan (\"indiv HEP\"); only \"indiv tx\", \"indiv session\" are read",
        ["Single pt / single therapist session."] = "two halves of a ratio around a slash; \"single pt\" alone is as often a count",
    };

    private static readonly Dictionary<string, string> KnownTechniqueGaps = new(StringComparer.Ordinal)
    {
        ["SCS: tender pt L iliacus, held 90 sec, tenderness 7→2"] = "SCS is as often a spinal cord stimulator: left out so that an implant is not read as a technique",
        ["Postural re-ed with verbal and tactile cues"] = "tactile cueing is a facilitation technique in the vocabulary; this reviewer calls it generic",
        ["Sit ↔ stand from w/c with brakes/leg rests management, 5 reps"] = "the arrow splits \"sit-to-stand\" and \"brakes/leg rests management\" is no phrase the vocabulary holds",
        ["☒ AROM ☒ PROM ☐ Stretching ☒ Strengthening"] = "AROM is an exercise in the vocabulary (\"AROM 2x10\"); ticked alone this reviewer calls it a category",
        ["Return-to-sport drills progressed"] = "\"drills\" after a goal's words is read as sport-specific drills",
        ["Joint mobilization to improve ROM"] = "joint mobilization is a named manual technique in the vocabulary; this reviewer wants its grade or joint",
        ["Mobs given."] = "\"mobs\" is joint mobilization in the vocabulary; this reviewer wants its grade or joint",
        ["Mobilisation of the affected region, as per previous"] = "mobilisation is joint mobilization in the vocabulary; this reviewer wants its grade or joint",
    };

    private static readonly Dictionary<string, string> KnownDeficitGaps = new(StringComparer.Ordinal)
    {
        ["PF strength L 3/5 - unable to perform single-leg heel raise"] = "\"PF\" (plantar flexor) is no region the vocabulary knows, and a heel raise is no functional task",
        ["Poor lumbopelvic stabilization, TrA activation delayed, cannot hold neutral pelvis in dead-bug"] = "a motor-control deficit in core-stability words the neuromuscular list does not hold",
        ["Weight shift onto R LE limited, <40% WB on scales"] = "the impairment word comes four words after the function it qualifies",
        ["Balance | SLS R 3s  L 12s | impaired"] = "the impairment stands in another cell of the table row",
        ["Grip strength ↓ R 30 lb vs L 65 lb"] = "\"grip strength\" is read as a measure, which 97110's deficit lists do not hold",
        ["Composite fist lacking 2 cm pulp-to-palm R index/middle"] = "a hand-therapy deficit in words the vocabulary does not hold",
        ["Pt states knee 'feels a lot looser' today"] = "the knee is read as the region targeted whoever speaks of it",
        ["Strength 5/5 and AROM WFL throughout bilat UE"] = "\"strength\" names a measure too, so a normal value does not unsay it",
        ["NMR goal: DVA loss <2 lines"] = "a note is read as a whole: a goal written for another code counts for every code",
        ["Goal for 97140: ↓ myofascial tension R UT"] = "a note is read as a whole: a goal written for another code counts for every code",
        ["Pt reports less stiffness after last session"] = "a deficit the patient reports is read as stated",
        ["s/p R RCR 8 wks"] = "\"R RCR\" (rotator cuff repair) names the shoulder; only a Dx or Hx line is read as history",
        ["Goal for 97116: amb 150 ft w/ RW"] = "a note is read as a whole: a goal written for another code counts for every code",
        ["Shoulder ROM now full and symmetric — ROM goal met, d/c'd ROM exercises"] = "the region is said normal through its ROM, two words the normal-state reading does not cross",
        ["Hx L hip fx after fall 2 wks ago"] = "on a history line only regions, conditions and pain are read as history; a fall is still read as a fall-risk deficit",
        ["Gait speed 0.6 m/s (below 0.8 community threshold)"] = "a measure below a threshold is not read as a deficit",
        ["Goal for 97110: ↑ hip abd strength to 4+/5"] = "a note is read as a whole: a goal written for another code counts for every code",
        ["Pt c/o L hip pain 4/10 today"] = "a complaint of pain in a region is read as the region targeted",
    };

    [Fact]
    public void The_notes_around_the_fragments_lack_only_the_thing_each_battery_is_about()
    {
        // Without a fragment each note gets the battery's finding; with a plain statement of it, not.
        Assert.Contains(RuleIds.DocOneOnOneMissing, Findings(OneOnOneNote, "", "97112"));
        Assert.DoesNotContain(RuleIds.DocOneOnOneMissing, Findings(OneOnOneNote, "Treatment provided one-on-one.", "97112"));
        var technique = new Dictionary<string, string>
        {
            ["97112"] = "Rhythmic stabilization in half-kneel.", ["97110"] = "Mini squats 3x10.", ["97530"] = "Car transfer practice.",
            ["97140"] = "Soft tissue mobilization to upper trapezius.", ["97116"] = "Gait training with a straight cane on stairs.",
        };
        foreach (var (code, note) in TechniqueNotes)
        {
            Assert.Contains(RuleIds.DocTechniqueMissing, Findings(note, "", code));
            Assert.DoesNotContain(RuleIds.DocTechniqueMissing, Findings(note, technique[code], code));
            Assert.DoesNotContain(RuleIds.DocDeficitMissing, Findings(note, technique[code], code));
            Assert.DoesNotContain(RuleIds.DocMeasureMissing, Findings(note, technique[code], code));
        }
        var deficit = new Dictionary<string, string>
        {
            ["97112"] = "Impaired proprioception L ankle.", ["97110"] = "R quad weakness.", ["97530"] = "Goal: get in and out of the car alone.",
            ["97140"] = "Stiff L cervical facets.", ["97116"] = "Shuffling gait with decreased step length.",
        };
        foreach (var (code, note) in DeficitNotes)
        {
            Assert.Contains(RuleIds.DocDeficitMissing, Findings(note, "", code));
            Assert.DoesNotContain(RuleIds.DocDeficitMissing, Findings(note, deficit[code], code));
            Assert.DoesNotContain(RuleIds.DocTechniqueMissing, Findings(note, deficit[code], code));
            Assert.DoesNotContain(RuleIds.DocMeasureMissing, Findings(note, deficit[code], code));
        }
    }

    [Fact]
    public void One_on_one_is_read_as_the_reviewer_reads_it() =>
        AssertBattery("one-on-one.tsv", e => OneOnOneNote, RuleIds.DocOneOnOneMissing, KnownOneOnOneGaps);

    [Fact]
    public void A_technique_is_read_as_the_reviewer_reads_it() =>
        AssertBattery("techniques.tsv", e => TechniqueNotes[e.Code], RuleIds.DocTechniqueMissing, KnownTechniqueGaps);

    [Fact]
    public void A_deficit_is_read_as_the_reviewer_reads_it() =>
        AssertBattery("deficits.tsv", e => DeficitNotes[e.Code], RuleIds.DocDeficitMissing, KnownDeficitGaps);

    private void AssertBattery(string file, Func<Entry, string> note, string missingRule, Dictionary<string, string> knownGaps)
    {
        var entries = Read(file);
        var disagreeing = new List<string>();
        var stillKnown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            var missing = Findings(note(e), e.Fragment, e.Code).Contains(missingRule);
            var agrees = missing != e.Stated;
            if (knownGaps.ContainsKey(e.Fragment)) { if (!agrees) stillKnown.Add(e.Fragment); continue; }
            if (!agrees) disagreeing.Add($"line {e.Line} {e.Code} {(e.Stated ? "stated" : "not stated")}, read {(missing ? "not stated" : "stated")}: {e.Fragment}");
        }
        var nowAgreeing = knownGaps.Keys.Where(k => !stillKnown.Contains(k)).ToList();
        output.WriteLine($"{file}: {entries.Count - disagreeing.Count - stillKnown.Count} of {entries.Count} agree; {stillKnown.Count} known gaps.");
        foreach (var d in disagreeing) output.WriteLine(d);
        Assert.True(disagreeing.Count == 0 && nowAgreeing.Count == 0,
            $"{disagreeing.Count} fragments of {file} read otherwise than the reviewer:\n" + string.Join("\n", disagreeing)
            + (nowAgreeing.Count == 0 ? "" : "\nknown gaps that now agree (take them off the list):\n" + string.Join("\n", nowAgreeing)));
    }

    private static List<string> Findings(string template, string fragment, string code) =>
        DocFixture.Run(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, fragment), (code, 20)).RuleIds();

    private static List<Entry> Read(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Documentation", "Batteries", file);
        var entries = new List<Entry>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            // one-on-one.tsv: LABEL, FRAGMENT, WHY (97112 always); the others: CODE, LABEL, FRAGMENT, WHY.
            var (code, label, fragment) = cells[0] is "Y" or "N" ? ("97112", cells[0], cells[1]) : (cells[0], cells[1], cells[2]);
            entries.Add(new Entry(lineNumber, code, label is "Y" or "T" or "D", fragment.Replace("\\n", "\n", StringComparison.Ordinal)));
        }
        return entries;
    }
}
