using System.Text.Json;

namespace ClaimAudit.Functions.Tests;

/// <summary>
/// Issue 12 (PRODUCT.md section 12): a claim file carries units, not minutes. Uploaded after the EMR export
/// of the same visits, it gets the minutes that upload stored in the visit ledger, so the 8-minute rule and
/// the time-based rules run on it. Uploaded blobs through the trigger, against Azurite.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class StoredMinutesCrossBatchTests(AzuriteFixture azurite)
{
    private static readonly string[] TimeRules = ["UNITS_OVERBILLED", "UNITS_UNDERBILLED"];

    private static string SamplePath(string file)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Functions.sln"))) dir = dir.Parent;
        return Path.Combine(dir!.FullName, "samples", file);
    }

    private async Task<JsonElement> AuditBlobAsync(string clinicId, string name)
    {
        var blob = await azurite.UploadAsync(clinicId, name, await File.ReadAllTextAsync(SamplePath(name)));
        await new FunctionFactory(azurite).AuditUploadedBatch().Run(blob, clinicId, name, default);
        return JsonDocument.Parse((await azurite.ReadReportAsync($"{clinicId}/{name}/report.json"))!).RootElement.Clone();
    }

    private static HashSet<string> VisitIds(JsonElement report) =>
        [.. report.GetProperty("visits").EnumerateArray().Select(v => v.GetProperty("visitId").GetString()!)];

    /// <summary>The time-based findings of a report, as visit id and rule.</summary>
    private static HashSet<string> TimeFindings(JsonElement report, IEnumerable<string> visitIds) =>
        [.. visitIds.SelectMany(v => ReportReading.Findings(report, v).Where(f => TimeRules.Contains(f.Rule)).Select(f => $"{v} {f.Rule}"))];

    [Fact]
    public async Task A_claim_file_uploaded_after_the_export_of_its_visits_is_checked_against_their_time()
    {
        var clinicId = AzuriteFixture.NewClinicId();
        var export = await AuditBlobAsync(clinicId, "visits.csv");
        var claims = await AuditBlobAsync(clinicId, "claims.837");

        var shared = VisitIds(claims).Intersect(VisitIds(export)).ToList();
        Assert.NotEmpty(shared);
        var expected = TimeFindings(export, shared);
        // CMS Pub 100-04 ch. 5 §20.2: V-1003 bills 2 units of 97112 for 20 minutes, which are 1 unit (8–22 min).
        Assert.Contains("V-1003 UNITS_OVERBILLED", expected);
        Assert.Contains("V-1004 UNITS_UNDERBILLED", expected);
        Assert.Equal(expected.Order(StringComparer.Ordinal), TimeFindings(claims, shared).Order(StringComparer.Ordinal));
        var summary = claims.GetProperty("summary");
        Assert.True(summary.GetProperty("unitsCheckedAgainstTime").GetBoolean(), summary.ToString());

        // Another clinic never uploaded the export: the claim file's units are not checked against time.
        var alone = await AuditBlobAsync(AzuriteFixture.NewClinicId(), "claims.837");
        Assert.False(alone.GetProperty("summary").GetProperty("unitsCheckedAgainstTime").GetBoolean());
        Assert.Empty(TimeFindings(alone, shared));

        // The claim file uploaded again (the same blob, audited again) still has the minutes its first audit joined.
        var again = await AuditBlobAsync(clinicId, "claims.837");
        Assert.Equal(expected.Order(StringComparer.Ordinal), TimeFindings(again, shared).Order(StringComparer.Ordinal));
        Assert.True(again.GetProperty("summary").GetProperty("unitsCheckedAgainstTime").GetBoolean());
    }
}
