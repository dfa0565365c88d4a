using System.Globalization;
using ClaimAudit.Core.Model;

namespace ClaimAudit.Core.Documentation;

/// <summary>
/// The shipped note analyzer, driven by the vocabularies under Documentation/Vocabulary. One pass
/// over the text: it is split into lower-case word tokens (sentence and clause boundaries kept),
/// every vocabulary phrase is matched at once through a word-id index (longest phrase wins), then
/// negation and impairment cues, numbers near measures and minutes stated per code are resolved on
/// the matches, and a MinHash signature is taken of the word shingles. All matching structures are built once
/// in the constructor; analysing a note allocates only its result.
/// </summary>
public sealed class NoteAnalyzer : INoteAnalyzer
{
    /// <summary>The analyzer of the shipped vocabulary (built on first use).</summary>
    public static NoteAnalyzer Default => DefaultAnalyzer.Value;

    private static readonly Lazy<NoteAnalyzer> DefaultAnalyzer = new(() => new NoteAnalyzer());

    /// <summary>Words per shingle for clone detection.</summary>
    internal const int ShingleSize = 4;
    /// <summary>Notes shorter than this are not fingerprinted: any two short notes look alike.</summary>
    internal const int MinWordsForFingerprint = 8;
    /// <summary>A negation cue reaches this many tokens across (e.g. "unable to perform BAPS").</summary>
    private const int NegationReach = 4;
    /// <summary>A number-bound term ("TUG") needs a number within this many tokens after it...</summary>
    private const int NumberReachAfter = 4;
    /// <summary>...or this many before it ("8 s tandem stance").</summary>
    private const int NumberReachBefore = 3;

    /// <summary>An impairment cue reaches this many tokens across before a system ("impaired reciprocal coordination")...</summary>
    private const int ImpairmentReachBefore = 3;
    /// <summary>...and this many after one ("balance is impaired").</summary>
    private const int ImpairmentReachAfter = 1;
    /// <summary>A total word this many tokens before minutes makes them a total ("total treatment time 40 min").</summary>
    private const int TotalReachBefore = 3;
    /// <summary>A not-session cue this many tokens before or after minutes ("every 2 min", "30 min a day").</summary>
    private const int NotSessionReach = 2;

    private const int WildNumber = -2;
    private const int WildCount = -3;
    private const int WildFraction = -4;

    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;
    private readonly Dictionary<int, Phrase[]> _byFirstWord = new();
    private readonly bool[] _needsNumber;
    private readonly string[] _codes;
    private readonly int _wordOf;
    private readonly int _wordFor;
    private readonly int _wordX;
    /// <summary>Side markers a phrase may have inside it: "decreased R step length" is "decreased step length".</summary>
    private readonly HashSet<int> _sideMarkers = [];
    /// <summary>The one-word minute-unit phrases by word: after a number the unit wins over a longer phrase ("15 min A/P glides" is not "min A").</summary>
    private readonly Dictionary<int, Phrase> _unitAfterNumber = [];

    [ThreadStatic] private static Scratch? t_scratch;

    private static readonly HashSet<string> CalendarWords = new(StringComparer.Ordinal)
    {
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
        "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
        "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday",
        "fri", "friday", "sat", "saturday", "sun", "sunday", "today", "yesterday",
    };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CalendarLookup = CalendarWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly string[] MinuteUnits = ["min", "mins", "minute", "minutes", "mn", "mts"];

    public NoteAnalyzer() : this(Vocabulary.Shipped) { }

