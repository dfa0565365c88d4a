using System.Text;
using Azure;
using Azure.Data.Tables;
using ClaimAudit.Application;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Payers;

namespace ClaimAudit.Storage;

/// <summary>
/// A stored map row that no longer parses (edited by hand, written by an older version): names the
/// map and the clinic so an operator can fix it, and says how the clinic replaces it. A server-side
/// fault, not the caller's.
/// </summary>
public sealed class StoredMapCorruptException(string what, string route, string clinicId, string reason)
    : StoredDataCorruptException($"the stored {what} of clinic '{clinicId}' is not valid ({reason}); replace it with PUT {route}")
{
    public string ClinicId { get; } = clinicId;
}

/// <summary>The lost-update case of a conditional map write: the map changed (or appeared, or was never stored) since the caller read it.</summary>
public sealed class MapConflictException(string message) : Exception(message);

/// <summary>
/// A clinic's own names for its exports (PRODUCT.md section 13): the column map in table
/// <c>ColumnMaps</c> and the payer map in table <c>PayerMap</c>. Partition = clinic id (<see cref="ClinicIds">normalised</see>), one row per
/// clinic (row key <c>map</c>), the map as JSON in the <c>Map</c> property — the same
/// <c>{"Their name": "our name"}</c> document the routes take and return (a map over one property's
/// 64 KiB goes on in <c>Map1</c>, <c>Map2</c>, …). A clinic without a row has the empty map.
/// </summary>
public sealed class ClinicMapStore(AuditStorage storage) : IClinicMapStore
{
    public const string RowKey = "map";
    public const string MapProperty = "Map";
    // A table string property holds 64 KiB of UTF-16 (32K characters); an entity 1 MiB in all.
    private const int ChunkChars = 30_000;
    private const int MaxChunks = 15;

    private static readonly Kind Columns = new(AuditStorage.ColumnMapsTable, "column map", "/api/column-map");
    private static readonly Kind Payers = new(AuditStorage.PayerMapTable, "payer map", "/api/payer-map");

    private sealed record Kind(string Table, string What, string Route);

    /// <summary>The clinic's column map, or null when it has none stored.</summary>
    public async Task<StoredMap<ColumnMap>?> GetColumnMapAsync(string clinicId, CancellationToken cancellationToken = default) =>
        await ReadAsync(Columns, clinicId, json => ColumnMap.Parse(json), cancellationToken);

    /// <summary>
    /// The clinic's payer map, or null when it has none stored. Its targets are not checked against
    /// the clinic's profiles here (a profile deleted since is the audit's concern, which names it).
    /// </summary>
    public async Task<StoredMap<PayerMap>?> GetPayerMapAsync(string clinicId, CancellationToken cancellationToken = default) =>
        await ReadAsync(Payers, clinicId, json => PayerMap.Parse(json), cancellationToken);

    /// <summary>Stores the clinic's column map; returns the new ETag. See <see cref="WriteAsync"/> for the preconditions.</summary>
    public Task<string> PutColumnMapAsync(string clinicId, ColumnMap map, string? ifMatch, bool ifNoneMatchAny = false, CancellationToken cancellationToken = default) =>
        WriteAsync(Columns, clinicId, map.ToJson(), ifMatch, ifNoneMatchAny, cancellationToken);

    /// <summary>Stores the clinic's payer map (validated by the caller against the clinic's profiles); returns the new ETag.</summary>
    public Task<string> PutPayerMapAsync(string clinicId, PayerMap map, string? ifMatch, bool ifNoneMatchAny = false, CancellationToken cancellationToken = default) =>
        WriteAsync(Payers, clinicId, map.ToJson(), ifMatch, ifNoneMatchAny, cancellationToken);

