using System.Globalization;
using ClaimAudit.Core.Model;

namespace ClaimAudit.Core.Ingest;

/// <summary>
/// How the fields of an input row are written (PRODUCT.md sections 2 and 13): dates, minutes,
/// counts, dollars, yes/no and provider roles as EMR exports and spreadsheets write them. Pure
/// parsing of one cell, allocation-free; what a bad value means for its row is
/// <see cref="VisitAssembler"/>'s to say.
/// </summary>
internal static class FieldSyntax
{
    // Section 2 and 13: ISO, US with a four- or two-digit year (two digits: 2000..2049, then 1950..1999,
    // the invariant calendar's window), and the YYYYMMDD of claim files.
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "M/d/yyyy", "M/d/yy", "yyyyMMdd"];

    /// <summary>Excel's day 0 (1899-12-30, so that serial 61 is 1900-03-01 despite Lotus's 29 February 1900).</summary>
    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);

    /// <summary>
    /// A date of service as exports write it (section 13): the formats above; a date-time, whose
    /// date part counts ("2026-03-04T09:30:00", "3/4/2026 9:30 AM"); or an Excel serial day number
    /// ("46085", "46085.375"), which a spreadsheet saved to CSV writes for an unformatted date cell.
    /// </summary>
    public static bool TryParseDate(ReadOnlySpan<char> text, out DateOnly date)
    {
        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date)) return true;
        var split = text.IndexOfAny(' ', 'T');
        if (split > 0 && LooksLikeTime(text[(split + 1)..].TrimStart()))
            return DateOnly.TryParseExact(text[..split], DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        return TryParseExcelSerial(text, out date);
    }

    // "9:30", "09:30:00", "9:30 AM", "09:30:00.000Z", "09:30:00-05:00": digits, then a colon.
    private static bool LooksLikeTime(ReadOnlySpan<char> text)
    {
        var colon = text.IndexOf(':');
        return colon is 1 or 2 && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[colon - 1]);
    }

    // Five-digit serials only (1927..2173): shorter numbers are more likely a typo than a date.
    private static bool TryParseExcelSerial(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        var point = text.IndexOf('.');
        var whole = point < 0 ? text : text[..point];
        if (whole.Length != 5 || !int.TryParse(whole, NumberStyles.None, CultureInfo.InvariantCulture, out var serial)) return false;
        if (point >= 0 && (point == text.Length - 1 || text[(point + 1)..].ContainsAnyExceptInRange('0', '9'))) return false;
        date = ExcelEpoch.AddDays(serial);
        return true;
    }

    /// <summary>
    /// Minutes as exports write them (section 13): "23", "23.0", "23 min", "23 mins", "23 minutes";
    /// a whole number 0..<see cref="ServiceLine.MaxMinutes"/>.
    /// </summary>
    public static bool TryParseMinutes(ReadOnlySpan<char> text, out int minutes)
    {
        foreach (var unit in MinuteUnits)
        {
            if (!text.EndsWith(unit, StringComparison.OrdinalIgnoreCase)) continue;
            var number = text[..^unit.Length].TrimEnd();
            // "23min" and "23 min", but not a word that merely ends in "min".
            if (number.IsEmpty || !char.IsAsciiDigit(number[^1])) break;
            text = number;
            break;
        }
        return TryParseCount(text, ServiceLine.MaxMinutes, out minutes);
    }

    private static readonly string[] MinuteUnits = ["minutes", "minute", "mins", "min"];

    /// <summary>
    /// A whole number 0..max, however it is written: "20.0" and "2e1" (a spreadsheet's or a JSON
    /// writer's way of saying 20; in JSON they are the same number as 20) are accepted, in CSV and
    /// JSON alike. A fraction, a sign or a number beyond decimal's range is not.
    /// </summary>
    public static bool TryParseCount(ReadOnlySpan<char> text, int max, out int value)
    {
        value = 0;
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var number)) return false;
        if (number != decimal.Truncate(number) || number > max) return false;
        value = (int)number;
        return true;
    }

    /// <summary>Dollars, with an optional leading '$' and thousands commas: "1,210.50", "$1210.5".</summary>
    public static bool TryParseDollars(ReadOnlySpan<char> text, out decimal amount)
    {
        if (text.StartsWith("$")) text = text[1..].TrimStart();
        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out amount);
    }

    /// <summary>Section 2's one_on_one: Y/N, yes/no, true/false or 1/0 in any case; null for anything else.</summary>
    public static bool? ParseYesNo(ReadOnlySpan<char> text)
    {
        if (Is(text, "y") || Is(text, "yes") || Is(text, "true") || Is(text, "1")) return true;
        if (Is(text, "n") || Is(text, "no") || Is(text, "false") || Is(text, "0")) return false;
        return null;
    }

    /// <summary>
    /// Section 2 disciplines and section 13 credentials, case and punctuation ignored: PT, DPT, MPT →
    /// PT; PTA, LPTA → PTA; OT, OTR, OTR/L → OT; COTA, OTA → OTA; SLP, CCC-SLP → SLP. (Exact names
    /// only: Enum.TryParse would also take "1" as PTA.)
    /// </summary>
    public static bool TryParseRole(ReadOnlySpan<char> text, out ProviderRole role)
    {
        role = ProviderRole.PT;
        Span<char> buffer = stackalloc char[16];
        var n = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c)) continue;
            if (n == buffer.Length) return false;
            buffer[n++] = char.ToUpperInvariant(c);
        }
        switch (buffer[..n])
        {
            case "PT" or "DPT" or "MPT": role = ProviderRole.PT; return true;
            case "PTA" or "LPTA": role = ProviderRole.PTA; return true;
            case "OT" or "OTR" or "OTRL": role = ProviderRole.OT; return true;
            case "OTA" or "COTA": role = ProviderRole.OTA; return true;
            case "SLP" or "CCCSLP": role = ProviderRole.SLP; return true;
            default: return false;
        }
    }

    private static bool Is(ReadOnlySpan<char> text, string word) => text.Equals(word, StringComparison.OrdinalIgnoreCase);
}
