using Azure.Data.Tables;
using ClaimAudit.Core;
using ClaimAudit.Core.Episodes;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Reporting;

namespace ClaimAudit.Storage.Tests;

/// <summary>
/// Issue 12 (PRODUCT.md section 12): the visit ledger keeps the minutes of a visit's lines from an EMR
/// export, and a claim file of the same visit (no minutes) does not erase them when it writes its row.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class StoredMinutesStorageTests(AzuriteFixture azurite)
{
    private const string Patient = "MRN/12#?";
    private static readonly DateOnly Day = new(2026, 3, 4);
    private static readonly StoredLineMinutes[] Minutes =
        [new("97112", ProviderRole.PT, 24, 0, 0, true), new("97110", ProviderRole.PTA, 10, 2, 5, null)];

    private static AuditOutcome Outcome(params (string, EpisodeVisit)[] visits) => new()
    {
        Report = new AuditReport { BatchId = "b", ClinicId = "c", GeneratedAt = DateTimeOffset.UnixEpoch, Summary = new(), Visits = [], RejectedRows = [] },
        LedgerWrites = [],
        Fingerprints = [],
        VisitWrites = visits,
        EpisodeWrites = [],
    };

    private static Visit Claim(string visitId = "V-1")
    {
        var visit = new Visit { VisitId = visitId, PatientId = Patient, PayerId = "medicare", DateOfService = Day };
        visit.Lines.Add(new ServiceLine { Code = "97112", MinutesUnknown = true, BilledUnits = 3 });
        return visit;
    }

    [Fact]
    public async Task An_exports_minutes_are_stored_and_a_claim_file_of_the_same_visit_keeps_them()
    {
        var store = new HistoryStore(azurite.Storage);
        var clinicId = AzuriteFixture.NewClinicId();
        await store.SaveAsync(clinicId, Outcome((Patient, new EpisodeVisit("V-1", Day, "medicare", "A-1", false, Minutes))), "emr", "v1");

        var loaded = Assert.Single((await store.LoadAsync(clinicId, [Claim()], "claims")).Visits[Patient]);
        Assert.Equal(Minutes, loaded.Lines);

        // The claim file's row: no minutes, no authorisation any more. The minutes stay; the rest is the claim file's.
        await store.SaveAsync(clinicId, Outcome((Patient, new EpisodeVisit("V-1", Day.AddDays(1), "medicare", null, true))), "claims", "v1");
        var after = Assert.Single((await store.LoadAsync(clinicId, [Claim("V-other")], "batch-9")).Visits[Patient]);
        Assert.Equal(new EpisodeVisit("V-1", Day.AddDays(1), "medicare", null, true, Minutes), after);

        // The claim file audited again (same batch id) still finds the minutes of its own visit...
        var again = Assert.Single((await store.LoadAsync(clinicId, [Claim()], "claims")).Visits[Patient]);
        Assert.Equal(Minutes, again.Lines);
        // ...but not a visit it no longer has: that row is its own, and not history of it.
        Assert.Empty((await store.LoadAsync(clinicId, [Claim("V-other")], "claims")).Visits);

        // An export of the visit with other minutes replaces them.
        StoredLineMinutes[] other = [new("97112", ProviderRole.PT, 40, 0, 0, true)];
        await store.SaveAsync(clinicId, Outcome((Patient, new EpisodeVisit("V-1", Day, "medicare", null, false, other))), "emr-2", "v1");
        Assert.Equal(other, Assert.Single((await store.LoadAsync(clinicId, [Claim()], "claims")).Visits[Patient]).Lines);
    }

    [Fact]
    public async Task Unreadable_stored_minutes_leave_the_visit_counted_without_them()
    {
        var store = new HistoryStore(azurite.Storage);
        var clinicId = AzuriteFixture.NewClinicId();
        await store.SaveAsync(clinicId, Outcome((Patient, new EpisodeVisit("V-1", Day, "medicare", null, false, Minutes))), "emr", "v1");
        var table = azurite.Storage.Table(AuditStorage.VisitLedgerTable);
        var partition = $"{clinicId}|{TableKeys.Hash(Patient)}";
        await table.UpdateEntityAsync(new TableEntity(partition, TableKeys.Hash("V-1")) { ["Lines"] = "[{\"c\":\"97112\",\"r\":\"XX\",\"m\":24}]" }, Azure.ETag.All, TableUpdateMode.Merge);

        var loaded = Assert.Single((await store.LoadAsync(clinicId, [Claim("V-2")], "claims")).Visits[Patient]);
        Assert.Equal(("V-1", (IReadOnlyList<StoredLineMinutes>?)null), (loaded.VisitId, loaded.Lines));
    }
}
