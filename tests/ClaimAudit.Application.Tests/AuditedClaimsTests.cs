using System.Text;
using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Units;

namespace ClaimAudit.Application.Tests;

/// <summary>An audit keeps its claims for the denial analytics (PRODUCT.md section 11).</summary>
public sealed class AuditedClaimsTests
{
    private const string ClinicId = "clinic-1";

    private static readonly PayerProfile Acme = new()
    {
        PayerId = "acme", Name = "Acme Health (test)", UnitMethod = UnitMethod.Cms,
        Rates = new Dictionary<string, decimal> { ["97112"] = 40m, ["97110"] = 30m },
    };

    // V-1: 97112 billed 3 units for 24 minutes (over-billed).
    private const string Csv = """
        visit_id,patient_id,date_of_service,payer_id,cpt_code,minutes,billed_units,billed_modifiers,diagnosis_codes,note
        V-1,P-77,2026-03-02,acme,97112,24,3,GP,I69.351,"NMR 24 min one-on-one, PNF D2 flexion pattern and perturbation training on BAPS board"
        V-1,P-77,2026-03-02,acme,97110,23,1,GP,I69.351,"TherEx 23 min"
        V-2,P-77,2026-03-09,acme,97110,30,2,GP,I69.351,"TherEx 30 min"
        """;

    private readonly InMemoryBatchStore _batches = new();
    private readonly InMemoryReportStore _reports = new();
    private readonly InMemoryPayerProfileStore _profiles = new();
    private readonly InMemoryAuditedClaimStore _claims = new();

    public AuditedClaimsTests() => _profiles.ByClinic[ClinicId] = [Acme];

    private BatchAuditor Auditor(IAuditedClaimStore? claims) =>
        new(_profiles, _batches, new InMemoryHistoryStore(), _reports, new InMemoryClinicMapStore(), new FakeFaultClassifier(), auditedClaims: claims);

    private static UploadedBatch Upload(string content)
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        return new UploadedBatch(ClinicId, "blob-1", "march.csv", "\"0x1\"", bytes.Length, $"{ClinicId}/march.csv", "ver-1",
            _ => Task.FromResult<Stream>(new MemoryStream(bytes)));
    }

    [Fact]
    public async Task After_an_audit_its_visits_are_stored_as_audited_claims_with_lines_line_controls_and_rules()
    {
        await Auditor(_claims).AuditUploadAsync(Upload(Csv));

        Assert.Equal(["V-1", "V-2"], _claims.Claims.Keys.Where(k => k.Clinic == ClinicId).Select(k => k.VisitId).Order());
        var v1 = _claims.Claims[(ClinicId, "V-1")];
        Assert.Equal(("blob-1", "acme", new DateOnly(2026, 3, 2)), (v1.BatchId, v1.PayerId, v1.DateOfService));
        Assert.Equal(["97112", "97110"], v1.Lines.Select(l => l.Code));
        // Rows are the lines of the file (the header is row 1): the claim lines went out as {visitId}-{row}.
        Assert.Equal(["V-1-2", "V-1-3"], v1.Lines.Select(l => l.LineControl));
        Assert.Equal([3, 1], v1.Lines.Select(l => l.BilledUnits));
        Assert.Equal(["GP"], v1.Lines[0].BilledModifiers);
        Assert.NotEmpty(v1.Lines[0].Rules);
        Assert.Equal(_reports.Blobs[$"{ClinicId}/march.csv/report.json"].Summary.CleanVisits, _claims.Claims.Values.Count(c => c.Status == "clean"));
        Assert.Contains(v1.Status, new[] { "warning", "error" });
        // The claims came from the enumeration that wrote the report, not a second one.
        Assert.Equal(1, _reports.TappedWrites);
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_stores_no_claims()
    {
        var result = await Auditor(_claims).AuditUploadAsync(Upload("not,a\u0000batch"));

        Assert.NotNull(result.FileError);
        Assert.Empty(_claims.Claims);
        Assert.Equal(0, _reports.TappedWrites);
    }

    [Fact]
    public async Task Without_a_claim_store_the_audit_is_as_before()
    {
        await Auditor(null).AuditUploadAsync(Upload(Csv));

        Assert.Equal(0, _reports.TappedWrites);
        Assert.Equal(BatchStatus.Audited, _batches.Row(ClinicId, "blob-1")!.Status);
    }
}
