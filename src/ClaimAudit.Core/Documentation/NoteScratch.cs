namespace ClaimAudit.Core.Documentation;

/// <summary>
/// One note's analysis state: its tokens, phrase matches and code mentions, in per-thread buffers
/// reused from note to note so that analysing a note allocates only its result.
/// </summary>
internal sealed class NoteScratch
{
    public char[] Chars = new char[1024];
    public int CharCount;
    public int Count;
    // Column: where a token starts in its line of the text, in chars (a fixed-width table's rows line up by it).
    public int[] Start = new int[256], Length = new int[256], Column = new int[256], WordId = new int[256], Sentence = new int[256], Clause = new int[256], Cell = new int[256], Line = new int[256], MatchAt = new int[256], MentionAt = new int[256];
    public TokenFlags[] Flags = new TokenFlags[256];
    // Where each line and sentence starts and ends, by its number (both only grow from token to token): finding a
    // token's line by walking the tokens costs the line's length, and a note of one long line would be read in
    // time that grows with the square of its length.
    private int[] _lineFirst = new int[64], _lineEnd = new int[64], _sentenceFirst = new int[64];
    public bool[] Claimed = new bool[256];
    public ulong[] TokenHashes = new ulong[256];
    private ulong[] _shingles = new ulong[256];
    public readonly List<int> Found = [];
    public readonly List<int> NegatedIds = [];
    /// <summary>The matches that added a one-on-one term, and those that added a not-one-on-one term (read against the codes' sections).</summary>
    public readonly List<int> OneOnOneMatches = [], NotOneOnOneMatches = [];
    public readonly List<StatedMinutes> Stated = [];
    /// <summary>A bracketed code's mention and the minutes of the heading that names another service before it ("SELF-CARE / THERAPEUTIC ACTIVITIES (97530): 23 minutes").</summary>
    public readonly List<(int Mention, int Minutes)> HeadingShares = [];
    /// <summary>The mentions whose minutes a labelled start and stop on their line gave ("97112 … Start Time: 0800  Stop Time: 0822").</summary>
    public readonly List<int> LabelledSpans = [];
    public int MatchCount;
    public int[] MatchStart = new int[64], MatchLength = new int[64];
    public Phrase[] MatchPhrase = new Phrase[64];
    /// <summary>Mentions of a code: token span, the name's match (or -1), the written code's token (or -1), the minutes found (or -1).</summary>
    public int MentionCount;
    public int[] MentionStart = new int[16], MentionEnd = new int[16], MentionMatch = new int[16], MentionCode = new int[16], MentionMinutes = new int[16];
    /// <summary>The codes each mention names (bits of the vocabulary's code list), and those whose minutes a flowsheet row gave.</summary>
    public ulong[] MentionCodes = new ulong[16];
    public ulong RowMinuteCodes;
    // The codes the note's mentions name: all of them, and those on lines that open with a clock time, by line (each
    // line's index into the running unions before and after it), so that a mention asks of the others in one step.
    public ulong AllMentionCodes, AllTimedLineCodes;
    public int[] TimedLineIndex = new int[64];
    public ulong[] TimedLineCodesBefore = new ulong[16], TimedLineCodesAfter = new ulong[16];
    public int TimedLineCount;
    public ulong[] LineMentionCodes = new ulong[64];
    /// <summary>The token the minutes reader took last.</summary>
    public int LastClaimed;
    /// <summary>Checkboxes of the line being tokenized: the tokens before the box, after it (a box is 0 or 1 token), and whether it is ticked.</summary>
    public int BoxCount;
    /// <summary>The table cell the tokenizer is in: cells are split by "|", a tab or a run of spaces (not by commas, as clauses are).</summary>
    public int CellNow;
    /// <summary>The line being read has "(+)"/"(−)" signs read as boxes (cleared at each line's end).</summary>
    public bool SignBoxesOnLine;
    /// <summary>Some words of the note speak of another visit or of the plan (<see cref="OtherVisitLines"/>, <see cref="TokenFlags.OtherVisit"/>).</summary>
    public bool AnyOtherVisitLine;
    /// <summary>The column (chars from its line's start) of the token the tokenizer is reading.</summary>
    public int ColumnNow;
    /// <summary>The line the tokenizer is in (a table's row is a line, whatever sentences it holds).</summary>
    public int LineNow;
    public int[] BoxStart = new int[16], BoxEnd = new int[16];
    public bool[] BoxTicked = new bool[16];
    /// <summary>The box is a run of underscores (a blank to fill in, or the edge of a filled-in field).</summary>
    /// <summary>A tight semicolon was read since the last token: the next is flagged <see cref="TokenFlags.AfterTightSemicolon"/>.</summary>
    public bool TightSemicolonBefore;
    public bool[] BoxBlank = new bool[16];
    /// <summary>The box is written with underscores: a blank ("___") or one filled with an X ("_X_").</summary>
    public bool[] BoxUnderscored = new bool[16];
    /// <summary>The block of lines being read for X marks: whether a line has one, and the indented lines without one (token ranges).</summary>
    /// <summary>Boxes by table cell (sentence, cell, ticked), for checklists laid out as tables ("Exercise | Done").</summary>
    public int CellMarkCount;
    /// <summary>The cell each sentence ended in (a row's empty last cells have no tokens to tell).</summary>
    public int[] SentenceEndCell = new int[64];
    /// <summary>The sentence's cells are split by "|" or a tab (a table's row), not only by runs of spaces.</summary>
    public bool[] SentenceHardCells = new bool[64];
    public int[] CellMarkSentence = new int[8], CellMarkCell = new int[8];
    public bool[] CellMarkTicked = new bool[8];
    public ulong MarkColumns;
    public bool BlockHasEmptyBox;
    /// <summary>The line of a 0/1 legend ("NMR flags (1 = done)"), or -1: on it and the next line an item followed by a lone 0 was not done.</summary>
    public int BinaryLegendLine = -1;
    /// <summary>The note has a "✗ not done" legend: a cross is an empty box.</summary>
    public bool CrossIsNotDone;
    /// <summary>
    /// A multiplication sign between numbers was read as the x of a dose ("3 × 10"): the tokens are not the ones
    /// the note's fingerprint was defined on, so it is taken from a tokenization without it.
    /// </summary>
    public bool TimesSignRead;
    /// <summary>A number garbled by OCR was read as its digits ("l4 min"), or a word's I read as l ("lndividual"): the tokens are not the fingerprint's either.</summary>
    public bool OcrDigitsRead;
    /// <summary>Prose wrapped at a long line's end was read on in its sentence (which the fingerprint's tokenization does not do).</summary>
    public bool WrappedProseRead;
    /// <summary>A question mark inside a word was read as the apostrophe it stands for ("he?s"): the note's fingerprint is taken from its text.</summary>
    public bool MangledApostropheRead;
    /// <summary>A pointer ending its line after a field's name ("1:1 ▸") was read as a colon: the fingerprint is taken from the text.</summary>
    public bool BlankPointerRead;
    /// <summary>The line being ended has cells drawn with "|": a box alone in such a cell is that cell's answer (<see cref="CheckboxLines"/>).</summary>
    public bool LineHasPipes;
    /// <summary>How many of the tokens are a multiplication sign read alone as "x" (the note's word count leaves them out, as it always did).</summary>
    public int TimesTokens;
    /// <summary>A column grid's heading (<see cref="ColumnGrids"/>): its columns' char ranges on the line, which say "not done", and the rows read under it.</summary>
    public int GridColumnCount, GridRows;
    public int[] GridFrom = new int[8], GridTo = new int[8];
    public bool[] GridUndone = new bool[8];
    /// <summary>Digits defined by a legend ("1 = individual"): the digit's token; the word defined is the next token.</summary>
    public int LegendCount;
    public int[] LegendDigit = new int[8];
    public int PendingCount;
    public int[] PendingFrom = new int[8], PendingTo = new int[8], PendingIndent = new int[8];

