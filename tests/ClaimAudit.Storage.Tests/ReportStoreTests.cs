using ClaimAudit.Application;
using ClaimAudit.Core.Reporting;

namespace ClaimAudit.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class ReportStoreTests(AzuriteFixture azurite)
{
    private static AuditReport Report(string batchId, string? fileError = null) => new()
    {
        BatchId = batchId, ClinicId = "c", GeneratedAt = DateTimeOffset.UnixEpoch, FileError = fileError, Summary = new(), Visits = [], RejectedRows = [],
    };

    [Fact]
    public async Task A_report_set_is_returned_as_its_version_folder_and_published_over_the_stable_paths()
    {
        var store = new ReportStore(azurite.Storage);
        var folder = $"{AzuriteFixture.NewClinicId()}/march.csv";

        var first = await store.WriteAsync(folder, "1", Report("b-1", "first"));
        var second = await store.WriteAsync(folder, "2", Report("b-1", "second"));

        Assert.Equal(new ReportPaths($"{folder}/v-1/report.json", $"{folder}/v-1/report.csv", $"{folder}/v-1/report.html"), first);
        Assert.Equal($"{folder}/v-2/report.html", second.PathOf(ReportFormat.Html));
        foreach (var format in ReportFormat.All)
            Assert.Equal(await azurite.ReadReportAsync(second.PathOf(format)), await azurite.ReadReportAsync($"{folder}/report.{format.Extension}"));
        Assert.Contains("first", await azurite.ReadReportAsync(first.Json));

        await store.DeleteAsync(first.All);
        Assert.All(first.All, path => Assert.Null(azurite.ReadReportAsync(path).GetAwaiter().GetResult()));
        Assert.NotNull(await azurite.ReadReportAsync(second.Json));
    }
}
