using System.Text;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Reporting;
using ClaimAudit.Core.Units;

namespace ClaimAudit.Application.Tests;

/// <summary>The audit's orchestration, over in-memory stores: what it writes, in which order, and what it records when something fails.</summary>
public sealed class BatchAuditorTests
{
    private const string ClinicId = "clinic-1";

    /// <summary>A clinic's own payer: 8-minute rule, illustrative rates.</summary>
    private static readonly PayerProfile Acme = new()
    {
        PayerId = "acme",
        Name = "Acme Health (test)",
        UnitMethod = UnitMethod.Cms,
        Rates = new Dictionary<string, decimal> { ["97112"] = 40m, ["97110"] = 30m },
    };

    /// <summary>Two visits of one patient: V-1 47 minutes (3 units), V-2 30 minutes (2 units).</summary>
    private const string AcmeCsv = """
        visit_id,patient_id,date_of_service,payer_id,cpt_code,minutes,billed_units,billed_modifiers,diagnosis_codes,note
        V-1,P-77,2026-03-02,acme,97112,24,2,GP,I69.351,"NMR 24 min one-on-one, PNF D2 flexion pattern and perturbation training on BAPS board"
        V-1,P-77,2026-03-02,acme,97110,23,1,GP,I69.351,"TherEx 23 min"
        V-2,P-77,2026-03-09,acme,97110,30,2,GP,I69.351,"TherEx 30 min"
        """;

    private readonly InMemoryBatchStore _batches = new();
    private readonly InMemoryHistoryStore _history = new();
    private readonly InMemoryReportStore _reports = new();
    private readonly InMemoryPayerProfileStore _profiles = new();
    private readonly InMemoryClinicMapStore _maps = new();

    public BatchAuditorTests() => _profiles.ByClinic[ClinicId] = [Acme];

    private BatchAuditor Auditor(IngestLimits? limits = null) =>
        new(_profiles, _batches, _history, _reports, _maps, new FakeFaultClassifier(), limits);

