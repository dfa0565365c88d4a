using ClaimAudit.Functions.Functions;
using ClaimAudit.Functions.Http;
using ClaimAudit.Storage;

namespace ClaimAudit.Functions.Tests;

/// <summary>The function classes wired to Azurite the way Program.cs wires them in the host.</summary>
public sealed class FunctionFactory(AzuriteFixture azurite, ApiOptions? options = null)
{
    private readonly ApiOptions _options = options ?? new ApiOptions();
    private ClinicAuthenticator Auth => new(azurite.Keys);
    private PayerProfileStore Profiles => new(azurite.Storage);
    private ClinicMapStore Maps => new(azurite.Storage);

    public AuditUploadedBatch AuditUploadedBatch(TimeProvider? time = null) => new(azurite.Audits(time));
    public PostAudit PostAudit(TimeProvider? time = null) => new(Auth, azurite.Audits(time), new ReportStore(azurite.Storage), _options);
    public GetAudit GetAudit() => new(Auth, new BatchStore(azurite.Storage), new ReportStore(azurite.Storage));
    public ListPayers ListPayers() => new(Auth, Profiles);
    public GetPayer GetPayer() => new(Auth, Profiles);
    public PutPayer PutPayer() => new(Auth, Profiles, _options);
    public DeletePayer DeletePayer() => new(Auth, Profiles);
    public ComputeUnits ComputeUnits() => new(Auth, Profiles, _options);
    public GetColumnMap GetColumnMap() => new(Auth, Maps);
    public PutColumnMap PutColumnMap() => new(Auth, Maps, _options);
    public PreviewColumnMap PreviewColumnMap() => new(Auth, Maps, Core.Ingest.IngestLimits.Default, _options);
    public GetPayerMap GetPayerMap() => new(Auth, Maps);
    public PutPayerMap PutPayerMap() => new(Auth, Maps, Profiles, _options);
    public Health Health() => new(azurite.Storage);
}

public static class AzuriteAudits
{
    /// <summary>The audit over Azurite, as <see cref="BatchAuditService.Create"/> builds it outside dependency injection.</summary>
    public static BatchAuditService Audits(this AzuriteFixture azurite, TimeProvider? time = null) => BatchAuditService.Create(azurite.Storage, time: time);
}

public static class HostBinding
{
    /// <summary>
    /// Invokes the trigger with the values the host binds to <c>visit-batches/{clinicId}/{name}</c>:
    /// the first placeholder is greedy, so <c>demo-clinic/2026/march.csv</c> binds clinicId
    /// <c>demo-clinic/2026</c> and name <c>march.csv</c>.
    /// </summary>
    public static Task RunAsHost(this AuditUploadedBatch function, Azure.Storage.Blobs.BlobClient blob)
    {
        var last = blob.Name.LastIndexOf('/');
        return function.Run(blob, last < 0 ? "" : blob.Name[..last], blob.Name[(last + 1)..], default);
    }
}
