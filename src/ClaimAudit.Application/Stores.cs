using ClaimAudit.Core;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Reporting;

namespace ClaimAudit.Application;

// What the audit needs of storage, and no more. The adapters in ClaimAudit.Storage implement these
// over Azure Tables and Blobs; the application tests implement them in memory.

/// <summary>Batch records, by clinic and batch id.</summary>
public interface IBatchStore
{
    /// <summary>The record, or null when there is none (or the ids cannot name one).</summary>
    Task<BatchRecord?> GetAsync(string clinicId, string batchId, CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces the record.</summary>
    Task SaveAsync(BatchRecord record, CancellationToken cancellationToken = default);

    /// <summary>
    /// The clinic's batches received in [<paramref name="receivedFrom"/>, <paramref name="receivedBefore"/>), newest
    /// first, at most <paramref name="max"/> of them (the newest); an invalid clinic id has none.
    /// </summary>
    Task<IReadOnlyList<BatchRecord>> ListAsync(string clinicId, DateTimeOffset receivedFrom, DateTimeOffset receivedBefore, int max,
        CancellationToken cancellationToken = default);
}

/// <summary>
/// What earlier batches leave for later ones: the therapy ledger, note fingerprints and visit ledger of
/// a clinic's patients, each row marked with the batch id and batch version that wrote it, and the
/// patients' stored plans of care and authorisations (facts about the patient, not of one batch).
/// </summary>
public interface IHistoryStore
{
    /// <summary>
    /// The ledger, fingerprints, visit ledger (<see cref="BatchHistory.Visits"/>) and stored episodes
    /// (<see cref="BatchHistory.Episodes"/>) of the visits' patients, leaving out the rows <paramref name="batchId"/> itself wrote.
    /// </summary>
    Task<BatchHistory> LoadAsync(string clinicId, IReadOnlyList<Visit> visits, string? batchId = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the audit's ledger entries, fingerprints and visit ledger entries, replacing a visit's
    /// earlier rows, and merges its <see cref="AuditOutcome.EpisodeWrites"/> into the stored episodes (non-null fields win).
    /// </summary>
    Task SaveAsync(string clinicId, AuditOutcome outcome, string? batchId = null, string? version = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes the ledger, fingerprint and visit ledger rows <paramref name="batchId"/> wrote in an earlier version and
    /// <paramref name="version"/> did not write again; returns how many. Stored plans and authorisations are never deleted.
    /// </summary>
    Task<int> DeleteStaleAsync(string clinicId, string batchId, string version, CancellationToken cancellationToken = default);
}

/// <summary>Report sets, written whole per batch version.</summary>
public interface IReportStore
{
    /// <summary>
    /// Writes the report in every format (the JSON in <paramref name="schema"/>, PRODUCT.md section 8) as the set of <paramref name="version"/> in <paramref name="folder"/>;
    /// returns where that set is. A fault part-way leaves any earlier complete set as it was.
    /// </summary>
    Task<ReportPaths> WriteAsync(string folder, string version, AuditReport report, int schema = ReportJson.CurrentSchema, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the report as the other overload does and hands every visit to <paramref name="tap"/> too, during the one
    /// enumeration that writes it (each visit is evaluated once): how an audit keeps its claims (<see cref="AuditedClaimSpool"/>).
    /// The store does not dispose <paramref name="tap"/>.
    /// </summary>
    Task<ReportPaths> WriteAsync(string folder, string version, AuditReport report, ReportSink tap, int schema = ReportJson.CurrentSchema, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException($"{GetType().Name} cannot hand the report's visits on while writing it");

    /// <summary>Deletes reports no record names any more; missing ones are fine.</summary>
    Task DeleteAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default);
}

/// <summary>The payer profiles in force for a clinic.</summary>
public interface IPayerProfileStore
{
    /// <summary>The clinic's own profiles over the built-in ones.</summary>
    Task<PayerProfileSet> GetEffectiveSetAsync(string clinicId, CancellationToken cancellationToken = default);
}

/// <summary>A clinic's stored map and the ETag to send back with <c>If-Match</c>.</summary>
public sealed record StoredMap<T>(T Map, string ETag);

/// <summary>A clinic's own names for its exports (PRODUCT.md section 13).</summary>
public interface IClinicMapStore
{
    /// <summary>The clinic's column map, or null when it has none stored.</summary>
    Task<StoredMap<ColumnMap>?> GetColumnMapAsync(string clinicId, CancellationToken cancellationToken = default);

    /// <summary>The clinic's payer map, or null when it has none stored; its targets are not checked against the clinic's profiles.</summary>
    Task<StoredMap<PayerMap>?> GetPayerMapAsync(string clinicId, CancellationToken cancellationToken = default);
}

/// <summary>
/// The audited claims of a clinic (table <c>AuditedClaims</c>, partition = clinic; or a local store
/// folder): what the denial analytics match remittances against (PRODUCT.md section 11).
/// </summary>
public interface IAuditedClaimStore
{
    /// <summary>Stores the claims of a batch's audit, replacing earlier audits of the same visit ids.</summary>
    Task SaveAsync(string clinicId, string batchId, IEnumerable<Core.Analytics.AuditedClaim> claims, CancellationToken cancellationToken = default);

    /// <summary>The clinic's audited claims with a date of service in [firstDate, lastDate] (null = open), the latest audit of each visit.</summary>
    IAsyncEnumerable<Core.Analytics.AuditedClaim> ListAsync(string clinicId, DateOnly? firstDate = null, DateOnly? lastDate = null, CancellationToken cancellationToken = default);
}

/// <summary>The remittance advices a clinic has received (table <c>Remittances</c>, partition = clinic; or a local store folder).</summary>
public interface IRemittanceStore
{
    /// <summary>
    /// Stores the advices, each by its <see cref="Core.Remittances.RemittanceAdvice.Key"/>: the same advice again
    /// replaces itself (the same 835 twice counts once). Returns how many keys were new.
    /// </summary>
    Task<int> SaveAsync(string clinicId, IReadOnlyList<Core.Remittances.RemittanceAdvice> advices, CancellationToken cancellationToken = default);

    IAsyncEnumerable<Core.Remittances.RemittanceAdvice> ListAsync(string clinicId, CancellationToken cancellationToken = default);
}
