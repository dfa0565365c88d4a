using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace ClaimAudit.Core.Documentation;

/// <summary>
/// A note as it arrives in an export, turned back into the text its reader saw: web EMRs export the
/// note's HTML (<c>&lt;p&gt;</c>, <c>&lt;br&gt;</c>, tables, <c>&amp;nbsp;</c>), transcription services
/// RTF (<c>{\rtf1 … \par}</c>), some exports flatten the note's line breaks into a literal <c>\n</c>,
/// spaced tildes or a pilcrow, and a faxed flowsheet read by OCR has "rnin" for "min" and O and l among
/// its digits. A reviewer reads the rendered note, so the review does too: markup is not content, a
/// table row is a line whose cells are separated as a flowsheet's are (" | "), and a note that is markup
/// alone is empty. A plain note is left as it is, at the cost of a scan or two of its span.
/// </summary>
internal static partial class NoteMarkup
{
    /// <summary>The rendered text of an exported note; null when the note is plain text (read as it is).</summary>
    public static string? PlainTextOf(ReadOnlySpan<char> note)
    {
        // A note inside an interface message (HL7 v2, FHIR JSON): the message's note, then whatever markup that note has.
        var unwrapped = InterfaceMessages.TextOf(note);
        var text = unwrapped is null ? note : unwrapped.AsSpan();
        // Mojibake, Word's invisible characters, tracked changes and lost symbols undone first: what is left is read as written.
        if (EncodingDamage.IsIn(text))
        {
            var repaired = EncodingDamage.Repair(text.ToString());
            return RenderedOf(repaired) ?? repaired;
        }
        return unwrapped is null ? RenderedOf(note) : RenderedOf(unwrapped) ?? unwrapped;
    }

