using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Azure;
using Azure.Data.Tables;
using ClaimAudit.Application;
using ClaimAudit.Core.Remittances;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClaimAudit.Storage;

/// <summary>
/// The <c>Remittances</c> table, partition = clinic id (normalised). An advice can be far larger than one
/// entity (1 MiB): a check paying 2,000 claims is megabytes of JSON. So each advice is a header row,
/// row key = its <see cref="RemittanceAdvice.Key"/> <see cref="EscapedKeys">escaped</see> (<c>Kind</c> = advice,
/// <c>Key</c>, <c>PaymentDate</c>, <c>Generation</c>, <c>Parts</c>, <c>Sha256</c> of the JSON), and part rows
/// <c>{escaped key}!{generation}!{n:D4}</c> carrying the advice's JSON (<see cref="StoreJson"/>) in pieces
/// (<c>Json</c>, <c>Json1</c>… up to 15 × 30,000 characters a row). A save writes a new generation's parts,
/// then the header naming them, then deletes the previous generation's parts: a reader that finds the parts its
/// header named gone reads the header again and finds the new generation complete. The same advice again (same JSON) is left as it is; the same key with other content replaces it.
/// </summary>
public sealed class RemittanceStore(AuditStorage storage, ILogger<RemittanceStore>? logger = null) : IRemittanceStore
{
    private readonly ILogger _log = logger ?? NullLogger<RemittanceStore>.Instance;
    private const string AdviceKind = "advice";
    private const int PiecesPerRow = 15;
    private const int Parallelism = 4;

    private TableClient Table => storage.Table(AuditStorage.RemittancesTable);

    public async Task<int> SaveAsync(string clinicId, IReadOnlyList<RemittanceAdvice> advices, CancellationToken cancellationToken = default)
    {
        var partition = ClinicIds.Normalize(clinicId);
        await storage.EnsureTablesAsync(cancellationToken);
        var added = 0;
        // One file may repeat a transaction: the last one of a key is the one kept.
        foreach (var advice in advices.GroupBy(a => a.Key, StringComparer.Ordinal).Select(g => g.Last()))
            if (await SaveAsync(partition, advice, cancellationToken)) added++;
        return added;
    }

    // True when the key was new.
    private async Task<bool> SaveAsync(string partition, RemittanceAdvice advice, CancellationToken cancellationToken)
    {
        var rowKey = EscapedKeys.Escape(advice.Key);
        var json = StoreJson.Serialize(advice);
        var sha = Sha256Hex.Of(json);
        var existing = await Table.GetEntityIfExistsAsync<TableEntity>(partition, rowKey, ["Generation", "Parts", "Sha256"], cancellationToken);
        var previous = existing.HasValue ? existing.Value : null;
        if (previous?.GetString("Sha256") == sha) return false;

        var generation = Guid.NewGuid().ToString("N")[..12];
        var pieces = EscapedKeys.Cut(json);
        var rows = pieces.Chunk(PiecesPerRow).Select((chunk, n) =>
        {
            var row = new TableEntity(partition, PartKey(rowKey, generation, n));
            for (var i = 0; i < chunk.Length; i++) row[PieceName(i)] = chunk[i];
            return row;
        }).ToList();
        await Parallel.ForEachAsync(rows, Options(cancellationToken), async (row, ct) => await Table.UpsertEntityAsync(row, TableUpdateMode.Replace, ct));
        var header = new TableEntity(partition, rowKey)
        {
            ["Kind"] = AdviceKind, ["Key"] = advice.Key, ["Generation"] = generation, ["Parts"] = rows.Count, ["Sha256"] = sha,
            ["PaymentDate"] = advice.PaymentDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Claims"] = advice.Claims.Count,
        };
        await Table.UpsertEntityAsync(header, TableUpdateMode.Replace, cancellationToken);
        if (previous?.GetString("Generation") is { } old && previous.GetInt32("Parts") is { } oldParts)
            await Parallel.ForEachAsync(Enumerable.Range(0, oldParts), Options(cancellationToken), async (n, ct) =>
                await Table.DeleteEntityAsync(partition, PartKey(rowKey, old, n), ETag.All, ct));
        return previous is null;
    }

    /// <summary>
    /// Every advice of the clinic. A header read just before a save replaced its advice names parts already deleted: that
    /// header is read again (it names the new generation) and its parts read. An advice still incomplete then is left out
    /// with a warning naming its key, never failing the whole listing (its 835 received again repairs it).
    /// </summary>
    public async IAsyncEnumerable<RemittanceAdvice> ListAsync(string clinicId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (!ClinicIds.TryNormalize(clinicId, out var partition)) yield break;
        await storage.EnsureTablesAsync(cancellationToken);
        var headers = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and Kind eq {AdviceKind}");
        await foreach (var listed in Table.QueryAsync<TableEntity>(headers, select: HeaderColumns, cancellationToken: cancellationToken))
        {
            var header = listed;
            var (json, found) = await ReadPartsAsync(partition, header, cancellationToken);
            if (json is null)
            {
                var again = await Table.GetEntityIfExistsAsync<TableEntity>(partition, header.RowKey, HeaderColumns, cancellationToken);
                if (again.HasValue && again.Value is { } current)
                {
                    header = current;
                    (json, found) = await ReadPartsAsync(partition, current, cancellationToken);
                }
                if (json is null)
                {
                    // The key is the payer's id and the payment's trace number: no patient's.
                    _log.LogWarning("Clinic {ClinicId}: remittance {Key} has {Found} of its {Parts} stored parts and was left out; receive its 835 again to repair it",
                        partition, header.GetString("Key") ?? header.RowKey, found, header.GetInt32("Parts"));
                    continue;
                }
            }
            yield return StoreJson.ReadAdvice(json);
        }
    }

    private static readonly string[] HeaderColumns = ["RowKey", "Key", "Generation", "Parts"];

    // The JSON of the generation the header names (null when not all of its parts are there), and how many parts were found.
    private async Task<(string? Json, int Found)> ReadPartsAsync(string partition, TableEntity header, CancellationToken cancellationToken)
    {
        var generation = header.GetString("Generation");
        var prefix = $"{header.RowKey}!{generation}!";
        // '"' follows '!': the range holds exactly this generation's parts, in order.
        var parts = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {prefix} and RowKey lt {header.RowKey + "!" + generation + "\""}");
        var json = new StringBuilder();
        var count = 0;
        await foreach (var part in Table.QueryAsync<TableEntity>(parts, cancellationToken: cancellationToken))
        {
            for (var i = 0; part.GetString(PieceName(i)) is { } piece; i++) json.Append(piece);
            count++;
        }
        return (generation is not null && count == header.GetInt32("Parts") ? json.ToString() : null, count);
    }

    private static string PartKey(string rowKey, string generation, int n) => $"{rowKey}!{generation}!{n.ToString("D4", CultureInfo.InvariantCulture)}";

    private static string PieceName(int i) => i == 0 ? "Json" : "Json" + i.ToString(CultureInfo.InvariantCulture);

    private static ParallelOptions Options(CancellationToken ct) => new() { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct };
}
