using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace ClaimAudit.Storage;

/// <summary>
/// Table keys may not contain <c>/ \ # ?</c> or control characters. Identifiers that come from a
/// clinic's files (patient and visit ids) are therefore never used raw: they are hashed, which also
/// keeps them out of keys and storage logs.
/// </summary>
public static partial class TableKeys
{
    /// <summary>The identifier as a key: its <see cref="Sha256Hex"/>.</summary>
    public static string Hash(string identifier) => Sha256Hex.Of(identifier);

    /// <summary>Whether <see cref="ClinicIds"/> reads this as a clinic id (in either case; the stored form is lower-case).</summary>
    public static bool IsValidClinicId([NotNullWhen(true)] string? clinicId) => ClinicIds.TryNormalize(clinicId, out _);

    /// <summary>Payer ids (row keys of PayerProfiles): letters, digits, '.', '_' and '-', 1–64 characters.</summary>
    public static bool IsValidPayerId(string? payerId) => Core.Payers.PayerProfileJson.IsValidPayerId(payerId);

    /// <summary>Batch ids a client may choose: letters, digits, '.', '_' and '-', 1–100 characters.</summary>
    public static bool IsValidBatchId([NotNullWhen(true)] string? batchId) => batchId is not null && BatchIdPattern().IsMatch(batchId);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")]
    private static partial Regex BatchIdPattern();
}
