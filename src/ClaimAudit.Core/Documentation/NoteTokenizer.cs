namespace ClaimAudit.Core.Documentation;

/// <summary>
/// Splits a note (or a vocabulary phrase, with <c>pattern</c>) into lower-case word tokens in a
/// <see cref="NoteScratch"/>, recording sentence and clause boundaries, labels and checkboxes, and
/// what kind of number each token is.
/// </summary>
internal static partial class NoteTokenizer
{
    /// <summary>The characters every checkbox is read as, one token each: empty (☐) and ticked (☒).</summary>
    public const char UncheckedBox = '\u2610', CheckedBox = '\u2612';

    /// <summary>The hash of "min", the token a minutes mark (20') reads as.</summary>
    private static readonly ulong MinuteMarkHash = TokenHash.Of("min");

    private static bool IsWordChar(char c, bool pattern) => char.IsLetterOrDigit(c) || (pattern && c == '#');

    /// <summary>
    /// A checkbox at text[i] ("[ ]", "[]", "[X]", "[x]", "[✓]", "☐", "☑", "☒", "( )", "(x)", "(X)", "(✓)"):
    /// whether it is ticked, the characters it takes, and the token it reads as — the box character
    /// for the square forms; for the round forms the tick's letter ("x") or none, exactly the token
    /// the text gave before boxes were read this way (a note's MinHash signature depends on its tokens).
    /// Length 0 when text[i] starts no checkbox.
    /// </summary>
    private static (bool Ticked, int Length, char Token) Checkbox(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        if (c == UncheckedBox) return (false, 1, UncheckedBox);
        if (c is CheckedBox or '\u2611') return (true, 1, CheckedBox);
        // Other box and tick glyphs (□ ▢ ◻ ⬜ empty; ■ ▣ ◼ ✓ ✔ ✅ ticked): no token, as the text gave none before.
        if (c is '\u25A1' or '\u25A2' or '\u25FB' or '\u2B1C') return (false, 1, '\0');
        // (√, the square-root sign, is how some clinicians type a tick.)
        if (c is '\u25A0' or '\u25A3' or '\u25FC' or '\u2713' or '\u2714' or '\u2705' or '\u221A') return (true, 1, '\0');
        // A note tool's green circle under its legend ("legend: 🟢 yes · 🔴 no") is a tick.
        if (IsEmoji(text, i, GreenCircle) && HasEmojiLegend(text, GreenCircle, "yes")) return (true, 2, '\0');
        // Radio buttons (● ◉ ⦿ chosen, ○ not), but at a line's start these glyphs are bullets ("  ○ PNF D2 patterns").
        if (c is '\u25CB' or '\u25EF' && !AtLineStart(text, i)) return (false, 1, '\0');
        if (c is '\u25CF' or '\u25C9' or '\u29BF' or '\u2022' && !AtLineStart(text, i)) return (true, 1, '\0');
        // "<x> Individual   < > Concurrent": an EMR export's angle-bracket boxes ("<x>" keeps the x it gave as a token;
        // "< >" needs its space: "<>" and a less-than before a number are no box).
        if (c == '<') return AngleBox(text, i);
        // "SESSION: O 1:1   O CO-TX   [X] GROUP": a scanned form's empty box the OCR read as a capital O or D (its token the letter, as before).
        if (c is 'O' or 'D' && OcrEmptyBox(text, i)) return (false, 1, c == 'O' ? 'o' : 'd');
        // "[Individual ✓]  [Concurrent –]": a dash inside a bracket after its item's word is the item's empty box.
        if (c is '-' or '\u2013' or '\u2014' && DashBoxInBracket(text, i) is > 0 and var dash) return (false, dash, '\0');
        if (c is not ('[' or '(')) return (false, 0, '\0');
        var close = c == '[' ? ']' : ')';
        var j = i + 1;
        while (j < text.Length && text[j] == ' ') j++;
        // "[_]", "[-]": empty too (no token: the text gave none before boxes were read this way).
        // ("(-)" is a negative test's sign, not a box.)
        if (c == '[' && j + 1 < text.Length && text[j] is '_' or '-' && text[j + 1] == close) return (false, j + 2 - i, '\0');
        // "( / )": a paper form's slash through the box, ticked (no token: "/" gave none).
        if (j < text.Length && text[j] == '/')
        {
            var k = j + 1;
            while (k < text.Length && text[k] == ' ') k++;
            if (k < text.Length && text[k] == close) return (true, k + 1 - i, '\0');
        }
        if (j < text.Length && text[j] == close)
            // "()" is rarely a box ("f()", an empty aside); "( )" with its space is.
            return c == '[' || j > i + 1 ? (false, j + 1 - i, c == '[' ? UncheckedBox : '\0') : (false, 0, '\0');
        if (j < text.Length && text[j] is 'x' or 'X' or '\u2713' or '\u2714' or '*' or '\u2022' or '\u25CF' or '\u25C9')
        {
            var k = j + 1;
            while (k < text.Length && text[k] == ' ') k++;
            // The token is the one the text gave before: ☒ for the square forms the tokenizer always knew
            // ([x], [✓], [*]), the letter of "(x)", none for a dot ("[•]", "(●)").
            if (k < text.Length && text[k] == close)
                return (true, k + 1 - i, text[j] is '\u2022' or '\u25CF' or '\u25C9' ? '\0' : c == '[' ? CheckedBox : text[j] is 'x' or 'X' ? 'x' : '\0');
        }
        return (false, 0, '\0');
    }

