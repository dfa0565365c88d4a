using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace ClaimAudit.Storage;

/// <summary>
/// The one place a clinic id is read. A clinic id names a folder of <c>visit-batches</c> and
/// <c>audit-reports</c>, a partition of every table and the owner of an API key, and blob names are
/// case-sensitive: read raw, <c>T71dd/</c> and <c>t71dd/</c> would be two clinics with two ledgers. So
/// every id that enters — the first folder of an uploaded blob, the id a key is minted for, the keys
/// the stores write under — goes through <see cref="Normalize"/>: ASCII letters (read in lower case),
/// digits and '-', 1–63 characters, starting with a letter or digit. Anything else is refused, never
/// folded, so no two spellings outside the safe set can meet in one clinic either.
/// </summary>
public static partial class ClinicIds
{
    /// <summary>The safe set, worded for error messages and the docs.</summary>
    public const string Rule = "a clinic id has 1-63 characters: letters a-z (upper-case letters are read as lower-case), digits and '-', starting with a letter or digit";

    /// <summary>The clinic id in its one stored form (lower-case), or false when it is outside the safe set.</summary>
    public static bool TryNormalize([NotNullWhen(true)] string? raw, [NotNullWhen(true)] out string? clinicId)
    {
        // Checked before lower-casing: only ASCII passes, so ToLowerInvariant cannot fold a look-alike into the set.
        clinicId = raw is not null && SafePattern().IsMatch(raw) ? raw.ToLowerInvariant() : null;
        return clinicId is not null;
    }

    /// <summary>The clinic id in its stored form; <see cref="ArgumentException"/> saying <see cref="Rule"/> when it is not one.</summary>
    public static string Normalize(string? raw, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(raw))] string? paramName = null) =>
        TryNormalize(raw, out var clinicId) ? clinicId
            : throw new ArgumentException($"'{Printable(raw)}' is not a valid clinic id: {Rule}", paramName);

    // The refused id is echoed for the operator; control characters would garble a terminal or a log line.
    private static string Printable(string? raw) =>
        raw is null ? "" : string.Concat(raw.Take(80).Select(c => char.IsControl(c) ? '?' : c));

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex SafePattern();
}