    /// <param name="vocabulary">E.g. <c>Vocabulary.Shipped.With(Vocabulary.Load(clinicFile))</c>.</param>
    /// <exception cref="InvalidDataException">A profile refers to a list the vocabulary does not have.</exception>
    public NoteAnalyzer(Vocabulary vocabulary)
    {
        var problems = vocabulary.Validate();
        if (problems.Count > 0) throw new InvalidDataException("vocabulary: " + string.Join("; ", problems));
        Vocabulary = vocabulary;
        Terms = new TermTable(vocabulary);
        _wordLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _wordOf = Intern("of");
        _wordFor = Intern("for");
        _wordX = Intern("x");
        foreach (var side in new[] { "r", "l", "b", "rt", "lt", "bil", "bilat", "right", "left", "bilateral" }) _sideMarkers.Add(Intern(side));

        var phrases = new Dictionary<string, Phrase>(StringComparer.Ordinal);
        void Add(string text, Target target)
        {
            var words = PhraseWords(text);
            if (words.Length == 0) return;
            var key = string.Join(' ', words);
            if (!phrases.TryGetValue(key, out var phrase)) phrases[key] = phrase = new Phrase(words);
            phrase.Add(target);
        }

        _needsNumber = new bool[Terms.Count];
        foreach (var (listName, list) in vocabulary.Lists)
        {
            foreach (var (term, termPhrases) in list.Terms)
            {
                var id = Terms.IdOf(listName, term);
                _needsNumber[id] = list.NeedsNumber == true;
                foreach (var p in termPhrases) Add(p, new Target(Kind.Term, id));
            }
            foreach (var (term, termPhrases) in list.Impaired)
            {
                var id = Terms.IdOf(listName, term);
                _needsNumber[id] = list.NeedsNumber == true;
                foreach (var p in termPhrases) Add(p, new Target(Kind.Impaired, id));
            }
        }
        foreach (var cue in vocabulary.Negation.Before) Add(cue, new Target(Kind.NegationBefore, 0));
        foreach (var cue in vocabulary.Negation.After) Add(cue, new Target(Kind.NegationAfter, 0));
        foreach (var cue in vocabulary.Negation.Pseudo) Add(cue, new Target(Kind.Pseudo, 0));
        foreach (var cue in vocabulary.Negation.ScopeEnd) Add(cue, new Target(Kind.ScopeEnd, 0));
        foreach (var cue in vocabulary.Impairment.Before) Add(cue, new Target(Kind.ImpairmentBefore, 0));
        foreach (var cue in vocabulary.Impairment.After) Add(cue, new Target(Kind.ImpairmentAfter, 0));
        foreach (var cue in vocabulary.Minutes.Total) Add(cue, new Target(Kind.TotalCue, 0));
        foreach (var cue in vocabulary.Minutes.Label) Add(cue, new Target(Kind.TimeLabel, 0));
        foreach (var cue in vocabulary.Minutes.NotSessionBefore) Add(cue, new Target(Kind.NotSessionBefore, 0));
        foreach (var cue in vocabulary.Minutes.NotSessionAfter) Add(cue, new Target(Kind.NotSessionAfter, 0));
        foreach (var cue in vocabulary.Minutes.NotSessionContext) Add(cue, new Target(Kind.NotSessionContext, 0));
        foreach (var unit in MinuteUnits) Add(unit, new Target(Kind.MinuteUnit, 0));
        // Checkbox templates: an empty box negates the item after it ("[ ] PNF"), a ticked box ends
        // the reach of the empty box before it ("[ ] PNF  [X] Perturbations").
        Add(UncheckedBox.ToString(), new Target(Kind.NegationBefore, 0));
        Add(CheckedBox.ToString(), new Target(Kind.ScopeEnd, 0));

        var codes = vocabulary.CodeNames.Keys.Concat(vocabulary.Profiles.Keys)
            .Select(c => c.ToUpperInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        _codes = codes;
        for (var i = 0; i < codes.Length; i++)
        {
            Add(codes[i], new Target(Kind.CodeName, i));
            foreach (var name in vocabulary.CodeNames.GetValueOrDefault(codes[i]) ?? []) Add(name, new Target(Kind.CodeName, i));
        }

        foreach (var group in phrases.Values.GroupBy(p => p.Words[0]))
            _byFirstWord[group.Key] = [.. group.OrderByDescending(p => p.Words.Length)];
        foreach (var phrase in phrases.Values)
            if (phrase.Words.Length == 1 && phrase.Has(Kind.MinuteUnit)) _unitAfterNumber[phrase.Words[0]] = phrase;
    }

    public Vocabulary Vocabulary { get; }

    /// <summary>The table the features' term ids refer to.</summary>
    public TermTable Terms { get; }

    public NoteFeatures Analyze(string noteText)
    {
        if (string.IsNullOrWhiteSpace(noteText)) return NoteFeatures.Empty;
        // No cache of the last note here: the text is PHI and a thread-static copy would outlive the
        // batch in a long-lived worker. The batch reader (VisitAssembler) skips repeated notes itself.
        var s = t_scratch ??= new Scratch();
        Tokenize(noteText, s, pattern: false);
        ResolveWords(s);
        MatchPhrases(s);

        var found = s.Found;
        var negated = s.NegatedIds;
        found.Clear();
        negated.Clear();
        for (var m = 0; m < s.MatchCount; m++)
        {
            var phrase = s.MatchPhrase[m];
            if (!phrase.HasTerm) continue;
            var isNegated = IsNegated(s, m);
            // A system or function named with an impairment cue is a deficit; without one it is not.
            var impaired = phrase.Has(Kind.Impaired) && HasImpairmentCue(s, m);
            foreach (var target in phrase.Targets)
            {
                if (target.Kind != Kind.Term && !(target.Kind == Kind.Impaired && impaired)) continue;
                if (isNegated) negated.Add(target.Id);
                else if (!_needsNumber[target.Id] || HasNumberNear(s, m)) found.Add(target.Id);
            }
        }
        found.Sort();
        negated.Sort();

        var features = new NoteFeatures
        {
            HasText = true,
            WordCount = s.Count,
            Terms = Terms,
            FoundTerms = Distinct(found, null),
            NegatedTerms = Distinct(negated, found),
            Minutes = StatedMinutes(s),
            Signature = s.Count >= MinWordsForFingerprint ? Signature(s) : null,
        };
        // The scratch buffers outlive this call (thread-static): wipe the lower-cased copy of the text.
        s.Chars.AsSpan(0, s.CharCount).Clear();
        return features;
    }

    // Sorted ids without duplicates, leaving out those in the sorted 'except' list.
    private static int[] Distinct(List<int> sorted, List<int>? except)
    {
        if (sorted.Count == 0) return [];
        var result = new List<int>(sorted.Count);
        for (var i = 0; i < sorted.Count; i++)
        {
            if (i > 0 && sorted[i] == sorted[i - 1]) continue;
            if (except is not null && except.BinarySearch(sorted[i]) >= 0) continue;
            result.Add(sorted[i]);
        }
        return [.. result];
    }

    // ---- tokens ---------------------------------------------------------------------------

    private static bool IsWordChar(char c, bool pattern) => char.IsLetterOrDigit(c) || (pattern && c == '#');

    private const char UncheckedBox = '\u2610', CheckedBox = '\u2612';

    /// <summary>
    /// A checkbox at text[i] ("[ ]", "[]", "[X]", "[x]", "[✓]", "☐", "☑", "☒"): the box character it
    /// reads as and the characters it takes, or 0 when text[i] starts no checkbox.
    /// </summary>
    private static (char Box, int Length) Checkbox(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        if (c == UncheckedBox) return (UncheckedBox, 1);
        if (c is CheckedBox or '\u2611') return (CheckedBox, 1);
        if (c != '[') return ('\0', 0);
        var j = i + 1;
        while (j < text.Length && text[j] == ' ') j++;
        if (j < text.Length && text[j] == ']') return (UncheckedBox, j + 1 - i);
        if (j < text.Length && text[j] is 'x' or 'X' or '\u2713' or '\u2714' or '*')
        {
            var k = j + 1;
            while (k < text.Length && text[k] == ' ') k++;
            if (k < text.Length && text[k] == ']') return (CheckedBox, k + 1 - i);
        }
        return ('\0', 0);
    }

    /// <summary>
    /// Lower-case word tokens. Digits joined by . / : - stay one token (14.2, 4/10, 1:1, 3/4/2026);
    /// a letter after a digit starts a new token (20min → 20 min, 3x10 → 3 x10); a quote after a
    /// number is a minutes mark ((20') → 20 min). Sentence ends (. ; ! ? … • newline) and clause
    /// ends (, |) are recorded as boundaries, and a word followed by a colon as a label.
    /// </summary>
    private static void Tokenize(ReadOnlySpan<char> text, Scratch s, bool pattern)
    {
        s.Reset(text.Length);
        int sentence = 0, clause = 0, i = 0, n = text.Length;
        while (i < n)
        {
            var c = text[i];
            if (IsWordChar(c, pattern))
            {
                var start = s.CharCount;
                var prev = '\0';
                while (i < n)
                {
                    c = text[i];
                    if (IsWordChar(c, pattern))
                    {
                        if (char.IsAsciiDigit(prev) && !char.IsDigit(c)) break;
                        s.Append(char.ToLowerInvariant(c));
                    }
                    else if (c is '.' or '/' or ':' or '-' && IsDigitOrWild(prev, pattern) && i + 1 < n && IsDigitOrWild(text[i + 1], pattern))
                    {
                        s.Append(c);
                    }
                    else break;
                    prev = c;
                    i++;
                }
                var flags = Classify(s.Chars.AsSpan(start, s.CharCount - start));
                s.AddToken(start, s.CharCount - start, flags, sentence, clause);
                if ((flags & TokenFlags.Number) != 0 && i < n && text[i] is '\'' or '\u2019' or '\u2032')
                {
                    var unit = s.CharCount;
                    s.Append('m'); s.Append('i'); s.Append('n');
                    s.AddToken(unit, 3, TokenFlags.None, sentence, clause);
                    i++;
                }
                continue;
            }
            if (Checkbox(text, i) is { Length: > 0 } box)
            {
                var at = s.CharCount;
                s.Append(box.Box);
                s.AddToken(at, 1, TokenFlags.None, sentence, clause);
                i += box.Length;
                continue;
            }
            if (c is '.' or ';' or '!' or '?' or '\n' or '\r' or '\u2026' or '\u2022') { sentence++; clause++; }
            else if (c is ',' or '|') clause++;
            // "97140: STM …", "NMR: 20 min": the word before a colon labels what follows.
            else if (c == ':' && s.Count > 0 && s.Sentence[s.Count - 1] == sentence) s.Flags[s.Count - 1] |= TokenFlags.Label;
            i++;
        }
    }

    // In a vocabulary pattern "#/#" is one token (a fraction), as "4/10" is in a note.
    private static bool IsDigitOrWild(char c, bool pattern) => char.IsAsciiDigit(c) || (pattern && c == '#');

    private static TokenFlags Classify(ReadOnlySpan<char> token)
    {
        if (char.IsAsciiDigit(token[0]))
        {
            var flags = TokenFlags.Number;
            int separators = 0, slashes = 0;
            var allDigits = true;
            foreach (var ch in token)
            {
                if (ch is '/' or '-') separators++;
                if (ch == '/') slashes++;
                if (ch == ':') separators += 2;
                if (!char.IsAsciiDigit(ch)) allDigits = false;
            }
            if (separators >= 2) flags |= TokenFlags.DateOrTime;
            else if (slashes == 1) flags |= TokenFlags.Fraction;
            if (allDigits) flags |= TokenFlags.Integer;
            if (allDigits && token.Length == 5) flags |= TokenFlags.CodeLike;
            return flags;
        }
        if (token.Length > 1 && token[0] == 'x' && token[1..].IndexOfAnyExceptInRange('0', '9') < 0) return TokenFlags.Count;
        // A HCPCS level II code: a letter and four digits (G0283, E0730).
        if (token.Length == 5 && char.IsAsciiLetter(token[0]) && token[1..].IndexOfAnyExceptInRange('0', '9') < 0) return TokenFlags.CodeLike;
        return TokenFlags.None;
    }

    private void ResolveWords(Scratch s)
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
        var s = new Scratch();
        Tokenize(text, s, pattern: true);
        var words = new int[s.Count];
        for (var t = 0; t < s.Count; t++)
        {
            var token = s.Token(t).ToString();
            words[t] = token switch { "#" => WildNumber, "x#" => WildCount, "#/#" => WildFraction, _ => Intern(token) };
        }
        return words;
    }

