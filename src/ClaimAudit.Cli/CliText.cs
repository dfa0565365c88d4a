using System.Globalization;
using ClaimAudit.Core.Payers;

namespace ClaimAudit.Cli;

/// <summary>Wording the commands share, so "1 error" and "unknown payer …; known: …" read the same everywhere.</summary>
internal static class CliText
{
    /// <summary>"1 error", "27 errors", "40,000 visits": a count with its noun in the right number.</summary>
    public static string Count(int n, string singular, string? plural = null) =>
        $"{Number(n)} {(n == 1 ? singular : plural ?? singular + "s")}";

    /// <summary>"40,000": thousands separated whatever the machine's culture, as the HTML report prints them.</summary>
    public static string Number(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>"unknown payer 'acme'; known: commercial-ama, commercial-strict, medicare" — the ids a user can give instead.</summary>
    public static string UnknownPayer(string id, PayerProfileSet profiles) =>
        $"unknown payer '{id}'; known: {string.Join(", ", profiles.All.Select(p => p.PayerId).Order(StringComparer.Ordinal))}";

    /// <summary>
    /// True, after saying so on <paramref name="stderr"/>, when <paramref name="file"/> names a directory:
    /// otherwise the open fails with "Access to the path is denied" (or FileInfo.Exists says "no such
    /// file"), which sends the user looking at permissions instead of at the argument.
    /// </summary>
    /// <param name="what">What the file is, e.g. "payer profile file"; empty for the command's FILE.</param>
    public static bool IsDirectory(FileInfo? file, string what, TextWriter stderr)
    {
        if (file is null || !Directory.Exists(file.FullName)) return false;
        // ToString() is the path as the user typed it (e.g. "samples/"), which is what they will recognise.
        // Escaped like the other messages: a file name can hold control characters that would drive the terminal.
        new TerminalSafeWriter(stderr).WriteLine($"claimaudit: {(what.Length == 0 ? "" : what + " ")}'{file}' is a directory; give a file");
        return true;
    }
}
