using System.Security.Cryptography;
using Azure;
using Azure.Data.Tables;

namespace ClaimAudit.Storage;

/// <summary>
/// API keys of clinics (<c>ClinicKeys</c> table). Only the SHA-256 hash of a key is stored
/// (partition key = hash), so a key is shown once, when created, and looked up by its hash.
/// </summary>
public sealed class ClinicKeyStore(AuditStorage storage)
{
    private const string RowKey = "key";

    /// <summary>For the CLI: a store over a connection string or an account endpoint URI (see <see cref="AuditStorage.Create"/>).</summary>
    public static ClinicKeyStore Create(string connectionStringOrUri) => new(AuditStorage.Create(connectionStringOrUri));

    /// <summary>
    /// Creates a new key for the clinic (its id <see cref="ClinicIds.Normalize">normalised</see>; <see cref="ArgumentException"/>
    /// naming the rule for one outside the safe set) and returns it in plain text; it cannot be recovered later.
    /// </summary>
    public async Task<string> CreateAsync(string clinicId, CancellationToken cancellationToken = default)
    {
        clinicId = ClinicIds.Normalize(clinicId);
        await storage.EnsureTablesAsync(cancellationToken);
        var key = "ca_" + Base64Url(RandomNumberGenerator.GetBytes(32));
        var entity = new TableEntity(HashOf(key), RowKey)
        {
            ["ClinicId"] = clinicId,
            ["CreatedAt"] = DateTimeOffset.UtcNow,
        };
        await storage.Table(AuditStorage.ClinicKeysTable).AddEntityAsync(entity, cancellationToken);
        return key;
    }

    /// <summary>The clinic a key belongs to (its normalised id), or null for an unknown (or empty) key.</summary>
    public async Task<string?> FindClinicAsync(string? apiKey, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(apiKey) || apiKey.Length > 200) return null;
        await storage.EnsureTablesAsync(cancellationToken);
        var found = await storage.Table(AuditStorage.ClinicKeysTable)
            .GetEntityIfExistsAsync<TableEntity>(HashOf(apiKey.Trim()), RowKey, ["ClinicId"], cancellationToken);
        // Keys minted before ids were normalised may name the clinic in upper case: the clinic is the same one.
        return found.HasValue && ClinicIds.TryNormalize(found.Value!.GetString("ClinicId"), out var clinicId) ? clinicId : null;
    }

    /// <summary>Revokes a key; true when it existed.</summary>
    public async Task<bool> RevokeAsync(string apiKey, CancellationToken cancellationToken = default)
    {
        await storage.EnsureTablesAsync(cancellationToken);
        try
        {
            var response = await storage.Table(AuditStorage.ClinicKeysTable).DeleteEntityAsync(HashOf(apiKey.Trim()), RowKey, ETag.All, cancellationToken);
            return response.Status != 404;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return false;
        }
    }

    private static string HashOf(string apiKey) => Sha256Hex.Of(apiKey);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
