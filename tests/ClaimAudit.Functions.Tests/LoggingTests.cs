using ClaimAudit.Storage;
using Microsoft.Extensions.Logging;

namespace ClaimAudit.Functions.Tests;

/// <summary>Logs go to Application Insights, outside the PHI boundary: clinic id, batch id and counts only.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class LoggingTests(AzuriteFixture azurite)
{
    private sealed class CapturingLogger : ILogger<BatchAuditService>
    {
        public List<string> Lines { get; } = [];
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add(formatter(state, exception) + (exception is null ? "" : " " + exception));
    }

    [Fact]
    public async Task Audit_logs_name_the_clinic_batch_and_counts_but_no_patient_file_or_note()
    {
        var clinicId = AzuriteFixture.NewClinicId();
        await new PayerProfileStore(azurite.Storage).PutAsync(clinicId, TestProfiles.Acme, null);
        var logger = new CapturingLogger();
        var audits = BatchAuditService.Create(azurite.Storage, logger: logger);

        var good = await azurite.UploadAsync(clinicId, "smith-john.csv", TestBatches.AcmeCsv);
        await audits.AuditBlobAsync(good, clinicId, "smith-john.csv");
        await audits.AuditBlobAsync(good, clinicId, "smith-john.csv");
        var bad = await azurite.UploadAsync(clinicId, "doe-jane.csv", "patient P/77# has no header row at all\u0000");
        await audits.AuditBlobAsync(bad, clinicId, "doe-jane.csv");

        Assert.NotEmpty(logger.Lines);
        var all = string.Join("\n", logger.Lines);
        Assert.Contains(clinicId, all);
        Assert.Contains(BatchAuditService.BatchIdForBlob(clinicId, "smith-john.csv"), all);
        Assert.Contains("2 visits", all);
        foreach (var phi in new[] { "P/77#", "smith", "doe-jane", "PNF", "TherEx", "I69.351" })
            Assert.DoesNotContain(phi, all, StringComparison.OrdinalIgnoreCase);
    }
}
