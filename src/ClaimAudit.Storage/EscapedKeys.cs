using System.Text;

namespace ClaimAudit.Storage;

/// <summary>
/// Identifiers a payer or a clinic's files send (visit ids, remittance keys such as <c>87726/EFT0001</c>) as
/// table keys, readably and reversibly: letters, digits, '.', '_' and '-' stay; every other character
/// becomes '~' and the hex of its UTF-8 bytes (<c>/</c> → <c>~2F</c>), so no escaped key contains the
/// characters tables forbid (<c>/ \ # ?</c>, control characters), a '%' (which some table operations
/// mishandle) or a '!' (the separator of <see cref="RemittanceStore"/>'s part rows).
/// </summary>
public static class EscapedKeys
{
    public static string Escape(string identifier)
    {
        var text = new StringBuilder(identifier.Length);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in identifier.EnumerateRunes())
        {
            if (rune.IsAscii && (char.IsAsciiLetterOrDigit((char)rune.Value) || rune.Value is '.' or '_' or '-'))
            {
                text.Append((char)rune.Value);
                continue;
            }
            var n = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..n]) text.Append('~').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return text.ToString();
    }

    /// <summary>
    /// Cuts stored JSON into property-sized pieces: a string property holds at most 64 KiB (32K UTF-16
    /// characters); 30,000 characters leaves room, and no cut falls inside a surrogate pair.
    /// </summary>
    public static List<string> Cut(string text, int size = 30_000)
    {
        var parts = new List<string>();
        for (var start = 0; start < text.Length;)
        {
            var length = Math.Min(size, text.Length - start);
            if (start + length < text.Length && char.IsHighSurrogate(text[start + length - 1])) length--;
            parts.Add(text.Substring(start, length));
            start += length;
        }
        if (parts.Count == 0) parts.Add("");
        return parts;
    }
}
