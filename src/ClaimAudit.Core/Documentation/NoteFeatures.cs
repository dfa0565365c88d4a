namespace ClaimAudit.Core.Documentation;

/// <summary>
/// What the documentation rules need to know about a visit's note, extracted as rows are read so
/// the note text itself is never kept. Features of several line notes merge into the visit's;
/// merging is a union (merging a note with itself changes nothing), so an EMR export that repeats
/// the visit note on every line gives the same features as one note.
/// </summary>
/// <remarks>
/// Compact on purpose (a few hundred bytes per visit): terms are ids into the analyzer's shared
/// <see cref="TermTable"/>, sorted; stated minutes are a small array; the MinHash signature is 64 uints.
/// Stated minutes carry the discipline of the row whose note stated them (a CSV row's note speaks for
/// its row's discipline); a visit-level note's (JSON) carry none.
/// </remarks>
public sealed class NoteFeatures
{
    public static readonly NoteFeatures Empty = new();

    /// <summary>True when the visit had any note text at all.</summary>
    public bool HasText { get; init; }

    /// <summary>Words in the note (the longest line note when merged).</summary>
    public int WordCount { get; init; }

    /// <summary>The table <see cref="FoundTerms"/> and <see cref="NegatedTerms"/> index into; null when nothing was found.</summary>
    public TermTable? Terms { get; init; }

    /// <summary>Sorted ids of the terms the note mentions affirmatively (negated mentions excluded; number-bound terms only with a number).</summary>
    public int[] FoundTerms { get; init; } = [];

    /// <summary>Sorted ids of terms the note mentions only negated ("no PNF today"), kept to explain findings.</summary>
    public int[] NegatedTerms { get; init; } = [];

    /// <summary>
    /// Each statement of minutes in the note ("97112: 20 min", "NMR 20 minutes", and with
    /// <see cref="StatedMinutes.Uncoded"/> as the code, minutes that name no code), sorted by
    /// discipline, code and minutes. Several statements for one code add up.
    /// </summary>
    public StatedMinutes[] Minutes { get; init; } = [];

    /// <summary>MinHash signature of the note's word shingles, or null for a note too short to compare.</summary>
    public uint[]? Signature { get; init; }

    /// <summary>
    /// Codes whose row of a table answers a one-on-one column Y (or X), and codes whose row answers it N: "Code | Service |
    /// Min | One-on-one?" over "97112 | NMR | 23 | Y" and "97110 | TE | 15 | N/A" says 97112 was one-on-one, whatever
    /// 97110's row says. Empty for most notes.
    /// </summary>
    public string[] OneOnOneYesCodes { get; init; } = [];

    /// <inheritdoc cref="OneOnOneYesCodes"/>
    public string[] OneOnOneNoCodes { get; init; } = [];

    /// <summary>Whether the note states one-on-one for this code: its row in a one-on-one column, else the note as a whole.</summary>
    public bool OneOnOneStatedFor(string code)
    {
        foreach (var c in OneOnOneNoCodes)
            if (string.Equals(c, code, StringComparison.OrdinalIgnoreCase)) return false;
        // (A row's Y does not outweigh the note's "aide assisted while PT treated a 2nd pt".)
        if (Has(Vocabulary.NotOneOnOneList)) return false;
        foreach (var c in OneOnOneYesCodes)
            if (string.Equals(c, code, StringComparison.OrdinalIgnoreCase)) return true;
        return OneOnOneStated;
    }

    /// <summary>True when the note mentions any term of the named list.</summary>
    public bool Has(string list) => Terms?.RangeOf(list) is { } r && AnyIn(FoundTerms, r.Start, r.End);

    /// <summary>True when the note mentions any term of any of the lists.</summary>
    /// <remarks>A List and a loop: a method group passed to Any would be a delegate allocated per call, and an
    /// interface's enumerator another, on every line of every visit.</remarks>
    public bool HasAny(List<string> lists)
    {
        foreach (var list in lists)
            if (Has(list)) return true;
        return false;
    }

    /// <summary>The canonical names of the list's terms the note mentions.</summary>
    public IReadOnlyList<string> Found(string list) => Names(FoundTerms, list);