    // ---- phrase matching ------------------------------------------------------------------

    private void MatchPhrases(Scratch s)
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
            if ((s.Flags[t] & (TokenFlags.Number | TokenFlags.CodeLike)) == TokenFlags.Number) best = Longest(s, t, WildNumber, best, ref span);
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
    private Phrase? Longest(Scratch s, int start, int firstWord, Phrase? best, ref int span)
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

    private static bool Matches(Scratch s, int t, int word) => word switch
    {
        WildNumber => (s.Flags[t] & (TokenFlags.Number | TokenFlags.CodeLike)) == TokenFlags.Number,
        WildCount => (s.Flags[t] & TokenFlags.Count) != 0,
        WildFraction => (s.Flags[t] & TokenFlags.Fraction) != 0,
        _ => s.WordId[t] == word,
    };

    // A cue negates a term in the same clause within reach, unless a scope end ("with", "during")
    // or a pseudo-negation ("no loss of balance") stands between them.
    private static bool IsNegated(Scratch s, int m)
    {
        var start = s.MatchStart[m];
        var end = start + s.MatchLength[m];
        for (var k = m - 1; k >= 0; k--)
        {
            var kEnd = s.MatchStart[k] + s.MatchLength[k];
            if (start - kEnd > NegationReach || s.Clause[kEnd - 1] != s.Clause[start]) break;
            var p = s.MatchPhrase[k];
            if (p.Has(Kind.ScopeEnd) || p.Has(Kind.Pseudo)) break;
            if (p.Has(Kind.NegationBefore)) return true;
        }
        for (var k = m + 1; k < s.MatchCount; k++)
        {
            var kStart = s.MatchStart[k];
            if (kStart - end > NegationReach || s.Clause[kStart] != s.Clause[end - 1]) break;
            var p = s.MatchPhrase[k];
            if (p.Has(Kind.ScopeEnd) || p.Has(Kind.Pseudo)) break;
            if (p.Has(Kind.NegationAfter)) return true;
        }
        return false;
    }

