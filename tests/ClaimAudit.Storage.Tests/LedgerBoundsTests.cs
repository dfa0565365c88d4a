using Azure.Data.Tables;
using ClaimAudit.Core;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Reporting;
using Microsoft.Extensions.Logging;

namespace ClaimAudit.Storage.Tests;

/// <summary>
/// The therapy ledger is read back from a table anyone with access can edit: a stored amount that is
/// not a number, or is outside 0..<see cref="Money.MaxAmount"/>, is left out of the history and
/// counted in one log line (no patient or visit id), rather than failing the audit or overflowing
/// the year-to-date sum of a later batch.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class LedgerBoundsTests(AzuriteFixture azurite)
{
    private static AuditOutcome Outcome(params (LedgerKey, LedgerEntry)[] ledger) => new()
    {
        Report = new AuditReport { BatchId = "b", ClinicId = "c", GeneratedAt = DateTimeOffset.UnixEpoch, Summary = new(), Visits = [], RejectedRows = [] },
        LedgerWrites = ledger,
        Fingerprints = [],
    };

    [Fact]
    public async Task A_stored_amount_that_is_unreadable_or_out_of_bounds_is_skipped_and_counted_without_ids()
    {
        var log = new ListLogger();
        var store = new HistoryStore(azurite.Storage, log);
        var clinicId = AzuriteFixture.NewClinicId();
        var key = new LedgerKey("PATIENT-SECRET-7", 2026, "PTSLP");
        var day = new DateOnly(2026, 3, 2);
        await store.SaveAsync(clinicId, Outcome(
            (key, new LedgerEntry("V-good", day, 120.50m)),
            (key, new LedgerEntry("V-huge", day, 1m)),
            (key, new LedgerEntry("V-text", day, 1m)),
            (key, new LedgerEntry("V-negative", day, 1m)),
            (key, new LedgerEntry("V-max", day, Money.MaxAmount))));
        var table = azurite.Tables.GetTableClient(AuditStorage.LedgerTable);
        foreach (var (visitId, amount) in new[] { ("V-huge", decimal.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("V-text", "12,50 €"), ("V-negative", "-40") })
        {
            var row = (await table.GetEntityAsync<TableEntity>($"{clinicId}|{TableKeys.Hash(key.PatientId)}|2026|PTSLP", TableKeys.Hash(visitId))).Value;
            row["Amount"] = amount;
            await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace);
        }

        var visit = new Visit { VisitId = "V-new", PatientId = key.PatientId, PayerId = "medicare", DateOfService = new DateOnly(2026, 4, 1) };
        visit.Lines.Add(new ServiceLine { Code = "97110", Minutes = 15 });
        var history = await store.LoadAsync(clinicId, [visit]);

        Assert.Equal(["V-good", "V-max"], history.Ledger[key].Select(e => e.VisitId).Order(StringComparer.Ordinal));
        Assert.Equal(120.50m + Money.MaxAmount, history.Ledger[key].Sum(e => e.Amount));
        var line = Assert.Single(log.Lines, l => l.Contains("therapy ledger", StringComparison.Ordinal));
        Assert.Contains("3 ", line);
        Assert.DoesNotContain("PATIENT-SECRET-7", string.Join("\n", log.Lines));
        Assert.DoesNotContain("V-huge", string.Join("\n", log.Lines));
    }

    private sealed class ListLogger : ILogger<HistoryStore>
    {
        public List<string> Lines { get; } = [];
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Lines) Lines.Add(formatter(state, exception));
        }
    }
}
