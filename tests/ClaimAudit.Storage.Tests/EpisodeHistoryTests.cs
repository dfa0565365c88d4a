using Azure.Data.Tables;
using ClaimAudit.Core;
using ClaimAudit.Core.Episodes;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Reporting;

namespace ClaimAudit.Storage.Tests;

/// <summary>
/// The episode of care between batches (PRODUCT.md section 10): a batch's visit ledger entries are the
/// next batch's <see cref="BatchHistory.Visits"/>, a batch audited again never counts its own earlier
/// visits, and the plans and authorisations batches state are merged into <c>Episodes</c> and kept.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class EpisodeHistoryTests(AzuriteFixture azurite)
{
    private const string Patient = "MRN/77#?";
    private static readonly DateOnly Day = new(2026, 3, 2);

    private static AuditOutcome Outcome(IEnumerable<(string, EpisodeVisit)>? visits = null, IEnumerable<(string, PatientEpisode)>? episodes = null) => new()
    {
        Report = new AuditReport { BatchId = "b", ClinicId = "c", GeneratedAt = DateTimeOffset.UnixEpoch, Summary = new(), Visits = [], RejectedRows = [] },
        LedgerWrites = [],
        Fingerprints = [],
        VisitWrites = [.. visits ?? []],
        EpisodeWrites = [.. episodes ?? []],
    };

    private static EpisodeVisit VisitEntry(string visitId, int day, string? auth = "A/1", bool progressReport = false) =>
        new(visitId, Day.AddDays(day), "acme", auth, progressReport);

    private static Visit NewVisit(string patientId = Patient)
    {
        var visit = new Visit { VisitId = "V-new", PatientId = patientId, PayerId = "acme", DateOfService = new DateOnly(2026, 6, 1) };
        visit.Lines.Add(new ServiceLine { Code = "97110", Minutes = 15 });
        return visit;
    }

    [Fact]
    public async Task A_batchs_visit_writes_are_the_next_batchs_visit_ledger_and_another_clinic_does_not_see_them()
    {
        var store = new HistoryStore(azurite.Storage);
        var clinicId = AzuriteFixture.NewClinicId();
        // 120 visits of one patient: two transactions in one partition.
        var written = Enumerable.Range(1, 120).Select(i => (Patient, VisitEntry($"V/{i}", i, auth: i % 2 == 0 ? "A/1" : null, progressReport: i == 10))).ToList();
        await store.SaveAsync(clinicId, Outcome(written), "batch-1", "v1");

        var history = await store.LoadAsync(clinicId, [NewVisit()], "batch-2");

        var visits = history.Visits[Patient];
        Assert.Equal(120, visits.Count);
        Assert.Equal(written.Select(w => w.Item2).OrderBy(v => v.VisitId, StringComparer.Ordinal), visits.OrderBy(v => v.VisitId, StringComparer.Ordinal));
        Assert.Single(visits, v => v.ProgressReport);
        Assert.Equal(60, visits.Count(v => v.AuthNumber == "A/1"));
        Assert.Empty((await store.LoadAsync(AzuriteFixture.NewClinicId(), [NewVisit()])).Visits);
    }

    [Fact]
    public async Task A_batch_audited_again_does_not_count_its_own_visits_and_its_new_version_deletes_the_rows_it_no_longer_has()
    {
        var store = new HistoryStore(azurite.Storage);
        var clinicId = AzuriteFixture.NewClinicId();
        await store.SaveAsync(clinicId, Outcome([(Patient, VisitEntry("V-other", 1))]), "batch-0", "v1");
        // Version 1 of batch-1 has three visits; version 2 dropped V-3 and moved V-2 to another patient.
        await store.SaveAsync(clinicId, Outcome([(Patient, VisitEntry("V-1", 2)), (Patient, VisitEntry("V-2", 3)), (Patient, VisitEntry("V-3", 4))]), "batch-1", "v1");

        // Audited again, batch-1 sees only what other batches wrote: a redelivered blob never counts a visit twice.
        var again = await store.LoadAsync(clinicId, [NewVisit()], "batch-1");
        Assert.Equal(["V-other"], again.Visits[Patient].Select(v => v.VisitId));

        await store.SaveAsync(clinicId, Outcome([(Patient, VisitEntry("V-1", 2)), ("P-2", VisitEntry("V-2", 3))]), "batch-1", "v2");
        var deleted = await store.DeleteStaleAsync(clinicId, "batch-1", "v2");

        Assert.Equal(2, deleted); // V-2 under the first patient, V-3
        var later = await store.LoadAsync(clinicId, [NewVisit(), NewVisit("P-2")], "batch-9");
        Assert.Equal(["V-1", "V-other"], later.Visits[Patient].Select(v => v.VisitId).Order(StringComparer.Ordinal));
        Assert.Equal(["V-2"], later.Visits["P-2"].Select(v => v.VisitId));
    }

    [Fact]
    public async Task Stated_plans_and_authorisations_are_merged_non_null_fields_winning_and_a_batch_replacement_keeps_them()
    {
        var store = new HistoryStore(azurite.Storage);
        var clinicId = AzuriteFixture.NewClinicId();
        var start = new DateOnly(2026, 3, 1);
        await store.SaveAsync(clinicId, Outcome(episodes:
        [
            (Patient, new PatientEpisode
            {
                Plans = [new PlanOfCare(start, new DateOnly(2026, 5, 29), null, start)],
                Authorizations = [new Authorization("A/1#?", start, new DateOnly(2026, 4, 30), 12, "acme")],
            }),
        ]), "batch-1", "v1");
        // A later batch certifies the plan and names the authorisation without its count; a second
        // patient's episode arrives in two pieces (two partitions of one large batch).
        await store.SaveAsync(clinicId, Outcome(episodes:
        [
            (Patient, new PatientEpisode
            {
                Plans = [new PlanOfCare(start, null, new DateOnly(2026, 3, 20), null), new PlanOfCare(new DateOnly(2026, 6, 1), null, null, start)],
                Authorizations = [new Authorization("A/1#?", null, new DateOnly(2026, 5, 15), null, null)],
            }),
            ("P-2", new PatientEpisode { Authorizations = [new Authorization("B", start, null, 5, "acme")] }),
            ("P-2", new PatientEpisode { Authorizations = [new Authorization("B", null, null, 8, null)] }),
        ]), "batch-2", "v1");
        // A new version of batch-1 states nothing: the plans and authorisations stay.
        await store.SaveAsync(clinicId, Outcome(), "batch-1", "v2");
        await store.DeleteStaleAsync(clinicId, "batch-1", "v2");

        var history = await store.LoadAsync(clinicId, [NewVisit(), NewVisit("P-2")], "batch-3");

        var episode = history.Episodes[Patient];
        Assert.Equal(
            [new PlanOfCare(start, new DateOnly(2026, 5, 29), new DateOnly(2026, 3, 20), start), new PlanOfCare(new DateOnly(2026, 6, 1), null, null, start)],
            episode.Plans);
        Assert.Equal([new Authorization("A/1#?", start, new DateOnly(2026, 5, 15), 12, "acme")], episode.Authorizations);
        Assert.Equal([new Authorization("B", start, null, 8, "acme")], history.Episodes["P-2"].Authorizations);
    }

    [Fact]
    public async Task The_tables_hold_no_patient_id_or_authorisation_number_in_their_keys()
    {
        var store = new HistoryStore(azurite.Storage);
        var clinicId = AzuriteFixture.NewClinicId();
        await store.SaveAsync(clinicId, Outcome([(Patient, VisitEntry("V-1", 1))],
            [(Patient, new PatientEpisode { Authorizations = [new Authorization("AUTH-SECRET", null, null, 3)] })]), "batch-1", "v1");

        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {clinicId + "|"} and PartitionKey lt {clinicId + "}"}");
        var rows = 0;
        foreach (var table in new[] { AuditStorage.EpisodesTable, AuditStorage.VisitLedgerTable })
            await foreach (var row in azurite.Tables.GetTableClient(table).QueryAsync<TableEntity>(filter))
            {
                Assert.DoesNotContain("MRN", row.PartitionKey + row.RowKey);
                Assert.DoesNotContain("SECRET", row.RowKey);
                Assert.DoesNotContain("V-1", row.RowKey);
                rows++;
            }
        Assert.Equal(2, rows);
    }
}