    // "impaired reciprocal coordination", "delayed R ankle strategy", "balance deficits", "coordination
    // is impaired": a cue shortly before in the same clause (not across "with", "during", …) or right after.
    private static bool HasImpairmentCue(Scratch s, int m)
    {
        var start = s.MatchStart[m];
        var end = start + s.MatchLength[m];
        for (var k = m - 1; k >= 0; k--)
        {
            var kEnd = s.MatchStart[k] + s.MatchLength[k];
            if (start - kEnd > ImpairmentReachBefore || s.Clause[kEnd - 1] != s.Clause[start]) break;
            var p = s.MatchPhrase[k];
            if (p.Has(Kind.ImpairmentBefore)) return true;
            if (p.Has(Kind.ScopeEnd)) break;
        }
        for (var k = m + 1; k < s.MatchCount; k++)
        {
            var kStart = s.MatchStart[k];
            if (kStart - end > ImpairmentReachAfter || s.Clause[kStart] != s.Clause[end - 1]) break;
            if (s.MatchPhrase[k].Has(Kind.ImpairmentAfter)) return true;
        }
        return false;
    }

    private static bool HasNumberNear(Scratch s, int m)
    {
        var start = s.MatchStart[m];
        var end = start + s.MatchLength[m];
        for (var t = end; t < Math.Min(s.Count, end + NumberReachAfter) && s.Sentence[t] == s.Sentence[start]; t++)
            if (IsMeasureNumber(s, t)) return true;
        for (var t = start - 1; t >= Math.Max(0, start - NumberReachBefore) && s.Sentence[t] == s.Sentence[start]; t--)
            if (IsMeasureNumber(s, t)) return true;
        // A pattern phrase ("# perturbations") carries its own number.
        for (var t = start; t < end; t++)
            if (IsMeasureNumber(s, t)) return true;
        return false;
    }

    private static bool IsMeasureNumber(Scratch s, int t) =>
        (s.Flags[t] & TokenFlags.Number) != 0
        && (s.Flags[t] & (TokenFlags.DateOrTime | TokenFlags.CodeLike)) == 0
        && !IsMinuteNumber(s, t);