    private static bool IsDayAndPaddedMonth(ReadOnlySpan<char> token)
    {
        var slash = token.IndexOf('/');
        return slash is 1 or 2 && token.Length == slash + 3 && token[slash + 1] == '0' && token[slash + 2] is >= '1' and <= '9'
            && int.TryParse(token[..slash], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31;
    }

    // The stopwatch glyph (U+23F1, maybe with its emoji selector U+FE0F) right before the word, a space or two between.
    private static bool AfterTimerGlyph(ReadOnlySpan<char> text, int wordStart)
    {
        var k = wordStart - 1;
        while (k >= 0 && wordStart - k <= 3 && text[k] is ' ' or '\uFE0F') k--;
        return k >= 0 && text[k] == '\u23F1';
    }

    // The letters right before text[hyphen] are a test's name that carries a number: "PDMS-2", "BOT-2", "GMFM-66", "MABC-2", "TGMD-3",
    // "SF-36", "PHQ-9", "EQ-5D".
    private static bool IsNumberedTestName(ReadOnlySpan<char> text, int hyphen)
    {
        var start = hyphen;
        while (start > 0 && hyphen - start < 6 && char.IsAsciiLetter(text[start - 1])) start--;
        if (start == hyphen || (start > 0 && char.IsLetterOrDigit(text[start - 1]))) return false;
        Span<char> name = stackalloc char[6];
        var length = text[start..hyphen].ToLowerInvariant(name);
        return name[..length] is "pdms" or "bot" or "gmfm" or "mabc" or "tgmd" or "sf" or "phq" or "eq" or "gad" or "promis" or "koos";
    }

    private static bool IsTemperatureScale(ReadOnlySpan<char> text, int i) =>
        i < text.Length && text[i] is 'F' or 'C' && (i + 1 >= text.Length || !char.IsLetter(text[i + 1]));

    private static (bool Ticked, int Length, char Token) AngleBox(ReadOnlySpan<char> text, int i)
    {
        var j = i + 1;
        while (j < text.Length && text[j] == ' ') j++;
        if (j < text.Length && text[j] == '>' && j > i + 1) return (false, j + 1 - i, '\0');
        if (j < text.Length && text[j] is 'x' or 'X' && j + 1 < text.Length && text[j + 1] == '>') return (true, j + 2 - i, 'x');
        return (false, 0, '\0');
    }

    // The length from the dash through the bracket's close, when the dash closes "[<word(s)> –]" on its line:
    // one to three words of letters between the opening bracket and the dash, nothing but spaces after it.
    private static int DashBoxInBracket(ReadOnlySpan<char> text, int i)
    {
        var k = i + 1;
        while (k < text.Length && text[k] == ' ') k++;
        if (k >= text.Length || text[k] != ']' || i == 0 || text[i - 1] != ' ') return 0;
        var open = i - 1;
        var words = 0;
        var inWord = false;
        while (open >= 0 && text[open] != '[')
        {
            var ch = text[open];
            if (char.IsLetter(ch)) { if (!inWord) words++; inWord = true; }
            else if (ch == ' ') inWord = false;
            else return 0;
            open--;
        }
        if (open < 0 || words is < 1 or > 3) return 0;
        // Only on a line of such options that ticks one in its bracket ("[Individual ✓]"): "[Romberg –]", "[TUG –]" are results.
        // (Within a form row's reach either side, so that a long line of brackets is read in time in proportion to it.)
        var lineStart = open;
        while (lineStart > 0 && open - lineStart < 200 && text[lineStart - 1] is not ('\n' or '\r')) lineStart--;
        var lineEnd = k;
        while (lineEnd < text.Length && lineEnd - k < 200 && text[lineEnd] is not ('\n' or '\r')) lineEnd++;
        var line = text[lineStart..lineEnd];
        for (var c = line.IndexOfAny('\u2713', '\u2714'); c >= 0; c = line[(c + 1)..].IndexOfAny('\u2713', '\u2714') is var next and >= 0 ? c + 1 + next : -1)
        {
            var after = c + 1;
            while (after < line.Length && line[after] == ' ') after++;
            if (after < line.Length && line[after] == ']') return k + 1 - i;
        }
        return 0;
    }

    /// <summary>The longest sentence read as one (the longest in the tests' notes, dictated run-ons, is about 130 words).</summary>
    public const int MaxSentenceTokens = 400;

    // The '=' at i defines a code: a number spaced from it ("1 = individual"), or a capital letter alone written against it
    // ("I=Individual", "G = Group"), with a word right after.
    private static bool IsLegendPair(ReadOnlySpan<char> text, int i, NoteScratch s, int code)
    {
        var spaced = i > 0 && text[i - 1] == ' ' && i + 2 < text.Length && text[i + 1] == ' ' && char.IsLetter(text[i + 2]);
        if ((s.Flags[code] & TokenFlags.Integer) != 0) return spaced;
        if (s.Token(code).Length != 1) return false;
        var letterAt = spaced ? i - 2 : i - 1;
        var tight = !spaced && i + 1 < text.Length && char.IsLetter(text[i + 1]);
        return (spaced || tight) && letterAt >= 0 && char.IsAsciiLetterUpper(text[letterAt]) && (letterAt == 0 || !char.IsLetterOrDigit(text[letterAt - 1]));
    }

    private const int WrappedLineMin = 60;

    // A subject pronoun, an article, a conjunction or a preposition: the clause it opens goes on past a line's end.
    private static bool OpensAClause(ReadOnlySpan<char> token) =>
        token is "i" or "we" or "she" or "he" or "they" or "and" or "or" or "but" or "the" or "a" or "an" or "with" or "for" or "of" or "to" or "in" or "on" or "at" or "by" or "my" or "her" or "his" or "their" or "was" or "were";

    // The line ending at end (a line break) is prose wrapped at its length: 60 characters at least of text ending on a word or a comma,
    // and the next line opens on a lower-case word (a label line, a list, a new sentence in capitals are not wrapped prose).
    private static bool WrapsProse(ReadOnlySpan<char> text, int lineStartChar, int end)
    {
        var line = text[lineStartChar..end].Trim();
        if (line.Length < WrappedLineMin || !(char.IsLetterOrDigit(line[^1]) || line[^1] == ',')) return false;
        var next = end + 1;
        if (next < text.Length && text[end] == '\r' && text[next] == '\n') next++;
        while (next < text.Length && text[next] is ' ' or '\t') next++;
        return next + 1 < text.Length && char.IsLower(text[next]) && char.IsLetter(text[next + 1]);
    }

    /// <summary>
    /// Lower-case word tokens. Digits joined by . / : - stay one token (14.2, 4/10, 1:1, 3/4/2026);
    /// a letter after a digit starts a new token (20min → 20 min, 3x10 → 3 x10); a quote after a
    /// number is a minutes mark ((20') → 20 min). Sentence ends (. ; ! ? … • newline) and clause
    /// ends (, |) are recorded as boundaries, and a word followed by a colon as a label.
    /// </summary>
    /// <param name="timesSignAsX">
    /// Read a multiplication sign after a count as the x of a dose ("3 × 10" as "3 x 10", "3×15" as "3x15"), and
    /// numbers garbled by OCR as the digits they were ("l4 min" as "14 min"), and prose wrapped at a long line's end as one
    /// sentence; false for the note's fingerprint, which was defined on text where the sign was no token, the garbled
    /// numbers were read as written and every line break ended a sentence.
    /// </param>
    // Where the "~~" closing a strike opened before from ends (the index after it), looked for along the rest of the line up to
    // MaxStrikeChars; or, when there is none, minus where the search stopped.
    private static int StrikeCloseAt(ReadOnlySpan<char> text, int from)
    {
        var end = Math.Min(text.Length, from + MaxStrikeChars);
        for (var k = from; k + 1 < end; k++)
        {
            if (text[k] is '\n' or '\r') return -k;
            // (At least one character struck: "~~~~" is no strike; the closing pair right after the text, not after a space.)
            if (text[k] == '~' && text[k + 1] == '~' && k > from && text[k - 1] is not (' ' or '\t' or '~')) return k + 2;
        }
        return -end;
    }

    private const int MaxStrikeChars = 600;

    // "Disregard the line above — that was Mr. Lamoureux's session, pasted in error", "Ignore previous line": the line before (the
    // last one with words) was entered in error — crossed out, as struck text is.
    private static void DisregardLineAbove(NoteScratch s, int lineStart)
    {
        if (lineStart == 0 || lineStart + 2 >= s.Count || s.Token(lineStart) is not ("disregard" or "ignore")) return;
        // "[the] line above", "[the] above line", "[the] previous line", "[the] preceding entry" — and nothing more in its clause
        // ("Disregard previous line instructions for HEP", "Ignore previous entry in flowsheet for Berg", "Ignore the above line re:
        // 1:1" speak of something else, or of part of the line).
        var k = lineStart + 1;
        if (s.Token(k) is "the") k++;
        if (k + 1 >= s.Count || s.Line[k + 1] != s.Line[lineStart]) return;
        var phrase = (s.Token(k) is "line" or "entry" or "sentence" && s.Token(k + 1) is "above")
            || (s.Token(k) is "above" or "previous" or "preceding" && s.Token(k + 1) is "line" or "entry" or "sentence");
        var after = k + 2;
        // (Or its reason right after a spaced hyphen, which sets off nothing the reader marks: "… line above - copied from another chart".)
        if (!phrase || (after < s.Count && s.Line[after] == s.Line[lineStart] && s.Clause[after] == s.Clause[k + 1] && (s.Flags[after] & TokenFlags.AfterDash) == 0
            && s.Token(after) is not ("copied" or "pasted" or "wrong" or "entered" or "written" or "charted" or "documented" or "that" or "it" or "error"))) return;
        for (var t = s.LineStartOf(lineStart - 1); t < lineStart; t++) s.Flags[t] |= TokenFlags.Struck | TokenFlags.Unticked;
    }

    private static bool RestOfLineBlank(ReadOnlySpan<char> text, int from)
    {
        for (var k = from; k < text.Length && text[k] is not ('\n' or '\r'); k++)
            if (!char.IsWhiteSpace(text[k])) return false;
        return true;
    }

    public static void Tokenize(ReadOnlySpan<char> text, NoteScratch s, bool pattern, bool timesSignAsX = true)
    {
        s.Reset(text.Length);
        int sentence = 0, clause = 0, i = 0, n = text.Length, lineStart = 0, lineStartChar = 0, lineStartPrev = 0;
        bool positiveNext = false, decreasedNext = false, hardCells = false, dashNext = false, semicolonNext = false;
        // Whether the line of the last cross read has a tick and a session's mode (a property of the line, looked for once a line:
        // a long line of crosses is read in time in proportion to its length).
        var crossLine = -1;
        var crossLineHasCheck = false;
        // "Delivery: *INDIVIDUAL* / group / concurrent": the option between asterisks is the one chosen.
        int starOpen = -1, starFrom = -1, starTo = -1;
        // "Delivery:    >>Individual<<    Concurrent    Group": the option between chevrons is the one chosen, in any cell of its line.
        int chevronOpen = -1, chevronFrom = -1, chevronTo = -1;
        // "(−) ataxia  (−) sensory deficit": a screen's negative sign; the words after it, to the end of its clause, were not found.
        var negativeClause = -1;
        // "(O = done / yes, X = not done / no)": under such a legend an X after an item is its empty box. Read on the first X.
        var xIsNotDone = -1;
        bool? plusMinusKey = null, doneKey = null;
        // "Gait deviations: {Gait deviations:30012}": an EMR pick list never answered, its name and number left in.
        var pickListStart = -1;
        // "seen {individually/in a group/concurrently:individually}": an EMR's list printed with its options, a colon and the ones
        // picked — the options before the colon were not written by the clinician (all of them where nothing follows a colon).
        int optionListStart = -1, optionListEnd = -1;
        // The line of a curly opening quote a spreadsheet turned into "?" ("write ?one-on-one … block?"), until its closing one.
        var mangledQuoteLine = -1;
        // Dictation that spoke its punctuation ("… ten weeks out period he wants …", "new paragraph"): the spoken word ends a sentence.
        var spokenPunctuation = !pattern && SpeaksPunctuation(text);
        // A faxed note run through OCR ("l4 min", "09O2–0925", "3 x l2"): the garbled number read ends here. Whether
        // the note reads its garbled numbers where nothing around them says so is decided at the first (-1: not yet).
        int ocrEnd = -1, ocrNote = -1;
        // "~~Seen 1:1 the whole block.~~ [ERROR]": text struck through as the writer's editor marks it (two tildes each side, on one
        // line) was entered in error — read as crossed out, like a struck letter. Where no closing pair follows on the line, the
        // line is not looked along again for one.
        int struckEnd = -1, noStrikeCloseBefore = -1;
        while (i < n)
        {
            var c = text[i];
            s.ColumnNow = i - lineStartChar;
            if (!pattern && c == '{' && optionListStart < 0 && PickListOptionsEnd(text, i) is > 0 and var optionsEnd) (optionListStart, optionListEnd) = (s.Count, optionsEnd);
            else if (optionListStart >= 0 && i == optionListEnd)
            {
                for (var t = optionListStart; t < s.Count; t++) s.Flags[t] |= TokenFlags.Unticked;
                optionListStart = -1;
            }
            // (As the writers' editors mark it, the tildes hug the struck text: "~~Seen 1:1~~", not "~~ 97110 15 min … ~~" (tildes
            // as dividers) or "~~10 min" (about); and the opening pair follows no letter or digit.)
            if (!pattern && c == '~' && i >= struckEnd && i >= noStrikeCloseBefore && i + 2 < n && text[i + 1] == '~' && text[i + 2] is not (' ' or '\t' or '~')
                && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                var close = StrikeCloseAt(text, i + 2);
                if (close > 0) struckEnd = close;
                else noStrikeCloseBefore = -close;
            }
            // A run-on (dictation without a full stop, an export that dropped them) is cut into sentences of at most
            // MaxSentenceTokens: the readings look around a phrase within its sentence, and one sentence the length of
            // the note would make reading it take time that grows with the square of its length.
            if (s.Count >= MaxSentenceTokens && s.Sentence[s.Count - 1] == sentence && s.Count - s.SentenceStartOf(s.Count - 1) >= MaxSentenceTokens)
            {
                s.EndSentence(sentence, s.CellNow, hardCells);
                hardCells = false;
                sentence++;
                clause++;
            }
            // "3 × 10", "3×15": a multiplication sign after a number is the x of a dose, as typed "3 x 10", "3x15" — not
            // one before a number alone ("TE ×15min", "MT ×10'"), which is as often "for" as "times".
            var timesX = !pattern && timesSignAsX && c == '\u00D7' && NumberBefore(text, i) && BetweenNumbers(text, i);
            if (timesX) s.TimesSignRead = true;
            // "97140 x10 min", "NMR x23'": an x joined to a duration's number is its "for", read apart as typed "x 10 min" (a reading
            // that adds a token, so the fingerprint is taken from the text without it, as for the multiplication sign).
            var xDuration = !pattern && timesSignAsX && c is 'x' or 'X' && XJoinedToMinutes(text, i);
            if (xDuration)
            {
                s.TimesSignRead = true;
                s.TimesTokens++;
            }
            // (A scanned form's empty box read as a letter is read as the box it is, below.)
            var ocrBox = !pattern && timesSignAsX && c is 'O' or 'D' && OcrEmptyBox(text, i);
            if (!ocrBox && (IsWordChar(c, pattern) || (timesX && i + 1 < n && char.IsAsciiDigit(text[i + 1]))))
            {
                var wordStart = i;
                var start = s.CharCount;
                var prev = '\0';
                var hash = TokenHash.Empty;
                if (!pattern && timesSignAsX && OcrNumberAt(text, i, ref ocrNote) is > 0 and var ocrLength)
                {
                    ocrEnd = i + ocrLength;
                    s.OcrDigitsRead = true;
                }
                while (i < n)
                {
                    if (xDuration && i > wordStart) break;
                    c = text[i];
                    if (i < ocrEnd) c = c is 'l' or 'I' ? '1' : c is 'O' or 'o' ? '0' : c;
                    // "☑ lndividual", "lmpaired balance": a scan's capital I read as a small l opening a word — no English word starts "ln"
                    // or "lm" (the fingerprint is then taken from the text, as for digits read this way).
                    else if (!pattern && timesSignAsX && i == wordStart && c == 'l' && i + 2 < n && text[i + 1] is 'n' or 'm' && char.IsAsciiLetterLower(text[i + 2]))
                    {
                        c = 'i';
                        s.OcrDigitsRead = true;
                    }
                    char lower;
                    if (i == wordStart && timesX) lower = 'x';
                    else if (IsWordChar(c, pattern))
                    {
                        if (char.IsAsciiDigit(prev) && !char.IsDigit(c)) break;
                        lower = char.ToLowerInvariant(c);
                    }
                    else if (c is '.' or '/' or ':' or '-' && IsDigitOrWild(prev, pattern) && i + 1 < n && IsDigitOrWild(text[i + 1], pattern))
                    {
                        lower = c;
                    }
                    else break;
                    s.Append(lower);
                    hash = TokenHash.Add(hash, lower);
                    prev = c;
                    i++;
                }
                var flags = Classify(s.Chars.AsSpan(start, s.CharCount - start));
                // "CPT_1_MIN": an underscore joins the number to a name; "__25__" is a filled-in blank, a value.
                if (!pattern && (flags & TokenFlags.Number) != 0
                    && ((wordStart > 1 && text[wordStart - 1] == '_' && char.IsLetterOrDigit(text[wordStart - 2]))
                        || (i + 1 < n && text[i] == '_' && char.IsLetterOrDigit(text[i + 1]))))
                    flags |= TokenFlags.InFieldName;
                if (!pattern && char.IsUpper(text[wordStart]) && HasLowerLetter(text[(wordStart + 1)..i])) flags |= TokenFlags.TitleCase;
                else if (!pattern && i - wordStart >= 2 && IsAllCaps(text[wordStart..i])) flags |= TokenFlags.AllCaps;
                if (positiveNext) { flags |= TokenFlags.Positive; positiveNext = false; }
                if (semicolonNext) { flags |= TokenFlags.AfterSemicolon; semicolonNext = false; }
                if (decreasedNext) { flags |= TokenFlags.Decreased; decreasedNext = false; }
                if (dashNext) { flags |= TokenFlags.AfterDash; dashNext = false; }
                // "1ON1 FLAG: N - MR. PRUITT …": a hyphen typed with a space each side, where a keyboard gives no dash.
                else if (!pattern && wordStart >= 3 && text[wordStart - 1] == ' ' && text[wordStart - 2] == '-' && text[wordStart - 3] == ' ') flags |= TokenFlags.AfterSpacedHyphen;
                if (!pattern && wordStart > 0 && text[wordStart - 1] == '(') flags |= TokenFlags.AfterParen;
                if (!pattern && i < n && text[i] == ')') flags |= TokenFlags.ClosesParen;
                // "Y̶E̶S̶ / NO" on a form typed "strike out what does not apply": a struck letter (the combining long
                // stroke, U+0336, after it) was deleted. Its token stays (the fingerprint reads the text as it always did).
                if (!pattern && i < n && text[i] == '\u0336') flags |= TokenFlags.Struck | TokenFlags.Unticked;
                // "s̄ LOB", "c̄ cues": a letter with the macron over it (U+0304) is the chart's sign for without or with.
                if (!pattern && i < n && text[i] == '\u0304' && i - wordStart == 1) flags |= TokenFlags.Macron;
                // "⏱ 00:22:03": an app's stopwatch glyph before the time.
                if (!pattern && AfterTimerGlyph(text, wordStart)) flags |= TokenFlags.AfterTimerGlyph;
                if (wordStart < struckEnd) flags |= TokenFlags.Struck | TokenFlags.Unticked;
                // "97116 20 + 97530 18 = 38": a sum's last term, its total after the sign.
                if (!pattern && (flags & (TokenFlags.Integer | TokenFlags.CodeLike)) == TokenFlags.Integer && EqualsSignFollows(text, i)) flags |= TokenFlags.BeforeEquals;
                if (!pattern && wordStart >= 2 && text[wordStart - 1] == ' ' && text[wordStart - 2] == '/' && wordStart >= 3 && text[wordStart - 3] == ' ') flags |= TokenFlags.AfterSpacedSlash;
                if (!pattern && wordStart >= 1 && text[wordStart - 1] == '/') flags |= TokenFlags.AfterTightSlash;
                // "PDMS-2", "BOT-2", "GMFM-66": a number glued by a hyphen to a test's name — the name's own number.
                // (Only a test whose name carries its number: "Berg-45", "TUG-11", "DGI-18" are results written with a hyphen.)
                if (!pattern && (flags & TokenFlags.Number) != 0 && wordStart >= 2 && text[wordStart - 1] == '-' && IsNumberedTestName(text, wordStart - 1)) flags |= TokenFlags.NameNumber;
                // "rail then no rail, x 10": an x standing alone before a number that ends its clause is a count's x, as
                // in "x10" (not "3 x 10", a dose's own pattern; not "x 15 min" nor "x 4 wks", a duration).
                if (!pattern && (flags & (TokenFlags.Integer | TokenFlags.CodeLike)) == TokenFlags.Integer && IsSpacedCountX(text, wordStart, s) && EndsItsClause(text, i))
                    flags |= TokenFlags.Count;
                // A screen's "(−)" reaches the words of its item, not a number after them.
                if (clause == negativeClause && (flags & TokenFlags.Number) != 0) negativeClause = -1;
                if (clause == negativeClause) flags |= TokenFlags.Unticked;
                // The unit marks that are not letters: 35° (degrees), 60# (pounds), 80% (percent).
                // ("95°F in the RV", "37.2°C": a temperature, not an angle.)
                if ((flags & TokenFlags.Number) != 0 && i < n && !(!pattern && text[i] == '\u00B0' && IsTemperatureScale(text, i + 1)))
                    flags |= text[i] switch { '\u00B0' => TokenFlags.Degrees, '#' when !pattern => TokenFlags.Pounds, '%' => TokenFlags.Percent, _ => TokenFlags.None };
                // "next PT 3/6", "f/u 3/18", "seen 4/10": a fraction after a scheduling word is a date.
                if ((flags & TokenFlags.Fraction) != 0 && IsAfterDateWord(s, s.Chars.AsSpan(start, s.CharCount - start))) flags |= TokenFlags.LikelyDate;
                // "P. 002/003" in a fax header: a fraction padded with two zeros is a page count, never a score ("pain 07/10" is one).
                if ((flags & TokenFlags.Fraction) != 0 && text[wordStart] == '0' && i - wordStart > 2 && text[wordStart + 1] == '0') flags |= TokenFlags.LikelyDate;
                // "Seen 1:1 today 21/03", "R/V 28/03": a day and a month as UK and Commonwealth notes write them — a denominator
                // with a leading zero is no score's maximum ("pain 07/10" pads the score, not the maximum).
                if (!pattern && (flags & TokenFlags.Fraction) != 0 && IsDayAndPaddedMonth(text[wordStart..i])) flags |= TokenFlags.LikelyDate;
                // "(concussion, 01/2026)", "onset 11/2025": a month and a year.
                if ((flags & TokenFlags.Fraction) != 0 && IsMonthAndYear(text[wordStart..i])) flags |= TokenFlags.LikelyDate;
                // "review 1/52", "cast off 4/52": weeks as UK and Commonwealth notes count them, after a word of when
                // (a "Kettle Test 9/52" is a score).
                if ((flags & TokenFlags.Fraction) != 0 && text[wordStart..i].EndsWith("/52") && s.Count > 0 && Array.IndexOf(WeekWords, s.TokenHashes[s.Count - 1]) >= 0)
                    flags |= TokenFlags.LikelyDate;
                // So are days and months in that notation after "review" ending the clause ("Review 2/7.", "r/v 1/12";
                // "HEP review 9/12 exercises", "Tinetti gait reassess 9/12" are scores).
                if ((flags & TokenFlags.Fraction) != 0 && (text[wordStart..i].EndsWith("/7") || text[wordStart..i].EndsWith("/12"))
                    && s.Count > 0 && Array.IndexOf(ReviewWords, s.TokenHashes[s.Count - 1]) >= 0 && EndsItsClause(text, i))
                    flags |= TokenFlags.LikelyDate;
                // "RBN // 3/4 // PD": a month/day after a header's double slashes on the note's first line is its date.
                if (!pattern && (flags & TokenFlags.Fraction) != 0 && s.LineNow == 0 && BetweenDoubleSlashes(text, wordStart, i)) flags |= TokenFlags.LikelyDate;
                s.AddToken(start, s.CharCount - start, flags, sentence, clause, hash);
                if (spokenPunctuation && EndsSpokenSentence(text, i, s))
                {
                    s.EndSentence(sentence, s.CellNow, hardCells);
                    hardCells = false;
                    sentence++;
                    clause++;
                }
                // "↓ R hip abductor recruitment": the arrow reaches past a side to the word it decreases.
                if ((flags & TokenFlags.Decreased) != 0 && s.Token(s.Count - 1) is "r" or "l" or "b" or "rt" or "lt" or "bil" or "bilat") decreasedNext = true;
                if (!pattern && IsHalfHour(text, wordStart, s)) s.Flags[s.Count - 1] |= TokenFlags.HalfHour;
                if (!pattern && i - wordStart == 1 && IsXMark(text, wordStart))
                {
                    if (xIsNotDone < 0) xIsNotDone = HasOXLegend(text) ? 1 : 0;
                    s.AddBox(s.Count - 1, s.Count, ticked: xIsNotDone == 0);
                }
                if ((flags & TokenFlags.Number) != 0 && i < n && text[i] is '\'' or '\u2019' or '\u2032' && IsFeet(s, s.Count - 1))
                    s.Flags[s.Count - 1] |= TokenFlags.Feet;
                if ((flags & TokenFlags.Number) != 0 && i < n && text[i] is '\'' or '\u2019' or '\u2032')
                {
                    var unit = s.CharCount;
                    s.Append('m'); s.Append('i'); s.Append('n');
                    s.AddToken(unit, 3, TokenFlags.None, sentence, clause, MinuteMarkHash);
                    i++;
                }
                continue;
            }
            // A toggle: "Perturbation [OFF]   PNF [ON]" — a box whose word says its state; its word stays
            // the token it always was (a note's signature depends on its tokens).
            if (!pattern && c == '[' && Toggle(text, i) is { Length: > 0 } toggle)
            {
                var before = s.Count;
                var at = s.CharCount;
                var word = text.Slice(i + 1, toggle.Length - 2).Trim().ToString().ToLowerInvariant();
                var wordHash = TokenHash.Empty;
                foreach (var w in word) { s.Append(w); wordHash = TokenHash.Add(wordHash, w); }
                s.AddToken(at, word.Length, TokenFlags.None, sentence, clause, wordHash);
                s.AddBox(before, s.Count, toggle.On);
                s.AddCellMark(sentence, s.CellNow, toggle.On);
                i += toggle.Length;
                continue;
            }
            if (timesX)
            {
                s.TimesTokens++;
                var at = s.CharCount;
                s.Append('x');
                s.AddToken(at, 1, TokenFlags.None, sentence, clause, TokenHash.Add(TokenHash.Empty, 'x'));
                i++;
                continue;
            }
            // A note tool's red circle under its legend ("legend: 🟢 yes · 🔴 no") is the cross.
            if (!pattern && IsEmoji(text, i, RedCircle) && HasEmojiLegend(text, RedCircle, "no"))
            {
                s.AddBox(s.Count, s.Count, ticked: false);
                s.AddCellMark(sentence, s.CellNow, false);
                i += 2;
                continue;
            }
            // "✗ perturbation" under a "✓ done  ✗ not done" legend: the cross is an empty box.
            // (A multiplication sign "×" too where a legend makes it the cross — never between numbers: "3 × 10".)
            if (!pattern && (c is '\u2717' or '\u2718' or '\u274C' || (c == '\u00D7' && !BetweenNumbers(text, i)))
                && (s.CrossIsNotDone || (s.CrossIsNotDone = IsCrossLegend(text, i)) || (c != '\u00D7' && CheckOnSameLine(text, i, s.LineNow, ref crossLine, ref crossLineHasCheck))))
            {
                // "Session chips: 1:1 ❌ · Small group ✅": a cross that ends its item (a separator or the line's end after it) marks the
                // words before it, back to the field's label, another item's mark or the cell's start — not the next item.
                if (CrossEndsItsItem(text, i + 1) && s.Count > 0 && s.Line[s.Count - 1] == s.LineNow && (s.Flags[s.Count - 1] & TokenFlags.Label) == 0)
                {
                    for (var k = s.Count - 1; k >= 0 && s.Clause[k] == clause && s.Cell[k] == s.CellNow && (s.Flags[k] & (TokenFlags.Label | TokenFlags.TickAfter | TokenFlags.Unticked)) == 0; k--)
                        s.Flags[k] |= TokenFlags.Unticked;
                    s.AddCellMark(sentence, s.CellNow, false);
                    i++;
                    continue;
                }
                s.AddBox(s.Count, s.Count, ticked: false);
                s.AddCellMark(sentence, s.CellNow, false);
                i++;
                continue;
            }
            if (!pattern && Checkbox(text, i) is { Length: > 0 } box)
            {
                // "| ~~✓~~ no (corrected by KB) |", "~~☑~~ One-on-one": a tick struck through was taken back — an empty box (its token
                // stays the one it always was: a note's signature depends on its tokens).
                var struckBox = i < struckEnd;
                if (struckBox && box.Ticked) box = box with { Ticked = false };
                var before = s.Count;
                if (box.Token != '\0')
                {
                    var at = s.CharCount;
                    s.Append(box.Token);
                    s.AddToken(at, 1, struckBox ? TokenFlags.Struck | TokenFlags.Unticked : TokenFlags.None, sentence, clause, TokenHash.Add(TokenHash.Empty, box.Token));
                }
                s.AddBox(before, s.Count, box.Ticked);
                s.AddCellMark(sentence, s.CellNow, box.Ticked);
                // ("ATTENDANCE:  ■ PT with SM only": a tick after a field's colon marks what follows it, not the label.)
                if (box.Ticked && box.Token == '\0' && before > 0 && s.Line[before - 1] == s.LineNow && (s.Flags[before - 1] & TokenFlags.Label) == 0) s.Flags[before - 1] |= TokenFlags.TickAfter;
                i += box.Length;
                continue;
            }
            // An EHR's wildcard left unfilled after a field's label ("One-on-one: ***"): a blank, as "One-on-one: ___".
            if (!pattern && c == '*' && UnfilledWildcard(text, i) is > 0 and var stars)
            {
                s.AddBox(s.Count, s.Count, ticked: false, blank: true);
                s.AddCellMark(sentence, s.CellNow, false);
                i += stars;
                continue;
            }
            if (!pattern && c == '_' && Underscores(text, i) is { Length: not 0 } blank)
            {
                // A field's edge: skipped whole, as the text's other non-word characters are. So is a blank
                // for minutes ("MT (97140): ___ min — PAs, STM"): an unfilled value, not a box for what follows it.
                if (blank.Length < 0) { i -= blank.Length; continue; }
                if (!blank.Ticked && MinutesWordAt(text, i + blank.Length)) { i += blank.Length; clause++; continue; }
                // A blank to fill in ("___/56", "__ min") is an empty box; "_X_" a ticked one (its "x" a token, as before).
                var before = s.Count;
                if (blank.Ticked)
                {
                    var at = s.CharCount;
                    s.Append('x');
                    s.AddToken(at, 1, TokenFlags.None, sentence, clause, TokenHash.Add(TokenHash.Empty, 'x'));
                }
                s.AddBox(before, s.Count, blank.Ticked, blank: !blank.Ticked, underscored: true);
                s.AddCellMark(sentence, s.CellNow, blank.Ticked);
                i += blank.Length;
                continue;
            }
            // A line ends at \n, \r or \r\n (one end, so that a blank line between blocks is seen as one).
            if (!pattern && (c == '\n' || (c == '\r' && (i + 1 >= n || text[i + 1] != '\n'))))
            {
                if (starFrom >= 0) { MarkUnchosenOptions(s, lineStart, starFrom, starTo); starFrom = starTo = starOpen = -1; }
                if (chevronFrom >= 0) { MarkUnchosenOnLine(s, lineStart, chevronFrom, chevronTo); chevronFrom = chevronTo = -1; }
                chevronOpen = -1;
                MarkArrowChoice(s, text[lineStartChar..i], lineStart);
                MarkSlashArrowChoice(s, text[lineStartChar..i], lineStart);
                MarkSelectedOption(s, lineStart);
                DisregardLineAbove(s, lineStart);
                s.LineHasPipes = text[lineStartChar..i].Contains('|');
                CheckboxLines.EndLine(s, lineStart, Indent(text, lineStartChar), MarkedTextColumn(text, lineStartChar), ContinuesPreviousLine(text, lineStartChar));
                ColumnGrids.EndLine(s, text, lineStartChar, i, lineStart);
                lineStart = s.Count;
                lineStartPrev = lineStartChar;
                lineStartChar = i + 1;
                s.LineNow++;
            }
            // Dot leaders ("97110 Ther ex ........ 20 min") join a label to its value, like a table's cell edge; so does an
            // ellipsis between a word of the line and a number ("NMR 97112 … 22 min").
            if ((c == '.' && i + 1 < n && text[i + 1] == '.') || (c == '\u2026' && !pattern && s.Count > lineStart && NumberFollows(text, i + 1)))
            {
                while (i < n && text[i] is '.' or '\u2026') i++;
                s.DotLeaders.Add(s.Count);
                clause++;
                s.CellNow++;
                continue;
            }
            // An EMR's rows with fields joined by tight semicolons ("2;97140;MT;8;glides …") are a table's cells.
            if (c == ';' && !pattern && i > 0 && text[i - 1] is not (' ' or '\t' or '\n') && i + 1 < n && text[i + 1] is not (' ' or '\t' or '\n' or '\r'))
            {
                clause++;
                s.CellNow++;
                hardCells = true;
                s.TightSemicolonBefore = true;
            }
            // Prose wrapped at a long line's end ("… for the full mounted time — one" / "therapist, one rider;") goes on in its sentence.
            // (At the \r of a \r\n the line has not ended yet: it starts where the current one does.)
            // (Not for the fingerprint's tokenization, which was defined with every line break ending a sentence.)
            else if (c is '\n' or '\r' && !pattern && timesSignAsX && WrapsProse(text, c == '\r' && i + 1 < n && text[i + 1] == '\n' ? lineStartChar : lineStartPrev, i))
            {
                // A line cut after a word that cannot end a clause ("… (her grandson's game) — I" / "worked with Arlene alone …")
                // goes on in its clause too.
                if (s.Count == 0 || !OpensAClause(s.Token(s.Count - 1))) clause++;
                s.WrappedProseRead = true;
            }
            // "he?s", "can?t", "arm?s length": a curly apostrophe a spreadsheet turned into a question mark, inside its word —
            // no question and no sentence's end (the fingerprint's tokenization reads it as it always did).
            else if (c == '?' && !pattern && i > 0 && char.IsLetter(text[i - 1]) && i + 1 < n && char.IsLetter(text[i + 1]) && ApostropheTail(text, i + 1)) s.MangledApostropheRead = true;
            // "said to write ?one-on-one, just Eli and me for the whole block? so …": curly quotes turned into question marks — one
            // opening a word after a space, the other closing it on the same line; neither asks anything.
            else if (c == '?' && !pattern && (i == 0 || text[i - 1] is ' ' or '\t' or '(') && i + 1 < n && char.IsLetter(text[i + 1]) && ClosingMarkOnLine(text, i + 1))
            {
                mangledQuoteLine = s.LineNow;
                s.MangledApostropheRead = true;
            }
            else if (c == '?' && !pattern && mangledQuoteLine == s.LineNow && i > 0 && char.IsLetterOrDigit(text[i - 1]) && (i + 1 >= n || text[i + 1] is ' ' or '\t' or '\n' or '\r' or '.' or ','))
                mangledQuoteLine = -1;
            else if (c is '.' or ';' or '!' or '?' or '\n' or '\r' or '\u2026' or '\u2022')
            {
                if (c == '?' && !pattern && s.Count > 0 && s.Sentence[s.Count - 1] == sentence) s.Flags[s.Count - 1] |= TokenFlags.Question;
                semicolonNext = c == ';' && !pattern;
                s.EndSentence(sentence, s.CellNow, hardCells);
                hardCells = false;
                sentence++;
                clause++;
            }
            // "22 min ▸ NMR (97112): …": a pointer from a code's minutes to its name, read as a spaced dash is.
            else if (c is '\u25B8' or '\u25BA' && !pattern && s.Count > 0 && s.Line[s.Count - 1] == s.LineNow && s.Token(s.Count - 1) is "min" or "mins" or "minutes")
                dashNext = true;
            // A flowsheet's cells: "|", a tab, or a run of spaces between columns; each is a clause too.
            // So are a breadcrumb template's steps ("Attendance ▸ Direct one-on-one: No ▸ …").
            else if (c is '|' or '\t' or '\u25B8' or '\u25BA' or '\u203A' or '\u00BB' || (c == ' ' && i + 1 < n && text[i + 1] == ' ' && (i == 0 || text[i - 1] != ' ') && IsColumnGap(text, i)))
            {
                clause++;
                s.CellNow++;
                hardCells |= c != ' ';
                // "1:1 ▸" with nothing after it on its line: a field's pointer to an answer left blank, read as a colon would be (not
                // for the fingerprint's tokenization, which never did).
                if (c is '\u25B8' or '\u25BA' && !pattern && timesSignAsX && s.Count > 0 && s.Line[s.Count - 1] == s.LineNow && RestOfLineBlank(text, i + 1))
                {
                    s.Flags[s.Count - 1] |= TokenFlags.Label;
                    s.BlankPointerRead = true;
                }
            }
            else if (c == ',') clause++;
            // A spaced dash ends what stands before it for the minutes reader ("TE 97110 13 — both 1:1"),
            // but no clause: "Tandem stance on foam — not tolerated" still negates the stance.
            else if (c is '\u2014' or '\u2013' && i > 0 && text[i - 1] == ' ' && i + 1 < n && text[i + 1] == ' ') dashNext = true;
            // So does a spaced middle dot, a template's separator ("97116: twelve (12) · both 1:1"), which also ends its clause as a
            // comma does ("Vestibular: no · Proprioception: yes": the answer "no" reaches nothing past it).
            else if (c == '\u00B7' && !pattern && i > 0 && text[i - 1] == ' ' && i + 1 < n && text[i + 1] == ' ')
            {
                dashNext = true;
                clause++;
            }
            // ">>Individual<<": an option between chevrons (MarkUnchosenOnLine decides whether the line is a choice).
            else if (c == '>' && !pattern && i + 2 < n && text[i + 1] == '>' && char.IsLetter(text[i + 2]) && (i == 0 || text[i - 1] is ' ' or '\t' or ':')) chevronOpen = s.Count;
            else if (c == '<' && !pattern && chevronOpen >= 0 && i + 1 < n && text[i + 1] == '<' && i > 0 && char.IsLetterOrDigit(text[i - 1]))
            {
                (chevronFrom, chevronTo) = (chevronOpen, s.Count);
                chevronOpen = -1;
            }
            // "(+) Romberg", "Romberg +": a test's positive sign, on the word it stands next to (not 3+/5).
            else if (c == '*' && !pattern && i + 1 < n && char.IsLetter(text[i + 1]) && (i == 0 || text[i - 1] is ' ' or '\t' or ':' or '/' or '(' or '\n')) starOpen = s.Count;
            else if (c == '*' && !pattern && starOpen >= 0 && i > 0 && char.IsLetterOrDigit(text[i - 1]) && (i + 1 >= n || !char.IsLetterOrDigit(text[i + 1])))
            {
                // Only an option of a slash list; "pt did *great* today" is emphasis.
                if (SlashNext(text, i + 1) || SlashBefore(text, i)) (starFrom, starTo) = (starOpen, s.Count);
                starOpen = -1;
            }
            else if (c == '{' && !pattern && IsUnansweredPickList(text, i)) pickListStart = s.Count;
            else if (c == '}' && pickListStart >= 0)
            {
                MarkUnansweredField(s, pickListStart);
                pickListStart = -1;
            }
            // "Key: + yes / − no" … "1:1 entire NMR (+)   concurrent (−)": under such a key a sign in parentheses after an
            // item is its box, ticked or not.
            // So is one after each item of a row of them under a key of done and not done ("Methods (+ done / − not done):
            // PNF (−)   Bobath (+)") — not a lone sign, a test's result ("Romberg (−)", "Sx at rest (−)").
            else if (c is '+' or '-' or '\u2212' && !pattern && i > 0 && text[i - 1] == '(' && i + 1 < n && text[i + 1] == ')'
                && s.Count > lineStart && (((plusMinusKey ??= HasPlusMinusKey(text)) && NamesAMode(text, lineStartChar, i)) || ((doneKey ??= HasDoneKey(text)) && SignsOnLine(text, lineStartChar) >= 2)))
            {
                s.AddBox(s.Count, s.Count, ticked: c == '+');
                s.SignBoxesOnLine = true;
                s.AddCellMark(sentence, s.CellNow, c == '+');
            }
            else if (c == '+' && !pattern)
            {
                if (s.Count > 0 && s.Line[s.Count - 1] == s.LineNow && DigitFollows(text, i)) s.Flags[s.Count - 1] |= TokenFlags.BeforePlus;
                positiveNext |= MarkPositive(text, i, s);
                if (i > 0 && text[i - 1] == '(') negativeClause = -1;
            }
            else if (c is '-' or '\u2212' && !pattern && i > 0 && text[i - 1] == '(' && i + 1 < n && text[i + 1] == ')' && IsScreenSign(text, i - 1)) negativeClause = clause;
            // "↓ weight shift onto R": the arrow reads as "decreased" on the word right after it, on its line.
            else if (c == '\u2193' && !pattern)
            {
                decreasedNext = WordFollows(text, i);
                // "L knee proprio ↓, quad wk": an arrow with no word after it is the word's before it.
                if (!decreasedNext && s.Count > 0 && s.Line[s.Count - 1] == s.LineNow && i > 0 && text[i - 1] == ' ') s.Flags[s.Count - 1] |= TokenFlags.DecreasedAfter;
            }
            // "97140: STM …", "NMR: 20 min": the word before a colon labels what follows.
            // (Not a ratio's colon between the two sides, "Pt : clinician ☒ 1:1 ☐ 2:1", "Patient:therapist ratio".)
            else if (c == ':' && s.Count > 0 && s.Sentence[s.Count - 1] == sentence && !(!pattern && IsRatioColon(text, i, s.Token(s.Count - 1)))) s.Flags[s.Count - 1] |= TokenFlags.Label;
            else if (c == '=' && !pattern && IsBinaryLegend(text, i)) s.BinaryLegendLine = s.LineNow;
            // "Delivery: 1 = individual   2 = concurrent   3 = group", "I=Individual   G=Group   C=Concurrent": a code's
            // digit or capital letter and the word it stands for.
            else if (c == '=' && !pattern && s.Count > 0 && s.Line[s.Count - 1] == s.LineNow && IsLegendPair(text, i, s, s.Count - 1)) s.AddLegendPair(s.Count - 1);
            i++;
        }
        if (!pattern)
        {
            if (starFrom >= 0) MarkUnchosenOptions(s, lineStart, starFrom, starTo);
            if (chevronFrom >= 0) MarkUnchosenOnLine(s, lineStart, chevronFrom, chevronTo);
            MarkArrowChoice(s, text[lineStartChar..n], lineStart);
            MarkSlashArrowChoice(s, text[lineStartChar..n], lineStart);
            MarkSelectedOption(s, lineStart);
            DisregardLineAbove(s, lineStart);
            s.LineHasPipes = text[lineStartChar..n].Contains('|');
            CheckboxLines.EndLine(s, lineStart, Indent(text, lineStartChar), MarkedTextColumn(text, lineStartChar), ContinuesPreviousLine(text, lineStartChar));
            ColumnGrids.EndLine(s, text, lineStartChar, n, lineStart);
            CheckboxLines.EndBlock(s);
            s.EndSentence(sentence, s.CellNow, hardCells);
            CheckboxTables.Resolve(s);
        }
    }

    // "X  bridges", "Bridges  X", "Direct contact: X": a lone capital X (or an x set off by two spaces or a
    // tab) at a line's start or end, after a label's colon or before a column gap, and not a count ("X 10").
    private static bool IsXMark(ReadOnlySpan<char> text, int at)
    {
        var c = text[at];
        if (c is not ('X' or 'x')) return false;
        var next = at + 1;
        if (next < text.Length && text[next] is not (' ' or '\t' or '\n' or '\r' or ':')) return false;
        var gapAfter = next < text.Length && (text[next] == '\t' || (next + 1 < text.Length && text[next] == ' ' && text[next + 1] == ' '));
        if (c == 'x' && !gapAfter) return false;
        var k = next;
        while (k < text.Length && text[k] is ' ' or '\t') k++;
        if (k < text.Length && char.IsAsciiDigit(text[k])) return false;
        var endsLine = k >= text.Length || text[k] is '\n' or '\r';
        var j = at - 1;
        while (j >= 0 && text[j] is ' ' or '\t') j--;
        var startsLine = j < 0 || text[j] is '\n' or '\r' or ':';
        return startsLine || endsLine || gapAfter;
    }

    // The token just added is "hr"/"hour" after "½" ("Ther act ½ hr") or after "half", "half an", "half a".
    private static bool IsHalfHour(ReadOnlySpan<char> text, int wordStart, NoteScratch s)
    {
        var t = s.Count - 1;
        if (s.Token(t) is not ("hr" or "hour")) return false;
        var j = wordStart - 1;
        while (j >= 0 && text[j] is ' ' or '-') j--;
        if (j >= 0 && text[j] == '\u00BD') return j == 0 || !char.IsDigit(text[j - 1]);
        var k = t - 1;
        if (k >= 0 && s.Token(k) is "an" or "a") k--;
        return k >= 0 && s.Token(k) is "half" && s.Sentence[k] == s.Sentence[t];
    }

    // " = 38" after a number: spaces, an equals sign, spaces, a digit.
    // A note dictated with its punctuation spoken: "new paragraph", or "period" said three times or more.
    private static bool SpeaksPunctuation(ReadOnlySpan<char> text)
    {
        if (text.IndexOf("new paragraph", StringComparison.OrdinalIgnoreCase) >= 0) return true;
        var count = 0;
        for (var at = text.IndexOf(" period ", StringComparison.OrdinalIgnoreCase); at >= 0 && count < 3; count++)
        {
            var next = text[(at + 1)..].IndexOf(" period ", StringComparison.OrdinalIgnoreCase);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return count >= 3;
    }

    // The word just added is the spoken end of a sentence: "paragraph" after "new", or "period" that names no span of time
    // ("rest period", "a period of 2 weeks", "30-second period between sets" stay words), with no punctuation after it.
    private static bool EndsSpokenSentence(ReadOnlySpan<char> text, int i, NoteScratch s)
    {
        var last = s.Count - 1;
        var word = s.Token(last);
        if (word is "paragraph") return last > 0 && s.Token(last - 1) is "new";
        if (word is not "period" || (i < text.Length && text[i] is not (' ' or '\n' or '\r'))) return false;
        if (last > 0 && s.Sentence[last - 1] == s.Sentence[last]
            && s.Token(last - 1) is "rest" or "a" or "the" or "this" or "that" or "each" or "one" or "per" or "time" or "trial" or "refractory"
                or "menstrual" or "last" or "her" or "his" or "my" or "your" or "their" or "grace" or "waiting" or "recovery" or "washout"
                or "warm" or "cool" or "healing" or "protection" or "immobilization" or "same" or "short" or "long" or "brief" or "extended"
                or "prolonged" or "free" or "between" or "sitting" or "standing" or "postpartum" or "post" or "op" or "week" or "day" or "minute"
                or "second" or "hour") return false;
        var k = i;
        while (k < text.Length && text[k] == ' ') k++;
        var end = k;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return text[k..end] is not ("of" or "between" or "to" or "after" or "before" or "with" or "for" or "and" or "or" or "in" or "during" or "was" or "is" or "when");
    }

    private static bool EqualsSignFollows(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && text[i] == ' ') i++;
        if (i >= text.Length) return false;
        // "97110 = 15 → 38 timed mins": an arrow to a sum is its "=", but only to minutes or a total — "TE 10 → 15 reps"
        // is a count that grew.
        var arrow = text[i] is '\u2192' or '\u21D2' or '\u27F6' ? 1 : i + 1 < text.Length && text[i] is '-' or '=' && text[i + 1] == '>' ? 2 : 0;
        if (arrow == 0 && text[i] != '=') return false;
        i += arrow == 0 ? 1 : arrow;
        while (i < text.Length && text[i] == ' ') i++;
        if (i >= text.Length || !char.IsAsciiDigit(text[i])) return false;
        if (arrow == 0) return true;
        var arrowAt = i;
        var total = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]) && total < 1000) total = total * 10 + (text[i++] - '0');
        var totalEnd = i;
        while (i < text.Length && text[i] == ' ') i++;
        var rest = text[i..];
        return rest.StartsWith("min", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("timed", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("total", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("'")
            // ("Mins: NMR 23, TE 15 → 38": no word after the total, but it is the sum of the line's numbers before the arrow.)
            || (EndsItsClause(text, totalEnd) && SumsTheLineBefore(text, arrowAt, total));
    }

    // Whether the numbers of 1–3 digits on the line before 'at' (two at least, none joined to a letter: not codes, "3x10", "D2")
    // add up to 'total'.
    private static bool SumsTheLineBefore(ReadOnlySpan<char> text, int at, int total)
    {
        // (The line's last 160 characters at most: a long note is read in time in proportion to it.)
        var scanFrom = Math.Max(0, at - 160);
        var lineStart = scanFrom + text[scanFrom..at].LastIndexOfAny('\n', '\r') + 1;
        int sum = 0, numbers = 0;
        for (var k = lineStart; k < at; k++)
        {
            if (!char.IsAsciiDigit(text[k])) continue;
            var from = k;
            while (k < at && char.IsAsciiDigit(text[k])) k++;
            if ((from > 0 && char.IsLetter(text[from - 1])) || (k < text.Length && char.IsLetter(text[k]) && !(k + 2 < text.Length && text.Slice(k, 3).Equals("min", StringComparison.OrdinalIgnoreCase)))) return false;
            if (k - from > 3) continue;
            sum += int.Parse(text[from..k], System.Globalization.CultureInfo.InvariantCulture);
            numbers++;
        }
        return numbers >= 2 && sum == total;
    }

    // After a cross: spaces, then a list's separator (· • |) or the line's end.
    private static bool CrossEndsItsItem(ReadOnlySpan<char> text, int at)
    {
        while (at < text.Length && text[at] is ' ' or '\t' or '\uFE0F') at++;
        return at >= text.Length || text[at] is '\u00B7' or '\u2022' or '|' or '\n' or '\r';
    }

    // "Delivery: Individual ✔   Concurrent ✘   Group ✘": on a line of the session's modes a cross beside a tick is the
    // tick's opposite ("Romberg ✓ (neg)   Tandem stance ✗ (LOB at 4 s)" marks a test failed, not left undone).
    private static bool CheckOnSameLine(ReadOnlySpan<char> text, int cross, int lineNow, ref int checkedLine, ref bool value)
    {
        if (checkedLine != lineNow) (checkedLine, value) = (lineNow, CheckOnSameLine(text, cross));
        return value;
    }

    private static bool CheckOnSameLine(ReadOnlySpan<char> text, int cross)
    {
        var start = text[..cross].LastIndexOfAny('\n', '\r') + 1;
        var end = text[cross..].IndexOfAny('\n', '\r');
        var line = text[start..(end < 0 ? text.Length : cross + end)];
        return line.IndexOfAny("\u2713\u2714\u2705") >= 0
            && (line.Contains("individual", StringComparison.OrdinalIgnoreCase) || line.Contains("concurrent", StringComparison.OrdinalIgnoreCase)
                || line.Contains("group", StringComparison.OrdinalIgnoreCase));
    }

    private static bool NumberFollows(ReadOnlySpan<char> text, int at)
    {
        while (at < text.Length && text[at] == ' ') at++;
        return at < text.Length && char.IsAsciiDigit(text[at]);
    }

    // A count of sets or bouts before the sign: a number of three digits at most ("97110 ×15 min" is a code's minutes).
    // At x: "97140 x10 min", "97112 x23 min." — right after a code's five digits, not "x10" alone (a count), "x10 reps", "x2 wks", nor
    // after a name ("HEP: ther ex x10 min BID", "NMR x1 min VOR": a drill's or a home programme's time, as the fingerprint read it).
    private static bool XJoinedToMinutes(ReadOnlySpan<char> text, int x)
    {
        if (x < 6 || text[x - 1] != ' ') return false;
        var c = x - 2;
        while (c >= 0 && text[c] == ' ') c--;
        if (c < 4 || !(text[c - 4] is '9' && char.IsAsciiDigit(text[c - 3]) && char.IsAsciiDigit(text[c - 2]) && char.IsAsciiDigit(text[c - 1]) && char.IsAsciiDigit(text[c]))
            || (c >= 5 && char.IsLetterOrDigit(text[c - 5]))) return false;
        var k = x + 1;
        while (k < text.Length && k - x <= 3 && char.IsAsciiDigit(text[k])) k++;
        if (k == x + 1 || (k < text.Length && char.IsAsciiDigit(text[k]))) return false;
        while (k < text.Length && text[k] == ' ') k++;
        if (k + 3 > text.Length || !text.Slice(k, 3).Equals("min", StringComparison.OrdinalIgnoreCase)) return false;
        var e = k + 3;
        while (e < text.Length && char.IsAsciiLetter(text[e])) e++;
        // (The code's heading: punctuation or the line's end after the unit — not "97140 x2 min rest between sets", "97110 x5 min fwd".)
        var after = e;
        while (after < text.Length && text[after] == ' ') after++;
        if (after < text.Length && !(text[after] is '\u2014' or '\u2013' or '-' or ':' or '.' or ',' or ';' or '|' or '\n' or '\r' or '(')) return false;
        // ("97530 x3 min-A for transfers": an assistance level, not minutes.)
        if (after == e && after + 1 < text.Length && text[after] == '-' && char.IsLetter(text[after + 1])) return false;
        var unit = text[k..e];
        return unit.Equals("min", StringComparison.OrdinalIgnoreCase) || unit.Equals("mins", StringComparison.OrdinalIgnoreCase) || unit.Equals("minutes", StringComparison.OrdinalIgnoreCase) || unit.Equals("minute", StringComparison.OrdinalIgnoreCase);
    }

    private static bool NumberBefore(ReadOnlySpan<char> text, int at)
    {
        var j = at - 1;
        while (j >= 0 && text[j] == ' ') j--;
        var digits = 0;
        while (j >= 0 && char.IsAsciiDigit(text[j])) { digits++; j--; }
        return digits is > 0 and <= 3 && (j < 0 || !char.IsLetter(text[j]));
    }

    // "3 × 10": a multiplication sign between numbers (spaces aside) is no cross.
    private static bool BetweenNumbers(ReadOnlySpan<char> text, int at)
    {
        var j = at - 1;
        while (j >= 0 && text[j] == ' ') j--;
        var k = at + 1;
        while (k < text.Length && text[k] == ' ') k++;
        return (j >= 0 && char.IsAsciiDigit(text[j])) || (k < text.Length && char.IsAsciiDigit(text[k]));
    }

    // A legend that makes O the mark of done and X of not done: "(O = done / yes, X = not done / no)", "O: yes  X: no".
    private static bool HasOXLegend(ReadOnlySpan<char> text)
    {
        bool o = false, x = false;
        for (var at = text.IndexOfAny('=', ':'); at > 0 && !(o && x); at = NextLegendSign(text, at))
        {
            var j = at - 1;
            while (j >= 0 && text[j] == ' ') j--;
            if (j < 0 || text[j] is not ('O' or 'X') || (j > 0 && char.IsLetterOrDigit(text[j - 1]))) continue;
            var k = at + 1;
            while (k < text.Length && text[k] == ' ') k++;
            var rest = text[k..];
            if (text[j] == 'O' && (rest.StartsWith("done", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("yes", StringComparison.OrdinalIgnoreCase))) o = true;
            if (text[j] == 'X' && (rest.StartsWith("not", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("no ", StringComparison.OrdinalIgnoreCase)
                || rest.StartsWith("no)", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("no,", StringComparison.OrdinalIgnoreCase))) x = true;
        }
        return o && x;
    }

    private static int NextLegendSign(ReadOnlySpan<char> text, int at)
    {
        var next = text[(at + 1)..].IndexOfAny('=', ':');
        return next < 0 ? -1 : at + 1 + next;
    }

    // "Key: + yes / − no", "+ = yes, - = no": a plus for yes and a minus for no.
    private static bool HasPlusMinusKey(ReadOnlySpan<char> text) => SignMeans(text, '+', "yes") && (SignMeans(text, '-', "no") || SignMeans(text, '\u2212', "no"));

    // "(+ done / − not done)", "Legend: + done  - not done", "+ = performed, - = not performed": the two meanings side by
    // side, as a key gives them ("TUG - not done d/t fatigue; gait belt + done" are remarks).
    private static bool HasDoneKey(ReadOnlySpan<char> text) => DoneKey().IsMatch(text);

    [System.Text.RegularExpressions.GeneratedRegex(@"\+\s*[=:]?\s*(done|performed)\s*([/,;|]|\s{2,})\s*[-\u2212]\s*[=:]?\s*not\s+(done|performed)",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex DoneKey();

    private static bool IsMonthAndYear(ReadOnlySpan<char> token)
    {
        var slash = token.IndexOf('/');
        if (slash is not (1 or 2) || token.Length - slash != 5) return false;
        var year = token[(slash + 1)..];
        return (year.StartsWith("19") || year.StartsWith("20")) && int.TryParse(year, out _)
            && int.TryParse(token[..slash], out var month) && month is >= 1 and <= 12;
    }

    // How many "(+)", "(-)" or "(−)" stand on the line that starts at lineStart.
    private static int SignsOnLine(ReadOnlySpan<char> text, int lineStart)
    {
        var end = text[lineStart..].IndexOfAny('\n', '\r');
        var line = end < 0 ? text[lineStart..] : text.Slice(lineStart, end);
        var n = 0;
        for (var k = 0; k + 2 < line.Length; k++)
            if (line[k] == '(' && line[k + 1] is '+' or '-' or '\u2212' && line[k + 2] == ')') n++;
        return n;
    }

    private static bool SignMeans(ReadOnlySpan<char> text, char sign, string meaning) => MarkMeans(text, [sign], meaning, separated: true);

    // A key's mark and its meaning after it ("+ yes", "🟢 = yes"), spaces, "=" or ":" between (at least one where
    // separated), on a line that says it is the key or legend ("Falls - no. Pain + yes" are answers, not a key).
    private static bool MarkMeans(ReadOnlySpan<char> text, ReadOnlySpan<char> mark, string meaning, bool separated)
    {
        for (var at = text.IndexOf(mark); at >= 0; )
        {
            var k = at + mark.Length;
            while (k < text.Length && text[k] is ' ' or '=' or ':') k++;
            if ((!separated || k > at + mark.Length) && text[k..].StartsWith(meaning, StringComparison.OrdinalIgnoreCase)
                && (k + meaning.Length >= text.Length || !char.IsLetter(text[k + meaning.Length])) && LineSaysKey(text, at))
                return true;
            var next = text[(at + 1)..].IndexOf(mark);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
    }

    private static bool LineSaysKey(ReadOnlySpan<char> text, int at)
    {
        var start = text[..at].LastIndexOfAny('\n', '\r') + 1;
        var end = text[at..].IndexOfAny('\n', '\r');
        var line = text[start..(end < 0 ? text.Length : at + end)];
        return line.Contains("key", StringComparison.OrdinalIgnoreCase) || line.Contains("legend", StringComparison.OrdinalIgnoreCase);
    }

    // The line so far names a session mode: a sign after an item is a box only among modes ("1:1 (+)   group (−)").
    private static bool NamesAMode(ReadOnlySpan<char> text, int lineStart, int at)
    {
        var line = text[lineStart..at];
        foreach (var mode in (ReadOnlySpan<string>)["individual", "1:1", "one-on-one", "group", "concurrent", "co-treat", "cotreat", "co-tx", "private"])
            if (line.Contains(mode, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // 🟢 and 🔴 (U+1F7E2, U+1F534) as UTF-16 surrogate pairs.
    private const char GreenCircle = '\uDFE2', RedCircle = '\uDD34';

    private static bool IsEmoji(ReadOnlySpan<char> text, int i, char low) => text[i] == '\uD83D' && i + 1 < text.Length && text[i + 1] == low;

    // "legend: 🟢 yes · 🔴 no": the circle followed by its meaning (spaces, "=" or ":" between) somewhere in the note.
    private static bool HasEmojiLegend(ReadOnlySpan<char> text, char low, string meaning) => MarkMeans(text, ['\uD83D', low], meaning, separated: false);

    // "✓ done  ✗ not done", "✔ = done, ✗ = not performed", "✓ yes ✗ no": a legend saying that a cross marks what was not done.
    private static bool IsCrossLegend(ReadOnlySpan<char> text, int cross)
    {
        var k = cross + 1;
        while (k < text.Length && text[k] is ' ' or '=' or ':' or '-') k++;
        var rest = text[k..];
        // ("✓ yes · ✗ no": "no" as a whole word.)
        var no = rest.StartsWith("no", StringComparison.OrdinalIgnoreCase) && (rest.Length == 2 || !char.IsLetter(rest[2]));
        // ("✓ present / ✗ absent": a findings row's key.)
        if (!no && !rest.StartsWith("not done", StringComparison.OrdinalIgnoreCase) && !rest.StartsWith("not performed", StringComparison.OrdinalIgnoreCase)
            && !rest.StartsWith("not completed", StringComparison.OrdinalIgnoreCase) && !rest.StartsWith("not did", StringComparison.OrdinalIgnoreCase)
            && !((rest.StartsWith("absent", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("not present", StringComparison.OrdinalIgnoreCase)) && PresentBeforeOnLine(text, cross))) return false;
        // A legend pairs it with the tick ("✓ done   ✗ not done", "Key: ✓ = done" on the line above) or says
        // so ("Legend: ✗ = not done"): "✗ Not a fall risk" is a ticked item.
        var lineStart = text[..cross].LastIndexOfAny('\n', '\r') + 1;
        var line = text[lineStart..cross];
        var saysLegend = line.Contains("legend", StringComparison.OrdinalIgnoreCase) || line.TrimStart().StartsWith("key", StringComparison.OrdinalIgnoreCase);
        // ("✗ no" only on a legend's line: "✗ No falls since last visit" is an item.)
        return saysLegend || (!no && text[..cross].IndexOfAny("\u2713\u2714\u2705\u221A") >= 0);
    }

    // "✓ present / ✗ absent": the key's tick stands before the cross on its line, with "present" after it.
    // (On a line of impairments, deficits or problems: on a sensory exam "proprioception ✗ absent" is itself the deficit.)
    private static bool PresentBeforeOnLine(ReadOnlySpan<char> text, int cross)
    {
        var lineStart = text[..cross].LastIndexOfAny('\n', '\r') + 1;
        var line = text[lineStart..cross];
        var tick = line.LastIndexOfAny('\u2713', '\u2714');
        if (tick < 0) return false;
        var head = line[..tick];
        if (!head.Contains("impairment", StringComparison.OrdinalIgnoreCase) && !head.Contains("deficit", StringComparison.OrdinalIgnoreCase)
            && !head.Contains("problem", StringComparison.OrdinalIgnoreCase)) return false;
        var after = line[(tick + 1)..].TrimStart(" =:-".AsSpan());
        return after.StartsWith("present", StringComparison.OrdinalIgnoreCase);
    }

    // A month/day after a header's "//" on the note's first line: "RBN // 3/4 // PD", "Daily note // 3/4"
    // ("Tandem stance trials // 8/10 // today" further down is a score).
    private static bool BetweenDoubleSlashes(ReadOnlySpan<char> text, int wordStart, int end)
    {
        var token = text[wordStart..end];
        var slash = token.IndexOf('/');
        if (slash < 1 || !int.TryParse(token[..slash], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(token[(slash + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var day)
            || month is < 1 or > 12 || day is < 1 or > 31) return false;
        var j = wordStart - 1;
        while (j >= 0 && text[j] == ' ') j--;
        if (j < 1 || text[j] != '/' || text[j - 1] != '/') return false;
        var k = end;
        while (k < text.Length && text[k] == ' ') k++;
        return k >= text.Length || text[k] is '\n' or '\r' || (k + 1 < text.Length && text[k] == '/' && text[k + 1] == '/');
    }

    // "(1 = done)", "1=yes": a legend saying that a flowsheet's 1 and 0 mean done and not done. ("0 = no
    // pain" is a scale's anchor, not such a legend.)
    private static bool IsBinaryLegend(ReadOnlySpan<char> text, int equals)
    {
        var j = equals - 1;
        while (j >= 0 && text[j] == ' ') j--;
        // Not "1:1 = yes" (a one-on-one answer) nor "3/1 = …": the digit stands alone after a space, "(" or a line's start.
        if (j < 0 || text[j] != '1' || (j > 0 && text[j - 1] is not (' ' or '(' or '\t' or '\n' or '\r' or '[' or ','))) return false;
        var k = equals + 1;
        while (k < text.Length && text[k] == ' ') k++;
        var start = k;
        while (k < text.Length && char.IsLetter(text[k])) k++;
        var word = text[start..k];
        return word.Equals("done", StringComparison.OrdinalIgnoreCase) || word.Equals("yes", StringComparison.OrdinalIgnoreCase)
            || word.Equals("y", StringComparison.OrdinalIgnoreCase) || word.Equals("performed", StringComparison.OrdinalIgnoreCase);
    }

    // "(−) ataxia" as a screen's item: a word after the sign, and before it only the start of a line or
    // cell, a colon or a column gap ("Pain (-) at rest", "PROM (-)10" and "SLR (-) at 70" are not items).
    private static bool IsScreenSign(ReadOnlySpan<char> text, int open)
    {
        var k = open + 3;
        while (k < text.Length && text[k] == ' ') k++;
        if (k >= text.Length || !char.IsLetter(text[k])) return false;
        var j = open - 1;
        var spaces = 0;
        while (j >= 0 && text[j] == ' ') { j--; spaces++; }
        return j < 0 || text[j] is '\n' or '\r' or ':' or '|' or '\t' || spaces >= 2;
    }

    // A slash with spaces around it after position k ("*INDIVIDUAL* / group"); "SLR/*bridges*/clams" is a list of exercises.
    private static bool SlashNext(ReadOnlySpan<char> text, int k)
    {
        if (k >= text.Length || text[k] != ' ') return false;
        while (k < text.Length && text[k] == ' ') k++;
        return k + 1 < text.Length && text[k] == '/' && text[k + 1] == ' ';
    }

    // A slash before the option's opening asterisk (the one before position 'close').
    private static bool SlashBefore(ReadOnlySpan<char> text, int close)
    {
        var open = text[..close].LastIndexOf('*');
        if (open < 1 || text[open - 1] != ' ') return false;
        var k = open - 1;
        while (k >= 0 && text[k] == ' ') k--;
        return k >= 1 && text[k] == '/' && text[k - 1] == ' ';
    }

    // On a line where one option is chosen between asterisks, the other options of its list after the
    // line's label are not chosen ("Delivery: *INDIVIDUAL* / group / concurrent": no group).
    private static void MarkUnchosenOptions(NoteScratch s, int lineStart, int from, int to)
    {
        var first = lineStart;
        for (var t = lineStart; t < from; t++)
            if ((s.Flags[t] & TokenFlags.Label) != 0) first = t + 1;
        for (var t = first; t < s.Count; t++)
            if ((t < from || t >= to) && s.Clause[t] == s.Clause[from]) s.Flags[t] |= TokenFlags.Unticked;
    }

    // Where the options of "{a/b/c:b}" end (the colon before the ones picked) or "{a/b/c}" ends (its closing brace); -1 for none.
    // (Not "{Yes/No:20314}", a list's number after the colon: nothing picked, read below.)
    private static int PickListOptionsEnd(ReadOnlySpan<char> text, int open)
    {
        var close = text[open..Math.Min(text.Length, open + 200)].IndexOfAny('}', '\n');
        if (close < 3 || text[open + close] != '}') return -1;
        var inside = text[(open + 1)..(open + close)];
        var colon = inside.LastIndexOf(':');
        var options = colon < 0 ? inside : inside[..colon];
        // (Options of words: "{45/56}", "{3/4}" are a score and a fraction in braces.)
        if (options.IndexOf('/') < 1) return -1;
        var words = false;
        foreach (var ch in options) words |= char.IsLetter(ch);
        if (!words) return -1;
        if (colon < 0) return open + close;
        var picked = inside[(colon + 1)..];
        foreach (var ch in picked)
            if (char.IsLetter(ch)) return open + 1 + colon;
        return -1;
    }

    // "{Gait deviations:30012}", "{Yes/No:20314}": braces around a list's name, a colon and its number — the
    // placeholder an EMR leaves where the clinician picked nothing.
    private static bool IsUnansweredPickList(ReadOnlySpan<char> text, int open)
    {
        var close = text[open..Math.Min(text.Length, open + 80)].IndexOfAny('}', '\n');
        if (close < 3 || text[open + close] != '}') return false;
        var inside = text[(open + 1)..(open + close)];
        var colon = inside.LastIndexOf(':');
        if (colon < 1 || colon == inside.Length - 1) return false;
        foreach (var ch in inside[(colon + 1)..])
            if (!char.IsAsciiDigit(ch)) return false;
        return true;
    }

    // The placeholder's words, and the field's name before it ("Gait deviations:"), were not written by the clinician.
    private static void MarkUnansweredField(NoteScratch s, int start)
    {
        for (var t = start; t < s.Count; t++) s.Flags[t] |= TokenFlags.Unticked;
        if (start == 0 || (s.Flags[start - 1] & TokenFlags.Label) == 0 || s.Line[start - 1] != s.LineNow) return;
        // The field's own name only: up to three words in its clause and cell, back to the one written with a
        // capital, never a number ("Ther ex 97110 23 min Tolerance: {…}", "rocker board Pt response: {…}" keep theirs).
        // ("Treated one-on-one for 97112: {YES/NO:21784}": a field asked of a code names it after "for", and goes back to its capital.)
        var forCode = start >= 2 && (s.Flags[start - 1] & TokenFlags.Integer) != 0 && s.Length[start - 1] == 5 && s.Token(start - 2) is "for";
        if (forCode) s.Flags[start - 1] |= TokenFlags.Unticked;
        var nameEnd = forCode ? start - 2 : start - 1;
        for (var t = nameEnd; t >= Math.Max(0, nameEnd - (forCode ? 5 : 2)) && s.Line[t] == s.LineNow && s.Clause[t] == s.Clause[start - 1] && s.Cell[t] == s.Cell[start - 1]
            && (t == start - 1 || (s.Flags[t] & TokenFlags.Label) == 0) && (s.Flags[t] & TokenFlags.Number) == 0; t--)
        {
            s.Flags[t] |= TokenFlags.Unticked;
            if ((s.Flags[t] & (TokenFlags.TitleCase | TokenFlags.AllCaps)) != 0) break;
        }
    }

    // The options after the line's label, in whatever cells, but the chosen one — only on a line of the session's
    // modes whose other cells are short options (">>FALL RISK<< Pt seen 1:1 …" is an alert, not a choice).
    private static void MarkUnchosenOnLine(NoteScratch s, int lineStart, int from, int to)
    {
        var first = lineStart;
        for (var t = lineStart; t < from; t++)
            if ((s.Flags[t] & TokenFlags.Label) != 0) first = t + 1;
        var modes = false;
        for (var t = first; t < s.Count; t++)
        {
            // (A remark in parentheses may close the list: "(selected option shown between >> <<)".)
            if ((s.Flags[t] & TokenFlags.AfterParen) != 0) break;
            modes |= IsModeWord(s.Token(t));
            if ((t < from || t >= to) && (t + 3 < s.Count && s.Cell[t + 3] == s.Cell[t] && s.Line[t + 3] == s.Line[t] && (s.Flags[t + 3] & TokenFlags.AfterParen) == 0)) return;
        }
        if (!modes) return;
        for (var t = first; t < s.Count; t++)
            if (t < from || t >= to) s.Flags[t] |= TokenFlags.Unticked;
    }

    private static bool IsModeWord(ReadOnlySpan<char> w) => w is "individual" or "group" or "concurrent" or "co-treat" or "cotreat" or "semi-private" or "private" or "1:1";

    // "Session type: Individual (selected) / Group / Concurrent": a tablet's export marks the chosen option in
    // parentheses; the other options of the list, after its label, were left unchosen.
    private static void MarkSelectedOption(NoteScratch s, int lineStart)
    {
        // The options: after the line's label, each from a spaced slash to the next.
        var first = lineStart;
        for (var t = lineStart; t < s.Count; t++)
            if ((s.Flags[t] & TokenFlags.Label) != 0) first = t + 1;
        int options = 0, selected = 0;
        for (var from = first; from < s.Count;)
        {
            var to = from + 1;
            while (to < s.Count && (s.Flags[to] & TokenFlags.AfterSpacedSlash) == 0) to++;
            options++;
            if (SaysSelected(s, from, to)) selected++;
            from = to;
        }
        // A list of options with some, not all, marked (several may be: "tandem (selected) / SLS (selected) / foam").
        if (options < 2 || selected == 0 || selected == options) return;
        for (var from = first; from < s.Count;)
        {
            var to = from + 1;
            while (to < s.Count && (s.Flags[to] & TokenFlags.AfterSpacedSlash) == 0) to++;
            if (!SaysSelected(s, from, to))
                for (var t = from; t < to; t++) s.Flags[t] |= TokenFlags.Unticked;
            from = to;
        }
    }

    private static bool SaysSelected(NoteScratch s, int from, int to)
    {
        for (var t = from; t < to; t++)
            if (s.Token(t) is "selected" or "chosen" && (s.Flags[t] & (TokenFlags.AfterParen | TokenFlags.ClosesParen)) == (TokenFlags.AfterParen | TokenFlags.ClosesParen)) return true;
        return false;
    }

    // "Session type:  Individual | Concurrent | Group  → [Individual]": a tablet's segmented control
    // exported with the choice in brackets after an arrow. The options before it on the line (after its
    // label) that are not the chosen word were left unchosen.
    private static void MarkArrowChoice(NoteScratch s, ReadOnlySpan<char> line, int lineStart)
    {
        var arrow = line.IndexOf("\u2192 [".AsSpan());
        if (arrow < 0) arrow = line.IndexOf("-> [".AsSpan());
        if (arrow < 0) arrow = line.IndexOf("=> [".AsSpan());
        if (arrow < 0) return;
        var open = line[arrow..].IndexOf('[') + arrow;
        var close = line[open..].IndexOf(']');
        if (close < 4) return;
        var chosen = line.Slice(open + 1, close - 1).Trim();
        foreach (var c in chosen)
            if (!char.IsLetter(c) && c != ' ') return;
        // The chosen word is the line's last token; the options run from after the last label to before it.
        var last = s.Count - 1;
        if (last < lineStart || !s.Token(last).Equals(chosen, StringComparison.OrdinalIgnoreCase)) return;
        var first = lineStart;
        for (var t = lineStart; t < last; t++)
            if ((s.Flags[t] & TokenFlags.Label) != 0) first = t + 1;
        // The bracket holds one of the options ("Fall risk → [High]", "PNF … → [Completed]" hold a value, not a choice).
        var options = 0;
        var among = false;
        for (var t = first; t < last; t++)
        {
            options++;
            among |= s.Token(t).Equals(chosen, StringComparison.OrdinalIgnoreCase);
        }
        if (options < 2 || !among) return;
        for (var t = first; t < last; t++)
            if (!s.Token(t).Equals(chosen, StringComparison.OrdinalIgnoreCase)) s.Flags[t] |= TokenFlags.Unticked;
    }

    // The colon at i stands between the two sides of a ratio of people: "Pt : clinician", "patient:therapist", "client : staff".
    private static bool IsRatioColon(ReadOnlySpan<char> text, int i, ReadOnlySpan<char> before)
    {
        if (!IsRatioSide(before)) return false;
        var k = i + 1;
        while (k < text.Length && k - i <= 2 && text[k] == ' ') k++;
        var start = k;
        while (k < text.Length && k - start < 12 && char.IsLetter(text[k])) k++;
        var after = text[start..k];
        return !after.IsEmpty && (k >= text.Length || !char.IsLetter(text[k])) && IsRatioSide(after) && !after.Equals(before, StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsRatioSide(ReadOnlySpan<char> word) =>
        word.Equals("pt", StringComparison.OrdinalIgnoreCase) || word.Equals("patient", StringComparison.OrdinalIgnoreCase)
        || word.Equals("client", StringComparison.OrdinalIgnoreCase) || word.Equals("clinician", StringComparison.OrdinalIgnoreCase)
        || word.Equals("therapist", StringComparison.OrdinalIgnoreCase) || word.Equals("staff", StringComparison.OrdinalIgnoreCase)
        || word.Equals("provider", StringComparison.OrdinalIgnoreCase);

    // "| indiv/group -> indiv |", "1:1/conc/grp → 1:1": a run-on template's options joined by slashes, an arrow, and the one chosen
    // (one of them) — the others were not chosen. The first such arrow on the line.
    private static void MarkSlashArrowChoice(NoteScratch s, ReadOnlySpan<char> line, int lineStart)
    {
        var a = line.IndexOf("->".AsSpan());
        var length = 2;
        if (a < 0) { a = line.IndexOf('\u2192'); length = 1; }
        if (a < 1) return;
        var j = a - 1;
        while (j >= 0 && line[j] == ' ') j--;
        var optionsEnd = j + 1;
        while (j >= 0 && (char.IsLetterOrDigit(line[j]) || line[j] is '/' or ':')) j--;
        var options = line[(j + 1)..optionsEnd];
        var k = a + length;
        while (k < line.Length && line[k] == ' ') k++;
        var chosenStart = k;
        while (k < line.Length && (char.IsLetterOrDigit(line[k]) || line[k] == ':')) k++;
        var chosen = line[chosenStart..k];
        if (chosen.IsEmpty || options.IndexOf('/') <= 0 || options[^1] == '/') return;
        // Two to four options, the chosen among them.
        int count = 0, at = -1;
        foreach (var range in options.Split('/'))
        {
            if (options[range].IsEmpty || count >= 4) return;
            if (options[range].Equals(chosen, StringComparison.OrdinalIgnoreCase)) at = count;
            count++;
        }
        if (count < 2 || at < 0) return;
        // (Options of how the service was delivered only: "ankle/hip -> hip" names the strategy used, not a choice left.)
        foreach (var range in options.Split('/'))
            if (!IsDeliveryMode(options[range])) return;
        // The options' tokens right before the chosen one's, on this line: each option a token as written.
        for (var t = lineStart; t + count < s.Count; t++)
        {
            if (!s.Token(t + count).Equals(chosen, StringComparison.OrdinalIgnoreCase)) continue;
            var i = 0;
            var same = true;
            foreach (var range in options.Split('/'))
            {
                same &= s.Token(t + i).Equals(options[range], StringComparison.OrdinalIgnoreCase);
                i++;
            }
            if (!same) continue;
            for (var o = 0; o < count; o++)
                if (o != at) s.Flags[t + o] |= TokenFlags.Unticked;
            return;
        }
    }

    private static bool IsDeliveryMode(ReadOnlySpan<char> word) =>
        word.Equals("indiv", StringComparison.OrdinalIgnoreCase) || word.Equals("individual", StringComparison.OrdinalIgnoreCase) || word.Equals("1:1", StringComparison.Ordinal)
        || word.Equals("group", StringComparison.OrdinalIgnoreCase) || word.Equals("grp", StringComparison.OrdinalIgnoreCase) || word.Equals("conc", StringComparison.OrdinalIgnoreCase)
        || word.Equals("concurrent", StringComparison.OrdinalIgnoreCase) || word.Equals("cotx", StringComparison.OrdinalIgnoreCase) || word.Equals("cotreat", StringComparison.OrdinalIgnoreCase);

    // "[ON]", "[off]", "[ On ]" at text[i].
    private static (bool On, int Length) Toggle(ReadOnlySpan<char> text, int i)
    {
        var j = i + 1;
        while (j < text.Length && text[j] == ' ') j++;
        var end = j;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        var word = text[j..end];
        // "[ON]"/"[OFF]", and a form's "[Y] 1:1 w/ PT   [N] Group" (the word stays the token it was).
        var yesNo = word.Equals("y", StringComparison.OrdinalIgnoreCase) || word.Equals("n", StringComparison.OrdinalIgnoreCase);
        var on = word.Equals("on", StringComparison.OrdinalIgnoreCase) || word.Equals("y", StringComparison.OrdinalIgnoreCase);
        if (!on && !word.Equals("off", StringComparison.OrdinalIgnoreCase) && !yesNo) return (false, 0);
        // "[Y]"/"[N]" are a form's boxes only in a row of them ("[Y] 1:1 w/ PT   [N] Group"); one alone
        // answers its own item ("Pain [N].").
        if (yesNo && YesNoBoxesOnLine(text, i) < 2) return (false, 0);
        while (end < text.Length && text[end] == ' ') end++;
        return end < text.Length && text[end] == ']' ? (on, end + 1 - i) : (false, 0);
    }

    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (!char.IsUpper(c)) return false;
        return true;
    }

    private static int YesNoBoxesOnLine(ReadOnlySpan<char> text, int i)
    {
        var from = i;
        while (from > 0 && text[from - 1] is not ('\n' or '\r')) from--;
        var to = i;
        while (to < text.Length && text[to] is not ('\n' or '\r')) to++;
        var count = 0;
        for (var k = from; k + 2 < to; k++)
            if (text[k] == '[' && text[k + 1] is 'y' or 'Y' or 'n' or 'N' && text[k + 2] == ']') count++;
        return count;
    }

    private static bool HasLowerLetter(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (char.IsLower(c)) return true;
        return false;
    }

    // "min", "mins", "minute(s)" after spaces, as a word of its own.
    private static bool MinutesWordAt(ReadOnlySpan<char> text, int k)
    {
        while (k < text.Length && text[k] is ' ' or '\t') k++;
        var end = k;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        var word = text[k..end];
        return word.Equals("min", StringComparison.OrdinalIgnoreCase) || word.Equals("mins", StringComparison.OrdinalIgnoreCase)
            || word.Equals("minute", StringComparison.OrdinalIgnoreCase) || word.Equals("minutes", StringComparison.OrdinalIgnoreCase);
    }

    // The length of a run of three or more asterisks after the colon of its line's only label, ending the line ("Outcome measures: ***"), else 0.
    private static int UnfilledWildcard(ReadOnlySpan<char> text, int i)
    {
        var j = i;
        while (j < text.Length && text[j] == '*') j++;
        if (j - i < 3) return 0;
        var b = i - 1;
        while (b >= 0 && text[b] is ' ' or '\t') b--;
        if (b < 0 || text[b] != ':') return 0;
        // The line's only field, a label of four words at most ("One-on-one: ***"), not the last of a row ("Berg: 44/56   TUG: ***")
        // nor a label after sentences ("Pt seen 1:1 for 20 min. Comments: ***").
        // (Read back at most 80 characters: a label of four words is shorter, and a long line is not read again per field.)
        var words = 0;
        for (var k = b - 1; k >= 0 && text[k] is not ('\n' or '\r'); k--)
        {
            if (b - k > 80) return 0;
            if (text[k] is '\t' or '|' or '.' or ';' or ':' or '!' or '?' || (text[k] == ' ' && k > 0 && text[k - 1] == ' ')) return 0;
            if (char.IsLetterOrDigit(text[k]) && (k == 0 || !char.IsLetterOrDigit(text[k - 1])) && ++words > 4) return 0;
        }
        var e = j;
        while (e < text.Length && text[e] is ' ' or '\t') e++;
        return e >= text.Length || text[e] is '\n' or '\r' ? j - i : 0;
    }

    // A run of two or more underscores (a blank), or underscores around an X ("_X_", "__x__").
    private static (bool Ticked, int Length) Underscores(ReadOnlySpan<char> text, int i)
    {
        var j = i;
        while (j < text.Length && text[j] == '_') j++;
        if (j < text.Length && text[j] is 'x' or 'X' && j + 1 < text.Length && text[j + 1] == '_')
        {
            var k = j + 1;
            while (k < text.Length && text[k] == '_') k++;
            return (true, k - i);
        }
        // "__PNF D2__", "(MS)__" are a filled-in field, its underscores the field's edges: a blank stands
        // clear of what is written around it ("Berg: ___/56", "1:1 ___").
        var clear = (i == 0 || text[i - 1] is ' ' or '\t' or '\n' or '\r' or ':' or '(' or '[' or '=' or '-')
            && (j >= text.Length || text[j] is ' ' or '\t' or '\n' or '\r' or '/' or ')' or ']' or '.' or ',' or ';' or ':' or '-');
        // ("1ON1 FLAG: _": one underscore alone after a field's colon is its blank too.)
        var b = i - 1;
        while (b >= 0 && text[b] == ' ') b--;
        var afterColon = j - i == 1 && b >= 0 && b < i - 1 && text[b] == ':' && (j >= text.Length || text[j] is ' ' or '\t' or '\n' or '\r');
        return (j - i >= 2 || afterColon) && clear ? (false, j - i) : (false, j - i > 0 && !clear ? -(j - i) : 0);
    }

    // The column of a line's first word when it is indented (two spaces or a tab, a tab counting as
    // one column), else -1.
    private static int Indent(ReadOnlySpan<char> text, int lineStart)
    {
        var k = lineStart;
        while (k < text.Length && text[k] is ' ' or '\t') k++;
        var indented = k - lineStart >= 2 || (k > lineStart && text[lineStart] == '\t');
        return indented && k < text.Length && char.IsLetterOrDigit(text[k]) ? k - lineStart : -1;
    }

    // The column where a marked line's item starts ("X  bridges" → 3, "✓ TE" → 2), or -1 when the line
    // does not start with a lone X or a tick.
    private static int MarkedTextColumn(ReadOnlySpan<char> text, int lineStart)
    {
        var k = lineStart;
        while (k < text.Length && text[k] is ' ' or '\t') k++;
        if (k >= text.Length || text[k] is not ('X' or 'x' or '\u2713' or '\u2714')) return -1;
        var m = k + 1;
        if (m >= text.Length || text[m] is not (' ' or '\t')) return -1;
        while (m < text.Length && text[m] is ' ' or '\t') m++;
        return m < text.Length && char.IsLetterOrDigit(text[m]) ? m - lineStart : -1;
    }

    private static readonly ulong[] DateWords = [.. new[] { "on", "next", "u", "appt", "appointment", "dos", "seen", "due", "until", "since", "dated", "scheduled", "surgery", "doi", "doa",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri" }.Select(w => TokenHash.Of(w))];
    private static readonly ulong[] ReviewWords = [.. new[] { "review", "rv", "v", "fu" }.Select(w => TokenHash.Of(w))];

    private static bool IsSpacedCountX(ReadOnlySpan<char> text, int wordStart, NoteScratch s)
    {
        if (wordStart < 3 || text[wordStart - 1] != ' ' || text[wordStart - 2] is not ('x' or 'X') || char.IsLetterOrDigit(text[wordStart - 3])) return false;
        var x = s.Count - 1;
        return x >= 0 && s.Token(x) is "x" && (x == 0 || s.Clause[x - 1] != s.Clause[x] || (s.Flags[x - 1] & (TokenFlags.Number | TokenFlags.NumberWord)) == 0);
    }

    private static bool EndsItsClause(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && text[i] == ' ') i++;
        return i >= text.Length || text[i] is '.' or ';' or ',' or ')' or '\n' or '\r';
    }

    private static readonly ulong[] WeekWords = [.. new[] { "review", "rv", "v", "reassess", "reassessment", "u", "fu", "off", "post", "postop", "op", "since", "rx" }.Select(w => TokenHash.Of(w))];
    private static readonly ulong VisitWord = TokenHash.Of("visit");
    private static readonly ulong[] NextWords = [.. new[] { "next", "u", "appt" }.Select(w => TokenHash.Of(w))];

    // The word before ("on 3/6", "f/u 3/18"), or the one before that when it says when ("next PT 3/6").
    private static bool IsAfterDateWord(NoteScratch s, ReadOnlySpan<char> token) =>
        (s.Count > 0 && Array.IndexOf(DateWords, s.TokenHashes[s.Count - 1]) >= 0)
        // "Visit 8/12" opening its line or cell: the visit's number in the plan ("Berg this visit 44/56" is a score).
        || (s.Count > 0 && s.TokenHashes[s.Count - 1] == VisitWord
            && (s.Count == 1 || s.Line[s.Count - 2] != s.Line[s.Count - 1] || s.Cell[s.Count - 2] != s.Cell[s.Count - 1] || s.Sentence[s.Count - 2] != s.Sentence[s.Count - 1]))
        || (s.Count > 1 && Array.IndexOf(NextWords, s.TokenHashes[s.Count - 2]) >= 0)
        // "LATE ENTRY for 3/4": the day an entry is for.
        || (s.Count > 1 && s.TokenHashes[s.Count - 1] == ForWord && s.TokenHashes[s.Count - 2] == EntryWord)
        // An amendment's dates: "written 3/5", "ADDENDUM 3/7", "signed 3/5", "Late entry 3/4", "SCRUB CORRECTION 3/5" (the heading, not
        // "self-correction 4/5", "pain at entry 4/10"), a fraction that can be a month and a day ("Berg written 41/56" cannot).
        || (s.Count > 0 && IsAmendmentDateWord(s, s.Count - 1) && CanBeMonthAndDay(token))
        // "see progress note of 02/25", "eval of 3/4": a document's date.
        || (s.Count > 1 && s.TokenHashes[s.Count - 1] == OfWord && Array.IndexOf(DocumentWords, s.TokenHashes[s.Count - 2]) >= 0);

    private static readonly ulong OfWord = TokenHash.Of("of");
    private static readonly ulong ForWord = TokenHash.Of("for"), EntryWord = TokenHash.Of("entry");
    private static readonly ulong[] AmendmentWords = [.. new[] { "written", "addendum", "amended", "signed", "cosigned" }.Select(w => TokenHash.Of(w))];

    private static bool IsAmendmentDateWord(NoteScratch s, int t)
    {
        if (Array.IndexOf(AmendmentWords, s.TokenHashes[t]) >= 0) return true;
        if (s.Token(t) is "entry") return t > 0 && s.Token(t - 1) is "late";
        return s.Token(t) is "correction" && ((s.Flags[t] & TokenFlags.AllCaps) != 0 || t == 0 || s.Line[t - 1] != s.Line[t]);
    }

    // "3/5", "12/22": a month and a day.
    private static bool CanBeMonthAndDay(ReadOnlySpan<char> token)
    {
        var slash = token.IndexOf('/');
        if (slash < 1 || token[(slash + 1)..].IndexOf('/') >= 0) return false;
        return int.TryParse(token[..slash], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12
            && int.TryParse(token[(slash + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31;
    }
    private static readonly ulong[] DocumentWords = [.. new[] { "note", "eval", "evaluation", "visit", "report", "reassessment", "re-eval", "poc", "summary", "order", "letter" }.Select(w => TokenHash.Of(w))];

    // A prime mark after a number is minutes ("NMR (20')", "Gait training 15'") unless it is feet: a
    // number over 60, or one after a walking word ("amb 50'", "ambulated 40' x2").
    private static readonly ulong[] WalkingWords = [.. new[] { "amb", "ambulated", "ambulates", "ambulation", "ambulate", "walked", "walk", "walks", "distance", "feet", "ft" }.Select(w => TokenHash.Of(w))];

    private static bool IsFeet(NoteScratch s, int t)
    {
        if (int.TryParse(s.Token(t), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) && v > 60) return true;
        for (var k = t - 1; k >= Math.Max(0, t - 3) && s.Sentence[k] == s.Sentence[t]; k--)
            if (Array.IndexOf(WalkingWords, s.TokenHashes[k]) >= 0) return true;
        return false;
    }

    // The line before this one ended mid-sentence ("X  NMR: PNF D2 patterns,"): this line goes on with it.
    private static bool ContinuesPreviousLine(ReadOnlySpan<char> text, int lineStart)
    {
        var j = lineStart - 1;
        while (j >= 0 && text[j] is '\n' or '\r' or ' ' or '\t') j--;
        return j >= 0 && text[j] is ',' or '-' or '&' or '/' or '(' or '+';
    }

    // A run of spaces between two words is a column gap; one that pads a cell before or after a "|"
    // or a tab, or ends its line, is not ("| Code  | Time (min) |").
    private static bool IsColumnGap(ReadOnlySpan<char> text, int i)
    {
        // Indentation is no cell: "  Constant attendance | | x" under "Item | Yes | No".
        if ((i > 0 && text[i - 1] is '|' or '\t') || AtLineStart(text, i)) return false;
        var k = i;
        while (k < text.Length && text[k] == ' ') k++;
        return k < text.Length && text[k] is not ('|' or '\t' or '\n' or '\r');
    }

    // Only spaces or tabs stand between the line's start and text[i].
    // An O or D standing alone where a printed box stands — at its line's start, after a field's colon or a column's gap — before an
    // option's word, on a line with another box read so or a box as drawn ("[X] GROUP", "☐"): two options at least.
    private static bool OcrEmptyBox(ReadOnlySpan<char> text, int i)
    {
        if (!OcrBoxAt(text, i)) return false;
        // (A printed form's line is short: looked at no further than MaxOcrBoxLine either way, so that a long line of text is not
        // read again for each O in it.)
        var lineStart = i;
        while (lineStart > 0 && i - lineStart <= MaxOcrBoxLine && text[lineStart - 1] != '\n') lineStart--;
        if (i - lineStart > MaxOcrBoxLine) return false;
        var ahead = text[i..Math.Min(text.Length, i + MaxOcrBoxLine + 1)];
        var lineEnd = ahead.IndexOf('\n') is var nl and >= 0 ? i + nl : ahead.Length > MaxOcrBoxLine ? -1 : text.Length;
        if (lineEnd < 0) return false;
        var line = text[lineStart..lineEnd];
        if (line.Length > MaxOcrBoxLine) return false;
        for (var k = 0; k < line.Length; k++)
        {
            if (lineStart + k == i) continue;
            if ((line[k] is 'O' or 'D' && OcrBoxAt(text, lineStart + k)) || line[k] is UncheckedBox or CheckedBox or '\u2611'
                || (line[k] == '[' && k + 2 < line.Length && line[k + 2] == ']' && line[k + 1] is 'x' or 'X' or ' ')) return true;
        }
        return false;
    }

    private const int MaxOcrBoxLine = 200;

    private static bool OcrBoxAt(ReadOnlySpan<char> text, int i)
    {
        if (i + 2 >= text.Length || text[i + 1] != ' ' || !char.IsLetterOrDigit(text[i + 2]) || !ShortOption(text, i + 2)) return false;
        if (i == 0 || text[i - 1] is '\n' or '\t') return true;
        if (text[i - 1] != ' ' || i < 2) return false;
        return text[i - 2] is ':' or ' ' or '\n' or '\t';
    }

    // An option's words from 'from' to a column's gap or the line's end: at most three, no comma or colon after a word, no number but a
    // ratio ("1:1", "CO-TX", "GROUP") — not "D Nguyen PT, one on one …" (an initial) nor "O impaired balance, LOB x3" (SOAP's O).
    private static bool ShortOption(ReadOnlySpan<char> text, int from)
    {
        var words = 1;
        for (var k = from; k < text.Length && k - from < MaxOcrOption; k++)
        {
            var c = text[k];
            if (c is '\n' or '\r' or '\t' || (c == ' ' && k + 1 < text.Length && text[k + 1] == ' ')) return true;
            if (c == ' ' && ++words > 3) return false;
            if (c is ',' or ';' or '.' || (c == ':' && !(k > from && char.IsAsciiDigit(text[k - 1]) && k + 1 < text.Length && char.IsAsciiDigit(text[k + 1])))) return false;
            if (char.IsAsciiDigit(c) && !(k + 1 < text.Length && text[k + 1] == ':') && !(k > from && text[k - 1] == ':')) return false;
        }
        return text.Length - from < MaxOcrOption;
    }

    private const int MaxOcrOption = 24;

    private static bool AtLineStart(ReadOnlySpan<char> text, int i)
    {
        var j = i - 1;
        while (j >= 0 && text[j] is ' ' or '\t') j--;
        return j < 0 || text[j] is '\n' or '\r';
    }

    // A test's positive sign: "(+) Romberg" marks the word after it, "Romberg (+)" and "Romberg +" (the
    // sign ending its clause, or before a remark in parentheses) the word before. A bare "+" between words is "and" ("coordination +
    // balance"); next to a digit it is part of a grade (3+/5). Says whether the next word is marked.
    private static bool MarkPositive(ReadOnlySpan<char> text, int i, NoteScratch s)
    {
        if ((i > 0 && char.IsAsciiDigit(text[i - 1])) || (i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))) return false;
        var bracketed = i > 0 && text[i - 1] == '(' && i + 1 < text.Length && text[i + 1] == ')';
        var k = bracketed ? i + 2 : i + 1;
        while (k < text.Length && text[k] is ' ' or '\t') k++;
        var wordAfter = k < text.Length && char.IsLetter(text[k]);
        if (bracketed && wordAfter) return true;
        // ("Romberg + (loses stance EC at 3 s)": a remark in parentheses after the sign.)
        var endsClause = k >= text.Length || text[k] is ',' or ';' or '.' or '\n' or '\r' or '|' or ')' || (text[k] == '(' && TestNameBefore(text, i) && !RemarkTakesSignBack(text, k));
        if ((bracketed || endsClause) && s.Count > 0)
        {
            var j = (bracketed ? i - 2 : i - 1);
            while (j >= 0 && text[j] is ' ' or '\t') j--;
            if (j >= 0 && char.IsLetter(text[j])) s.Flags[s.Count - 1] |= TokenFlags.Positive;
        }
        return false;
    }

    // The word before the sign at i names a test whose positive is a finding ("Romberg + (…)"; "Sensation + (intact)" is present).
    private static bool TestNameBefore(ReadOnlySpan<char> text, int i)
    {
        var end = i;
        while (end > 0 && text[end - 1] is ' ' or '\t') end--;
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        var word = text[start..end];
        return word.Equals("romberg", StringComparison.OrdinalIgnoreCase) || word.Equals("test", StringComparison.OrdinalIgnoreCase)
            || word.Equals("sign", StringComparison.OrdinalIgnoreCase) || word.Equals("hallpike", StringComparison.OrdinalIgnoreCase)
            || word.Equals("babinski", StringComparison.OrdinalIgnoreCase) || word.Equals("hoffmann", StringComparison.OrdinalIgnoreCase)
            || word.Equals("hoffman", StringComparison.OrdinalIgnoreCase) || word.Equals("clonus", StringComparison.OrdinalIgnoreCase);
    }

    // "Romberg + (neg EO and EC)", "(EO −, EC −)", "(at IE in 2023; neg today)": a remark, read up to its close or 80
    // characters, with a word that says the test was negative, normal or another day's, a minus sign or a year.
    private static bool RemarkTakesSignBack(ReadOnlySpan<char> text, int open)
    {
        var end = Math.Min(text.Length, open + 81);
        var close = text[(open + 1)..end].IndexOf(')');
        var remark = close >= 0 ? text[(open + 1)..(open + 1 + close)] : text[(open + 1)..end];
        if (remark.IndexOfAny('\u2212', '-') >= 0) return true;
        for (var i = 0; i < remark.Length;)
        {
            while (i < remark.Length && !char.IsLetterOrDigit(remark[i])) i++;
            var from = i;
            while (i < remark.Length && char.IsLetterOrDigit(remark[i])) i++;
            var word = remark[from..i];
            foreach (var back in SignTakenBack)
                if (word.Equals(back, StringComparison.OrdinalIgnoreCase)) return true;
            if (word.Length == 4 && word[0] is '1' or '2' && word[1] is '9' or '0' && char.IsAsciiDigit(word[2]) && char.IsAsciiDigit(word[3])) return true;
        }
        return false;
    }

    private static readonly string[] SignTakenBack = ["neg", "negative", "normal", "wnl", "ie", "eval", "last", "prior", "previous", "previously", "ago"];

    // A question mark closing a word later on the line (after a letter or digit, before a space or the line's end), within a
    // quotation's length (so that a long line of such marks is read in time in proportion to it).
    private static bool ClosingMarkOnLine(ReadOnlySpan<char> text, int from)
    {
        for (var k = from; k < Math.Min(text.Length, from + 240) && text[k] is not ('\n' or '\r'); k++)
            if (text[k] == '?' && char.IsLetterOrDigit(text[k - 1]) && (k + 1 >= text.Length || text[k + 1] is ' ' or '\t' or '\n' or '\r' or '.' or ',')) return true;
        return false;
    }

    // The letters after a mangled apostrophe: "s", "t", "re", "ve", "ll", "d", "m" ending the word ("he?s", "can?t", "they?re").
    private static bool ApostropheTail(ReadOnlySpan<char> text, int from)
    {
        var end = from;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return end - from is 1 or 2 && text[from..end] is "s" or "t" or "d" or "m" or "re" or "ve" or "ll" or "S" or "T" or "D" or "M" or "RE" or "VE" or "LL";
    }

    // "+ 11 min", "+11'": a number after the sign, a space or two away on its line.
    private static bool DigitFollows(ReadOnlySpan<char> text, int i)
    {
        var k = i + 1;
        while (k < text.Length && k <= i + 2 && text[k] is ' ' or '\t') k++;
        return k < text.Length && char.IsAsciiDigit(text[k]);
    }

    private static bool WordFollows(ReadOnlySpan<char> text, int i)
    {
        var k = i + 1;
        while (k < text.Length && text[k] is ' ' or '\t') k++;
        return k < text.Length && char.IsLetter(text[k]);
    }

    // 3/18, 8/3, 12/21: a month and a day, unless the second number is a usual scale's maximum and the
    // first no more than it (4/10, 16/24, 45/56 and 3/5 stay scores). A likely date still reads as a score
    // next to a measure's name or in a pattern ("TIS 10/23", "6/13 perturbations").
    private static readonly int[] ScaleMaxima = [2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 15, 16, 20, 24, 25, 28, 30];

    private static bool IsLikelyDate(ReadOnlySpan<char> token)
    {
        var slash = token.IndexOf('/');
        if (!int.TryParse(token[..slash], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var first)
            || !int.TryParse(token[(slash + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var second)) return false;
        // "04/08", "3/05": a zero-padded day is a date's — no score is out of "08" (a padded score, "07/10", keeps its ten).
        var leadingZero = token.Length - slash == 3 && token[slash + 1] == '0';
        return first is >= 1 and <= 12 && second is >= 1 and <= 31 && (leadingZero || !(first <= second && Array.IndexOf(ScaleMaxima, second) >= 0));
    }

    // In a vocabulary pattern "#/#" is one token (a fraction), as "4/10" is in a note.
    /// <summary>
    /// A number OCR garbled at text[at] — digits with the letters a scanner reads for them (l or I for 1, O or o for
    /// 0): its length, where it is read as that number. It is where its place says it is a number ("l4 min", "1l'",
    /// "3 x l2", "9O#", "l48°", a clock range "09O2–0925", a value under a MIN column's heading or after a minutes label) or,
    /// in a note that has one such, anywhere ("valgus on 3 of l0"). Never "O2" (oxygen) nor "L5" (a vertebra): an O is read only
    /// after a digit, and a capital L is no 1.
    /// </summary>
    private static int OcrNumberAt(ReadOnlySpan<char> text, int at, ref int noteReads)
    {
        var length = OcrRunLength(text, at);
        if (length == 0) return 0;
        if (PlaceSaysNumber(text, at, length)) return length;
        if (noteReads < 0) noteReads = HasAGarbledNumber(text) ? 1 : 0;
        return noteReads == 1 ? length : 0;
    }

    // A word of 2–4 digits and OCR's letters for them, with at least one of each; an I or an O not first
    // ("I10" is an ICD code, "O2" oxygen).
    private static int OcrRunLength(ReadOnlySpan<char> text, int at)
    {
        if (at > 0 && char.IsLetterOrDigit(text[at - 1])) return 0;
        int j = at, digits = 0, letters = 0;
        while (j < text.Length && j - at < 5)
        {
            var c = text[j];
            if (char.IsAsciiDigit(c)) digits++;
            else if (c == 'l' || (c is 'I' or 'O' or 'o' && j > at)) letters++;
            else break;
            j++;
        }
        var length = j - at;
        if (length is < 2 or > 4 || digits == 0 || letters == 0) return 0;
        return j < text.Length && char.IsLetterOrDigit(text[j]) ? 0 : length;
    }

    private static bool PlaceSaysNumber(ReadOnlySpan<char> text, int at, int length)
    {
        int end = at + length, n = text.Length;
        if (end < n && text[end] is '\u00B0' or '#' or '%' or '\'' or '\u2032') return true;
        var k = end;
        while (k < n && k - end < 2 && text[k] == ' ') k++;
        if (k + 3 <= n && text.Slice(k, 3).Equals("min", StringComparison.OrdinalIgnoreCase) && (k + 3 == n || !char.IsLetter(text[k + 3]) || char.ToLowerInvariant(text[k + 3]) is 's' or 'u'))
            return true;
        // "MIN: l5", "Minutes: 2l": a minutes label's value.
        var b = at - 1;
        while (b >= 0 && text[b] == ' ') b--;
        if (b >= 3 && text[b] == ':' && (EndsWithWord(text[..b], "min") || EndsWithWord(text[..b], "mins") || EndsWithWord(text[..b], "minutes"))) return true;
        // "3 x l2", "2 x l2O ft": the count of a dose.
        b = at - 1;
        if (b >= 0 && text[b] == ' ') b--;
        if (b >= 0 && text[b] is 'x' or 'X' && (b == 0 || !char.IsLetter(text[b - 1]))) return true;
        // "09O2–0925", "0925–0938": a clock range, the other end four digits.
        if (length == 4 && end + 5 <= n && text[end] is '-' or '\u2013' or '\u2014' && IsFourDigits(text.Slice(end + 1, 4))) return true;
        if (length == 4 && at >= 5 && text[at - 1] is '-' or '\u2013' or '\u2014' && IsFourDigits(text.Slice(at - 5, 4))) return true;
        return UnderAMinutesHeading(text, at, length);
    }

    private static bool EndsWithWord(ReadOnlySpan<char> text, string word) =>
        text.EndsWith(word, StringComparison.OrdinalIgnoreCase) && (text.Length == word.Length || !char.IsLetter(text[^(word.Length + 1)]));

    private static bool IsFourDigits(ReadOnlySpan<char> t)
    {
        foreach (var c in t) if (!char.IsAsciiDigit(c) && c is not ('l' or 'I' or 'O' or 'o')) return false;
        return char.IsAsciiDigit(t[0]);
    }

    // "97110 THER EX      l5      R hip…" under "INTERVENTIONS      MIN      ASSESSMENT": a value alone in its cell,
    // below a heading "MIN" over the same columns (within twelve lines above).
    private static bool UnderAMinutesHeading(ReadOnlySpan<char> text, int at, int length)
    {
        if (at < 2 || !char.IsWhiteSpace(text[at - 1]) || (text[at - 2] != ' ' && text[at - 1] != '\t')) return false;
        var end = at + length;
        if (end < text.Length && text[end] != '\n' && text[end] != '\r' && text[end] != '\t' && !(end + 1 < text.Length && text[end] == ' ' && text[end + 1] == ' ')) return false;
        // (A column's lines are short: within 200 characters of their starts, or not read this way — a long note is read in time
        // in proportion to it.)
        var back = Math.Max(0, at - MaxColumnLine);
        var newline = text[back..at].LastIndexOf('\n');
        if (newline < 0 && back > 0) return false;
        var lineStart = back + newline + 1;
        int column = at - lineStart, lineEnd = lineStart - 1;
        for (var lines = 0; lines < 12 && lineEnd > 0; lines++)
        {
            var scanFrom = Math.Max(0, lineEnd - MaxColumnLine);
            var previous = text[scanFrom..lineEnd].LastIndexOf('\n');
            if (previous < 0 && scanFrom > 0) return false;
            var from = scanFrom + previous + 1;
            var line = text[from..lineEnd];
            for (var w = 0; w + 3 <= line.Length; w++)
            {
                if ((w > 0 && char.IsLetterOrDigit(line[w - 1])) || !line.Slice(w, 3).Equals("min", StringComparison.OrdinalIgnoreCase)) continue;
                var wEnd = w + 3;
                while (wEnd < line.Length && char.IsLetter(line[wEnd])) wEnd++;
                if (wEnd - w > 7) continue;
                if (w <= column + length && wEnd >= column) return true;
            }
            lineEnd = from - 1;
        }
        return false;
    }

    private const int MaxColumnLine = 200;

    // Whether the note has a number whose place says it is a garbled number.
    private static bool HasAGarbledNumber(ReadOnlySpan<char> text)
    {
        for (var j = 0; j < text.Length; j++)
        {
            var c = text[j];
            if (!char.IsAsciiDigit(c) && c != 'l') continue;
            if (j > 0 && char.IsLetterOrDigit(text[j - 1])) continue;
            var length = OcrRunLength(text, j);
            if (length > 0 && PlaceSaysNumber(text, j, length)) return true;
            j += Math.Max(length, 1) - 1;
        }
        return false;
    }

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
            else if (slashes == 1) flags |= TokenFlags.Fraction | (IsLikelyDate(token) ? TokenFlags.LikelyDate : TokenFlags.None);
            // "97110/14": a therapy code over a number is the code and its minutes, no score (the code-like flag says so to the
            // phrase index; the token and its hash stay as they were, so the note's fingerprint does not change).
            if (slashes == 1 && token.Length > 6 && token[5] == '/' && token[0] == '9' && token[1] == '7' && token[..5].IndexOfAnyExceptInRange('0', '9') < 0)
                flags |= TokenFlags.CodeLike;
            // "97140-59": a therapy code and a numeric modifier (every one a therapy line carries is 50 or more) is the code.
            if (separators == 1 && slashes == 0 && token.Length == 8 && token[5] == '-' && token[0] == '9' && token[1] == '7'
                && token[..5].IndexOfAnyExceptInRange('0', '9') < 0 && token[6] is >= '5' and <= '9' && char.IsAsciiDigit(token[7]))
                flags |= TokenFlags.CodeLike;
            if (allDigits) flags |= TokenFlags.Integer;
            if (allDigits && token.Length == 5) flags |= TokenFlags.CodeLike;
            return flags;
        }
        if (token.Length > 1 && token[0] == 'x' && token[1..].IndexOfAnyExceptInRange('0', '9') < 0) return TokenFlags.Count;
        if (NumberWords.ValueOf(token) > 0) return TokenFlags.NumberWord;
        // A HCPCS level II code: a letter and four digits (G0283, E0730).
        if (token.Length == 5 && char.IsAsciiLetter(token[0]) && token[1..].IndexOfAnyExceptInRange('0', '9') < 0) return TokenFlags.CodeLike;
        return TokenFlags.None;
    }
}

/// <summary>What a token is, beyond its text.</summary>
[Flags]
internal enum TokenFlags : ulong
{
    None = 0, Number = 1, Count = 2, DateOrTime = 4, Integer = 8, CodeLike = 16, Fraction = 32, Label = 64,
    /// <summary>The token lies in a checklist item whose box is not ticked, or answers a yes/no box with no (<see cref="CheckboxLines"/>).</summary>
    Unticked = 128,
    /// <summary>A "+" stands next to the word: a positive test ("(+) Romberg").</summary>
    Positive = 256,
    /// <summary>A number followed by a degree sign (35°).</summary>
    Degrees = 512,
    /// <summary>A number followed by "#", the pound sign of a load (60#).</summary>
    Pounds = 1024,
    /// <summary>A number followed by "%".</summary>
    Percent = 2048,
    /// <summary>A fraction that reads as a date (3/18: no score is out of 18), not a score.</summary>
    LikelyDate = 4096,
    /// <summary>A number whose prime mark is feet, not minutes ("amb 150'", "~300'").</summary>
    Feet = 8192,
    /// <summary>"↓" stands before the word: decreased.</summary>
    Decreased = 16384,
    /// <summary>A number written as a word ("fifteen"), read as minutes before a minute unit.</summary>
    NumberWord = 32768,
    /// <summary>
    /// A minute unit a comma keeps from the number before it ("x 8, min A"): read as the phrase it starts,
    /// but still a minute unit to the note's fingerprint, as it always was.
    /// </summary>
    UnitAcrossClause = 65536,
    /// <summary>
    /// A number inside a field's name joined by underscores ("CPT_1_MIN: 25"): a name, not minutes
    /// (the fingerprint still reads it as a number, as it always has).
    /// </summary>
    InFieldName = 131072,
    /// <summary>A spaced dash stands before the word ("13 — both"): what comes before it has ended, for the minutes reader.</summary>
    AfterDash = 524288,
    /// <summary>The word is written capitalised with lower-case letters after ("Stepping", not "SLS" or "stepping"): part of a name.</summary>
    TitleCase = 262144,
    /// <summary>"hr" or "hour" after "½" or "half (an)": thirty minutes, read by the minutes reader only (the tokens stay as they were).</summary>
    HalfHour = 1048576,
    /// <summary>A spaced slash stands before the word ("Indep / Mod I / SBA"): an option of a printed list.</summary>
    AfterSpacedSlash = 2097152,
    /// <summary>A question mark follows the word ("Any group services? → No"): a field asked, its answer after it.</summary>
    Question = 4194304,
    /// <summary>The word is written in capitals, two letters or more ("INDIVIDUAL"): an option a template marks as chosen that way.</summary>
    AllCaps = 8388608,
    /// <summary>An opening parenthesis stands right before the word: "(astereognosis)", a name given to what was just said.</summary>
    AfterParen = 16777216,
    /// <summary>A closing parenthesis follows the word right away.</summary>
    ClosesParen = 33554432,
    /// <summary>"↓" stands right after the word with no word after it ("proprio ↓,"): decreased.</summary>
    DecreasedAfter = 67108864,
    /// <summary>The word is struck through (U+0336 after its letters): crossed out, not written.</summary>
    Struck = 134217728,
    /// <summary>A number followed by "=" and another number ("18 = 38"): the last term of a sum written out.</summary>
    BeforeEquals = 268435456,
    /// <summary>The word speaks of another visit or of the plan (<see cref="OtherVisitLines"/>): not of today's service.</summary>
    OtherVisit = 536870912,
    /// <summary>A tick with no letter of its own ("✓", "✔", "■") stands right after the word on its line: "Y ✓   N __" ticks the Y.</summary>
    TickAfter = 1073741824,
    /// <summary>
    /// A tight semicolon stands right before the word ("2;97140;MT"): a new field of an EMR's row, which no phrase
    /// runs into — as when every semicolon ended a sentence, which the note's fingerprint still reads it as.
    /// </summary>
    AfterTightSemicolon = 2147483648,
    /// <summary>A plus sign and a number follow the word on its line ("14 min in the arena + 11 min"): the next part of a sum.</summary>
    BeforePlus = 4294967296,
    /// <summary>The first token after a semicolon that ended a sentence ("97112 NMR; 97116 Gait training — total 37 min").</summary>
    AfterSemicolon = 8589934592,
    /// <summary>A slash stands right before the word ("97112/23 min/one to one ( )/foam stance"): a field of a run-on line.</summary>
    AfterTightSlash = 17179869184,
    /// <summary>
    /// A hyphen with a space each side stands before the word ("FLAG: N - MR. PRUITT …"): a typed dash, read only where a mode's
    /// answer may end before a remark and where a negation's reach ends ("Group: No - seen 1:1"); the minutes reader still reads it as
    /// it always did.
    /// </summary>
    AfterSpacedHyphen = 34359738368,
    /// <summary>The word is one letter with a macron over it ("s̄" without, "c̄" with, "p̄" after): the chart's abbreviation.</summary>
    Macron = 68719476736,
    /// <summary>A yes/no question's "yes" whose own box is ticked, the "no" not ("Seen 1:1?  ■ Yes  □ No"): the answer, not a printed option.</summary>
    TickedAnswer = 137438953472,
    /// <summary>An app's stopwatch glyph (⏱) stands right before the word ("⏱ 00:22:03"): the time is a timer's reading.</summary>
    AfterTimerGlyph = 274877906944,
    /// <summary>"PDMS-2", "GMFM-66": a number glued by a hyphen to the name of a test that carries it, the name's own number.</summary>
    NameNumber = 549755813888,
}

/// <summary>
/// The 64-bit FNV-1a hash of a token's lower-cased characters, taken as the tokenizer writes them:
/// it finds the token's word id (<see cref="PhraseIndex"/>) and is the token's input to the note's
/// MinHash signature (<see cref="NoteSignature"/>), whose stored values depend on it never changing.
/// </summary>
internal static class TokenHash
{
    public const ulong Empty = 0xCBF29CE484222325UL;
    private const ulong Prime = 0x100000001B3UL;

    public static ulong Add(ulong hash, char c) => (hash ^ c) * Prime;

    public static ulong Of(ReadOnlySpan<char> token)
    {
        var h = Empty;
        foreach (var c in token) h = Add(h, c);
        return h;
    }
}
