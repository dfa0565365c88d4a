using ClaimAudit.Core.Documentation;

// A frozen copy of the note analyzer as of 972830d (scalar MinHash, dictionary word lookup): the
// oracle the optimised analyzer must agree with exactly, since stored fingerprints compare across batches.
namespace ClaimAudit.Core.Tests.Documentation.Oracle;

/// <summary>
/// Every phrase the analyzer looks for (vocabulary terms; negation, impairment and minutes cues;
/// minute units; checkboxes; code names) indexed by word id, and the matching of a tokenized note
/// against all of them in one pass, longest phrase first. Built once per vocabulary.
/// </summary>
internal sealed class PhraseIndex
{
    private const int WildNumber = -2;
    private const int WildCount = -3;
    private const int WildFraction = -4;

    private static readonly string[] MinuteUnits = ["min", "mins", "minute", "minutes", "mn", "mts"];

    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;
    private readonly Dictionary<int, Phrase[]> _byFirstWord = new();
    /// <summary>Side markers a phrase may have inside it: "decreased R step length" is "decreased step length".</summary>
    private readonly HashSet<int> _sideMarkers = [];
    /// <summary>The one-word minute-unit phrases by word: after a number the unit wins over a longer phrase ("15 min A/P glides" is not "min A").</summary>
    private readonly Dictionary<int, Phrase> _unitAfterNumber = [];

    /// <param name="codes">The codes the vocabulary names, upper-cased and sorted: a <see cref="PhraseKind.CodeName"/> target's id is its index here.</param>
    public PhraseIndex(Vocabulary vocabulary, TermTable terms, string[] codes)
    {
        _wordLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        WordOf = Intern("of");
        WordFor = Intern("for");
        WordX = Intern("x");
        foreach (var side in new[] { "r", "l", "b", "rt", "lt", "bil", "bilat", "right", "left", "bilateral" }) _sideMarkers.Add(Intern(side));

        var phrases = new Dictionary<string, Phrase>(StringComparer.Ordinal);
        void Add(string text, PhraseTarget target)
        {
            var words = PhraseWords(text);
            if (words.Length == 0) return;
            var key = string.Join(' ', words);
            if (!phrases.TryGetValue(key, out var phrase)) phrases[key] = phrase = new Phrase(words);
            phrase.Add(target);
        }

        foreach (var (listName, list) in vocabulary.Lists)
        {
            foreach (var (term, termPhrases) in list.Terms)
            {
                var id = terms.IdOf(listName, term);
                foreach (var p in termPhrases) Add(p, new PhraseTarget(PhraseKind.Term, id));
            }
            foreach (var (term, termPhrases) in list.Impaired)
            {
                var id = terms.IdOf(listName, term);
                foreach (var p in termPhrases) Add(p, new PhraseTarget(PhraseKind.Impaired, id));
            }
        }
        foreach (var cue in vocabulary.Negation.Before) Add(cue, new PhraseTarget(PhraseKind.NegationBefore, 0));
        foreach (var cue in vocabulary.Negation.After) Add(cue, new PhraseTarget(PhraseKind.NegationAfter, 0));
        foreach (var cue in vocabulary.Negation.Pseudo) Add(cue, new PhraseTarget(PhraseKind.Pseudo, 0));
        foreach (var cue in vocabulary.Negation.ScopeEnd) Add(cue, new PhraseTarget(PhraseKind.ScopeEnd, 0));
        foreach (var cue in vocabulary.Impairment.Before) Add(cue, new PhraseTarget(PhraseKind.ImpairmentBefore, 0));
        foreach (var cue in vocabulary.Impairment.After) Add(cue, new PhraseTarget(PhraseKind.ImpairmentAfter, 0));
        foreach (var cue in vocabulary.Minutes.Total) Add(cue, new PhraseTarget(PhraseKind.TotalCue, 0));
        foreach (var cue in vocabulary.Minutes.Label) Add(cue, new PhraseTarget(PhraseKind.TimeLabel, 0));
        foreach (var cue in vocabulary.Minutes.NotSessionBefore) Add(cue, new PhraseTarget(PhraseKind.NotSessionBefore, 0));
        foreach (var cue in vocabulary.Minutes.NotSessionAfter) Add(cue, new PhraseTarget(PhraseKind.NotSessionAfter, 0));
        foreach (var cue in vocabulary.Minutes.NotSessionContext) Add(cue, new PhraseTarget(PhraseKind.NotSessionContext, 0));
        foreach (var unit in MinuteUnits) Add(unit, new PhraseTarget(PhraseKind.MinuteUnit, 0));
        // Checkbox templates: an empty box negates the item after it ("[ ] PNF"), a ticked box ends
        // the reach of the empty box before it ("[ ] PNF  [X] Perturbations").
        Add(NoteTokenizer.UncheckedBox.ToString(), new PhraseTarget(PhraseKind.NegationBefore, 0));
        Add(NoteTokenizer.CheckedBox.ToString(), new PhraseTarget(PhraseKind.ScopeEnd, 0));

        for (var i = 0; i < codes.Length; i++)
        {
            Add(codes[i], new PhraseTarget(PhraseKind.CodeName, i));
            foreach (var name in vocabulary.CodeNames.GetValueOrDefault(codes[i]) ?? []) Add(name, new PhraseTarget(PhraseKind.CodeName, i));
        }

        foreach (var group in phrases.Values.GroupBy(p => p.Words[0]))
            _byFirstWord[group.Key] = [.. group.OrderByDescending(p => p.Words.Length)];
        foreach (var phrase in phrases.Values)
            if (phrase.Words.Length == 1 && phrase.Has(PhraseKind.MinuteUnit)) _unitAfterNumber[phrase.Words[0]] = phrase;
    }