    private static bool IsMinuteNumber(Scratch s, int t) =>
        (s.Flags[t] & TokenFlags.Number) != 0 && t + 1 < s.Count && s.MatchAt[t + 1] >= 0
        && s.MatchStart[s.MatchAt[t + 1]] == t + 1 && s.MatchPhrase[s.MatchAt[t + 1]].Has(Kind.MinuteUnit);

    // ---- minutes per code -----------------------------------------------------------------

    // A code is mentioned by its name ("NMR", "ther ex") or by any CPT/HCPCS code written out, known
    // to the vocabulary or not ("97033", "G0283"); a name and its code side by side ("Ther ex
    // (97110)") are one mention. Minutes are read for each mention in passes, tightest first, so a
    // looser reading never takes minutes a tighter one gives another code:
    //   1. right after or right before it: "97112: 20 min", "NMR x 20 min", "NMR (20')", "20 min of
    //      NMR", "NMR, 20 minutes", "TE 10 / NMR 25";
    //   2. the note's layout: a mention that heads its sentence or labels what follows heads a section up to the next
    //      mention ("97140: STM to L upper trapezius, 10 min", "97110 Ther ex\n…\nTime: 14 min"; a
    //      time label wins in a section); any other takes the minutes between it and the previous
    //      mention in its sentence ("iontophoresis with dexamethasone, 12 minutes (97033)"), else
    //      those up to the next one ("Orthotic training (97760), L AFO, 20 minutes").
    // Loose readings skip minutes that are not session time ("HEP: walk 30 min daily"). Several
    // statements for one code add up; a number is claimed by one code only; totals are nobody's.
    // Minutes left unclaimed are stated without a code (the rules give them to a visit's only timed code).
    private StatedMinutes[] StatedMinutes(Scratch s)
    {
        Array.Clear(s.Claimed, 0, s.Count);
        FindMentions(s);
        var count = s.MentionCount;
        for (var i = 0; i < count; i++)
            s.MentionMinutes[i] = After(s, i, sameClause: true, reach: 4) ?? Before(s, i) ?? After(s, i, sameClause: false, reach: 3) ?? Bare(s, i) ?? -1;
        for (var i = 0; i < count; i++)
            if (s.MentionMinutes[i] < 0 && (HeadsSentence(s, i) || IsLabel(s, i))) s.MentionMinutes[i] = InSection(s, i) ?? -1;
        for (var i = 0; i < count; i++)
            if (s.MentionMinutes[i] < 0) s.MentionMinutes[i] = BackInSentence(s, i) ?? -1;
        for (var i = 0; i < count; i++)
            if (s.MentionMinutes[i] < 0) s.MentionMinutes[i] = OnInSentence(s, i) ?? -1;

        List<StatedMinutes>? stated = null;
        for (var i = 0; i < count; i++)
        {
            var v = s.MentionMinutes[i];
            if (v < 0) continue;
            stated ??= [];
            if (s.MentionCode[i] >= 0)
            {
                stated.Add(new StatedMinutes(CodeText(s, s.MentionCode[i]), v));
                continue;
            }
            foreach (var target in s.MatchPhrase[s.MentionMatch[i]].Targets)
                if (target.Kind == Kind.CodeName) stated.Add(new StatedMinutes(_codes[target.Id], v));
        }
        for (var t = 0; t < s.Count; t++)
            if (IsMinuteNumber(s, t) && Claim(s, t, loose: true) is int v) (stated ??= []).Add(new StatedMinutes(Documentation.StatedMinutes.Uncoded, v));
        if (stated is null) return [];
        var result = stated.ToArray();
        Array.Sort(result, Documentation.StatedMinutes.Order);
        return result;
    }

    private void FindMentions(Scratch s)
    {
        s.MentionCount = 0;
        Array.Fill(s.MentionAt, -1, 0, s.Count);
        var t = 0;
        while (t < s.Count)
        {
            var m = s.MatchAt[t];
            int end, match = -1, code = -1;
            if (m >= 0 && s.MatchStart[m] == t && s.MatchPhrase[m].Has(Kind.CodeName))
            {
                match = m;
                end = t + s.MatchLength[m];
                if (s.MatchLength[m] == 1 && (s.Flags[t] & TokenFlags.CodeLike) != 0) code = t;
            }
            else if (m < 0 && (s.Flags[t] & TokenFlags.CodeLike) != 0)
            {
                end = t + 1;
                code = t;
            }
            else
            {
                t = m >= 0 ? s.MatchStart[m] + s.MatchLength[m] : t + 1;
                continue;
            }

            var last = s.MentionCount - 1;
            if (last >= 0 && s.MentionEnd[last] == t && s.Sentence[t - 1] == s.Sentence[t] && OneMention(s, last, match, code))
            {
                // The written code is the mention's code; the name's match stays for its span.
                s.MentionEnd[last] = end;
                if (code >= 0) s.MentionCode[last] = code;
            }
            else
            {
                last = s.AddMention(t, end, match, code);
            }
            for (var k = t; k < end; k++) s.MentionAt[k] = last;
            t = end;
        }
    }