    private static string? RenderedOf(ReadOnlySpan<char> note)
    {
        var ocr = note.Contains("rnin", StringComparison.Ordinal) && OcrMinutes().IsMatch(note);
        // A note kept in a spreadsheet's cell: its line breaks and tabs written as the sheet's escapes ("_x000A_", "_x000D_").
        var sheetEscapes = note.Contains("_x", StringComparison.Ordinal) && SheetEscape().IsMatch(note);
        // A minutes cell the sheet formatted as a duration ("97112;0:24:00;97110;0:12:00"): its minutes.
        var sheetDurations = note.Contains(":00", StringComparison.Ordinal) && SheetDuration().IsMatch(note);
        // An EMR's duration field in hours and minutes ("Duration: 0:24", "Timed Duration: 00:23:00"): its minutes.
        var durationFields = note.Contains("uration", StringComparison.OrdinalIgnoreCase) && DurationField().IsMatch(note);
        // A clock range written with dots, as 24-hour clocks often are ("13.30–13.53", "9.15-9.38"): the range it is.
        var dottedClocks = DottedClockRange().IsMatch(note);
        // A 24-hour clock range without colons right after its code ("97112 0905–0928"): the range it is, written with colons.
        var codeMilitaryRanges = CodeMilitaryRange().IsMatch(note);
        // A balance scale's score written with a colon ("Berg 44:56", "FGA 19:30"): the score out of the scale's maximum, not a time.
        var colonScores = note.Contains(':') && ColonScore().IsMatch(note);
        // A tablet left on a French keyboard writes a no-break space before every colon ("Pt\u00A0: E.L.", "1\u00A0: 1 the whole block").
        var frenchColons = note.Contains("\u00A0:", StringComparison.Ordinal) || note.Contains("\u202F:", StringComparison.Ordinal);
        // "walked ½ mile", "1¼ laps": a fraction typed as one glyph (a tablet's keyboard offers them).
        var fractionGlyphs = note.IndexOfAny(FractionGlyphs) >= 0;
        // A table drawn with box-drawing characters ("║ 97112 ║ NM re-ed ║ 22 ║" between "╠═══╬═══╣" rules) or in ASCII
        // ("+-------+-----+" rules, "| 97110 | 12 |" rows): its rules are no text, its vertical lines a flowsheet's cell bars.
        var boxDrawn = note.IndexOfAny(BoxVerticals) >= 0;
        var asciiRules = note.Contains("+-", StringComparison.Ordinal) && AsciiRule().IsMatch(note);
        // A mail-merge template's numbered fields ("CPT1: 97112   Min1: 23", "CPT2: 97140   Min2: 12"): each its field, unnumbered.
        var numberedFields = NumberedField().IsMatch(note);
        // A form that numbers every field ("05 CPT: 97112    06 Minutes: 24", "10 Deficit: …", "12 Delivery: 1:1"): the numbers
        // are the form's, not minutes or measures — three fields at least, the first zero-padded as a form's are.
        var fieldNumbers = FirstFieldNumber().IsMatch(note) && FieldNumberAtLineStart().Count(note) >= 3;
        // Codes and their minutes written in parallel ("TE/NMR/MT 15/23/10 min", "97110/97112 = 15/23 min"): each code with its
        // own minutes, as "TE 15 min, NMR 23 min, MT 10 min" says it.
        var parallelMinutes = note.Contains('/') && ParallelMinutes().IsMatch(note);
        // A flowsheet or log of several visits ("02/25   02/27   03/04 TODAY", "Mon 3/2 … / Wed 3/4 …"): today's column and rows.
        var visitColumns = VisitColumns.AreIn(note);
        // A merge field never filled in ("Delivery: «OneOnOne»", "<<Technique>>", "[Insert technique here]"): nothing written, which states
        // nothing — not the words of its name.
        var mergeFields = (note.Contains('«') || note.Contains("<<", StringComparison.Ordinal) || note.Contains('[')) && MergeField().IsMatch(note);
        if (!ocr && !sheetEscapes && !sheetDurations && !frenchColons && !fractionGlyphs && !boxDrawn && !asciiRules && !numberedFields && !fieldNumbers && !parallelMinutes && !mergeFields && !visitColumns && !durationFields && !dottedClocks && !colonScores && !codeMilitaryRanges && note.IndexOfAny(MarkupStarts) < 0) return null;
        var start = note.TrimStart();
        if (start.StartsWith(@"{\rtf", StringComparison.Ordinal)) return RtfText.Of(start);
        // Looked for in the span first: a plain note with "R<L" or "TE & NMR" costs no copy.
        var html = HtmlEvidence().IsMatch(note);
        var entities = !html && note.Contains('&') && Entity().IsMatch(note);
        // A one-line note whose line breaks were flattened to "\n" has two at least ("Ther ex\nmr 35 min" once is typed).
        var escapedBreaks = !note.Contains('\n') && CountOf(note, @"\n") >= 2;
        // "DAILY NOTE ~ 97112 NMR 20 min ~ 1:1?  Y [ ]  N [ ] ~ Foam stance …": a one-line export whose line breaks
        // became spaced tildes, three at least that are not "about" ("NMR ~ 20 min", "walked ~ 300 ft").
        var tildeBreaks = !note.Contains('\n') && TildeBreak().Count(note) >= 3;
        var pilcrows = note.Contains('¶');
        if (!(ocr || html || entities || escapedBreaks || tildeBreaks || pilcrows || sheetEscapes || sheetDurations || frenchColons || fractionGlyphs || boxDrawn || asciiRules || numberedFields || fieldNumbers || parallelMinutes || mergeFields || visitColumns || durationFields || dottedClocks || colonScores || codeMilitaryRanges)) return null;

        var text = note.ToString();
        if (boxDrawn || asciiRules) text = DrawnTableText(text);
        if (numberedFields) text = NumberedField().Replace(text, "$1");
        if (fieldNumbers) text = FieldNumber().Replace(text, "$1");
        if (parallelMinutes)
        {
            var source = text;
            text = ParallelMinutes().Replace(source, m => PairedMinutes(m, source));
        }
        if (mergeFields) text = MergeField().Replace(text, "");
        // Written out as digits ("1/2 mile", "1 1/4 laps"), as the measures are read.
        if (fractionGlyphs) text = FractionGlyph().Replace(text, m => (m.Groups[1].Success ? m.Groups[1].Value + " " : "") + FractionOf(m.Groups[2].Value[0]));
        // The colon as an English keyboard writes it: against the word, and "1 : 1" as the ratio it is.
        if (frenchColons) text = FrenchColon().Replace(text, m => m.Groups[1].Success ? m.Groups[1].Value + ":" + m.Groups[2].Value : ":");
        if (sheetEscapes) text = SheetEscape().Replace(text, m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());
        // (Seconds of 30 or more round up, as an hh:mm:ss minutes cell is read.)
        if (durationFields) text = DurationField().Replace(text, m => m.Groups[1].Value
            + (int.Parse(m.Groups[2].ValueSpan) * 60 + int.Parse(m.Groups[3].ValueSpan) + (m.Groups[4].Success && int.Parse(m.Groups[4].ValueSpan) >= 30 ? 1 : 0)) + " min");
        if (dottedClocks) text = DottedClockRange().Replace(text, RangeWithColons);
        // (A score no higher than its scale's maximum: "Berg 9:30" of a time has no place here, "Berg 44:56" has.)
        if (colonScores) text = ColonScore().Replace(text, m => int.Parse(m.Groups[2].ValueSpan) <= int.Parse(m.Groups[3].ValueSpan) ? $"{m.Groups[1].Value}{m.Groups[2].Value}/{m.Groups[3].Value}" : m.Value);
        if (codeMilitaryRanges) text = CodeMilitaryRange().Replace(text, RangeWithColons);
        if (sheetDurations) text = SheetDuration().Replace(text, m => m.Groups[1].Value.TrimStart('0') is { Length: > 0 } minutes ? minutes : "0");
        if (html) text = HtmlText(text);
        else if (entities) text = Decode(text);
        // "Pt seen 1:1.\nTE 15 min\nNMR 23 min": line breaks flattened to the two characters; "¶" as the break.
        if (escapedBreaks) text = text.Replace(@"\r\n", "\n", StringComparison.Ordinal).Replace(@"\n", "\n", StringComparison.Ordinal);
        if (tildeBreaks) text = TildeBreak().Replace(text, "\n");
        if (pilcrows) text = text.Replace('¶', '\n');
        if (visitColumns) text = VisitColumns.TodayOnly(text);
        // A faxed flowsheet read by OCR ("97ll2 Neuro re-ed ..... 2O rnin", "3 x 1O"): where the note shows OCR's
        // signature "rnin" for "min", a number with l or O among its digits is that number.
        if (ocr) text = OcrNumber().Replace(text, m => m.Value.Replace('l', '1').Replace('I', '1').Replace('O', '0'));
        return text;
    }