    /// <summary>The index of the token after each dot leader ("Ther ex ........ 20 min"), in order.</summary>
    public readonly List<int> DotLeaders = [];

    /// <summary>A dot leader stands between token 'from' and token 'to' (to after it).</summary>
    public bool DotLeaderBetween(int from, int to)
    {
        var next = DotLeaderIndexAfter(from);
        return next < DotLeaders.Count && DotLeaders[next] <= to;
    }

    /// <summary>The index in DotLeaders of the first leader after token t (DotLeaders.Count when none): they are in the text's order.</summary>
    public int DotLeaderIndexAfter(int t)
    {
        int low = 0, high = DotLeaders.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (DotLeaders[mid] > t) high = mid;
            else low = mid + 1;
        }
        return low;
    }

    /// <summary>Whether the note's legend says "n/p = not performed", asked once a note (see TermContext.SaysNotPerformed).</summary>
    public int NotPerformedStamp;
    public bool NotPerformedKey;

    /// <summary>Whether the note names other patients, a class or a group (see SessionAttendance.OthersInNote), asked once a
    /// note: the readings of who was in the room ask it at each statement, and a long note must not be walked once a statement.</summary>
    public int OthersStamp, OthersNotInClassStamp, GroupStamp, JoinedStamp;
    public bool OthersValue, OthersNotInClassValue, GroupValue, JoinedValue;
    public int Stamp => _stamp;

    /// <summary>The readings that ask whether a word stands earlier on a line, each with its own memo.</summary>
    public enum LineTest { Hours, Seconds, Units, MinutesUnit, Ratio, NotTheService, Label, PrintedLevels, Title, MinutesSeconds, Count }

    // Per test, per line: the first token on the line that passes it (int.MaxValue for none), valid where its stamp is this note's.
    private readonly int[][] _firstOnLine = new int[(int)LineTest.Count][];
    private readonly int[][] _firstOnLineStamp = new int[(int)LineTest.Count][];
    private int _stamp;

    /// <summary>
    /// The first token on token t's line that passes test (int.MaxValue when none does), found once per line and test:
    /// asking "is it earlier on this line" of every code or phrase by walking the line would take time that grows with
    /// the square of a long line's length.
    /// </summary>
    public int FirstOnLine(int t, LineTest which, Func<NoteScratch, int, bool> test)
    {
        var line = Line[t];
        ref var firsts = ref _firstOnLine[(int)which];
        ref var stamps = ref _firstOnLineStamp[(int)which];
        if (firsts is null || firsts.Length <= line)
        {
            var size = Math.Max(line + 1, Math.Max(64, (firsts?.Length ?? 0) * 2));
            Array.Resize(ref firsts, size);
            Array.Resize(ref stamps, size);
        }
        if (stamps![line] == _stamp) return firsts![line];
        var first = int.MaxValue;
        for (int k = LineStartOf(t), end = LineEndOf(t); k < end; k++)
            if (test(this, k)) { first = k; break; }
        firsts![line] = first;
        stamps[line] = _stamp;
        return first;
    }

    public void Reset(int textLength)
    {
        // (Never 0, the stamp of a slot not yet written; after the last, every slot is forgotten.)
        if (_stamp == int.MaxValue)
        {
            foreach (var stamps in _firstOnLineStamp) if (stamps is not null) Array.Clear(stamps);
            NotPerformedStamp = 0;
            OthersStamp = OthersNotInClassStamp = GroupStamp = JoinedStamp = 0;
            _stamp = 0;
        }
        _stamp++;
        CharCount = 0; Count = 0; MatchCount = 0; BoxCount = 0; TightSemicolonBefore = false; SignBoxesOnLine = false; CellNow = 0; LineNow = 0; MarkColumns = 0; BlockHasEmptyBox = false; BinaryLegendLine = -1; CrossIsNotDone = false; TimesSignRead = false; OcrDigitsRead = false; WrappedProseRead = false; MangledApostropheRead = false; BlankPointerRead = false; LineHasPipes = false; TimesTokens = 0; PendingCount = 0; CellMarkCount = 0; GridColumnCount = 0; GridRows = 0; LegendCount = 0;
        DotLeaders.Clear();
        if (Chars.Length < textLength + 16) Chars = new char[textLength * 2 + 16];
    }

    public void Append(char c)
    {
        if (CharCount == Chars.Length) Array.Resize(ref Chars, Chars.Length * 2);
        Chars[CharCount++] = c;
    }

    public ReadOnlySpan<char> Token(int t) => Chars.AsSpan(Start[t], Length[t]);

    /// <param name="hash">The token's <see cref="TokenHash"/>.</param>
    public void AddToken(int start, int length, TokenFlags flags, int sentence, int clause, ulong hash)
    {
        if (Count == Start.Length)
        {
            var size = Count * 2;
            Array.Resize(ref Start, size); Array.Resize(ref Length, size); Array.Resize(ref Column, size); Array.Resize(ref WordId, size);
            Array.Resize(ref Sentence, size); Array.Resize(ref Clause, size); Array.Resize(ref Cell, size); Array.Resize(ref Line, size); Array.Resize(ref MatchAt, size); Array.Resize(ref MentionAt, size);
            Array.Resize(ref Flags, size); Array.Resize(ref Claimed, size); Array.Resize(ref TokenHashes, size);
        }
        if (TightSemicolonBefore) { flags |= TokenFlags.AfterTightSemicolon; TightSemicolonBefore = false; }
        Start[Count] = start; Length[Count] = length; Column[Count] = ColumnNow; Flags[Count] = flags; Sentence[Count] = sentence; Clause[Count] = clause; Cell[Count] = CellNow; Line[Count] = LineNow;
        TokenHashes[Count] = hash;
        if (LineNow >= _lineFirst.Length)
        {
            var size = Math.Max(LineNow + 1, _lineFirst.Length * 2);
            Array.Resize(ref _lineFirst, size); Array.Resize(ref _lineEnd, size);
        }
        if (sentence >= _sentenceFirst.Length) Array.Resize(ref _sentenceFirst, Math.Max(sentence + 1, _sentenceFirst.Length * 2));
        if (Count == 0 || Line[Count - 1] != LineNow) _lineFirst[LineNow] = Count;
        _lineEnd[LineNow] = Count + 1;
        if (Count == 0 || Sentence[Count - 1] != sentence) _sentenceFirst[sentence] = Count;
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
            Array.Resize(ref MentionCode, size); Array.Resize(ref MentionMinutes, size); Array.Resize(ref MentionCodes, size);
        }
        MentionStart[MentionCount] = start; MentionEnd[MentionCount] = end; MentionMatch[MentionCount] = match; MentionCode[MentionCount] = code;
        return MentionCount++;
    }

    public void AddBox(int start, int end, bool ticked, bool blank = false, bool underscored = false)
    {
        if (BoxCount == BoxStart.Length)
        {
            Array.Resize(ref BoxStart, BoxCount * 2); Array.Resize(ref BoxEnd, BoxCount * 2); Array.Resize(ref BoxTicked, BoxCount * 2);
            Array.Resize(ref BoxBlank, BoxCount * 2); Array.Resize(ref BoxUnderscored, BoxCount * 2);
        }
        BoxStart[BoxCount] = start; BoxEnd[BoxCount] = end; BoxTicked[BoxCount] = ticked; BoxBlank[BoxCount] = blank; BoxUnderscored[BoxCount] = underscored;
        BoxCount++;
    }

    public void EndSentence(int sentence, int cell, bool hardCells)
    {
        if (sentence >= SentenceEndCell.Length)
        {
            var size = Math.Max(sentence + 1, SentenceEndCell.Length * 2);
            Array.Resize(ref SentenceEndCell, size); Array.Resize(ref SentenceHardCells, size);
        }
        SentenceEndCell[sentence] = cell;
        SentenceHardCells[sentence] = hardCells;
    }

    public void AddCellMark(int sentence, int cell, bool ticked)
    {
        if (CellMarkCount == CellMarkSentence.Length)
        {
            Array.Resize(ref CellMarkSentence, CellMarkCount * 2); Array.Resize(ref CellMarkCell, CellMarkCount * 2); Array.Resize(ref CellMarkTicked, CellMarkCount * 2);
        }
        CellMarkSentence[CellMarkCount] = sentence; CellMarkCell[CellMarkCount] = cell; CellMarkTicked[CellMarkCount] = ticked;
        CellMarkCount++;
    }

    public void AddLegendPair(int digit)
    {
        if (LegendCount < LegendDigit.Length) LegendDigit[LegendCount++] = digit;
    }

    public void AddPendingLine(int from, int to, int indent)
    {
        if (PendingCount == PendingFrom.Length)
        {
            Array.Resize(ref PendingFrom, PendingCount * 2); Array.Resize(ref PendingTo, PendingCount * 2); Array.Resize(ref PendingIndent, PendingCount * 2);
        }
        PendingFrom[PendingCount] = from; PendingTo[PendingCount] = to; PendingIndent[PendingCount] = indent;
        PendingCount++;
    }

    public ulong[] ShingleHashes(int count)
    {
        if (_shingles.Length < count) _shingles = new ulong[count * 2];
        return _shingles;
    }

    /// <summary>
    /// Token t is a number followed by a minute unit ("20 min"), as the note's fingerprint has always
    /// read it (<see cref="NoteSignature"/>: stored signatures depend on it not changing).
    /// </summary>
    public bool IsSignatureMinuteNumber(int t) =>
        (Flags[t] & TokenFlags.Number) != 0 && (HasMinuteUnitAfter(t, assistToo: true) || (t + 1 < Count && (Flags[t + 1] & TokenFlags.UnitAcrossClause) != 0))
        // "97110 23m" is read as minutes since fingerprints were defined; they read it as they did then.
        && !Token(t + 1).SequenceEqual("m")
        // Spanish "minutos", Ukrainian "хв" and OCR's "rnin" were read as units later: fingerprints keep reading them as words.
        && !Token(t + 1).StartsWith("minuto") && !Token(t + 1).StartsWith("хв") && !Token(t + 1).StartsWith("rnin");

    /// <summary>
    /// Token t states minutes: a number, or a number written as a word ("fifteen minutes") that is no
    /// part of a phrase ("one-on-one minutes", "six minute walk"), followed by a minute unit — not a
    /// distance whose prime mark is feet ("amb 150'"), nor a number a comma keeps from the word ("x 8, min A"),
    /// nor a number in a field's name ("CPT_1_MIN: 25"); or half an hour ("½ hr", "half an hour": 30).
    /// </summary>
    public bool IsMinuteNumber(int t) => (Flags[t] & TokenFlags.HalfHour) != 0 ||
        ((Flags[t] & TokenFlags.Number) != 0 || ((Flags[t] & TokenFlags.NumberWord) != 0 && MatchAt[t] < 0))
        && (Flags[t] & (TokenFlags.Feet | TokenFlags.InFieldName)) == 0 && (HasMinuteUnitAfter(t) || HasMinuteLabelAfter(t)) && Clause[t + 1] == Clause[t];

    // "15 minute: walk with walker": a minute word ending in a colon is the unit, though a pattern ("# minute walk",
    // the six-minute walk test) read on past the colon — the fingerprint keeps reading it as the pattern.
    private bool HasMinuteLabelAfter(int t) =>
        t + 1 < Count && (Flags[t + 1] & TokenFlags.Label) != 0 && (Flags[t] & TokenFlags.Number) != 0
        && Token(t + 1) is "min" or "mins" or "minute" or "minutes" or "minuto" or "minutos";

    // (Fingerprints read "x 4 — min A" as minutes, as they always have: assistToo.)
    private bool HasMinuteUnitAfter(int t, bool assistToo = false) =>
        t + 1 < Count && MatchAt[t + 1] >= 0 && MatchStart[MatchAt[t + 1]] == t + 1 && MatchPhrase[MatchAt[t + 1]].Has(PhraseKind.MinuteUnit) && (assistToo || !MinimalAssistAfter(t));

    // "carrying a grocery bag … x 4 — min A → SBA": a count ("x 4") or a dash before "min A" — the assistance, not minutes.
    private bool MinimalAssistAfter(int t) =>
        t + 2 < Count && Token(t + 1) is "min" && Token(t + 2) is "a" or "assist" or "asst" && Clause[t + 2] == Clause[t + 1]
        && ((Flags[t + 1] & TokenFlags.AfterDash) != 0 || (t > 0 && Token(t - 1) is "x"))
        && !(t + 3 < Count && Token(t + 3) is "day" or "week" or "wk" or "session" or "visit");

    /// <summary>The first token of token t's sentence.</summary>
    public int SentenceStartOf(int t) => t < Count ? _sentenceFirst[Sentence[t]] : t;

    /// <summary>The first token on token t's line.</summary>
    public int LineStartOf(int t) => t < Count ? _lineFirst[Line[t]] : t;

    /// <summary>One past the last token on token t's line (a table's row, however many sentences its cells hold).</summary>
    public int LineEndOf(int t) => t < Count ? _lineEnd[Line[t]] : t;

    /// <summary>Token t lies in a matched phrase of that kind.</summary>
    public bool StartsOrIn(int t, PhraseKind kind) => MatchAt[t] >= 0 && MatchPhrase[MatchAt[t]].Has(kind);
}
