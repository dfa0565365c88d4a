using Azure.Data.Tables;
using ClaimAudit.Application;

namespace ClaimAudit.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class BatchStoreTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_record_round_trips_with_its_report_set_kept_in_the_three_path_columns()
    {
        var store = new BatchStore(azurite.Storage);
        var clinicId = AzuriteFixture.NewClinicId();
        var reports = new ReportPaths($"{clinicId}/march.csv/v-1/report.json", $"{clinicId}/march.csv/v-1/report.csv", $"{clinicId}/march.csv/v-1/report.html");
        var record = new BatchRecord
        {
            ClinicId = clinicId, BatchId = "blob-1", Status = BatchStatus.Audited, Source = "blob", SourceName = "march.csv", SourceETag = "\"0x1\"", SourceBytes = 120,
            ReceivedAt = new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero), CompletedAt = new DateTimeOffset(2026, 3, 2, 12, 0, 1, TimeSpan.Zero), DurationMs = 1000,
            Visits = 2, Lines = 3, RejectedRows = 1, CleanVisits = 1, Errors = 4, Warnings = 5, Infos = 6, Reports = reports,
        };

        await store.SaveAsync(record);
        var read = await store.GetAsync(clinicId, "blob-1");

        Assert.NotNull(read);
        Assert.Equal(reports, read.Reports);
        Assert.Equal(
            (record.Status, record.Source, record.SourceName, record.SourceETag, record.SourceBytes, record.ReceivedAt, record.CompletedAt, record.DurationMs),
            (read.Status, read.Source, read.SourceName, read.SourceETag, read.SourceBytes, read.ReceivedAt, read.CompletedAt, read.DurationMs));
        Assert.Equal((2, 3, 1, 1, 4, 5, 6, null, false), (read.Visits, read.Lines, read.RejectedRows, read.CleanVisits, read.Errors, read.Warnings, read.Infos, read.Error, read.Retryable));
        Assert.False(string.IsNullOrEmpty(read.ETag));
        // The stored schema is unchanged: GET /api/audits of rows written before the report set was one value reads them.
        var row = (await azurite.Tables.GetTableClient(AuditStorage.BatchesTable).GetEntityAsync<TableEntity>(clinicId, "blob-1")).Value;
        Assert.Equal(reports.All, new[] { row.GetString("ReportJsonPath"), row.GetString("ReportCsvPath"), row.GetString("ReportHtmlPath") });
    }

    [Fact]
    public async Task The_report_schema_round_trips_and_a_row_written_before_schema_2_reads_as_schema_1()
    {
        var store = new BatchStore(azurite.Storage);
        var clinicId = AzuriteFixture.NewClinicId();
        var reports = new ReportPaths($"{clinicId}/a/v-1/report.json", $"{clinicId}/a/v-1/report.csv", $"{clinicId}/a/v-1/report.html");
        foreach (var schema in new[] { 1, 2 })
            await store.SaveAsync(new BatchRecord { ClinicId = clinicId, BatchId = $"api-s{schema}", Source = "api", Status = BatchStatus.Audited, Reports = reports, ReportSchema = schema });

        Assert.Equal(1, (await store.GetAsync(clinicId, "api-s1"))!.ReportSchema);
        Assert.Equal(2, (await store.GetAsync(clinicId, "api-s2"))!.ReportSchema);

        // A row as the table held it before the ReportSchema column existed: its JSON report is schema 1.
        var old = new TableEntity(clinicId, "api-old")
        {
            ["Status"] = BatchStatus.Audited, ["Source"] = "api", ["ReceivedAt"] = new DateTimeOffset(2025, 12, 1, 9, 0, 0, TimeSpan.Zero),
            ["Visits"] = 1, ["Lines"] = 1, ["RejectedRows"] = 0, ["CleanVisits"] = 1, ["Errors"] = 0, ["Warnings"] = 0, ["Infos"] = 0, ["Retryable"] = false,
            ["ReportJsonPath"] = reports.Json, ["ReportCsvPath"] = reports.Csv, ["ReportHtmlPath"] = reports.Html,
        };
        await azurite.Tables.GetTableClient(AuditStorage.BatchesTable).UpsertEntityAsync(old);
        var read = await store.GetAsync(clinicId, "api-old");
        Assert.Equal((BatchStatus.Audited, reports, 1), (read!.Status, read.Reports, read.ReportSchema));
    }

    [Fact]
    public async Task A_record_without_reports_has_none_and_saving_it_again_changes_its_ETag()
    {
        var store = new BatchStore(azurite.Storage);
        var clinicId = AzuriteFixture.NewClinicId();
        var record = new BatchRecord { ClinicId = clinicId, BatchId = "api-1", Source = "api", Status = BatchStatus.Failed, Error = "the file could not be read", Retryable = true };

        await store.SaveAsync(record);
        var first = await store.GetAsync(clinicId, "api-1");
        await store.SaveAsync(record);
        var second = await store.GetAsync(clinicId, "api-1");

        Assert.Null(first!.Reports);
        Assert.Null(first.ReportJsonPath);
        Assert.Equal(("the file could not be read", true), (first.Error, first.Retryable));
        Assert.NotEqual(first.ETag, second!.ETag);
    }

    [Fact]
    public async Task The_unrouted_partition_is_readable_and_ids_that_cannot_be_keys_find_nothing()
    {
        var store = new BatchStore(azurite.Storage);
        var batchId = "blob-" + Guid.NewGuid().ToString("N")[..24];
        await store.SaveAsync(new BatchRecord { ClinicId = BatchRecord.UnroutedClinicId, BatchId = batchId, Status = BatchStatus.Failed });

        Assert.NotNull(await store.GetAsync(BatchRecord.UnroutedClinicId, batchId));
        Assert.Null(await store.GetAsync("_builtin", batchId));
        Assert.Null(await store.GetAsync(AzuriteFixture.NewClinicId(), "a/b"));
    }
}