    /// <summary>The canonical names of the list's terms the note mentions only negated.</summary>
    public IReadOnlyList<string> Negated(string list) => Names(NegatedTerms, list);

    /// <summary>The note says the service was one-on-one, and nothing in it says otherwise (a group, a second patient, an aide).</summary>
    public bool OneOnOneStated => Has(Vocabulary.OneOnOneList) && !Has(Vocabulary.NotOneOnOneList);

    public IReadOnlyList<string> GenericPhrases => Found(Vocabulary.GenericList);

    /// <summary>The note corrects or adds to its record ("entered in error", "addendum", "late entry").</summary>
    public bool HasCorrection => Has(Vocabulary.CorrectionList);

    /// <summary>True when the note mentions anything specific: a term of any list but the generic, one-on-one, not-one-on-one, correction and reported ones.</summary>
    public bool AnySpecific => Terms is not null && FoundTerms.Any(id => Terms.ListOf(id) is not (Vocabulary.GenericList or Vocabulary.OneOnOneList or Vocabulary.NotOneOnOneList or Vocabulary.CorrectionList or Vocabulary.ReportedList));

    /// <summary>
    /// The minutes the note states for a code (its statements added up), or null when it states none:
    /// a visit-level note's, else the largest of the disciplines' notes'.
    /// </summary>
    public int? MinutesFor(string code)
    {
        if (Sum(code, null) is int visitLevel) return visitLevel;
        int? largest = null;
        foreach (var m in Minutes)
            if (m.Discipline is { } d && string.Equals(m.Code, code, StringComparison.OrdinalIgnoreCase) && Sum(code, d) is int sum)
                largest = Math.Max(largest ?? 0, sum);
        return largest;
    }

    /// <summary>
    /// The statements of minutes for a code by a discipline's notes (e.g. "GP"), else by a visit-level
    /// note; empty when neither states any. Use <see cref="StatedMinutes.Uncoded"/> for minutes that name no code.
    /// </summary>
    public IReadOnlyList<int> StatementsFor(string code, string? discipline)
        => Collect(code, discipline) ?? (discipline is null ? null : Collect(code, null)) ?? (IReadOnlyList<int>)[];

    private int? Sum(string code, string? discipline)
    {
        int? sum = null;
        foreach (var m in Minutes)
            if (IsFor(m, code, discipline)) sum = (sum ?? 0) + m.Minutes;
        return sum;
    }

    /// <summary>
    /// The minutes stated as conditioning machines' shares of a code's time (<see cref="StatedMinutes.ShareOf"/>; the empty code: in
    /// no code's section), by the discipline's notes, else by a visit-level note — without building the share's code.
    /// </summary>
    public int ShareSum(string code, string? discipline)
    {
        var sum = SharesBy(code, discipline);
        return sum == 0 && discipline is not null ? SharesBy(code, null) : sum;
    }

    private int SharesBy(string code, string? discipline)
    {
        var sum = 0;
        foreach (var m in Minutes)
            if (m.Discipline == discipline && m.Code.Length == code.Length + 1 && m.Code[0] == '~' && m.Code.AsSpan(1).Equals(code, StringComparison.OrdinalIgnoreCase))
                sum += m.Minutes;
        return sum;
    }

    /// <summary>Whether the note states minutes for a code, as <see cref="StatementsFor"/> finds them, without collecting them.</summary>
    public bool HasStatementsFor(string code, string? discipline) =>
        Stated(code, discipline) || (discipline is not null && Stated(code, null));

    private bool Stated(string code, string? discipline)
    {
        foreach (var m in Minutes)
            if (IsFor(m, code, discipline)) return true;
        return false;
    }

    // A statement of the code's minutes by the discipline's notes (null: a visit-level note's).
    private static bool IsFor(StatedMinutes m, string code, string? discipline) =>
        m.Discipline == discipline && string.Equals(m.Code, code, StringComparison.OrdinalIgnoreCase);

