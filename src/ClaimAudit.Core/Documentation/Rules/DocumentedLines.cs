using ClaimAudit.Core.Model;
using ClaimAudit.Core.Rules;

namespace ClaimAudit.Core.Documentation.Rules;

/// <summary>Shared pieces of the DOC_* rules.</summary>
internal static class DocumentedLines
{
    /// <summary>The visit's lines whose code has a documentation profile, when the visit has a note to review.</summary>
    public static IEnumerable<(CodeLine Line, DocumentationProfile Profile)> Of(VisitEvaluation visit, Vocabulary vocabulary)
    {
        if (!visit.Visit.Note.HasText) yield break;
        foreach (var line in visit.Lines)
            if (vocabulary.Profiles.TryGetValue(line.Code, out var profile))
                yield return (line, profile);
    }

    public static string ServiceName(string code, Vocabulary vocabulary) =>
        vocabulary.Profiles.TryGetValue(code, out var p) && p.Name.Length > 0 ? Named(code, p.Name) : code;

    // "97110 (therapeutic exercise)" is asked for on nearly every documentation finding: made once per
    // code and name (the cache is keyed by both, so a vocabulary changed later still reads right).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Code, string Name), string> s_named = new();
    private const int MaxNamed = 10_000;

    private static string Named(string code, string name)
    {
        if (s_named.TryGetValue((code, name), out var named)) return named;
        named = $"{code} ({name})";
        if (s_named.Count < MaxNamed) s_named.TryAdd((code, name), named);
        return named;
    }

    /// <summary>The severity a profile element sets for its code, or null when it leaves the rule's.</summary>
    public static Severity? SeverityOf(ProfileElement element) => element.Severity switch
    {
        "error" => Severity.Error,
        "warning" => Severity.Warning,
        "info" => Severity.Info,
        _ => null,
    };

    public static string Quoted(IEnumerable<string> terms) => string.Join(", ", terms.Select(t => $"\"{t}\""));

    /// <summary>The minutes the note states for a line and whether they agree with the line's.</summary>
    internal readonly record struct NoteMinutes(int Stated, bool Agrees);

    /// <summary>True when the note states minutes for the line's code by the line's discipline's notes or a visit-level note.</summary>
    public static bool HasMinutesFor(VisitEvaluation visit, CodeLine line) =>
        visit.Visit.Note.HasStatementsFor(line.Code, line.Role.DisciplineModifier()) || SharesMakeTheLine(visit, line);

    // "TE: bike 8', treadmill 12', SLR 3x10" for a 20-minute 97110: with no minutes stated for the code itself, its machines'
    // shares are its time where they make the line's minutes (and, in a visit of one timed line, the shares in no code's
    // section too); otherwise they say nothing of the code's time.
    private static bool SharesMakeTheLine(VisitEvaluation visit, CodeLine line)
    {
        var note = visit.Visit.Note;
        var discipline = line.Role.DisciplineModifier();
        var sum = note.ShareSum(line.Code, discipline);
        if (line.Timed && OnlyTimedLine(visit)) sum += note.ShareSum(StatedMinutes.Uncoded, discipline);
        return sum > 0 && sum == line.Minutes;
    }

    private static bool OnlyTimedLine(VisitEvaluation visit)
    {
        var timed = 0;
        foreach (var l in visit.Lines)
            if (l.Timed) timed++;
        return timed == 1;
    }

    /// <summary>
    /// What the note says about a line's minutes (PRODUCT.md section 5, DOC_TIME_MISMATCH), or null
    /// when it says nothing: the statements for the line's code by its discipline's rows' notes, else
    /// by a visit-level note, added up. In a visit whose only timed line this is, minutes stated
    /// without a code are its minutes when none are stated for its code.
    /// </summary>
    public static NoteMinutes? MinutesOf(VisitEvaluation visit, CodeLine line)
    {
        var note = visit.Visit.Note;
        var discipline = line.Role.DisciplineModifier();
        var statements = note.StatementsFor(line.Code, discipline);
        if (statements.Count == 0 && SharesMakeTheLine(visit, line)) return new NoteMinutes(line.Minutes, true);
        if (statements.Count == 0)
        {
            if (!line.Timed || visit.Lines.Count(l => l.Timed) != 1) return null;
            statements = note.StatementsFor(StatedMinutes.Uncoded, discipline);
            // (The parts of a session given in parts, without a code, are its minutes too: "part 1: 10 min · part 2: 13 min".)
            if (note.StatementsFor(StatedMinutes.Part, discipline) is { Count: > 0 } parts) statements = [.. statements, .. parts];
            // A visit of this one line: the note's total time is the line's ("TOTAL TX TIME 30 MIN").
            if (statements.Count == 0 && visit.Lines.Length == 1) statements = note.StatementsFor(StatedMinutes.Total, discipline);
            if (statements.Count == 0) return null;
            var uncoded = UncodedTotal(statements);
            // (A time column of exercise rows, a machine's among them: "recumbent bike … 8'", "step-ups … 4'", … make the line.)
            if (uncoded != line.Minutes && uncoded + note.ShareSum(StatedMinutes.Uncoded, discipline) + note.ShareSum(line.Code, discipline) == line.Minutes)
                return new NoteMinutes(line.Minutes, true);
            return new NoteMinutes(uncoded, uncoded == line.Minutes);
        }
        var sum = statements.Sum();
        if (sum == line.Minutes) return new NoteMinutes(sum, true);
        // "97112 in two parts … part 1: 11 min · part 2: 12 min → 23 min": in a visit of this one timed line, the code's minutes
        // and the minutes of the session's other parts that add up to the line are its time.
        if (line.Timed && visit.Lines.Count(l => l.Timed) == 1 && PartsMakeTheTotal(note, discipline, sum, line.Minutes)) return new NoteMinutes(line.Minutes, true);
        // The same minutes said again ("NMR 23 min … the 23 min of NMR above was one-on-one") are one
        // statement; after a correction or addendum, the corrected minutes stand beside the first ones.
        if (statements.Count > 1 && (AllEqual(statements) || note.HasCorrection) && statements.Contains(line.Minutes))
            return new NoteMinutes(line.Minutes, true);

        // The code is billed by another discipline too (a PT and an OT 97530 line), and one note
        // repeated on both disciplines' rows may state each one's minutes, or the code's combined
        // minutes: the line agrees when some of the statements make its minutes, or all of them
        // the code's. Otherwise the minutes it is told are those the other lines do not account for.
        var others = visit.Lines.Where(l => !ReferenceEquals(l, line) && string.Equals(l.Code, line.Code, StringComparison.OrdinalIgnoreCase)).ToList();
        if (others.Count == 0) return new NoteMinutes(sum, false);
        if (SomeAddUpTo(statements, line.Minutes) || sum == line.Minutes + others.Sum(l => l.Minutes)) return new NoteMinutes(line.Minutes, true);
        var left = statements.ToList();
        foreach (var other in others) left.Remove(other.Minutes);
        return new NoteMinutes(left.Count > 0 ? left.Sum() : sum, false);
    }