    // Word ids the minutes reader looks for: "20 min of NMR", "NMR for 20 min", "3 x 1 min".
    public int WordOf { get; }
    public int WordFor { get; }
    public int WordX { get; }

    public void ResolveWords(NoteScratch s)
    {
        for (var t = 0; t < s.Count; t++)
            s.WordId[t] = _wordLookup.TryGetValue(s.Token(t), out var id) ? id : -1;
    }

    private int Intern(string word)
    {
        if (!_words.TryGetValue(word, out var id)) _words[word] = id = _words.Count;
        return id;
    }

    private int[] PhraseWords(string text)
    {
        var s = new NoteScratch();
        NoteTokenizer.Tokenize(text, s, pattern: true);
        var words = new int[s.Count];
        for (var t = 0; t < s.Count; t++)
        {
            var token = s.Token(t).ToString();
            words[t] = token switch { "#" => WildNumber, "x#" => WildCount, "#/#" => WildFraction, _ => Intern(token) };
        }
        return words;
    }

    public void Match(NoteScratch s)
    {
        var t = 0;
        while (t < s.Count)
        {
            Phrase? best = null;
            var span = 0;
            if (t > 0 && (s.Flags[t - 1] & TokenFlags.Number) != 0 && s.WordId[t] >= 0 && _unitAfterNumber.TryGetValue(s.WordId[t], out var unit))
            {
                best = unit;
                span = 1;
            }
            else if (s.WordId[t] >= 0) best = Longest(s, t, s.WordId[t], best, ref span);
            // A written code ("97112 perturbations on foam") is not the number of a pattern ("# perturbations").
            // A time or a ratio (10:30, 1:1) is no pattern's number: the definition since the issue-18 fourth
            // set ("1:1 perturbations" is one-on-one, not a count), which the random property found the
            // reference still lacked ("… 1:1 x 2 min walk …" fingerprinted differently).
            if ((s.Flags[t] & (TokenFlags.Number | TokenFlags.CodeLike | TokenFlags.DateOrTime)) == TokenFlags.Number) best = Longest(s, t, WildNumber, best, ref span);
            if ((s.Flags[t] & TokenFlags.Fraction) != 0) best = Longest(s, t, WildFraction, best, ref span);
            if ((s.Flags[t] & TokenFlags.Count) != 0) best = Longest(s, t, WildCount, best, ref span);
            if (best is null) { s.MatchAt[t] = -1; t++; continue; }
            var m = s.AddMatch(t, best, span);
            for (var k = 0; k < span; k++) s.MatchAt[t + k] = m;
            t += span;
        }
    }

    // The longest phrase starting at 'start'; 'span' gets the tokens it covers, which is more than
    // its words when a side marker stands inside it ("decreased R step length").
    private Phrase? Longest(NoteScratch s, int start, int firstWord, Phrase? best, ref int span)
    {
        if (!_byFirstWord.TryGetValue(firstWord, out var candidates)) return best;
        foreach (var phrase in candidates)
        {
            var length = phrase.Words.Length;
            if (best is not null && length <= best.Words.Length) break;
            var t = start;
            var ok = true;
            for (var k = 0; k < length && ok; k++, t++)
            {
                if (k > 0 && t < s.Count && !Matches(s, t, phrase.Words[k]) && _sideMarkers.Contains(s.WordId[t])) t++;
                ok = t < s.Count && s.Sentence[t] == s.Sentence[start] && Matches(s, t, phrase.Words[k]);
            }
            if (ok) { span = t - start; return phrase; }
        }
        return best;
    }

    private static bool Matches(NoteScratch s, int t, int word) => word switch
    {
        WildNumber => (s.Flags[t] & (TokenFlags.Number | TokenFlags.CodeLike | TokenFlags.DateOrTime)) == TokenFlags.Number,
        WildCount => (s.Flags[t] & TokenFlags.Count) != 0,
        WildFraction => (s.Flags[t] & TokenFlags.Fraction) != 0,
        _ => s.WordId[t] == word,
    };
}

internal enum PhraseKind : byte
{
    Term, NegationBefore, NegationAfter, Pseudo, ScopeEnd, CodeName, MinuteUnit,
    /// <summary>A system or function that is a term only with an impairment cue.</summary>
    Impaired, ImpairmentBefore, ImpairmentAfter,
    TotalCue, TimeLabel, NotSessionBefore, NotSessionAfter, NotSessionContext,
}

internal readonly record struct PhraseTarget(PhraseKind Kind, int Id);

internal sealed class Phrase(int[] words)
{
    private int _kinds;
    public int[] Words { get; } = words;
    public List<PhraseTarget> Targets { get; } = [];
    public bool HasTerm => Has(PhraseKind.Term) || Has(PhraseKind.Impaired);
    public bool Has(PhraseKind kind) => (_kinds & (1 << (int)kind)) != 0;

    public void Add(PhraseTarget target)
    {
        if (Targets.Contains(target)) return;
        Targets.Add(target);
        _kinds |= 1 << (int)target.Kind;
    }
}