    // A name and a written code side by side are one mention when the name is a name of that code
    // ("Ther ex (97110)", "97110 therapeutic exercise"); two written codes never are.
    private bool OneMention(Scratch s, int mention, int match, int code)
    {
        var earlierCode = s.MentionCode[mention];
        if (code >= 0 && earlierCode >= 0) return false;
        if (code >= 0) return s.MentionMatch[mention] >= 0 && Names(s, s.MentionMatch[mention], code);
        return earlierCode >= 0 && match >= 0 && Names(s, match, earlierCode);
    }

    private bool Names(Scratch s, int match, int codeToken)
    {
        var token = s.Token(codeToken);
        foreach (var target in s.MatchPhrase[match].Targets)
            if (target.Kind == Kind.CodeName && token.Equals(_codes[target.Id], StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // The code as the report spells it: the vocabulary's string when it knows the code, else the
    // token upper-cased (the only allocation for a code the vocabulary does not know).
    private string CodeText(Scratch s, int t)
    {
        var token = s.Token(t);
        if (s.MatchAt[t] >= 0)
            foreach (var target in s.MatchPhrase[s.MatchAt[t]].Targets)
                if (target.Kind == Kind.CodeName && token.Equals(_codes[target.Id], StringComparison.OrdinalIgnoreCase)) return _codes[target.Id];
        return string.Create(token.Length, (s.Chars, s.Start[t]), static (span, state) =>
        {
            for (var k = 0; k < span.Length; k++) span[k] = char.ToUpperInvariant(state.Chars[state.Item2 + k]);
        });
    }

    private static bool IsLabel(Scratch s, int i) => (s.Flags[s.MentionEnd[i] - 1] & TokenFlags.Label) != 0;

    private static bool HeadsSentence(Scratch s, int i)
    {
        var a = s.MentionStart[i];
        return a == 0 || s.Sentence[a - 1] != s.Sentence[a];
    }

    private static int NextMentionStart(Scratch s, int i) => i + 1 < s.MentionCount ? s.MentionStart[i + 1] : s.Count;

    private int? After(Scratch s, int i, bool sameClause, int reach)
    {
        var start = s.MentionStart[i];
        var end = s.MentionEnd[i];
        for (var t = end; t < Math.Min(s.Count, end + reach); t++)
        {
            if (s.Sentence[t] != s.Sentence[start] || (sameClause && s.Clause[t] != s.Clause[end - 1])) break;
            if (s.MentionAt[t] >= 0) break;
            if (IsMinuteNumber(s, t) && Claim(s, t, loose: false) is int v) return v;
        }
        return null;
    }

    // A flowsheet header without units: "TE 10 / NMR 25 / MT 8". The number must stand right after
    // the code name and be the last word of its clause or be followed by the next code name, so
    // "NMR 3x10", "97112 2 units" and "NMR 25 reps" are not minutes; under 5 it is more likely units.
    private int? Bare(Scratch s, int i)
    {
        var t = s.MentionEnd[i];
        if (t >= s.Count || s.Sentence[t] != s.Sentence[s.MentionStart[i]] || (s.Flags[t] & TokenFlags.Integer) == 0 || s.MatchAt[t] >= 0 || s.MentionAt[t] >= 0) return null;
        var next = t + 1;
        var endsHere = next >= s.Count || s.Clause[next] != s.Clause[t] || (s.MentionAt[next] >= 0 && s.MentionStart[s.MentionAt[next]] == next);
        if (!endsHere || !int.TryParse(s.Token(t), NumberStyles.None, CultureInfo.InvariantCulture, out var v) || v < 5) return null;
        return Claim(s, t, loose: false);
    }

    private int? Before(Scratch s, int i)
    {
        var unitEnd = s.MentionStart[i] - 1;
        if (unitEnd >= 0 && (s.WordId[unitEnd] == _wordOf || s.WordId[unitEnd] == _wordFor)) unitEnd--;
        // Right before a label only as "20 min of NMR:": in "…, 10 min 97530: sit-to-stand" the
        // minutes end the previous section.
        else if (IsLabel(s, i)) return null;
        if (unitEnd < 1 || s.MatchAt[unitEnd] < 0) return null;
        var unitStart = s.MatchStart[s.MatchAt[unitEnd]];
        var number = unitStart - 1;
        if (!s.MatchPhrase[s.MatchAt[unitEnd]].Has(Kind.MinuteUnit) || number < 0) return null;
        if (s.Clause[number] != s.Clause[s.MentionStart[i]]) return null;
        return IsMinuteNumber(s, number) ? Claim(s, number, loose: false) : null;
    }

    // A section headed by the mention, up to the next mention: its labelled time ("Time: 14 min")
    // if it has one, else its first minutes.
    private int? InSection(Scratch s, int i)
    {
        var end = NextMentionStart(s, i);
        for (var t = s.MentionEnd[i]; t < end; t++)
            if (IsMinuteNumber(s, t) && IsLabelled(s, t) && Claim(s, t, loose: true) is int v) return v;
        for (var t = s.MentionEnd[i]; t < end; t++)
            if (IsMinuteNumber(s, t) && Claim(s, t, loose: true) is int v) return v;
        return null;
    }

    private static bool IsLabelled(Scratch s, int t)
    {
        for (var k = t - 1; k >= Math.Max(0, t - 2) && s.Sentence[k] == s.Sentence[t]; k--)
            if (StartsOrIn(s, k, Kind.TimeLabel)) return true;
        return false;
    }

    private int? BackInSentence(Scratch s, int i)
    {
        var start = s.MentionStart[i];
        var floor = i > 0 ? s.MentionEnd[i - 1] : 0;
        for (var t = start - 1; t >= floor && s.Sentence[t] == s.Sentence[start]; t--)
            if (IsMinuteNumber(s, t) && Claim(s, t, loose: true) is int v) return v;
        return null;
    }

    private int? OnInSentence(Scratch s, int i)
    {
        var start = s.MentionStart[i];
        var end = NextMentionStart(s, i);
        for (var t = s.MentionEnd[i]; t < end && s.Sentence[t] == s.Sentence[start]; t++)
            if (IsMinuteNumber(s, t) && Claim(s, t, loose: true) is int v) return v;
        return null;
    }

    private int? Claim(Scratch s, int t, bool loose)
    {
        if (s.Claimed[t] || (s.Flags[t] & TokenFlags.Integer) == 0 || IsTotal(s, t)) return null;
        if (loose && !IsSessionTime(s, t)) return null;
        if (!int.TryParse(s.Token(t), NumberStyles.None, CultureInfo.InvariantCulture, out var v) || v > ServiceLine.MaxMinutes) return null;
        s.Claimed[t] = true;
        return v;
    }

    // The token after the minutes' unit.
    private static int AfterUnit(Scratch s, int t)
    {
        var after = t + 1;
        if (after < s.Count && s.MatchAt[after] is var unit and >= 0) after = s.MatchStart[unit] + s.MatchLength[unit];
        return after;
    }

    // "40 minutes total", "total of 40 min", "total treatment time 40 min": the visit's time, not one code's.
    private static bool IsTotal(Scratch s, int t)
    {
        var after = AfterUnit(s, t);
        if (after < s.Count && s.Sentence[after] == s.Sentence[t] && StartsOrIn(s, after, Kind.TotalCue)) return true;
        for (var k = t - 1; k >= Math.Max(0, t - TotalReachBefore) && s.Clause[k] == s.Clause[t]; k--)
            if (StartsOrIn(s, k, Kind.TotalCue)) return true;
        return false;
    }

    // Minutes read loosely must be this session's time: not a frequency or an interval ("30 min
    // daily", "every 2 min", "after 10 min"), a duration per repetition ("3 x 1 min", "1 min x 3"),
    // a rest, or time in a home programme, a goal or the patient's report.
    private bool IsSessionTime(Scratch s, int t)
    {
        for (var k = t - 1; k >= Math.Max(0, t - NotSessionReach) && s.Clause[k] == s.Clause[t]; k--)
            if (StartsOrIn(s, k, Kind.NotSessionBefore)) return false;
        if (t >= 2 && s.WordId[t - 1] == _wordX && (s.Flags[t - 2] & TokenFlags.Number) != 0) return false;
        var after = AfterUnit(s, t);
        for (var k = after; k < Math.Min(s.Count, after + NotSessionReach) && s.Clause[k] == s.Clause[t]; k++)
        {
            if (StartsOrIn(s, k, Kind.NotSessionAfter)) return false;
            if (k == after && ((s.Flags[k] & TokenFlags.Count) != 0 || (s.WordId[k] == _wordX && k + 1 < s.Count && (s.Flags[k + 1] & TokenFlags.Number) != 0))) return false;
        }
        for (var k = t - 1; k >= 0 && s.Sentence[k] == s.Sentence[t]; k--)
            if (StartsOrIn(s, k, Kind.NotSessionContext)) return false;
        return true;
    }

    private static bool StartsOrIn(Scratch s, int t, Kind kind) => s.MatchAt[t] >= 0 && s.MatchPhrase[s.MatchAt[t]].Has(kind);

    // ---- fingerprint ----------------------------------------------------------------------

    // Dates, times, weekdays and the minutes of a service are normalised away, so a note copied
    // forward with only those changed is still a copy; measure values are kept, so a note whose
    // numbers progress is not.
    private static uint[] Signature(Scratch s)
    {
        const ulong DatePlaceholder = 0x1D47E_0001UL, MinutesPlaceholder = 0x1D47E_0002UL;
        var hashes = s.TokenHashes;
        for (var t = 0; t < s.Count; t++)
        {
            var token = s.Token(t);
            if ((s.Flags[t] & TokenFlags.DateOrTime) != 0 || CalendarLookup.Contains(token)) hashes[t] = DatePlaceholder;
            else if (IsMinuteNumber(s, t)) hashes[t] = MinutesPlaceholder;
            else hashes[t] = Fnv(token);
        }
        var shingleCount = Math.Max(1, s.Count - ShingleSize + 1);
        var shingles = s.ShingleHashes(shingleCount);
        for (var i = 0; i < shingleCount; i++)
        {
            var h = 0xCBF29CE484222325UL;
            for (var k = i; k < Math.Min(s.Count, i + ShingleSize); k++) h = (h ^ hashes[k]) * 0x100000001B3UL;
            shingles[i] = MinHash.Mix(h);
        }
        return MinHash.Compute(shingles.AsSpan(0, shingleCount));
    }

    private static ulong Fnv(ReadOnlySpan<char> token)
    {
        var h = 0xCBF29CE484222325UL;
        foreach (var c in token) h = (h ^ c) * 0x100000001B3UL;
        return h;
    }

    // ---- internals ------------------------------------------------------------------------

    private enum Kind : byte
    {
        Term, NegationBefore, NegationAfter, Pseudo, ScopeEnd, CodeName, MinuteUnit,
        /// <summary>A system or function that is a term only with an impairment cue.</summary>
        Impaired, ImpairmentBefore, ImpairmentAfter,
        TotalCue, TimeLabel, NotSessionBefore, NotSessionAfter, NotSessionContext,
    }

    private readonly record struct Target(Kind Kind, int Id);

    private sealed class Phrase(int[] words)
    {
        private int _kinds;
        public int[] Words { get; } = words;
        public List<Target> Targets { get; } = [];
        public bool HasTerm => Has(Kind.Term) || Has(Kind.Impaired);
        public bool Has(Kind kind) => (_kinds & (1 << (int)kind)) != 0;

        public void Add(Target target)
        {
            if (Targets.Contains(target)) return;
            Targets.Add(target);
            _kinds |= 1 << (int)target.Kind;
        }
    }

    [Flags]
    private enum TokenFlags : byte { None = 0, Number = 1, Count = 2, DateOrTime = 4, Integer = 8, CodeLike = 16, Fraction = 32, Label = 64 }

    /// <summary>Per-thread buffers reused from note to note.</summary>
    private sealed class Scratch
    {
        public char[] Chars = new char[1024];
        public int CharCount;
        public int Count;
        public int[] Start = new int[256], Length = new int[256], WordId = new int[256], Sentence = new int[256], Clause = new int[256], MatchAt = new int[256], MentionAt = new int[256];
        public TokenFlags[] Flags = new TokenFlags[256];
        public bool[] Claimed = new bool[256];
        public ulong[] TokenHashes = new ulong[256];
        private ulong[] _shingles = new ulong[256];
        public readonly List<int> Found = [];
        public readonly List<int> NegatedIds = [];
        public int MatchCount;
        public int[] MatchStart = new int[64], MatchLength = new int[64];
        public Phrase[] MatchPhrase = new Phrase[64];
        /// <summary>Mentions of a code: token span, the name's match (or -1), the written code's token (or -1), the minutes found (or -1).</summary>
        public int MentionCount;
        public int[] MentionStart = new int[16], MentionEnd = new int[16], MentionMatch = new int[16], MentionCode = new int[16], MentionMinutes = new int[16];

        public void Reset(int textLength)
        {
            CharCount = 0; Count = 0; MatchCount = 0;
            if (Chars.Length < textLength + 16) Chars = new char[textLength * 2 + 16];
        }

        public void Append(char c)
        {
            if (CharCount == Chars.Length) Array.Resize(ref Chars, Chars.Length * 2);
            Chars[CharCount++] = c;
        }

        public ReadOnlySpan<char> Token(int t) => Chars.AsSpan(Start[t], Length[t]);

        public void AddToken(int start, int length, TokenFlags flags, int sentence, int clause)
        {
            if (Count == Start.Length)
            {
                var size = Count * 2;
                Array.Resize(ref Start, size); Array.Resize(ref Length, size); Array.Resize(ref WordId, size);
                Array.Resize(ref Sentence, size); Array.Resize(ref Clause, size); Array.Resize(ref MatchAt, size); Array.Resize(ref MentionAt, size);
                Array.Resize(ref Flags, size); Array.Resize(ref Claimed, size); Array.Resize(ref TokenHashes, size);
            }
            Start[Count] = start; Length[Count] = length; Flags[Count] = flags; Sentence[Count] = sentence; Clause[Count] = clause;
            MatchAt[Count] = -1;
            Count++;
        }

        public int AddMatch(int start, Phrase phrase, int span)
        {
            if (MatchCount == MatchStart.Length)
            {
                Array.Resize(ref MatchStart, MatchCount * 2);
                Array.Resize(ref MatchLength, MatchCount * 2);
                Array.Resize(ref MatchPhrase, MatchCount * 2);
            }
            MatchStart[MatchCount] = start;
            MatchLength[MatchCount] = span;
            MatchPhrase[MatchCount] = phrase;
            return MatchCount++;
        }

        public int AddMention(int start, int end, int match, int code)
        {
            if (MentionCount == MentionStart.Length)
            {
                var size = MentionCount * 2;
                Array.Resize(ref MentionStart, size); Array.Resize(ref MentionEnd, size); Array.Resize(ref MentionMatch, size);
                Array.Resize(ref MentionCode, size); Array.Resize(ref MentionMinutes, size);
            }
            MentionStart[MentionCount] = start; MentionEnd[MentionCount] = end; MentionMatch[MentionCount] = match; MentionCode[MentionCount] = code;
            return MentionCount++;
        }

        public ulong[] ShingleHashes(int count)
        {
            if (_shingles.Length < count) _shingles = new ulong[count * 2];
            return _shingles;
        }
    }
}
