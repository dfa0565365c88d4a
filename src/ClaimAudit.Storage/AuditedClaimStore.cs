using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ClaimAudit.Application;
using ClaimAudit.Core.Analytics;
using System.Runtime.CompilerServices;
using System.Text;

namespace ClaimAudit.Storage;

/// <summary>
/// The <c>AuditedClaims</c> table: one row per audited visit, partition = clinic id (normalised), row key =
/// the visit id (<see cref="EscapedKeys">escaped</see>), so a later audit of the visit replaces the earlier
/// one. Columns: <c>BatchId</c>, <c>DateOfService</c> (yyyy-MM-dd, so the date range is a key-free string
/// filter), and the claim's JSON (<see cref="StoreJson"/>) in <c>Json</c>, continued in <c>Json1</c>, <c>Json2</c>…
/// when longer than a string property holds. Claims are written in transactions of up to 100 rows (and
/// under the 4 MiB a transaction may carry), a few at a time, taken from the enumeration as they come.
/// A save is the batch's whole audit: rows of the batch whose visit it no longer has are deleted after it.
/// </summary>
public sealed class AuditedClaimStore(AuditStorage storage, ILogger<AuditedClaimStore>? logger = null) : IAuditedClaimStore
{
    private const int MaxTransaction = 100;
    // A transaction's body may be 4 MiB; strings count two bytes a character.
    private const long MaxTransactionChars = 1_500_000;
    // An entity may be 1 MiB: 15 pieces of 30,000 characters (900 KB) is the most one visit's JSON may take.
    private const int MaxPieces = 15;
    private const int Parallelism = 4;
    internal const string JsonProperty = "Json";
    private const string BatchIdProperty = "BatchId";

    private readonly ILogger _log = logger ?? NullLogger<AuditedClaimStore>.Instance;

    private TableClient Table => storage.Table(AuditStorage.AuditedClaimsTable);

    /// <summary>
    /// Stores the batch's claims and then deletes the rows of <paramref name="batchId"/> this save did not write (visits
    /// the batch no longer has), as the CLI's store rewrites the batch's file. A visit too large to store (its JSON over
    /// 15 × 30,000 characters) is left out and counted in one warning, rather than failing an audit whose report is written.
    /// </summary>
    public async Task SaveAsync(string clinicId, string batchId, IEnumerable<AuditedClaim> claims, CancellationToken cancellationToken = default)
    {
        var partition = ClinicIds.Normalize(clinicId);
        await storage.EnsureTablesAsync(cancellationToken);
        var save = new Save();
        // Parallel.ForEachAsync takes the transactions from the enumeration one at a time, so Save needs no lock.
        await Parallel.ForEachAsync(Transactions(partition, claims, save), new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (chunk, ct) => await Table.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), ct));
        if (save.TooLarge > 0)
            // Counts and ids of the clinic and batch only: a visit id identifies a patient's visit.
            _log.LogWarning("Clinic {ClinicId}, batch {BatchId}: {Count} audited visits are too large to keep for the denial analytics (JSON over {MaxChars} characters) and were not stored",
                partition, batchId, save.TooLarge, MaxPieces * 30_000);
        await DeleteStaleAsync(partition, batchId, save.Written, cancellationToken);
    }

    private sealed class Save
    {
        public HashSet<string> Written { get; } = new(StringComparer.Ordinal);
        public int TooLarge { get; set; }
    }

    // Rows still marked with this batch that the save did not write. A visit moved to another batch since carries that batch's id and is left alone.
    private async Task DeleteStaleAsync(string partition, string batchId, HashSet<string> written, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and BatchId eq {batchId}");
        var stale = new List<TableEntity>();
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
            if (!written.Contains(row.RowKey)) stale.Add(row);
        await Parallel.ForEachAsync(stale.Chunk(MaxTransaction), new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (chunk, ct) =>
            {
                try
                {
                    // With the ETag read: a row another batch's audit rewrote meanwhile is not deleted.
                    await Table.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.Delete, e, e.ETag)), ct);
                }
                catch (TableTransactionFailedException)
                {
                    // One row changed or went: the rest one by one, leaving those.
                    foreach (var row in chunk)
                    {
                        try
                        {
                            await Table.DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, ct);
                        }
                        catch (RequestFailedException e) when (e.Status is 404 or 412)
                        {
                        }
                    }
                }
            });
    }

    // Lazily, so only the transactions in flight are in memory. A visit id twice in one transaction is an error: the later one wins.
    private static IEnumerable<List<TableEntity>> Transactions(string partition, IEnumerable<AuditedClaim> claims, Save save)
    {
        var chunk = new Dictionary<string, TableEntity>(StringComparer.Ordinal);
        long chars = 0;
        foreach (var claim in claims)
        {
            if (ToEntity(partition, claim, out var length) is not { } entity)
            {
                save.TooLarge++;
                continue;
            }
            if (chunk.Count > 0 && (chunk.Count == MaxTransaction || chars + length > MaxTransactionChars) && !chunk.ContainsKey(entity.RowKey))
            {
                yield return [.. chunk.Values];
                chunk.Clear();
                chars = 0;
            }
            chunk[entity.RowKey] = entity;
            save.Written.Add(entity.RowKey);
            chars += length;
        }
        if (chunk.Count > 0) yield return [.. chunk.Values];
    }

    // Null when the visit's JSON is longer than an entity holds.
    private static TableEntity? ToEntity(string partition, AuditedClaim claim, out long length)
    {
        var json = StoreJson.Serialize(claim);
        length = json.Length + 200;
        var pieces = EscapedKeys.Cut(json);
        if (pieces.Count > MaxPieces) return null;
        var entity = new TableEntity(partition, EscapedKeys.Escape(claim.VisitId))
        {
            [BatchIdProperty] = claim.BatchId,
            ["DateOfService"] = claim.DateOfService.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
        for (var i = 0; i < pieces.Count; i++) entity[PieceName(i)] = pieces[i];
        return entity;
    }

    private static string PieceName(int i) => i == 0 ? JsonProperty : JsonProperty + i.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public async IAsyncEnumerable<AuditedClaim> ListAsync(string clinicId, DateOnly? firstDate = null, DateOnly? lastDate = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (!ClinicIds.TryNormalize(clinicId, out var partition)) yield break;
        await storage.EnsureTablesAsync(cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        if (firstDate is { } first) filter += " and " + TableClient.CreateQueryFilter($"DateOfService ge {first.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}");
        if (lastDate is { } last) filter += " and " + TableClient.CreateQueryFilter($"DateOfService le {last.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}");
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            var json = new StringBuilder();
            for (var i = 0; entity.GetString(PieceName(i)) is { } piece; i++) json.Append(piece);
            yield return StoreJson.ReadClaim(json.ToString());
        }
    }
}