    // Null, not an empty list, when nothing is found: the documentation rules ask of every line of every visit, and most codes have no statement.
    private List<int>? Collect(string code, string? discipline)
    {
        List<int>? found = null;
        foreach (var m in Minutes)
            if (IsFor(m, code, discipline)) (found ??= []).Add(m.Minutes);
        return found;
    }

    /// <summary>These features with the minutes of a visit-level note given to a discipline (the row's whose note this is).</summary>
    public NoteFeatures WithDiscipline(string discipline)
    {
        var untagged = false;
        foreach (var m in Minutes) untagged |= m.Discipline is null;
        if (!untagged) return this;
        var minutes = new StatedMinutes[Minutes.Length];
        for (var i = 0; i < minutes.Length; i++) minutes[i] = Minutes[i] with { Discipline = Minutes[i].Discipline ?? discipline };
        Array.Sort(minutes, StatedMinutes.Order);
        return new NoteFeatures
        {
            HasText = HasText, WordCount = WordCount, Terms = Terms, FoundTerms = FoundTerms, NegatedTerms = NegatedTerms,
            Minutes = minutes, Signature = Signature, OneOnOneYesCodes = OneOnOneYesCodes, OneOnOneNoCodes = OneOnOneNoCodes,
        };
    }

    public NoteFeatures Merge(NoteFeatures other)
    {
        if (ReferenceEquals(this, Empty) || ReferenceEquals(this, other)) return other;
        if (ReferenceEquals(other, Empty)) return this;
        if (Terms is not null && other.Terms is not null && !ReferenceEquals(Terms, other.Terms))
            throw new InvalidOperationException("note features from different vocabularies cannot be merged");
        return new NoteFeatures
        {
            HasText = HasText || other.HasText,
            WordCount = Math.Max(WordCount, other.WordCount),
            Terms = Terms ?? other.Terms,
            FoundTerms = Union(FoundTerms, other.FoundTerms),
            NegatedTerms = Union(NegatedTerms, other.NegatedTerms),
            Minutes = MergeMinutes(Minutes, other.Minutes),
            Signature = MinHash.Merge(Signature, other.Signature),
            OneOnOneYesCodes = UnionCodes(OneOnOneYesCodes, other.OneOnOneYesCodes),
            OneOnOneNoCodes = UnionCodes(OneOnOneNoCodes, other.OneOnOneNoCodes),
        };
    }

    private static string[] UnionCodes(string[] a, string[] b) =>
        b.Length == 0 ? a : a.Length == 0 ? b : [.. a.Union(b, StringComparer.OrdinalIgnoreCase)];

    // The same statement repeated on several rows' notes must not add up, while different statements
    // for one code do: per discipline and code the statements are a multiset, and merging takes each
    // value as often as the note that states it most often does ("NMR 20 min" on every row stays 20;
    // "97112 10 min" on one row and "97112 15 min" on another make 25).
    private static StatedMinutes[] MergeMinutes(StatedMinutes[] a, StatedMinutes[] b)
    {
        if (b.Length == 0 || a.AsSpan().SequenceEqual(b)) return a;
        if (a.Length == 0) return b;
        var result = new List<StatedMinutes>(a.Length + b.Length);
        int i = 0, j = 0;
        while (i < a.Length || j < b.Length)
        {
            var c = i >= a.Length ? 1 : j >= b.Length ? -1 : StatedMinutes.Order(a[i], b[j]);
            if (c < 0) result.Add(a[i++]);
            else if (c > 0) result.Add(b[j++]);
            else { result.Add(a[i++]); j++; }
        }
        return [.. result];
    }

    private List<string> Names(int[] ids, string list)
    {
        if (Terms?.RangeOf(list) is not { } r) return [];
        return ids.Where(id => id >= r.Start && id < r.End).Select(Terms.NameOf).ToList();
    }

    private static bool AnyIn(int[] sorted, int start, int end)
    {
        var i = Array.BinarySearch(sorted, start);
        if (i < 0) i = ~i;
        return i < sorted.Length && sorted[i] < end;
    }

