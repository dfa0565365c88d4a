using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;

namespace ClaimAudit.Storage;

/// <summary>
/// The storage account ClaimAudit keeps its state in (one connection, <c>AuditStorage</c>): the blob
/// containers for uploaded batches and reports, and the tables for profiles, batches, keys, the
/// therapy ledger, note fingerprints, the clinics' column and payer maps, the
/// patients' episodes of care and visit ledger, and the audited claims and 835 remittances of the denial analytics. Creates them on first use.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "One instance lives as long as the app; its SemaphoreSlim never allocates a wait handle (AvailableWaitHandle is not used), so there is nothing to release.")]
public sealed class AuditStorage
{
    public const string ConnectionName = "AuditStorage";
    public const string BatchContainer = "visit-batches";
    public const string ReportContainer = "audit-reports";
    public const string PayerProfilesTable = "PayerProfiles";
    public const string BatchesTable = "Batches";
    public const string ClinicKeysTable = "ClinicKeys";
    public const string LedgerTable = "TherapyLedger";
    public const string FingerprintsTable = "NoteFingerprints";
    public const string ColumnMapsTable = "ColumnMaps";
    public const string PayerMapTable = "PayerMap";
    /// <summary>Plans of care and authorisations by clinic and patient (<see cref="EpisodeStore"/>).</summary>
    public const string EpisodesTable = "Episodes";
    /// <summary>One row per audited visit, for counting visits and treatment days across batches (<see cref="EpisodeStore"/>).</summary>
    public const string VisitLedgerTable = "VisitLedger";
    /// <summary>One row per audited visit, for the denial analytics (<see cref="AuditedClaimStore"/>).</summary>
    public const string AuditedClaimsTable = "AuditedClaims";
    /// <summary>The 835 remittance advices a clinic has received (<see cref="RemittanceStore"/>).</summary>
    public const string RemittancesTable = "Remittances";
    /// <summary>835 files uploaded for a clinic: <c>remittances/{clinicId}/{name}</c>.</summary>
    public const string RemittanceContainer = "remittances";
    /// <summary>What became of each uploaded 835: <c>remittances-results/{clinicId}/{name}.json</c>.</summary>
    public const string RemittanceResultContainer = "remittances-results";

    private static readonly string[] Tables = [PayerProfilesTable, BatchesTable, ClinicKeysTable, LedgerTable, FingerprintsTable, ColumnMapsTable, PayerMapTable, EpisodesTable, VisitLedgerTable, AuditedClaimsTable, RemittancesTable];
    private static readonly string[] Containers = [BatchContainer, ReportContainer, RemittanceContainer, RemittanceResultContainer];

    private readonly SemaphoreSlim _ensureLock = new(1, 1);
    private volatile bool _tablesEnsured;
    private volatile bool _containersEnsured;

    public AuditStorage(BlobServiceClient blobs, TableServiceClient tables)
    {
        Blobs = blobs;
        TablesClient = tables;
    }

    public BlobServiceClient Blobs { get; }
    public TableServiceClient TablesClient { get; }

    public BlobContainerClient Reports => Blobs.GetBlobContainerClient(ReportContainer);
    public BlobContainerClient Batches => Blobs.GetBlobContainerClient(BatchContainer);
    public BlobContainerClient Remittances => Blobs.GetBlobContainerClient(RemittanceContainer);
    public BlobContainerClient RemittanceResults => Blobs.GetBlobContainerClient(RemittanceResultContainer);
    public TableClient Table(string name) => TablesClient.GetTableClient(name);

    /// <summary>Creates the tables and containers once per process (idempotent; safe to call on every request).</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        await EnsureTablesAsync(cancellationToken);
        await EnsureContainersAsync(cancellationToken);
    }

    /// <summary>
    /// The tables only: a blob-service outage must not stop the <c>Batches</c> row from recording
    /// that the audit failed (and the other way round).
    /// </summary>
    public Task EnsureTablesAsync(CancellationToken cancellationToken = default) =>
        _tablesEnsured ? Task.CompletedTask : EnsureAsync(true, cancellationToken);

    /// <summary>The blob containers only.</summary>
    public Task EnsureContainersAsync(CancellationToken cancellationToken = default) =>
        _containersEnsured ? Task.CompletedTask : EnsureAsync(false, cancellationToken);

    private async Task EnsureAsync(bool tables, CancellationToken cancellationToken)
    {
        await _ensureLock.WaitAsync(cancellationToken);
        try
        {
            if (tables && !_tablesEnsured)
            {
                foreach (var table in Tables) await TablesClient.CreateTableIfNotExistsAsync(table, cancellationToken);
                _tablesEnsured = true;
            }
            else if (!tables && !_containersEnsured)
            {
                foreach (var container in Containers) await Blobs.GetBlobContainerClient(container).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
                _containersEnsured = true;
            }
        }
        finally
        {
            _ensureLock.Release();
        }
    }

    /// <summary>
    /// Clients outside dependency injection (the CLI's <c>keys create --storage</c>): a connection string
    /// (<c>UseDevelopmentStorage=true</c>, <c>DefaultEndpointsProtocol=…</c>) or an account endpoint URI
    /// (<c>https://acct.table.core.windows.net</c> or <c>https://acct.blob.core.windows.net</c>), the
    /// latter signed in with <see cref="DefaultAzureCredential"/> unless a credential is given.
    /// </summary>
    public static AuditStorage Create(string connectionStringOrUri, TokenCredential? credential = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionStringOrUri);
        if (Uri.TryCreate(connectionStringOrUri.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http")
        {
            credential ??= new DefaultAzureCredential();
            return new AuditStorage(new BlobServiceClient(ServiceUri(uri, "blob"), credential), new TableServiceClient(ServiceUri(uri, "table"), credential));
        }
        return new AuditStorage(new BlobServiceClient(connectionStringOrUri), new TableServiceClient(connectionStringOrUri));
    }

    // https://acct.table.core.windows.net → https://acct.blob.core.windows.net (and back).
    private static Uri ServiceUri(Uri any, string service)
    {
        var host = any.Host.Split('.');
        if (host.Length > 2 && host[1] is "blob" or "table" or "queue" or "file" or "dfs") host[1] = service;
        return new UriBuilder(any.Scheme, string.Join('.', host), any.Port) { Path = "/" }.Uri;
    }
}
