using System.Text.Json;
using ClaimAudit.Core;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Reporting;

namespace ClaimAudit.Functions.Tests;

/// <summary>The shipped sample batches through both cloud surfaces: the adapters must not change what the engine finds.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SampleBatchTests(AzuriteFixture azurite)
{
    private static string SamplePath(string file)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Functions.sln"))) dir = dir.Parent;
        return Path.Combine(dir!.FullName, "samples", file);
    }

    /// <summary>The summary the engine alone gives for the file, with the shipped profiles and no history.</summary>
    private static JsonElement EngineSummary(string file)
    {
        var engine = new AuditEngine(PayerProfileSet.Shipped);
        using var input = File.OpenRead(SamplePath(file));
        var outcome = engine.Evaluate(engine.Ingest(input, BatchReader.FormatFromFileName(file)), BatchHistory.Empty, "x", "x", DateTimeOffset.UnixEpoch);
        using var output = new MemoryStream();
        ReportJson.Write(output, outcome.Report);
        return JsonDocument.Parse(output.ToArray()).RootElement.GetProperty("summary").Clone();
    }

    [Fact]
    public async Task The_sample_CSV_uploaded_as_a_blob_gives_the_engines_summary()
    {
        var clinicId = AzuriteFixture.NewClinicId();
        var blob = await azurite.UploadAsync(clinicId, "visits.csv", await File.ReadAllTextAsync(SamplePath("visits.csv")));
        await new FunctionFactory(azurite).AuditUploadedBatch().Run(blob, clinicId, "visits.csv", default);

        var report = JsonDocument.Parse((await azurite.ReadReportAsync($"{clinicId}/visits.csv/report.json"))!).RootElement;
        var expected = EngineSummary("visits.csv");
        Assert.True(expected.GetProperty("visits").GetInt32() > 0);
        Assert.Equal(expected.ToString(), report.GetProperty("summary").ToString());
    }

    [Fact]
    public async Task The_sample_JSON_posted_to_the_API_gives_the_engines_summary()
    {
        var (_, key) = await azurite.NewClinicAsync();
        var request = Http.Request("POST", "/api/audits", await File.ReadAllTextAsync(SamplePath("visits.json")), "application/json", key);
        var outcome = await Http.Run(request, await new FunctionFactory(azurite).PostAudit().Run(request, default));

        Assert.Equal(201, outcome.Status);
        Assert.Equal(EngineSummary("visits.json").ToString(), outcome.Json.GetProperty("summary").ToString());
    }

    /// <summary>PRODUCT.md section 12: an 837P is a batch on every surface — posted as application/edi-x12, uploaded as .837.</summary>
    [Fact]
    public async Task The_sample_837P_posted_as_edi_x12_and_uploaded_as_a_blob_gives_the_engines_summary()
    {
        var claims = await File.ReadAllTextAsync(SamplePath("claims.837"));
        var expected = EngineSummary("claims.837");
        Assert.True(expected.GetProperty("visits").GetInt32() > 20);
        Assert.Equal(0, expected.GetProperty("rejectedRows").GetInt32());

        var (_, key) = await azurite.NewClinicAsync();
        var request = Http.Request("POST", "/api/audits", claims, "application/edi-x12", key);
        var posted = await Http.Run(request, await new FunctionFactory(azurite).PostAudit().Run(request, default));
        Assert.Equal(201, posted.Status);
        Assert.Equal(expected.ToString(), posted.Json.GetProperty("summary").ToString());

        var clinicId = AzuriteFixture.NewClinicId();
        var blob = await azurite.UploadAsync(clinicId, "claims.837", claims);
        await new FunctionFactory(azurite).AuditUploadedBatch().Run(blob, clinicId, "claims.837", default);
        var uploaded = JsonDocument.Parse((await azurite.ReadReportAsync($"{clinicId}/claims.837/report.json"))!).RootElement;
        Assert.Equal(expected.ToString(), uploaded.GetProperty("summary").ToString());
    }
}
