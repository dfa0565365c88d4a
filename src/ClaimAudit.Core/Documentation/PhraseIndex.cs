using System.Runtime.CompilerServices;

namespace ClaimAudit.Core.Documentation;

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
    /// <summary>A number with a unit mark that is not a letter: "#deg" 35°, "#lb" 60#, "#pct" 80%, "#ft" 150'.</summary>
    private const int WildDegrees = -5, WildPounds = -6, WildPercent = -7, WildFeet = -8;

    // Spanish "minutos" too: bilingual clinics chart "Reeducación neuromuscular (97112): 23 minutos"; and Ukrainian
    // "хв" / "хвилин" ("97112 — 22 хв / min"); and "rnin", how OCR reads "min" off a faxed flowsheet ("20 rnin").
    private static readonly string[] MinuteUnits = ["min", "mins", "rnin", "rnins", "minute", "minutes", "mn", "mts", "minuto", "minutos", "хв", "хвилин", "хвилини"];

    // Built while the vocabulary is read; notes are looked up in the tables below.
    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);

    // Every per-note lookup is an array index by word id (or a probe of the word table by the hash
    // the tokenizer already took): no dictionary or hash set per token.
    private readonly WordTable _wordTable;
    /// <summary>The phrases by first word id, longest first; null for a word no phrase starts with.</summary>
    private readonly Phrase[]?[] _byFirstWord;
    /// <summary>The same for the pattern wildcards: a number, a count (x#), a fraction (#/#).</summary>
    private readonly Phrase[]? _byWildNumber, _byWildCount, _byWildFraction, _byWildDegrees, _byWildPounds, _byWildPercent, _byWildFeet;
    /// <summary>Side markers a phrase may have inside it: "decreased R step length" is "decreased step length".</summary>
    private readonly bool[] _isSideMarker;
    // The first word of a code's name or a written code ("gt", "nmr", "97116").
    private readonly bool[] _isCodeNameStart;
    /// <summary>The one-word minute-unit phrases by word: after a number the unit wins over a longer phrase ("15 min A/P glides" is not "min A").</summary>
    private readonly Phrase?[] _unitAfterNumber;
    private readonly Phrase? _minuteUnit;
    private readonly bool[] _isCalendarWord;

    /// <param name="codes">The codes the vocabulary names, upper-cased and sorted: a <see cref="PhraseKind.CodeName"/> target's id is its index here.</param>
    public PhraseIndex(Vocabulary vocabulary, TermTable terms, string[] codes)
    {
        WordOf = Intern("of");
        WordFor = Intern("for");
        WordX = Intern("x");
        var sideMarkers = new List<int>();
        foreach (var side in new[] { "r", "l", "b", "rt", "lt", "bil", "bilat", "right", "left", "bilateral" }) sideMarkers.Add(Intern(side));

        var phrases = new Dictionary<string, Phrase>(StringComparer.Ordinal);
        // One scratch for every phrase: a new one each (about 20 KB of arrays) made building the
        // index allocate some 50 MB, on every engine built.
        var scratch = new NoteScratch();
        void Add(string text, PhraseTarget target)
        {
            var tokens = PhraseTokens(text, scratch);
            if (tokens.Length == 0) return;
            AddWords(tokens, target);
            // Clinics writing British English name the same things ("mobilisation", "programme", "oedema").
            if (BritishSpelling.Of(tokens) is { } british) AddWords(british, target);
        }

        void AddWords(string[] tokens, PhraseTarget target)
        {
            var words = Array.ConvertAll(tokens, IdOfToken);
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
        // Checkbox templates are read by the tokenizer (CheckboxLines): an unticked item's tokens carry
        // TokenFlags.Unticked, and the analyzer takes a term among them as not done.

        for (var i = 0; i < codes.Length; i++)
        {
            Add(codes[i], new PhraseTarget(PhraseKind.CodeName, i));
            foreach (var name in vocabulary.CodeNames.GetValueOrDefault(codes[i]) ?? []) Add(name, new PhraseTarget(PhraseKind.CodeName, i));
        }

        // Interned last, so the words of phrases keep their ids: a calendar word is normalised away
        // in the signature (it never starts or continues a phrase unless a phrase names it).
        var calendar = new List<int>();
        foreach (var word in NoteSignature.CalendarWords) calendar.Add(Intern(word));

        var wordCount = _words.Count;
        _byFirstWord = new Phrase[]?[wordCount];
        foreach (var group in phrases.Values.GroupBy(p => p.Words[0]))
        {
            Phrase[] longestFirst = [.. group.OrderByDescending(p => p.Words.Length)];
            switch (group.Key)
            {
                case WildNumber: _byWildNumber = longestFirst; break;
                case WildCount: _byWildCount = longestFirst; break;
                case WildFraction: _byWildFraction = longestFirst; break;
                case WildDegrees: _byWildDegrees = longestFirst; break;
                case WildPounds: _byWildPounds = longestFirst; break;
                case WildPercent: _byWildPercent = longestFirst; break;
                case WildFeet: _byWildFeet = longestFirst; break;
                default: _byFirstWord[group.Key] = longestFirst; break;
            }
        }
        _unitAfterNumber = new Phrase?[wordCount];
        foreach (var phrase in phrases.Values)
            if (phrase.Words.Length == 1 && phrase.Has(PhraseKind.MinuteUnit)) _unitAfterNumber[phrase.Words[0]] = phrase;
        _minuteUnit = _words.TryGetValue("min", out var minute) ? _unitAfterNumber[minute] : null;
        _isSideMarker = new bool[wordCount];
        foreach (var id in sideMarkers) _isSideMarker[id] = true;
        _isCodeNameStart = new bool[wordCount];
        foreach (var phrase in phrases.Values)
            if (phrase.Has(PhraseKind.CodeName) && phrase.Words[0] >= 0) _isCodeNameStart[phrase.Words[0]] = true;
        _isCalendarWord = new bool[wordCount];
        foreach (var id in calendar) _isCalendarWord[id] = true;
        _wordTable = new WordTable(_words);
    }

    /// <summary>Token t is a weekday, month or relative day ("today"): its word id says so.</summary>
    public bool IsCalendarWord(NoteScratch s, int t) => s.WordId[t] >= 0 && _isCalendarWord[s.WordId[t]];

    // Word ids the minutes reader looks for: "20 min of NMR", "NMR for 20 min", "3 x 1 min".
    public int WordOf { get; }
    public int WordFor { get; }
    public int WordX { get; }

    public void ResolveWords(NoteScratch s)
    {
        for (var t = 0; t < s.Count; t++)
            s.WordId[t] = _wordTable.Find(s.TokenHashes[t], s.Token(t));
    }

    /// <summary>A lower-case word is one of the vocabulary's.</summary>
    public bool IsWord(ReadOnlySpan<char> lowered) => _wordTable.Find(TokenHash.Of(lowered), lowered) >= 0;

    private int Intern(string word)
    {
        if (!_words.TryGetValue(word, out var id)) _words[word] = id = _words.Count;
        return id;
    }

    private static string[] PhraseTokens(string text, NoteScratch s)
    {
        NoteTokenizer.Tokenize(text, s, pattern: true);
        var tokens = new string[s.Count];
        for (var t = 0; t < s.Count; t++) tokens[t] = s.Token(t).ToString();
        return tokens;
    }

    private int IdOfToken(string token) => token switch
    {
        "#" => WildNumber, "x#" => WildCount, "#/#" => WildFraction,
        "#deg" => WildDegrees, "#lb" => WildPounds, "#pct" => WildPercent, "#ft" => WildFeet,
        _ => Intern(token),
    };

    public void Match(NoteScratch s)
    {
        var t = 0;
        while (t < s.Count)
        {
            Phrase? best = null;
            var span = 0;
            var word = s.WordId[t];
            var flags = s.Flags[t];
            var minutesAfterCode = _minuteUnit is not null && IsMinutesAfterCode(s, t);
            if (minutesAfterCode && s.Token(t) is "m")
            {
                best = _minuteUnit;
                span = 1;
            }
            else if (t > 0 && (s.Flags[t - 1] & TokenFlags.Number) != 0 && word >= 0 && _unitAfterNumber[word] is { } unit)
            {
                best = unit;
                span = 1;
                // Across a comma the word is not the number's unit ("x 8, min A" is an assistance level).
                if (s.Clause[t - 1] != s.Clause[t])
                {
                    s.Flags[t] |= TokenFlags.UnitAcrossClause;
                    best = Longest(s, t, _byFirstWord[word], null, ref span) ?? unit;
                    if (best == unit) span = 1;
                }
            }
            else if (word >= 0) best = Longest(s, t, _byFirstWord[word], best, ref span);
            // A written code ("97112 perturbations on foam") is not the number of a pattern ("# perturbations").
            // A fraction's own patterns first, so that "8/10 reps" is a score, not a count of reps.
            // ("97110/14" is a code and its minutes, no score.)
            // ("P.3/3", "Page 2/4", "Page 2 of 3": a fax's or a printout's page, no score.)
            // ("A/P 18 s" is no page: "p" only before a fraction.)
            var page = (flags & TokenFlags.Number) != 0 && t > 0 && s.Line[t - 1] == s.Line[t] && (s.Token(t - 1) is "pg" or "pp" or "page" or "pages" || (s.Token(t - 1) is "p" && (flags & TokenFlags.Fraction) != 0));
            if ((flags & (TokenFlags.Fraction | TokenFlags.CodeLike)) == TokenFlags.Fraction && !page)
            {
                // A fraction that reads as a date is a score only inside a longer pattern ("6/13 perturbations").
                var fractionSpan = span;
                var fraction = Longest(s, t, _byWildFraction, best, ref fractionSpan);
                if ((flags & TokenFlags.LikelyDate) == 0 || fraction == best || fraction!.Words.Length > 1) (best, span) = (fraction, fractionSpan);
            }
            // Nor is a date, a time or a ratio such as 1:1 ("1:1 perturbations" is one-on-one, not a count).
            if (((flags & (TokenFlags.Number | TokenFlags.CodeLike | TokenFlags.DateOrTime | TokenFlags.LikelyDate)) == TokenFlags.Number
                || CountWord(s, t)) && !minutesAfterCode && !page && !IsIdentifier(s, t)) best = Longest(s, t, _byWildNumber, best, ref span);
            if ((flags & TokenFlags.Count) != 0) best = Longest(s, t, _byWildCount, best, ref span);
            if ((flags & TokenFlags.Degrees) != 0) best = Longest(s, t, _byWildDegrees, best, ref span);
            if ((flags & TokenFlags.Pounds) != 0) best = Longest(s, t, _byWildPounds, best, ref span);
            if ((flags & TokenFlags.Percent) != 0) best = Longest(s, t, _byWildPercent, best, ref span);
            if ((flags & TokenFlags.Feet) != 0) best = Longest(s, t, _byWildFeet, best, ref span);
            if (best is null) { s.MatchAt[t] = -1; t++; continue; }
            var m = s.AddMatch(t, best, span);
            for (var k = 0; k < span; k++) s.MatchAt[t + k] = m;
            t += span;
        }
    }

    // "97110 (2u) 23m", "97140 — 10m:": an "m" after a number right after a code (its units between them
    // at most), ending its clause or heading what follows, is that code's minutes — true at the number and
    // at the "m"; anywhere else "350m" is metres.
    private bool IsMinutesAfterCode(NoteScratch s, int t)
    {
        var number = s.Token(t) is "m" ? t - 1 : t;
        var unit = number + 1;
        if (number < 1 || unit >= s.Count || (s.Flags[number] & TokenFlags.Integer) == 0 || s.Token(unit) is not "m"
            || s.Line[unit] != s.Line[number]) return false;
        // The value of its field: ending its sentence or line, heading what follows, or followed by the next
        // code ("23m · 97530", "23m, 97140"), a spaced dash ("22m — 1:1") or "1:1" ("NMR 23m 1:1"); "97116 50m x 4 w/ RW" and
        // "150m, RW, CGA" are distances.
        var next = unit + 1;
        // (Or the next code's name after a spaced slash: "nmr 22m / gt 16m" — not after gait's name: "GT 60m / TE" is a distance.)
        if (next < s.Count && s.Line[next] == s.Line[unit] && s.Sentence[next] == s.Sentence[unit] && (s.Flags[unit] & TokenFlags.Label) == 0
            && (s.Flags[next] & (TokenFlags.CodeLike | TokenFlags.AfterDash)) == 0 && s.Token(next) is not "1:1"
            // ("97112 24m one-on-one: foam pad stance …": one-on-one after the minutes, as "1:1" is.)
            && !(s.Token(next) is "one" && next + 2 < s.Count && s.Token(next + 1) is "on" && s.Token(next + 2) is "one" && s.Line[next + 2] == s.Line[next])
            && !((s.Flags[next] & TokenFlags.AfterSpacedSlash) != 0 && s.WordId[next] >= 0 && _isCodeNameStart[s.WordId[next]]
                 && s.Token(number - 1) is not ("gt" or "gait" or "amb" or "ambulation" or "walk" or "walking" or "97116"))) return false;
        // Back over its units ("(2u)") and the code's name ("97112 NMR — 24m", "Neuro re-ed 24m") to the code.
        var named = false;
        for (var k = number - 1; k >= Math.Max(0, number - 6) && s.Line[k] == s.Line[number]; k--)
        {
            // Not gait's code or words: "97116: 150m", "Gait 100m" are as likely distances — unless the minutes head a field of
            // their own ("97116 18m: gait trng w/ SPC …").
            if ((s.Flags[k] & TokenFlags.CodeLike) != 0) return s.Token(k) is not "97116" || ((s.Flags[unit] & TokenFlags.Label) != 0 && k == number - 1
                && next < s.Count && s.Line[next] == s.Line[unit] && s.Token(next) is "gait" or "gt" or "ambulation" or "amb" or "walking" && s.Token(number).Length <= 2);
            // Not gait's words: "Gait 100m" is as likely a distance.
            if (s.MatchAt[k] >= 0 && s.MatchPhrase[s.MatchAt[k]].Has(PhraseKind.CodeName)
                && s.Token(s.MatchStart[s.MatchAt[k]]) is not ("gait" or "amb" or "ambulation" or "walk" or "walking"))
            {
                named = true;
                continue;
            }
            if (named || ((s.Flags[k] & TokenFlags.Integer) == 0 && s.Token(k) is not ("u" or "un" or "unit" or "units"))) break;
        }
        return named;
    }

    /// <summary>
    /// Token t, a number that a phrase from before a dot leader took as its own ("flexion ....: 12"),
    /// would start a number pattern covering the next token ("12 minute walk"). Fingerprints were
    /// defined when a dot leader still ended a sentence, so they read that number as they did then:
    /// not a session's minutes (signatures stored by earlier batches stay comparable).
    /// </summary>
    public bool NumberPatternSpansNext(NoteScratch s, int t)
    {
        if (s.MatchAt[t] < 0 || s.MatchStart[s.MatchAt[t]] == t || !s.DotLeaderBetween(s.MatchStart[s.MatchAt[t]], t)) return false;
        var span = 0;
        return Longest(s, t, _byWildNumber, null, ref span) is not null && span > 1;
    }

    // The longest phrase starting at 'start'; 'span' gets the tokens it covers, which is more than
    // its words when a side marker stands inside it ("decreased R step length").
    private Phrase? Longest(NoteScratch s, int start, Phrase[]? candidates, Phrase? best, ref int span)
    {
        if (candidates is null) return best;
        var sentence = s.Sentence[start];
        // Most candidates fail on their second word: rule them out on the one or two tokens it can
        // stand at (the next, or the one after a side marker) before walking the phrase.
        var next = start + 1;
        var nextInNote = next < s.Count;
        var afterSide = nextInNote && next + 1 < s.Count && s.WordId[next] >= 0 && _isSideMarker[s.WordId[next]];
        foreach (var phrase in candidates)
        {
            var words = phrase.Words;
            var length = words.Length;
            if (best is not null && length <= best.Words.Length) break;
            if (length > 1 && !(nextInNote && Matches(s, next, words[1])) && !(afterSide && Matches(s, next + 1, words[1]))) continue;
            var t = start;
            var ok = true;
            for (var k = 0; k < length && ok; k++, t++)
            {
                // (A side marker skipped inside the phrase may not follow a tight semicolon either: "2MIN;R WALK".)
                if (k > 0 && t < s.Count && !Matches(s, t, words[k]) && s.WordId[t] >= 0 && _isSideMarker[s.WordId[t]])
                {
                    if ((s.Flags[t] & TokenFlags.AfterTightSemicolon) != 0) { ok = false; break; }
                    t++;
                }
                ok = t < s.Count && s.Sentence[t] == sentence && (k == 0 || (s.Flags[t] & TokenFlags.AfterTightSemicolon) == 0) && Matches(s, t, words[k])
                    // "Balance: [ ] intact [x] impaired   Sensation: [x] intact": no phrase of words runs on into the next field's label.
                    && !(k > 0 && words[0] >= 0 && s.Cell[t] != s.Cell[start] && (s.Flags[t] & TokenFlags.Label) != 0);
            }
            if (ok) { span = t - start; return phrase; }
        }
        return best;
    }

    // A number written as a word is a pattern's number only as a quantity, with its unit or as a
    // count of trials: "twenty seconds", "seven of ten pulls" ("one last time", "two in standing" are no measure).
    private static bool CountWord(NoteScratch s, int t) => NumberWords.IsQuantity(s, t);

    // "Req HR-2026-771505": a request's or a claim's number, digits joined by hyphens past a range's length, no value.
    private static bool IsIdentifier(NoteScratch s, int t) => s.Token(t) is var w && w.Length > 7 && w.IndexOf('-') >= 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Matches(NoteScratch s, int t, int word) => word switch
    {
        WildNumber => ((s.Flags[t] & (TokenFlags.Number | TokenFlags.CodeLike | TokenFlags.DateOrTime | TokenFlags.LikelyDate)) == TokenFlags.Number && !IsIdentifier(s, t))
            || CountWord(s, t),
        WildCount => (s.Flags[t] & TokenFlags.Count) != 0,
        WildFraction => (s.Flags[t] & (TokenFlags.Fraction | TokenFlags.CodeLike)) == TokenFlags.Fraction,
        WildDegrees => (s.Flags[t] & TokenFlags.Degrees) != 0,
        WildPounds => (s.Flags[t] & TokenFlags.Pounds) != 0,
        WildPercent => (s.Flags[t] & TokenFlags.Percent) != 0,
        WildFeet => (s.Flags[t] & TokenFlags.Feet) != 0,
        _ => s.WordId[t] == word,
    };
}