    private static UploadedBatch Upload(string content, string etag = "\"0x1\"", string name = "march.csv", Action? onOpen = null, string batchId = "blob-1",
        int reportSchema = ReportJson.CurrentSchema)
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        return new UploadedBatch(ClinicId, batchId, name, etag, bytes.Length, $"{ClinicId}/{name}", "ver-" + etag.Trim('"'), _ =>
        {
            onOpen?.Invoke();
            return Task.FromResult<Stream>(new MemoryStream(bytes));
        }, ReportSchema: reportSchema);
    }

    private static PostedBatch Post(string content, InputFormat format = InputFormat.Csv) =>
        new(ClinicId, new MemoryStream(Encoding.UTF8.GetBytes(content)), format, null, "posted-1",
            declared => declared ?? "api-fallback", batchId => $"{ClinicId}/_api/{batchId}");

    [Fact]
    public async Task An_upload_is_recorded_as_received_then_audited_with_its_counts_report_set_and_history()
    {
        var result = await Auditor().AuditUploadAsync(Upload(AcmeCsv));

        Assert.Equal([BatchStatus.Received, BatchStatus.Audited], _batches.Saves.Select(s => s.Status));
        var row = _batches.Row(ClinicId, "blob-1")!;
        Assert.Equal((BatchStatus.Audited, 2, 3, 0, false, (string?)null), (row.Status, row.Visits, row.Lines, row.RejectedRows, row.Retryable, row.Error));
        Assert.Equal(("blob", "march.csv", "\"0x1\""), (row.Source, row.SourceName, row.SourceETag));
        Assert.Equal(new ReportPaths($"{ClinicId}/march.csv/v-ver-0x1/report.json", $"{ClinicId}/march.csv/v-ver-0x1/report.csv", $"{ClinicId}/march.csv/v-ver-0x1/report.html"), row.Reports);
        Assert.Equal(2, _reports.Blobs[row.Reports!.Json].Summary.Visits);
        Assert.Equal("blob-1", _reports.Blobs[$"{ClinicId}/march.csv/report.json"].BatchId);
        // The HTML report names the uploaded file beside the clinic (issue 13).
        Assert.Equal("march.csv", _reports.Blobs[row.Reports!.Html].SourceName);
        // One ledger row per visit, marked with the batch and version that wrote it.
        Assert.Equal(["V-1", "V-2"], _history.Ledger.Keys.Select(k => k.VisitId).Order());
        Assert.All(_history.Ledger.Values, v => Assert.Equal(("blob-1", "ver-0x1"), (v.BatchId, v.Version)));
        Assert.Equal((false, (string?)null, (string?)null, (string?)null), (result.AlreadyAudited, result.FileError, result.InternalError, result.SetupError));
    }

    [Fact]
    public async Task A_redelivery_of_the_same_version_changes_nothing()
    {
        var auditor = Auditor();
        await auditor.AuditUploadAsync(Upload(AcmeCsv));
        var saves = _batches.Saves.Count;
        var opened = false;

        var again = await auditor.AuditUploadAsync(Upload(AcmeCsv, onOpen: () => opened = true));

        Assert.True(again.AlreadyAudited);
        Assert.False(opened);
        Assert.Equal(saves, _batches.Saves.Count);
        Assert.Equal(BatchStatus.Audited, again.Record.Status);
    }

    [Fact]
    public async Task A_new_version_replaces_the_previous_versions_history_and_report_set()
    {
        var auditor = Auditor();
        await auditor.AuditUploadAsync(Upload(AcmeCsv, etag: "\"0x1\""));
        var first = _batches.Row(ClinicId, "blob-1")!.Reports!;

        // The clinic drops V-2 and uploads the file again.
        var withoutV2 = string.Join('\n', AcmeCsv.Split('\n').Where(line => !line.StartsWith("V-2", StringComparison.Ordinal)));
        await auditor.AuditUploadAsync(Upload(withoutV2, etag: "\"0x2\""));

        var row = _batches.Row(ClinicId, "blob-1")!;
        Assert.Equal(1, row.Visits);
        Assert.Equal($"{ClinicId}/march.csv/v-ver-0x2/report.json", row.ReportJsonPath);
        Assert.Equal(["V-1"], _history.Ledger.Keys.Select(k => k.VisitId));
        Assert.All(first.All, path => Assert.DoesNotContain(path, _reports.Blobs.Keys));
        Assert.Equal(1, _reports.Blobs[$"{ClinicId}/march.csv/report.json"].Summary.Visits);
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_is_a_failed_batch_with_a_report_saying_why_and_no_history()
    {
        var result = await Auditor().AuditUploadAsync(Upload("this is not a batch\n\u0000\u0001", name: "scan.csv"));

        Assert.NotNull(result.FileError);
        Assert.Null(result.InternalError);
        var row = _batches.Row(ClinicId, "blob-1")!;
        Assert.Equal((BatchStatus.Failed, false, result.FileError), (row.Status, row.Retryable, row.Error));
        Assert.Equal(result.FileError, _reports.Blobs[row.ReportJsonPath!].FileError);
        Assert.Empty(_history.Ledger);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_failed_without_being_opened()
    {
        var opened = false;

        var result = await Auditor(new IngestLimits { MaxBytes = 100 }).AuditUploadAsync(Upload(AcmeCsv, onOpen: () => opened = true));

        Assert.False(opened);
        Assert.Equal(BatchStatus.Failed, result.Record.Status);
        Assert.Contains("over the 100-byte limit", result.FileError);
    }

    [Fact]
    public async Task A_transient_fault_is_recorded_as_retryable_and_rethrown_and_the_record_keeps_the_previous_complete_set()
    {
        var auditor = Auditor();
        await auditor.AuditUploadAsync(Upload(AcmeCsv, etag: "\"0x1\""));
        var previous = _batches.Row(ClinicId, "blob-1")!.Reports;
        _reports.FailWrites = FakeStorageException.Busy();

        await Assert.ThrowsAsync<FakeStorageException>(() => auditor.AuditUploadAsync(Upload(AcmeCsv, etag: "\"0x2\"")));

        var row = _batches.Row(ClinicId, "blob-1")!;
        Assert.Equal((BatchStatus.Failed, true), (row.Status, row.Retryable));
        Assert.Equal("transient storage fault (HTTP 503 ServerBusy); the audit is retried", row.Error);
        Assert.Equal(previous, row.Reports);
        // A retry of that version is not a redelivery of a finished one: it audits.
        _reports.FailWrites = null;
        var retried = await auditor.AuditUploadAsync(Upload(AcmeCsv, etag: "\"0x2\""));
        Assert.False(retried.AlreadyAudited);
        Assert.Equal((BatchStatus.Audited, false), (_batches.Row(ClinicId, "blob-1")!.Status, _batches.Row(ClinicId, "blob-1")!.Retryable));
    }

    [Fact]
    public async Task The_record_names_the_schema_of_the_JSON_report_it_points_at_while_a_new_version_in_another_schema_is_audited()
    {
        // Version 1 asked for schema 1; version 2 (schema 2) fails part-way, then is retried.
        var auditor = Auditor();
        await auditor.AuditUploadAsync(Upload(AcmeCsv, etag: "\"0x1\"", reportSchema: 1));
        Assert.Equal(1, _batches.Row(ClinicId, "blob-1")!.ReportSchema);
        _reports.FailWrites = FakeStorageException.Busy();
        await Assert.ThrowsAsync<FakeStorageException>(() => auditor.AuditUploadAsync(Upload(AcmeCsv, etag: "\"0x2\"", reportSchema: 2)));

        // Still serving version 1's set, so still schema 1: GET ?schema=1 must find it, ?schema=2 must not be given it.
        var failed = _batches.Row(ClinicId, "blob-1")!;
        Assert.Equal((BatchStatus.Failed, true), (failed.Status, failed.Retryable));
        Assert.Equal(1, failed.ReportSchema);

        _reports.FailWrites = null;
        await auditor.AuditUploadAsync(Upload(AcmeCsv, etag: "\"0x2\"", reportSchema: 2));
        Assert.Equal(2, _batches.Row(ClinicId, "blob-1")!.ReportSchema);
        // Every row ever saved that names a set names the schema that set's JSON was written in.
        Assert.All(_batches.Saves.Where(s => s.Reports is not null), s => Assert.Equal(_reports.JsonSchemas[s.Reports!.Json], s.ReportSchema));
    }

    [Fact]
    public async Task A_posted_batch_records_the_schema_it_asked_for()
    {
        var posted = Post(AcmeCsv) with { ReportSchema = 1 };

        var result = await Auditor().AuditPostedAsync(posted);

        Assert.Equal(1, result.Record.ReportSchema);
        Assert.Equal(1, _batches.Row(ClinicId, result.Record.BatchId)!.ReportSchema);
        Assert.Equal(1, _reports.JsonSchemas[result.Record.Reports!.Json]);
    }

    [Fact]
    public async Task Storage_that_refuses_is_recorded_as_our_fault_not_the_files()
    {
        _profiles.Fail = FakeStorageException.Forbidden();

        var result = await Auditor().AuditUploadAsync(Upload(AcmeCsv));

        Assert.Equal("storage refused the request (HTTP 403 AuthorizationFailure); check the app's access to the storage account", result.InternalError);
        Assert.Null(result.FileError);
        var row = _batches.Row(ClinicId, "blob-1")!;
        Assert.Equal((BatchStatus.Failed, false, result.InternalError), (row.Status, row.Retryable, row.Error));
        Assert.Equal(result.InternalError, _reports.Blobs[row.ReportJsonPath!].FileError);
    }

    [Fact]
    public async Task A_corrupt_stored_row_is_named_in_the_failure_and_anything_else_only_by_its_type()
    {
        _profiles.Fail = new CorruptRowException("the stored payer profile 'acme' (clinic) is not valid: unitMethod; replace it");
        Assert.Equal("the stored payer profile 'acme' (clinic) is not valid: unitMethod; replace it", (await Auditor().AuditUploadAsync(Upload(AcmeCsv))).InternalError);

        // An unexpected fault's message may quote the input: only its type is recorded.
        _profiles.Fail = new InvalidOperationException("row 2: P-77 Smith, John");
        var result = await Auditor().AuditUploadAsync(Upload(AcmeCsv, etag: "\"0x2\""));
        Assert.Equal("the audit failed unexpectedly (InvalidOperationException)", result.InternalError);
        Assert.DoesNotContain("P-77", _batches.Row(ClinicId, "blob-1")!.Error);
    }

    [Fact]
    public async Task A_failure_that_cannot_even_be_recorded_escapes()
    {
        _profiles.Fail = new InvalidOperationException("boom");
        _batches.FailSaves = FakeStorageException.Forbidden();

        await Assert.ThrowsAsync<FakeStorageException>(() => Auditor().AuditUploadAsync(Upload(AcmeCsv)));
    }

    [Fact]
    public async Task A_cancelled_audit_is_not_recorded_as_a_failure()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var upload = Upload(AcmeCsv) with { Open = ct => Task.FromException<Stream>(new OperationCanceledException(ct)) };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Auditor().AuditUploadAsync(upload, cancelled.Token));

        Assert.Equal(BatchStatus.Received, _batches.Row(ClinicId, "blob-1")!.Status);
    }

    [Fact]
    public async Task The_clinics_column_and_payer_maps_read_its_export()
    {
        _maps.Columns[ClinicId] = ColumnMap.Parse("""{"Svc Dt": "date_of_service"}"""u8);
        _maps.Payers[ClinicId] = PayerMap.Parse("""{"Acme Health PPO": "acme"}"""u8);
        const string export = """
            Encounter ID,Patient Account,Svc Dt,Primary Insurance,CPT,Treatment Minutes
            V-1,P-77,2026-03-02,Acme Health PPO,97110,23
            """;

        var result = await Auditor().AuditUploadAsync(Upload(export));

        Assert.Equal((BatchStatus.Audited, 1, 0), (result.Record.Status, result.Record.Visits, result.RejectedRows.Count));
    }

    [Fact]
    public async Task A_payer_map_naming_a_profile_the_clinic_no_longer_has_stops_the_audit_as_a_setup_error()
    {
        _maps.Payers[ClinicId] = PayerMap.Parse("""{"Acme Health PPO": "acme"}"""u8);
        _profiles.ByClinic[ClinicId] = [];

        var result = await Auditor().AuditUploadAsync(Upload(AcmeCsv));

        Assert.Null(result.FileError);
        Assert.Contains("PUT /api/payer-map", result.SetupError);
        Assert.Equal(BatchStatus.Failed, result.Record.Status);
        Assert.Equal(result.SetupError, _reports.Blobs[result.Record.ReportJsonPath!].FileError);
        Assert.Empty(_history.Ledger);
    }

    [Fact]
    public async Task A_posted_batch_takes_the_id_it_declares_and_is_recorded_only_once_named()
    {
        const string json = """
            {"batchId": "acme-2026-03-09", "visits": [{"visitId": "V-9", "patientId": "P-1", "dateOfService": "2026-03-09", "payerId": "acme",
              "lines": [{"code": "97110", "minutes": 30, "billedUnits": 2, "billedModifiers": ["GP"]}]}]}
            """;

        var result = await Auditor().AuditPostedAsync(Post(json, InputFormat.Json));

        Assert.Equal("acme-2026-03-09", result.Record.BatchId);
        Assert.Equal([BatchStatus.Audited], _batches.Saves.Select(s => s.Status));
        Assert.Equal(("api", 1), (_batches.Row(ClinicId, "acme-2026-03-09")!.Source, _batches.Row(ClinicId, "acme-2026-03-09")!.Visits));
        Assert.Equal($"{ClinicId}/_api/acme-2026-03-09/v-posted-1/report.json", result.Record.ReportJsonPath);
    }

    [Fact]
    public async Task A_posted_batch_that_cannot_be_read_or_fails_before_it_is_read_keeps_the_id_given_for_none()
    {
        var unreadable = await Auditor().AuditPostedAsync(Post("not,a\n\u0000"));
        Assert.Equal(("api-fallback", BatchStatus.Failed), (unreadable.Record.BatchId, unreadable.Record.Status));
        Assert.NotNull(_reports.Blobs[$"{ClinicId}/_api/api-fallback/report.json"].FileError);

        // Failed before its content named it: recorded under that id, with no report folder to write to.
        _profiles.Fail = new InvalidOperationException("boom");
        var failed = await Auditor().AuditPostedAsync(Post(AcmeCsv) with { Version = "posted-2" });
        Assert.Equal("api-fallback", failed.Record.BatchId);
        Assert.NotNull(failed.InternalError);
        Assert.DoesNotContain(_reports.Blobs.Keys, p => p.Contains("v-posted-2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_later_batch_counts_the_ledger_an_earlier_one_left_but_a_new_version_of_a_batch_does_not_count_its_own()
    {
        // KX threshold $2,480 for 2026 (PRODUCT.md section 4), 97110 at $100 a unit.
        _profiles.ByClinic[ClinicId] = [Acme with { PayerId = "acme-kx", KxThresholds = new Dictionary<string, decimal> { ["2026"] = 2480m }, Rates = new Dictionary<string, decimal> { ["97110"] = 100m } }];
        const string header = "visit_id,patient_id,date_of_service,payer_id,cpt_code,minutes,billed_units,billed_modifiers,diagnosis_codes\n";
        // Six visits × 4 units × $100 = $2,400.
        var february = header + string.Concat(Enumerable.Range(1, 6).Select(i => $"V-{i},P-1,2026-02-{i + 1:00},acme-kx,97110,60,4,GP,M54.50\n"));
        var auditor = Auditor();
        await auditor.AuditUploadAsync(Upload(february, etag: "\"0x1\"", name: "february.csv"));

        // A new version of the same batch, its visits under new ids (a re-export): still $2,400, not $4,800.
        var again = await auditor.AuditUploadAsync(Upload(february.Replace("V-", "E-"), etag: "\"0x2\"", name: "february.csv"));
        Assert.DoesNotContain("MOD_KX_MISSING", _reports.Blobs[again.Record.ReportJsonPath!].Summary.ByRule.Keys);

        // Another batch: one more unit, $2,500, past the threshold without KX.
        var march = await auditor.AuditUploadAsync(Upload(header + "V-7,P-1,2026-03-02,acme-kx,97110,15,1,GP,M54.50\n", name: "march.csv", batchId: "blob-2"));
        Assert.Contains("MOD_KX_MISSING", _reports.Blobs[march.Record.ReportJsonPath!].Summary.ByRule.Keys);
    }

    [Fact]
    public async Task A_refused_upload_is_a_failed_record_with_a_report_saying_why_once_per_version()
    {
        var refused = new RefusedUpload(BatchRecord.UnroutedClinicId, "blob-9", "x.csv", "\"0x1\"", 10, "_refused/x.csv", "ver-1", "the file is not in a clinic's folder");

        var result = await Auditor().RecordRefusedUploadAsync(refused);
        var again = await Auditor().RecordRefusedUploadAsync(refused);

        Assert.Equal("the file is not in a clinic's folder", result.FileError);
        var row = _batches.Row(BatchRecord.UnroutedClinicId, "blob-9")!;
        Assert.Equal((BatchStatus.Failed, "the file is not in a clinic's folder", "_refused/x.csv/v-ver-1/report.json"), (row.Status, row.Error, row.ReportJsonPath));
        Assert.Equal("the file is not in a clinic's folder", _reports.Blobs["_refused/x.csv/report.json"].FileError);
        Assert.True(again.AlreadyAudited);
        Assert.Single(_batches.Saves);
    }
}