    // (A field's name is one word with a capital or an underscore inside it — «OneOnOne», <<Patient_Name>>; «Perturbation training»
    // or «25» between guillemets is a value a template's pick list filled in.)
    [GeneratedRegex(@"«[A-Za-z][a-z0-9]*(?:[A-Z_][A-Za-z0-9_]*)+»|<<[A-Za-z][a-z0-9]*(?:[A-Z_][A-Za-z0-9_]*)+>>|\[(?:Insert|Enter|Describe|Type|Add|Document|List)\b[^\]\n]{0,80}\]", RegexOptions.CultureInvariant)]
    private static partial Regex MergeField();

    [GeneratedRegex(@"\b(CPT|Code|Min|Mins|Minutes|Units|Time)[1-9](?=[ \t]*:)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberedField();

    [GeneratedRegex(@"^[ \t]*0[1-9][a-z]?[ \t]+[A-Z][A-Za-z /&'-]{0,30}:", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex FirstFieldNumber();

    [GeneratedRegex(@"^[ \t]*[0-9]{2}[a-z]?[ \t]+[A-Z][A-Za-z /&'-]{0,30}:", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex FieldNumberAtLineStart();

    // (At a line's start, or after a wide gap or a cell bar: "05 CPT: 97112    06 Minutes: 24".)
    [GeneratedRegex(@"(^[ \t]*|[ \t]{2,}|\|[ \t]*)[0-9]{2}[a-z]?[ \t]+(?=[A-Z][A-Za-z /&'-]{0,30}:)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex FieldNumber();

    // (Two to five codes or their abbreviations joined by slashes, then as many numbers joined by slashes and a minute unit — after a
    // space, "=" or ":". Not after a dash: a reviewer of the fifty-eighth to sixty-second sets read "97112/97110 — 23/15 min" as no
    // minutes for each code, and that judgement stands. Nor a rest's length: "NMR/TE 1/2 min rest between sets".)
    [GeneratedRegex(@"(?<codes>\b(?:9[0-9]{4}|TE|NMR|NMRE|NM|MT|TA|GT|TherEx|TherAct)(?:[ \t]?/[ \t]?(?:9[0-9]{4}|TE|NMR|NMRE|NM|MT|TA|GT|TherEx|TherAct)){1,4})\b[ \t]*(?:[=:][ \t]*)?(?<minutes>[0-9]{1,3}(?:[ \t]?/[ \t]?[0-9]{1,3}){1,4})[ \t]*(?<unit>min\b|mins\b|minutes\b|')", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ParallelMinutes();

    private static bool RestAfter(Match m, string source)
    {
        var rest = source.AsSpan(m.Index + m.Length).TrimStart(" \t");
        return rest.StartsWith("rest", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("break", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("each", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("hold", StringComparison.OrdinalIgnoreCase);
    }

    private static string PairedMinutes(Match m, string source)
    {
        var codes = m.Groups["codes"].Value.Split('/', StringSplitOptions.TrimEntries);
        var minutes = m.Groups["minutes"].Value.Split('/', StringSplitOptions.TrimEntries);
        if (codes.Length != minutes.Length || RestAfter(m, source)) return m.Value;
        var unit = m.Groups["unit"].Value == "'" ? "min" : m.Groups["unit"].Value;
        return string.Join(", ", codes.Select((code, i) => $"{code} {minutes[i]} {unit}"));
    }

    private static readonly System.Buffers.SearchValues<char> BoxVerticals = System.Buffers.SearchValues.Create("│║┃┆┇┊┋╎╏");

    // A rule of an ASCII table: "+-------+-----+", "+=====+=====+" (a plus at each end, dashes or equals signs and pluses between).
    [GeneratedRegex(@"^[ \t]*\+[-=+]{3,}\+[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex AsciiRule();

    // A drawn table's lines as a flowsheet's: a line of borders alone (box-drawing characters, or an ASCII rule) is dropped, and
    // each vertical line (│ ║ ┃ …) is a cell's bar.
    private static string DrawnTableText(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan()[range];
            if (IsBorderOnly(line)) continue;
            foreach (var c in line) sb.Append(BoxVerticals.Contains(c) ? '|' : c);
            sb.Append('\n');
        }
        if (sb.Length > 0 && !text.EndsWith('\n')) sb.Length--;
        return sb.ToString();
    }

    private static bool IsBorderOnly(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        if (trimmed.IsEmpty) return false;
        var drawn = false;
        foreach (var c in trimmed)
        {
            if (c is >= '\u2500' and <= '\u257F') drawn = true;
            else if (c is not ('+' or '-' or '=' or ' ' or '\t' or '|' or '\r')) return false;
        }
        return drawn || AsciiRule().IsMatch(trimmed.ToString());
    }

    private static readonly System.Buffers.SearchValues<char> FractionGlyphs = System.Buffers.SearchValues.Create("½¼¾⅓⅔");

    // (Not "½ hr", "1½ hours": the tokenizer reads a half-hour as it is.)
    [GeneratedRegex(@"(\d+)?([½¼¾⅓⅔])(?!\s?h)")]
    private static partial Regex FractionGlyph();

    private static string FractionOf(char glyph) => glyph switch
    {
        '½' => "1/2",
        '¼' => "1/4",
        '¾' => "3/4",
        '⅓' => "1/3",
        _ => "2/3",
    };

    // A no-break space (or a narrow one) before a colon; between two single digits, with the space after it, a ratio ("1\u00A0: 1").
    [GeneratedRegex(@"(?:\b(\d)[\u00A0\u202F]: ?(\d)\b|[\u00A0\u202F]:)")]
    private static partial Regex FrenchColon();

    [GeneratedRegex(@"\brnins?\b")]
    private static partial Regex OcrMinutes();

    // "_x000A_", "_x000D_", "_x0009_": a line feed, a return, a tab (printable characters are kept as the sheet wrote them).
    [GeneratedRegex(@"_x(000[9ADad])_")]
    private static partial Regex SheetEscape();

    // (A "Duration" field opening its line or cell — not "side plank Duration: 0:30", a hold — with a value of under four hours in
    // h:mm or hh:mm:ss: not a time of day, "Duration: 9:15 am", nor minutes and seconds, "Duration: 1:30 min".)
    [GeneratedRegex(@"(?<=^[ \t]*|[ \t]{2}|\t|\||·[ \t]?)((?:Timed[ \t]+|Total[ \t]+|Tx[ \t]+|Treatment[ \t]+|Session[ \t]+)?Duration(?:[ \t]*\((?:h|hh):mm(?::ss)?\))?[ \t]*:[ \t]*)0?([0-3]):([0-5][0-9])(?::([0-5][0-9]))?\b(?![ \t]*(?:am|pm|a\.m|p\.m|h\b|hrs?\b|min|mins|minutes|sec|secs|seconds|s\b))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex DurationField();

    // (A code, then two 24-hour times of a working day joined by a dash — not years, "2019–2023", nor feet, "1000–1200 ft".)
    [GeneratedRegex(@"\b(?<prefix>9[0-9]{4}(?:-[A-Z0-9]{2})?[ \t]+)(?<fh>0[6-9]|1[0-9]|2[01])(?<fm>[0-5][0-9])[ \t]*(?<sep>[–—-])[ \t]*(?<th>0[6-9]|1[0-9]|2[01])(?<tm>[0-5][0-9])\b(?![ \t]*(?:ft|feet|m\b|meters|metres|yd|lb|lbs|kg))", RegexOptions.CultureInvariant)]
    private static partial Regex CodeMilitaryRange();

    // (The scale's name, then its score and its own maximum: Berg and Tinetti's 56 and 28, FGA's 30, DGI's 24, Mini-BESTest's 28.)
    [GeneratedRegex(@"\b((?:Berg|BBS|FGA|DGI|Mini-?BESTest|Tinetti|POMA)[ \t]*[:=]?[ \t]*)([0-9]{1,2}):(56|30|24|28)\b(?![:.][0-9])(?![ \t]*(?:[–—-]|to\b|until|till|am\b|pm\b|a\.m|p\.m))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ColonScore();

    // (Two dotted times of a working day, 06.00 to 21.59, joined by a dash or "to" — not decimals with a unit after them, "1.10–1.22
    // m/s", "7.30-7.45 kg".)
    [GeneratedRegex(@"(?<![0-9]|[0-9][.,])(?<fh>0?[6-9]|1[0-9]|2[01])\.(?<fm>[0-5][0-9])[ \t]*(?<sep>–|—|-|to)[ \t]*(?<th>0?[6-9]|1[0-9]|2[01])\.(?<tm>[0-5][0-9])(?![0-9]|[.,][0-9])(?![ \t]*(?:m/s|m\b|cm|mm|km|kg|lbs?\b|s\b|sec|secs\b|seconds|""|in\b|ft|%|°|mph|mmHg|deg))", RegexOptions.CultureInvariant)]
    private static partial Regex DottedClockRange();

    // A clock range matched without its colons ("13.30–13.53", "97112 0905–0928") written with them, after any prefix the match
    // keeps; left as it is where it is no range of under three hours.
    private static string RangeWithColons(Match m)
    {
        var from = int.Parse(m.Groups["fh"].ValueSpan) * 60 + int.Parse(m.Groups["fm"].ValueSpan);
        var to = int.Parse(m.Groups["th"].ValueSpan) * 60 + int.Parse(m.Groups["tm"].ValueSpan);
        if (to <= from || to - from > 180) return m.Value;
        var sep = m.Groups["sep"].Value == "to" ? " to " : "–";
        return $"{m.Groups["prefix"].Value}{m.Groups["fh"].Value}:{m.Groups["fm"].Value}{sep}{m.Groups["th"].Value}:{m.Groups["tm"].Value}";
    }

    // "0:24:00" standing alone in a cell of fields joined by semicolons or tabs: under an hour, whole minutes.
    [GeneratedRegex(@"(?<=[;\t])0?0:([0-5][0-9]):00(?=[;\t]|$)", RegexOptions.Multiline)]
    private static partial Regex SheetDuration();

    // Two chars at least, a digit among them and an l, I or O: "2O", "l5", "97ll2", "12O" (not "O2" alone: oxygen).
    [GeneratedRegex(@"\b(?=[0-9lIO]*[0-9])(?=[0-9lIO]*[lIO])(?!O[0-9]\b)[0-9lIO]{2,}\b")]
    private static partial Regex OcrNumber();

    private static readonly System.Buffers.SearchValues<char> MarkupStarts = System.Buffers.SearchValues.Create("<&{\\¶~");

    private static int CountOf(ReadOnlySpan<char> text, string part)
    {
        var n = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, StringComparison.Ordinal))
        {
            n++;
            text = text[(i + part.Length)..];
        }
        return n;
    }

    // HTML an EMR's note editor writes: a closing tag of an element it uses, a line break, or a tag with attributes.
    // "R<L", "<5/10 pain", "<-- see above" and a SOAP note's "<S>" … "<P>" headings are not markup.
    [GeneratedRegex(@"</\s*(p|div|li|ul|ol|table|tbody|thead|tfoot|tr|td|th|b|i|u|em|strong|span|font|h[1-6]|pre|blockquote|center|small|big|strike|del|ins|mark|label|section|article|header|footer|caption|dl|dt|dd|a)\s*>|<\s*br\s*/?\s*>|<\s*(p|div|span|font|table|td|tr|li|img|a)\s+[a-z-]+\s*=",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlEvidence();

    // A spaced tilde that is not "about" a number with its unit after it ("~ 20 min", "~ 300 ft", "~ 3 x 10").
    // (Nor one after a question or a label: "1:1? ~ Y" keeps its answer beside it.)
    [GeneratedRegex(@"(?<![?:]) ~ (?!\d+(\.\d+)?\s*((min|mins|minutes|ft|feet|sec|secs|seconds|s|reps|lb|lbs|x|m|yd|yards|in|deg|hr|hrs|hours)\b|['%°]))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TildeBreak();

    [GeneratedRegex(@"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,9});")]
    private static partial Regex Entity();

    // What a browser starts a new line for; a table cell is a column of its row.
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "ul", "ol", "table", "tbody", "thead", "tfoot", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
        "hr", "pre", "blockquote", "center", "section", "article", "header", "footer", "caption", "dl", "dt", "dd",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "head", "title" };

    // Tags past which a note is not parsed as a document: the parser's time grows with the square of the nesting
    // (40,000 nested tags take seconds), and no note a clinician wrote has this many.
    private const int MaxTagsParsed = 5_000;

    private static string HtmlText(string html)
    {
        if (html.AsSpan().Count('<') > MaxTagsParsed) return StripTags(html);
        var doc = new HtmlDocument();
        doc.LoadHtml(html);
        var sb = new StringBuilder(html.Length);
        // A plain note with a bold heading or two ("<b>Code   Service   Min</b>" over its rows) keeps its own line
        // breaks: only a note laid out in HTML's blocks has them as source formatting.
        Append(doc.DocumentNode, sb, keepWhitespace: !LaidOutInBlocks(doc.DocumentNode));
        return sb.ToString();
    }

    // Both walks keep their own stack: a note of deeply nested tags (an export's bug, or a hostile file) must not
    // overflow the thread's, which would end the process rather than reject the row.
    private static bool LaidOutInBlocks(HtmlNode root)
    {
        var stack = new Stack<HtmlNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.NodeType == HtmlNodeType.Element && (BlockElements.Contains(node.Name) || node.Name == "br")) return true;
            foreach (var child in node.ChildNodes) stack.Push(child);
        }
        return false;
    }

    private static void Append(HtmlNode root, StringBuilder sb, bool keepWhitespace)
    {
        // (node, keep its whitespace, or the end of a block: a line break after it)
        var stack = new Stack<(HtmlNode Node, bool Keep, bool EndOfBlock)>();
        PushChildren(stack, root, keepWhitespace);
        while (stack.Count > 0)
        {
            var (node, keep, endOfBlock) = stack.Pop();
            if (endOfBlock)
            {
                if (!AtLineStart(sb)) sb.Append('\n');
                continue;
            }
            switch (node.NodeType)
            {
                case HtmlNodeType.Text:
                    // Whitespace in HTML source (a pretty-printed line break) renders as one space, but in <pre>.
                    var text = Decode(((HtmlTextNode)node).Text);
                    if (keep) sb.Append(text);
                    else AppendCollapsed(sb, text);
                    break;
                case HtmlNodeType.Element:
                    var name = node.Name;
                    if (Skipped.Contains(name)) break;
                    if (name.Equals("br", StringComparison.OrdinalIgnoreCase)) { sb.Append('\n'); break; }
                    if (name is "td" or "th" or "TD" or "TH")
                    {
                        if (!AtLineStart(sb)) sb.Append(" | ");
                        PushChildren(stack, node, keep);
                        break;
                    }
                    if (BlockElements.Contains(name))
                    {
                        if (!AtLineStart(sb)) sb.Append('\n');
                        stack.Push((node, keep, true));
                    }
                    PushChildren(stack, node, keep || name.Equals("pre", StringComparison.OrdinalIgnoreCase));
                    break;
            }
        }
    }

    // The text of markup too large to parse, in one pass: a block's tag is a line break, any other tag nothing.
    private static string StripTags(string html) =>
        BlankLines().Replace(Decode(AnyTag().Replace(html, m => BlockTag().IsMatch(m.ValueSpan) ? "\n" : "")), "\n");

    [GeneratedRegex(@"\n[ \t\r]*(\n[ \t\r]*)+")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"<[^<>]*>")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"^</?\s*(p|div|li|ul|ol|table|tbody|thead|tfoot|tr|h[1-6]|hr|pre|blockquote|section|article|header|footer|br)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlockTag();

    // In reverse, so that they come off the stack in document order.
    private static void PushChildren(Stack<(HtmlNode, bool, bool)> stack, HtmlNode node, bool keep)
    {
        var children = node.ChildNodes;
        for (var i = children.Count - 1; i >= 0; i--) stack.Push((children[i], keep, false));
    }

    private static bool AtLineStart(StringBuilder sb)
    {
        for (var i = sb.Length - 1; i >= 0; i--)
        {
            if (sb[i] == '\n') return true;
            if (sb[i] != ' ') return false;
        }
        return true;
    }

    private static void AppendCollapsed(StringBuilder sb, string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && sb[^1] is not (' ' or '\n')) sb.Append(' ');
            }
            else sb.Append(c);
        }
    }

    // "&nbsp;" is a space to the reader, and to the tokenizer.
    private static string Decode(string text) => WebUtility.HtmlDecode(text).Replace('\u00A0', ' ');
}
