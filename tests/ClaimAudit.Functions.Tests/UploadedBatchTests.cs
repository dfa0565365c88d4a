using Azure.Data.Tables;
using ClaimAudit.Storage;

namespace ClaimAudit.Functions.Tests;

/// <summary>The blob trigger, invoked as the host would with a BlobClient on the uploaded file, against Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class UploadedBatchTests(AzuriteFixture azurite)
{
    private readonly FunctionFactory _functions = new(azurite);

    private async Task<string> NewAcmeClinicAsync()
    {
        var clinicId = AzuriteFixture.NewClinicId();
        await new PayerProfileStore(azurite.Storage).PutAsync(clinicId, TestProfiles.Acme, null);
        return clinicId;
    }

    private async Task<List<TableEntity>> LedgerRowsAsync(string clinicId)
    {
        var rows = new List<TableEntity>();
        // Ledger partitions start with the clinic id and '|'; '}' follows '|' in ASCII.
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {clinicId + "|"} and PartitionKey lt {clinicId + "}"}");
        await foreach (var row in azurite.Tables.GetTableClient(AuditStorage.LedgerTable).QueryAsync<TableEntity>(filter)) rows.Add(row);
        return rows;
    }

    [Fact]
    public async Task An_uploaded_workbook_is_read_from_the_sheet_its_blob_metadata_names()
    {
        var clinicId = await NewAcmeClinicAsync();
        string[][] rows = [.. TestBatches.AcmeCsv.Split('\n').Select(line => line.Trim().Split(',', 10))];
        var twoSheets = Core.Tests.Ingest.Xlsx.XlsxWriter.Write(
            ("Summary", [(1, ["Totals only"])]),
            ("Visits", rows.Select((cells, i) => (i + 1, cells.Cast<object?>().ToArray())).ToList()));
        var blob = azurite.BatchBlob(clinicId, "march.xlsx");
        await blob.UploadAsync(BinaryData.FromBytes(twoSheets), new Azure.Storage.Blobs.Models.BlobUploadOptions
        {
            Metadata = new Dictionary<string, string> { [BatchAuditService.SheetMetadata] = "Visits" },
        });

        await _functions.AuditUploadedBatch().RunAsHost(blob);

        var record = await new BatchStore(azurite.Storage).GetAsync(clinicId, BatchAuditService.BatchIdForBlob(clinicId, "march.xlsx"));
        Assert.NotNull(record);
        Assert.Equal((BatchStatus.Audited, 2, 0), (record.Status, record.Visits, record.RejectedRows));

        // Without the metadata the first sheet is read: a summary, not visits.
        var unnamed = azurite.BatchBlob(clinicId, "april.xlsx");
        await unnamed.UploadAsync(BinaryData.FromBytes(twoSheets), overwrite: true);
        await _functions.AuditUploadedBatch().RunAsHost(unnamed);
        var failed = await new BatchStore(azurite.Storage).GetAsync(clinicId, BatchAuditService.BatchIdForBlob(clinicId, "april.xlsx"));
        Assert.Equal(BatchStatus.Failed, failed!.Status);
        Assert.StartsWith("sheet 'Summary': no header row", failed.Error);
    }

    [Fact]
    public async Task An_uploaded_batch_in_a_subfolder_gets_its_reports_and_an_audited_Batches_row()
    {
        // The host binds clinicId = "{clinic}/2026", name = "march.csv" (greedy); the audit must still
        // see clinic {clinic} and file "2026/march.csv".
        var clinicId = await NewAcmeClinicAsync();
        var blob = await azurite.UploadAsync(clinicId, "2026/march.csv", TestBatches.AcmeCsv);

        await _functions.AuditUploadedBatch().RunAsHost(blob);

        var json = await azurite.ReadReportAsync($"{clinicId}/2026/march.csv/report.json");
        Assert.NotNull(json);
        var report = System.Text.Json.JsonDocument.Parse(json).RootElement;
        // Without blob metadata asking for schema 1, the JSON report is in schema 2 (PRODUCT.md section 8).
        Assert.Equal(2, report.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(clinicId, report.GetProperty("clinicId").GetString());
        Assert.Equal(2, report.GetProperty("summary").GetProperty("visits").GetInt32());
        // V-1: 24 + 23 = 47 min → 3 units under cms (PRODUCT.md section 3), 97112 ×2 and 97110 ×1.
        var v1 = report.GetProperty("visits").EnumerateArray().Single(v => v.GetProperty("visitId").GetString() == "V-1");
        Assert.Equal([("97112", 2), ("97110", 1)],
            v1.GetProperty("lines").EnumerateArray().Select(l => (l.GetProperty("code").GetString(), l.GetProperty("computedUnits").GetInt32())).ToArray());
        Assert.NotNull(await azurite.ReadReportAsync($"{clinicId}/2026/march.csv/report.csv"));
        Assert.Contains("<html", await azurite.ReadReportAsync($"{clinicId}/2026/march.csv/report.html"), StringComparison.OrdinalIgnoreCase);

        var batchId = BatchAuditService.BatchIdForBlob(clinicId, "2026/march.csv");
        Assert.Equal(batchId, report.GetProperty("batchId").GetString());
        var record = await new BatchStore(azurite.Storage).GetAsync(clinicId, batchId);
        Assert.NotNull(record);
        Assert.Equal(BatchStatus.Audited, record.Status);
        Assert.Equal((2, 3, 0), (record.Visits, record.Lines, record.RejectedRows));
        Assert.Equal((await blob.GetPropertiesAsync()).Value.ETag.ToString(), record.SourceETag);
        // The row names the complete set of this version; the stable paths hold the same report.
        Assert.StartsWith($"{clinicId}/2026/march.csv/v-", record.ReportJsonPath);
        Assert.Equal(json, await azurite.ReadReportAsync(record.ReportJsonPath!));
        Assert.Null(record.Error);

        // One ledger row per visit (both visits are PT lines: one KX group).
        Assert.Equal(2, (await LedgerRowsAsync(clinicId)).Count);
    }

    [Fact]
    public async Task The_same_blob_delivered_twice_yields_the_same_report_and_leaves_the_ledger_alone()
    {
        var clinicId = await NewAcmeClinicAsync();
        var blob = await azurite.UploadAsync(clinicId, "march.csv", TestBatches.AcmeCsv);
        var function = _functions.AuditUploadedBatch();

        await function.RunAsHost(blob);
        var report = azurite.Storage.Reports.GetBlobClient($"{clinicId}/march.csv/report.json");
        var first = (await report.DownloadContentAsync()).Value;
        var ledger = (await LedgerRowsAsync(clinicId)).ToDictionary(r => r.RowKey, r => r.ETag);

        await function.RunAsHost(blob);

        var second = (await report.DownloadContentAsync()).Value;
        Assert.Equal(first.Content.ToString(), second.Content.ToString());
        Assert.Equal(first.Details.ETag, second.Details.ETag);
        Assert.Equal(ledger, (await LedgerRowsAsync(clinicId)).ToDictionary(r => r.RowKey, r => r.ETag));
    }

    [Fact]
    public async Task A_replaced_blob_is_audited_again_and_its_visits_are_not_counted_twice()
    {
        var clinicId = await NewAcmeClinicAsync();
        var blob = await azurite.UploadAsync(clinicId, "march.csv", TestBatches.AcmeCsv);
        var function = _functions.AuditUploadedBatch();
        await function.RunAsHost(blob);

        // The clinic fixes V-2's minutes and uploads the file again under the same name.
        await azurite.UploadAsync(clinicId, "march.csv", TestBatches.AcmeCsv.Replace("97110,30,2", "97110,45,3"));
        await function.RunAsHost(blob);

        var report = System.Text.Json.JsonDocument.Parse((await azurite.ReadReportAsync($"{clinicId}/march.csv/report.json"))!).RootElement;
        var v2 = report.GetProperty("visits").EnumerateArray().Single(v => v.GetProperty("visitId").GetString() == "V-2");
        Assert.Equal(3, v2.GetProperty("lines")[0].GetProperty("computedUnits").GetInt32());
        var ledger = await LedgerRowsAsync(clinicId);
        Assert.Equal(2, ledger.Count);
        // V-2 is now 97110 ×3 at $30: the ledger holds the new amount, not the old one plus the new one.
        Assert.Equal(90m, decimal.Parse(ledger.Single(r => r.GetString("VisitId") == "V-2").GetString("Amount"), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_is_a_failed_batch_with_a_report_saying_why()
    {
        var clinicId = await NewAcmeClinicAsync();
        var blob = azurite.BatchBlob(clinicId, "scan.csv");
        await blob.UploadAsync(new BinaryData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A, 0x00, 0xFF, 0xFE, 0x00, 0x01 }), overwrite: true);

        await _functions.AuditUploadedBatch().RunAsHost(blob);

        var record = await new BatchStore(azurite.Storage).GetAsync(clinicId, BatchAuditService.BatchIdForBlob(clinicId, "scan.csv"));
        Assert.NotNull(record);
        Assert.Equal(BatchStatus.Failed, record.Status);
        Assert.False(record.Retryable);
        Assert.False(string.IsNullOrWhiteSpace(record.Error));
        var report = System.Text.Json.JsonDocument.Parse((await azurite.ReadReportAsync($"{clinicId}/scan.csv/report.json"))!).RootElement;
        Assert.Equal(record.Error, report.GetProperty("fileError").GetString());
        Assert.Equal(0, report.GetProperty("summary").GetProperty("visits").GetInt32());
        Assert.Empty(await LedgerRowsAsync(clinicId));

        // Delivered again: nothing to retry, nothing changes — neither the row nor the report is rewritten.
        var reportBlob = azurite.Storage.Reports.GetBlobClient($"{clinicId}/scan.csv/report.json");
        var reportETag = (await reportBlob.GetPropertiesAsync()).Value.ETag;
        await _functions.AuditUploadedBatch().RunAsHost(blob);
        var again = await new BatchStore(azurite.Storage).GetAsync(clinicId, record.BatchId);
        Assert.Equal(record.ETag, again!.ETag);
        Assert.Equal(reportETag, (await reportBlob.GetPropertiesAsync()).Value.ETag);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_failed_without_being_read()
    {
        var clinicId = await NewAcmeClinicAsync();
        var blob = await azurite.UploadAsync(clinicId, "big.csv", TestBatches.AcmeCsv);
        var audits = BatchAuditService.Create(azurite.Storage, new ClaimAudit.Core.Ingest.IngestLimits { MaxBytes = 100 });

        var result = await audits.AuditBlobAsync(blob);

        Assert.NotNull(result);
        Assert.Equal(BatchStatus.Failed, result.Record.Status);
        Assert.Contains("limit", result.Record.Error);
    }

    [Theory]
    [InlineData("_builtin/x.csv")]
    [InlineData("Not a clinic!/2026/x.csv")]
    public async Task An_upload_outside_a_valid_clinic_folder_is_a_visible_failed_batch_not_a_log_line(string blobName)
    {
        // A unique name: these rows share the reserved partition across test runs.
        blobName = blobName.Replace("x.csv", $"x-{Guid.NewGuid():N}.csv");
        var blob = azurite.Storage.Batches.GetBlobClient(blobName);
        await blob.UploadAsync(BinaryData.FromString(TestBatches.AcmeCsv), overwrite: true);

        await _functions.AuditUploadedBatch().RunAsHost(blob);

        var report = await azurite.ReadReportAsync($"{BatchAuditService.RefusedReportFolder}/{blobName}/report.json");
        Assert.NotNull(report);
        var fileError = System.Text.Json.JsonDocument.Parse(report).RootElement.GetProperty("fileError").GetString();
        Assert.Contains("visit-batches/{clinicId}/{fileName}", fileError);
        var rows = await RowsAsync(AuditStorage.BatchesTable, BatchAuditService.UnroutedPartition);
        var row = Assert.Single(rows, r => r.GetString("SourceName") == blobName);
        Assert.Equal(BatchStatus.Failed, row.GetString("Status"));
        Assert.Equal(fileError, row.GetString("Error"));
    }

    [Fact]
    public async Task A_blob_named_like_an_API_batchs_report_folder_is_refused_and_leaves_that_report_alone()
    {
        var clinicId = await NewAcmeClinicAsync();
        var posted = await azurite.Audits().AuditPostedAsync(clinicId,
            new MemoryStream(System.Text.Encoding.UTF8.GetBytes(TestBatches.AcmeCsv)), ClaimAudit.Core.Ingest.InputFormat.Csv);
        var apiReportPath = $"{clinicId}/_api/{posted.Record.BatchId}/report.json";
        var before = await azurite.ReadReportAsync(apiReportPath);
        Assert.NotNull(before);

        var blob = await azurite.UploadAsync(clinicId, $"_api/{posted.Record.BatchId}", "visit_id,patient_id\n");
        await _functions.AuditUploadedBatch().RunAsHost(blob);

        Assert.Equal(before, await azurite.ReadReportAsync(apiReportPath));
        var refused = await new BatchStore(azurite.Storage).GetAsync(clinicId, BatchAuditService.BatchIdForBlob(clinicId, $"_api/{posted.Record.BatchId}"));
        Assert.Equal(BatchStatus.Failed, refused!.Status);
        Assert.Contains("reserved", refused.Error);
    }

    private async Task<List<TableEntity>> RowsAsync(string table, string partition)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in azurite.Tables.GetTableClient(table).QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"))) rows.Add(row);
        return rows;
    }
}