    internal static int[] Union(int[] a, int[] b)
    {
        if (a.Length == 0) return b;
        if (b.Length == 0 || a.AsSpan().SequenceEqual(b)) return a;
        var result = new List<int>(a.Length + b.Length);
        int i = 0, j = 0;
        while (i < a.Length || j < b.Length)
        {
            int next;
            if (j >= b.Length || (i < a.Length && a[i] < b[j])) next = a[i++];
            else if (i >= a.Length || b[j] < a[i]) next = b[j++];
            else { next = a[i++]; j++; }
            result.Add(next);
        }
        return [.. result];
    }
}

/// <summary>
/// One statement of minutes in a note: the code it names (<see cref="Uncoded"/> when it names none),
/// the minutes, and the discipline ("GP", "GO", "GN") of the row whose note stated it, or null for a
/// visit-level note.
/// </summary>
public readonly record struct StatedMinutes(string Code, int Minutes, string? Discipline = null)
{
    /// <summary>The code of minutes stated without a code ("Pt seen 30 min").</summary>
    public const string Uncoded = "";
    /// <summary>The code of a visit's total time ("total tx time 30 min"): no code's, unless the visit bills one line.</summary>
    public const string Total = "*total";
    /// <summary>
    /// The code of minutes stated as a part of a session given in parts, without a code ("part 2: 12 min", "…, 11 min after"):
    /// in a visit of one timed line, with the code's own minutes they may make its time.
    /// </summary>
    public const string Part = "*part";
    /// <summary>
    /// The code of minutes stated as a conditioning machine's share of a code's time ("TE: bike 8', SLR 3x10"): <c>~</c> and the
    /// code (<c>~</c> alone: in no code's section). They are the code's time only where they make the line's minutes.
    /// </summary>
    public static string ShareOf(string code) => "~" + code;

    /// <summary>By discipline (visit-level first), code, then minutes.</summary>
    public static int Order(StatedMinutes x, StatedMinutes y)
    {
        var c = string.CompareOrdinal(x.Discipline, y.Discipline);
        if (c == 0) c = string.CompareOrdinal(x.Code, y.Code);
        return c != 0 ? c : x.Minutes.CompareTo(y.Minutes);
    }
}

/// <summary>Every canonical term of a vocabulary, numbered list by list, so features store small ints.</summary>
public sealed class TermTable
{
    private readonly string[] _names;
    private readonly string[] _lists;
    private readonly Dictionary<string, (int Start, int End)> _ranges = new(StringComparer.Ordinal);

    internal TermTable(Vocabulary vocabulary)
    {
        var names = new List<string>();
        var lists = new List<string>();
        foreach (var (listName, list) in vocabulary.Lists.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            var start = names.Count;
            foreach (var term in list.AllTerms.Order(StringComparer.Ordinal))
            {
                names.Add(term);
                lists.Add(listName);
            }
            _ranges[listName] = (start, names.Count);
        }
        _names = [.. names];
        _lists = [.. lists];
    }

    public int Count => _names.Length;

    internal (int Start, int End)? RangeOf(string list) => _ranges.TryGetValue(list, out var r) ? r : null;

    internal int? TryIdOf(string list, string term)
    {
        if (!_ranges.TryGetValue(list, out var range)) return null;
        for (var i = range.Start; i < range.End; i++)
            if (_names[i] == term) return i;
        return null;
    }

    internal int IdOf(string list, string term)
    {
        var (start, end) = _ranges[list];
        for (var i = start; i < end; i++)
            if (_names[i] == term) return i;
        throw new KeyNotFoundException($"term '{term}' is not in list '{list}'");
    }

    public string NameOf(int id) => _names[id];

    public string ListOf(int id) => _lists[id];
}

/// <summary>Turns note text into <see cref="NoteFeatures"/>; the only place note text is read.</summary>
public interface INoteAnalyzer
{
    NoteFeatures Analyze(string noteText);

    /// <summary>
    /// The entry the batch reader uses: the note as the parser's span, so no string is made per row.
    /// The default copies the span into a string for analyzers that only read strings; the shipped
    /// <see cref="NoteAnalyzer"/> reads the span itself (its string overload delegates here).
    /// </summary>
    NoteFeatures Analyze(ReadOnlySpan<char> noteText) => Analyze(noteText.ToString());
}
