using Azure.Data.Tables;
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
/// </summary>
public sealed class AuditedClaimStore(AuditStorage storage) : IAuditedClaimStore
{
    private const int MaxTransaction = 100;
    // A transaction's body may be 4 MiB; strings count two bytes a character.
    private const long MaxTransactionChars = 1_500_000;
    // An entity may be 1 MiB: 15 pieces of 30,000 characters (900 KB) is the most one visit's JSON may take.
    private const int MaxPieces = 15;
    private const int Parallelism = 4;
    internal const string JsonProperty = "Json";

    private TableClient Table => storage.Table(AuditStorage.AuditedClaimsTable);

    public async Task SaveAsync(string clinicId, string batchId, IEnumerable<AuditedClaim> claims, CancellationToken cancellationToken = default)
    {
        var partition = ClinicIds.Normalize(clinicId);
        await storage.EnsureTablesAsync(cancellationToken);
        await Parallel.ForEachAsync(Transactions(partition, claims), new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (chunk, ct) => await Table.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), ct));
    }

    // Lazily, so only the transactions in flight are in memory. A visit id twice in one transaction is an error: the later one wins.
    private static IEnumerable<List<TableEntity>> Transactions(string partition, IEnumerable<AuditedClaim> claims)
    {
        var chunk = new Dictionary<string, TableEntity>(StringComparer.Ordinal);
        long chars = 0;
        foreach (var claim in claims)
        {
            var entity = ToEntity(partition, claim, out var length);
            if (chunk.Count > 0 && (chunk.Count == MaxTransaction || chars + length > MaxTransactionChars) && !chunk.ContainsKey(entity.RowKey))
            {
                yield return [.. chunk.Values];
                chunk.Clear();
                chars = 0;
            }
            chunk[entity.RowKey] = entity;
            chars += length;
        }
        if (chunk.Count > 0) yield return [.. chunk.Values];
    }

    private static TableEntity ToEntity(string partition, AuditedClaim claim, out long length)
    {
        var json = StoreJson.Serialize(claim);
        var pieces = EscapedKeys.Cut(json);
        if (pieces.Count > MaxPieces)
            throw new InvalidOperationException($"an audited visit of batch {claim.BatchId} has {claim.Lines.Count} lines, too many to store for the analytics (its JSON is {json.Length:N0} characters; at most {MaxPieces * 30_000:N0})");
        var entity = new TableEntity(partition, EscapedKeys.Escape(claim.VisitId))
        {
            ["BatchId"] = claim.BatchId,
            ["DateOfService"] = claim.DateOfService.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
        for (var i = 0; i < pieces.Count; i++) entity[PieceName(i)] = pieces[i];
        length = json.Length + 200;
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
