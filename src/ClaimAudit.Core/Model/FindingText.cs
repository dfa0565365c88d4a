using System.Globalization;
using System.Runtime.CompilerServices;

namespace ClaimAudit.Core.Model;

/// <summary>
/// Fills a rule's message or fix template with a finding's args: the one renderer of finding text,
/// for the engine's <see cref="Finding.Message"/> and <see cref="Finding.Fix"/> and for any report
/// that holds templates and args (the compact report, schema 2, PRODUCT.md section 8).
/// </summary>
/// <remarks>
/// <para>Template syntax, deliberately small:</para>
/// <list type="bullet">
/// <item><c>{name}</c> is the arg of that name; <c>{code}</c> is the finding's code. A name is
/// camelCase: a letter, then letters and digits.</item>
/// <item><c>{name:money}</c> writes a decimal (or int) as dollars, <c>$1,234.56</c>
/// (<see cref="Money.Format"/>); <c>{name:units}</c> writes an int as a unit count,
/// <c>1 unit</c> or <c>3 units</c>. These are the only formats.</item>
/// <item>Without a format a string is written as it is, an int and a decimal in the invariant
/// culture (<c>1234</c>, <c>0.85</c>; a decimal keeps the scale it carries).</item>
/// <item><c>{{</c> and <c>}}</c> are a literal brace.</item>
/// </list>
/// <para>A malformed template, an unknown name or format, <c>{code}</c> on a finding without a
/// code, or a value of another type throws <see cref="FormatException"/>: a template and its rule
/// disagreeing is a bug, never something to paper over with an empty string.</para>
/// </remarks>
public static class FindingText
{
    /// <summary>The placeholder of the finding's code.</summary>
    public const string CodeName = "code";

    /// <summary>Format of a dollar amount: <c>{amount:money}</c>.</summary>
    public const string MoneyFormat = "money";

    /// <summary>Format of a unit count: <c>{billed:units}</c>.</summary>
    public const string UnitsFormat = "units";

    /// <summary>The template with its placeholders filled and its escaped braces unescaped.</summary>
    public static string Render(string template, string? code, IReadOnlyList<FindingArg> args)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(args);
        // Most fixes are fixed prose: nothing to fill, nothing to allocate.
        if (template.AsSpan().IndexOfAny('{', '}') < 0) return template;

        var text = new DefaultInterpolatedStringHandler(template.Length, args.Count, CultureInfo.InvariantCulture);
        var rest = template.AsSpan();
        while (!rest.IsEmpty)
        {
            var brace = rest.IndexOfAny('{', '}');
            if (brace < 0) { text.AppendFormatted(rest); break; }
            text.AppendFormatted(rest[..brace]);
            rest = rest[brace..];
            if (rest.Length > 1 && rest[1] == rest[0])
            {
                text.AppendFormatted(rest[..1]);
                rest = rest[2..];
                continue;
            }
            var length = Placeholder(rest, template, out var name, out var format);
            AppendValue(ref text, ValueOf(name, code, args, template), format, template);
            rest = rest[length..];
        }
        return text.ToStringAndClear();
    }

    /// <summary>The names a template's placeholders use, in order of first use (<c>code</c> included).</summary>
    /// <exception cref="FormatException">The template is malformed or names an unknown format.</exception>
    public static IReadOnlyList<string> Placeholders(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var names = new List<string>();
        var rest = template.AsSpan();
        while (true)
        {
            var brace = rest.IndexOfAny('{', '}');
            if (brace < 0) return names;
            rest = rest[brace..];
            if (rest.Length > 1 && rest[1] == rest[0]) { rest = rest[2..]; continue; }
            var length = Placeholder(rest, template, out var name, out _);
            var s = name.ToString();
            if (!names.Contains(s)) names.Add(s);
            rest = rest[length..];
        }
    }

    // At a single brace: parses "{name}" or "{name:format}"; the length includes both braces.
    private static int Placeholder(ReadOnlySpan<char> at, string template, out ReadOnlySpan<char> name, out ReadOnlySpan<char> format)
    {
        if (at[0] == '}') throw Malformed(template, "a lone '}' (write '}}' for a literal brace)");
        var close = at.IndexOf('}');
        if (close < 0) throw Malformed(template, "a '{' without its '}' (write '{{' for a literal brace)");
        var inner = at[1..close];
        var colon = inner.IndexOf(':');
        name = colon < 0 ? inner : inner[..colon];
        format = colon < 0 ? [] : inner[(colon + 1)..];
        if (!IsName(name)) throw Malformed(template, $"'{{{inner}}}' is not a placeholder (a camelCase name, optionally ':money' or ':units')");
        if (colon >= 0 && !format.SequenceEqual(MoneyFormat) && !format.SequenceEqual(UnitsFormat))
            throw Malformed(template, $"unknown format '{format}' (money or units)");
        return close + 1;
    }

    private static bool IsName(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || !char.IsAsciiLetterLower(name[0])) return false;
        foreach (var c in name)
            if (!char.IsAsciiLetterOrDigit(c)) return false;
        return true;
    }

    private static object ValueOf(ReadOnlySpan<char> name, string? code, IReadOnlyList<FindingArg> args, string template)
    {
        if (name.SequenceEqual(CodeName))
            return code ?? throw new FormatException($"finding template \"{template}\" uses {{code}}, but the finding has no code");
        // Linear: a finding has a handful of args, and a dictionary per finding would cost more than it saves.
        for (var i = 0; i < args.Count; i++)
            if (name.SequenceEqual(args[i].Name)) return args[i].Value;
        throw new FormatException($"finding template \"{template}\" uses {{{name}}}, but the finding has no arg of that name");
    }

    private static void AppendValue(ref DefaultInterpolatedStringHandler text, object value, ReadOnlySpan<char> format, string template)
    {
        if (format.IsEmpty)
        {
            switch (value)
            {
                case string s: text.AppendFormatted(s); return;
                case int n: text.AppendFormatted(n); return;
                case decimal d: text.AppendFormatted(d); return;
            }
        }
        else if (format.SequenceEqual(MoneyFormat))
        {
            switch (value)
            {
                case decimal d: text.AppendFormatted(Money.Format(d)); return;
                case int n: text.AppendFormatted(Money.Format(n)); return;
            }
        }
        else if (value is int units)
        {
            // The only other format is units.
            text.AppendFormatted(units);
            text.AppendFormatted(units == 1 ? " unit" : " units");
            return;
        }
        throw new FormatException($"finding template \"{template}\": a {value?.GetType().Name ?? "null"} value cannot be written"
            + (format.IsEmpty ? "" : $" as {format}") + " (a string, an int or a decimal; money takes a number, units an int)");
    }

    private static FormatException Malformed(string template, string what) => new($"finding template \"{template}\" has {what}");
}