    private async Task<StoredMap<T>?> ReadAsync<T>(Kind kind, string clinicId, Func<byte[], T> parse, CancellationToken cancellationToken)
    {
        clinicId = ClinicIds.Normalize(clinicId);
        await storage.EnsureTablesAsync(cancellationToken);
        var found = await storage.Table(kind.Table).GetEntityIfExistsAsync<TableEntity>(clinicId, RowKey, cancellationToken: cancellationToken);
        if (!found.HasValue) return null;
        var entity = found.Value!;
        var json = entity.GetString(MapProperty) ?? throw new StoredMapCorruptException(kind.What, kind.Route, clinicId, $"the row has no {MapProperty} property");
        for (var i = 1; entity.GetString(MapProperty + i) is { } more; i++) json += more;
        try
        {
            return new StoredMap<T>(parse(Encoding.UTF8.GetBytes(json)), entity.ETag.ToString());
        }
        catch (InvalidDataException e)
        {
            throw new StoredMapCorruptException(kind.What, kind.Route, clinicId, e.Message);
        }
    }

    /// <summary>
    /// Writes the map. Without a precondition it creates or replaces. <paramref name="ifMatch"/>: only
    /// if the stored map still has that ETag (<c>*</c>: if one is stored); <paramref name="ifNoneMatchAny"/>
    /// (<c>If-None-Match: *</c>): only if none is stored. A failed precondition is <see cref="MapConflictException"/>;
    /// a map too large for a table row is <see cref="InvalidDataException"/>.
    /// </summary>
    private async Task<string> WriteAsync(Kind kind, string clinicId, string json, string? ifMatch, bool ifNoneMatchAny, CancellationToken cancellationToken)
    {
        clinicId = ClinicIds.Normalize(clinicId);
        await storage.EnsureTablesAsync(cancellationToken);
        var table = storage.Table(kind.Table);
        if (json.Length > ChunkChars * MaxChunks)
            throw new InvalidDataException($"the {kind.What} is too large to store ({json.Length:N0} characters as JSON; at most {ChunkChars * MaxChunks:N0})");
        var entity = new TableEntity(clinicId, RowKey) { [MapProperty] = "" };
        for (int start = 0, i = 0; start < json.Length; i++)
        {
            var length = Math.Min(ChunkChars, json.Length - start);
            if (start + length < json.Length && char.IsHighSurrogate(json[start + length - 1])) length--; // never split a surrogate pair
            entity[i == 0 ? MapProperty : MapProperty + i] = json.Substring(start, length);
            start += length;
        }
        Response response;
        try
        {
            if (!string.IsNullOrEmpty(ifMatch))
                response = await table.UpdateEntityAsync(entity, ifMatch == "*" ? ETag.All : new ETag(ifMatch), TableUpdateMode.Replace, cancellationToken);
            else if (ifNoneMatchAny)
                response = await table.AddEntityAsync(entity, cancellationToken);
            else
                response = await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404 && !string.IsNullOrEmpty(ifMatch))
        {
            throw new MapConflictException($"this clinic has no {kind.What} stored, so If-Match {ifMatch} cannot match; send the map without If-Match (or with If-None-Match: *) to create it");
        }
        catch (RequestFailedException e) when (e.Status == 400 && !string.IsNullOrEmpty(ifMatch) && ifMatch != "*")
        {
            // The table refuses an If-Match that is not in its ETag form at all: no ETag of the map can match it.
            throw new MapConflictException($"If-Match {ifMatch} is not an ETag of the {kind.What}; GET {kind.Route} for the current one and reapply the change");
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            throw new MapConflictException($"the {kind.What} was changed since ETag {ifMatch} was read; GET {kind.Route} again and reapply the change");
        }
        catch (RequestFailedException e) when (e.Status == 409 && ifNoneMatchAny)
        {
            throw new MapConflictException($"this clinic already has a {kind.What} (If-None-Match: * asked to create one only if none exists); GET {kind.Route} and send its ETag in If-Match to replace it");
        }
        return response.Headers.ETag?.ToString() ?? "";
    }
}