    // Minutes stated without a code add up, unless one of them is the sum of the others: the
    // session's time written next to its parts ("Pt seen 30 min: rhythmic stabilization 15 min,
    // perturbations 15 min").
    private static int UncodedTotal(IReadOnlyList<int> statements)
    {
        var sum = statements.Sum();
        var largest = statements.Max();
        return statements.Count > 2 && largest * 2 == sum ? largest : sum;
    }

    // Only minutes stated as parts of the session ("part 2: 12 min", "…, 11 min after"), never another activity's minutes
    // ("Pt education 10 min").
    private static bool PartsMakeTheTotal(NoteFeatures note, string? discipline, int codeMinutes, int total)
    {
        var parts = note.StatementsFor(StatedMinutes.Part, discipline);
        return parts.Count > 0 && codeMinutes + parts.Sum() == total;
    }

    private static bool AllEqual(IReadOnlyList<int> values)
    {
        for (var i = 1; i < values.Count; i++)
            if (values[i] != values[0]) return false;
        return true;
    }

    private static bool SomeAddUpTo(IReadOnlyList<int> values, int target)
    {
        var n = Math.Min(values.Count, 16);
        for (var mask = 1; mask < 1 << n; mask++)
        {
            var sum = 0;
            for (var i = 0; i < n; i++)
                if ((mask & (1 << i)) != 0) sum += values[i];
            if (sum == target) return true;
        }
        return false;
    }

    /// <summary>
    /// The message of a missing profile element (technique, deficit or measure): what is missing is
    /// the element's own wording in the vocabulary (<c>missing</c>), as is the fix (<c>advice</c>),
    /// so a clinic's vocabulary words them for its codes.
    /// </summary>
    public const string ElementMessageTemplate = "{service}: the note does not document {missing}{negatedNote}.";

    /// <summary>The fix of a missing profile element: the element's own advice in the vocabulary.</summary>
    public const string ElementFixTemplate = "{advice}";

    /// <summary>The service's name of each code with a documentation profile: the wording a rule that names only the service shares per code.</summary>
    public static IEnumerable<(string Code, IReadOnlyList<FindingArg> Args)> ServiceWording(Vocabulary vocabulary)
    {
        foreach (var code in vocabulary.Profiles.Keys)
            yield return (code.ToUpperInvariant(), [new("service", ServiceName(code.ToUpperInvariant(), vocabulary))]);
    }

    /// <summary>The wording each code's profile element gives its findings: the service's name, what is missing and the advice.</summary>
    public static IEnumerable<(string Code, IReadOnlyList<FindingArg> Args)> ElementWording(Vocabulary vocabulary, Func<DocumentationProfile, ProfileElement?> element)
    {
        foreach (var (code, profile) in vocabulary.Profiles)
            if (element(profile) is { } e)
                yield return (code.ToUpperInvariant(), [new("service", ServiceName(code.ToUpperInvariant(), vocabulary)), new("missing", e.Missing), new("advice", e.Fix)]);
    }

    // "; it mentions "BAPS board" only as not done", or "" - asked only of a note that negates some term.
    private static string NegatedNote(NoteFeatures note, List<string> lists)
    {
        var negated = lists.SelectMany(note.Negated).Distinct().ToList();
        return negated.Count > 0 ? $"; it mentions {Quoted(negated)} only as not done" : "";
    }

    /// <summary>Adds a finding for a missing profile element (technique, deficit or measure).</summary>
    public static void CheckElement(VisitEvaluation visit, RuleOutput output, Vocabulary vocabulary,
        RuleDescriptor rule, Func<DocumentationProfile, ProfileElement?> element)
    {
        var note = visit.Visit.Note;
        if (!note.HasText) return;
        // The lines of Of(), walked without its iterator: this runs for every line of every visit.
        foreach (var line in visit.Lines)
        {
            if (!vocabulary.Profiles.TryGetValue(line.Code, out var profile) || element(profile) is not { } e) continue;
            if (note.HasAny(e.Lists)) continue;
            output.Add(rule.FindingOn(line, line.BilledValue, profileSeverity: SeverityOf(e), args:
            [
                new("service", ServiceName(line.Code, vocabulary)), new("missing", e.Missing),
                new("negatedNote", note.NegatedTerms.Length > 0 ? NegatedNote(note, e.Lists) : ""), new("advice", e.Fix),
            ]));
        }
    }
}
