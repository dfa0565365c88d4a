using System.Text.Unicode;

namespace ClaimAudit.Core.Ingest;

/// <summary>What the first bytes of an input say about it.</summary>
internal readonly record struct SniffResult(InputFormat Format, char CsvSeparator, string? Error);

/// <summary>Looks at the first bytes of an input: empty, binary, JSON, X12 or CSV, and the CSV separator.</summary>
internal static class InputSniffer
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    // An .xlsx is a zip; an encrypted workbook (or an old .xls) is an OLE compound file.
    private static ReadOnlySpan<byte> ZipSignature => [0x50, 0x4B, 0x03, 0x04];
    private static ReadOnlySpan<byte> OleSignature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static SniffResult Sniff(ReadOnlySpan<byte> prefix, InputFormat requested)
    {
        if (requested == InputFormat.Xlsx || prefix.StartsWith(ZipSignature) || prefix.StartsWith(OleSignature))
            return new SniffResult(InputFormat.Xlsx, ',', null);
        var text = prefix.StartsWith(Utf8Bom) ? prefix[3..] : prefix;
        if (text.Length >= 2 && ((text[0] == 0xFF && text[1] == 0xFE) || (text[0] == 0xFE && text[1] == 0xFF)))
            return Fail("the file is UTF-16 text; save it as UTF-8 (CSV or JSON)");

        var first = text.IndexOfAnyExcept(" \t\r\n"u8);
        if (first < 0) return Fail("the file is empty");
        // Section 12: a file that starts with an ISA segment is an X12 interchange whatever its name
        // says (claim files are often saved as .txt). Its reader takes bytes that are not UTF-8 (a
        // Latin-1 name), so only NUL makes it binary.
        if (IsX12(text[first..]))
            return text.Contains((byte)0) ? Fail("the file starts like an X12 interchange but holds binary data (NUL bytes)") : new SniffResult(InputFormat.X12, ',', null);
        if (LooksBinary(text)) return Fail("the file is neither CSV nor JSON text (it looks like binary data)");

        var format = requested;
        if (format == InputFormat.Auto)
            format = text[first] is (byte)'{' or (byte)'[' ? InputFormat.Json : InputFormat.Csv;
        return new SniffResult(format, format == InputFormat.Csv ? SeparatorOf(HeaderLine(text)) : ',', null);
    }

    // ISA's fields are fixed-width, so its separator recurs at characters 7 and 18: a CSV header
    // that happens to begin "ISA," does not.
    private static bool IsX12(ReadOnlySpan<byte> text)
    {
        if (text.Length < 4 || !text.StartsWith("ISA"u8)) return false;
        var separator = text[3];
        if (separator >= 0x80 || char.IsAsciiLetterOrDigit((char)separator) || char.IsWhiteSpace((char)separator)) return false;
        return text.Length < 18 || (text[6] == separator && text[17] == separator);
    }

    private static SniffResult Fail(string error) => new(InputFormat.Auto, ',', error);

    // Text files never contain NUL and are valid UTF-8. The prefix may end inside a multi-byte
    // character, so up to three trailing bytes are forgiven.
    private static bool LooksBinary(ReadOnlySpan<byte> text)
    {
        if (text.Contains((byte)0)) return true;
        for (var cut = 0; cut <= Math.Min(3, text.Length); cut++)
            if (Utf8.IsValid(text[..^cut])) return false;
        return true;
    }

    // Blank lines before the header are skipped (section 2), so the header is the first line that is
    // not blank by the reader's own definition (BlankLine).
    private static ReadOnlySpan<byte> HeaderLine(ReadOnlySpan<byte> text)
    {
        while (true)
        {
            var end = text.IndexOfAny((byte)'\r', (byte)'\n');
            var line = end < 0 ? text : text[..end];
            if (end < 0 || !BlankLine.Is(line)) return line;
            text = text[(end + 1)..];
        }
    }

    /// <summary>
    /// PRODUCT.md section 2: comma by default; a header that is tab- or semicolon-separated selects
    /// that separator. The separator that occurs most often in the header (outside quotes) wins;
    /// comma wins ties, so a plain header with no separator at all is read as comma-separated.
    /// </summary>
    internal static char SeparatorOf(ReadOnlySpan<byte> headerLine)
    {
        int commas = 0, semicolons = 0, tabs = 0;
        var quoted = false;
        foreach (var b in headerLine)
        {
            if (b == (byte)'"') quoted = !quoted;
            else if (quoted) continue;
            else if (b == (byte)',') commas++;
            else if (b == (byte)';') semicolons++;
            else if (b == (byte)'\t') tabs++;
        }
        if (tabs > commas && tabs >= semicolons) return '\t';
        if (semicolons > commas) return ';';
        return ',';
    }
}