/// <summary>
/// The vocabulary's words in an open-addressing table keyed by <see cref="TokenHash"/>: a note's
/// token is found by the hash the tokenizer took while writing it, confirmed by its characters.
/// </summary>
internal sealed class WordTable
{
    private readonly ulong[] _hashes;
    private readonly int[] _ids;
    private readonly string[] _words;
    private readonly int _mask;

    public WordTable(Dictionary<string, int> words)
    {
        var size = 64;
        while (size < words.Count * 4) size *= 2;
        _hashes = new ulong[size];
        _ids = new int[size];
        _words = new string[size];
        _mask = size - 1;
        Array.Fill(_ids, -1);
        foreach (var (word, id) in words)
        {
            var hash = TokenHash.Of(word);
            var i = Slot(hash);
            while (_ids[i] >= 0) i = (i + 1) & _mask;
            _hashes[i] = hash;
            _ids[i] = id;
            _words[i] = word;
        }
    }

    /// <summary>The word id of a token with that hash and text, or -1 when it is no vocabulary word.</summary>
    public int Find(ulong hash, ReadOnlySpan<char> token)
    {
        for (var i = Slot(hash); ; i = (i + 1) & _mask)
        {
            var id = _ids[i];
            if (id < 0) return -1;
            if (_hashes[i] == hash && token.SequenceEqual(_words[i])) return id;
        }
    }

    private int Slot(ulong hash) => (int)((hash ^ (hash >> 32)) * 0x9E3779B1UL >> 7) & _mask;
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
