using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using ClaimAudit.Application;
using ClaimAudit.Core.Analytics;
using ClaimAudit.Core.Remittances;

namespace ClaimAudit.Cli.LocalStore;

/// <summary>
/// The CLI's store folder (<c>--store DIR</c>, default <c>claimaudit-store</c>): what <c>audit --store</c> and
/// <c>remit</c> keep for <c>analytics</c>, one clinic per folder, no cloud.
/// <list type="bullet">
/// <item><c>DIR/claims/{batchId}.jsonl</c>: the audited claims of a batch, one JSON object a line; a re-audit of the batch rewrites the file.</item>
/// <item><c>DIR/remittances/{safe key}.json</c>: one remittance advice a file; the same key again overwrites it, so the same 835 twice counts once.</item>
/// </list>
/// Files are written to a temporary name beside them and then moved over, so a reader never sees half a file.
/// </summary>
public sealed class LocalStoreFolder(string directory)
{
    public const string DefaultDirectory = "claimaudit-store";

    public string Directory { get; } = directory;
    public string ClaimsDirectory => Path.Combine(Directory, "claims");
    public string RemittancesDirectory => Path.Combine(Directory, "remittances");
    public bool Exists => System.IO.Directory.Exists(Directory);

    public IAuditedClaimStore Claims => new ClaimFiles(this);
    public IRemittanceStore Remittances => new RemittanceFiles(this);

    /// <summary>
    /// A key as a file name: every character outside [A-Za-z0-9._-] becomes '_', then '-' and the first 12 hex
    /// characters of the key's SHA-256, so two keys that differ only in such characters never share a file.
    /// </summary>
    public static string SafeKey(string key)
    {
        var text = new StringBuilder(key.Length + 13);
        foreach (var c in key) text.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '_');
        return text.Append('-').Append(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12]).ToString();
    }

    /// <summary>A batch id as a file name: itself when it is already safe (not starting with '.'), else its <see cref="SafeKey"/>.</summary>
    public static string SafeBatchId(string batchId) =>
        batchId.Length is > 0 and <= 100 && batchId[0] != '.' && batchId.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-') ? batchId : SafeKey(batchId);

    private static async Task ReplaceAsync(string path, Func<Stream, Task> write, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
            {
                await write(file);
                await file.FlushAsync(cancellationToken);
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    private sealed class ClaimFiles(LocalStoreFolder folder) : IAuditedClaimStore
    {
        public Task SaveAsync(string clinicId, string batchId, IEnumerable<AuditedClaim> claims, CancellationToken cancellationToken = default) =>
            ReplaceAsync(Path.Combine(folder.ClaimsDirectory, SafeBatchId(batchId) + ".jsonl"), async stream =>
            {
                await using var writer = new StreamWriter(stream, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
                foreach (var claim in claims) await writer.WriteLineAsync(StoreJson.Serialize(claim).AsMemory(), cancellationToken);
            }, cancellationToken);

        /// <summary>
        /// The latest audit of every visit (by <see cref="AuditedClaim.AuditedAt"/>, across batches) whose date of service is in the range;
        /// holds one claim per visit in memory.
        /// </summary>
        public async IAsyncEnumerable<AuditedClaim> ListAsync(string clinicId, DateOnly? firstDate = null, DateOnly? lastDate = null,
            [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            if (!System.IO.Directory.Exists(folder.ClaimsDirectory)) yield break;
            var latest = new Dictionary<string, AuditedClaim>(StringComparer.Ordinal);
            foreach (var path in System.IO.Directory.EnumerateFiles(folder.ClaimsDirectory, "*.jsonl").Order(StringComparer.Ordinal))
            {
                using var reader = new StreamReader(path, Encoding.UTF8);
                var number = 0;
                while (await reader.ReadLineAsync(cancellationToken) is { } line)
                {
                    number++;
                    if (line.Length == 0) continue;
                    AuditedClaim claim;
                    try
                    {
                        claim = StoreJson.ReadClaim(line);
                    }
                    catch (System.Text.Json.JsonException)
                    {
                        throw new InvalidDataException($"{path}, line {number}, is not an audited claim; audit that batch again with --store, or remove the file");
                    }
                    if (!latest.TryGetValue(claim.VisitId, out var seen) || claim.AuditedAt >= seen.AuditedAt) latest[claim.VisitId] = claim;
                }
            }
            // The range is applied to the latest audit only: a re-audit that moved the date of service takes the
            // visit out of its old range, as the AuditedClaims table (one row per visit) does.
            foreach (var claim in latest.Values)
                if (!(firstDate is { } f && claim.DateOfService < f || lastDate is { } l && claim.DateOfService > l)) yield return claim;
        }
    }

    private sealed class RemittanceFiles(LocalStoreFolder folder) : IRemittanceStore
    {
        public async Task<int> SaveAsync(string clinicId, IReadOnlyList<RemittanceAdvice> advices, CancellationToken cancellationToken = default)
        {
            var added = 0;
            foreach (var advice in advices.GroupBy(a => a.Key, StringComparer.Ordinal).Select(g => g.Last()))
            {
                var path = Path.Combine(folder.RemittancesDirectory, SafeKey(advice.Key) + ".json");
                if (!File.Exists(path)) added++;
                var json = Encoding.UTF8.GetBytes(StoreJson.Serialize(advice));
                await ReplaceAsync(path, stream => stream.WriteAsync(json, cancellationToken).AsTask(), cancellationToken);
            }
            return added;
        }

        public async IAsyncEnumerable<RemittanceAdvice> ListAsync(string clinicId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            if (!System.IO.Directory.Exists(folder.RemittancesDirectory)) yield break;
            foreach (var path in System.IO.Directory.EnumerateFiles(folder.RemittancesDirectory, "*.json").Order(StringComparer.Ordinal))
            {
                RemittanceAdvice advice;
                try
                {
                    advice = StoreJson.ReadAdvice(await File.ReadAllTextAsync(path, cancellationToken));
                }
                catch (System.Text.Json.JsonException)
                {
                    throw new InvalidDataException($"{path} is not a stored remittance advice; run claimaudit remit on its 835 again, or remove the file");
                }
                yield return advice;
            }
        }
    }
}
