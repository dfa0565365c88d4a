using System.Text;

namespace ClaimAudit.Cli;

/// <summary>
/// Writes text from the input (ids, codes, payer names, quoted cell values) to a terminal with its
/// control characters made visible: an escape sequence in a visit id (<c>ESC[2J</c>, or OSC 52 that
/// writes the clipboard) must be printed, not obeyed. Line breaks and tabs pass; every other C0/C1
/// control, DEL and the bidirectional overrides (which reorder what the reader sees) become <c>\x1B</c>
/// or <c>\u202E</c>.
/// </summary>
internal sealed class TerminalSafeWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        if (IsSafe(value)) inner.Write(value);
        else inner.Write(Escape(value));
    }

    public override void Write(string? value)
    {
        if (value is null) return;
        if (!value.AsSpan().ContainsAnyExcept(SafeSearch) || AllSafe(value)) inner.Write(value);
        else foreach (var c in value) Write(c);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        foreach (var c in buffer.AsSpan(index, count)) Write(c);
    }

    public override void WriteLine(string? value)
    {
        Write(value);
        inner.WriteLine();
    }

    public override void Flush() => inner.Flush();

    // Printable ASCII and line breaks: the common case, checked in one vectorised pass.
    private static readonly System.Buffers.SearchValues<char> SafeSearch =
        System.Buffers.SearchValues.Create("\t\n\r !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    private static bool AllSafe(string value)
    {
        foreach (var c in value)
            if (!IsSafe(c)) return false;
        return true;
    }

    /// <summary>The text with its control characters made visible, as this writer would print it.</summary>
    internal static string Escaped(string text)
    {
        var escaped = new StringWriter();
        new TerminalSafeWriter(escaped).Write(text);
        return escaped.ToString();
    }

    internal static bool IsSafe(char c) =>
        c is '\n' or '\r' or '\t' || !(char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069');

    private static string Escape(char c) => c <= '\u00FF' ? $"\\x{(int)c:X2}" : $"\\u{(int)c:X4}";
}
