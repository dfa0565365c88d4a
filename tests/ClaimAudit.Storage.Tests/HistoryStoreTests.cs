using ClaimAudit.Core;
using ClaimAudit.Core.Documentation;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Reporting;

namespace ClaimAudit.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class HistoryStoreTests(AzuriteFixture azurite)
{
    private static AuditOutcome Outcome(IEnumerable<(LedgerKey, LedgerEntry)> ledger, IEnumerable<(string, NoteFingerprint)>? fingerprints = null) => new()
    {
        Report = new AuditReport { BatchId = "b", ClinicId = "c", GeneratedAt = DateTimeOffset.UnixEpoch, Summary = new(), Visits = [], RejectedRows = [] },
        LedgerWrites = ledger.ToList(),
        Fingerprints = (fingerprints ?? []).ToList(),
    };

    private static Visit VisitOf(string patientId, string visitId, DateOnly date)
    {
        var visit = new Visit { VisitId = visitId, PatientId = patientId, PayerId = "medicare", DateOfService = date };
        visit.Lines.Add(new ServiceLine { Code = "97110", Minutes = 15 });
        return visit;
    }

    [Fact]
    public async Task Patient_and_visit_ids_with_characters_forbidden_in_table_keys_round_trip_across_transactions()
    {
        var store = new HistoryStore(azurite.Storage);
        var clinicId = AzuriteFixture.NewClinicId();
        // '/', '\', '#', '?' and control characters are not allowed in table keys.
        const string patient = "MRN/12\\34#5?\t6";
        var key = new LedgerKey(patient, 2026, "PTSLP");
        // 250 visits in one partition: three transactions (100 + 100 + 50).
        var entries = Enumerable.Range(1, 250)
            .Select(i => (key, new LedgerEntry($"V/{i}#?", new DateOnly(2026, 1, 1).AddDays(i % 300), 10.25m + i)))
            .ToList();
        // Stored through the mh64v1 codec, which holds signatures of its 64 hashes only.
        var fingerprint = new NoteFingerprint("V/1#?", new DateOnly(2026, 1, 2), [1u, 2u, .. Enumerable.Repeat(7u, 61), uint.MaxValue]);

        await store.SaveAsync(clinicId, Outcome(entries, [(patient, fingerprint)]));
        var history = await store.LoadAsync(clinicId, [VisitOf(patient, "V-new", new DateOnly(2026, 12, 1))]);

        var loaded = history.Ledger[key];
        Assert.Equal(250, loaded.Count);
        Assert.Equal(entries.Sum(e => e.Item2.Amount), loaded.Sum(e => e.Amount));
        Assert.Contains(loaded, e => e.VisitId == "V/7#?" && e.Amount == 17.25m && e.DateOfService == new DateOnly(2026, 1, 8));
        var storedPrint = Assert.Single(history.Fingerprints[patient]);
        Assert.Equal(fingerprint.Signature, storedPrint.Signature);
        Assert.Equal("V/1#?", storedPrint.VisitId);
    }

    [Fact]
    public async Task Writing_a_visit_again_replaces_its_ledger_entry_instead_of_adding_one()
    {
        var store = new HistoryStore(azurite.Storage);
        var clinicId = AzuriteFixture.NewClinicId();
        var key = new LedgerKey("P-1", 2026, "PTSLP");
        await store.SaveAsync(clinicId, Outcome([(key, new LedgerEntry("V-1", new DateOnly(2026, 3, 1), 100m))]));
        await store.SaveAsync(clinicId, Outcome([(key, new LedgerEntry("V-1", new DateOnly(2026, 3, 1), 120m))]));

        var history = await store.LoadAsync(clinicId, [VisitOf("P-1", "V-2", new DateOnly(2026, 4, 1))]);
        var entry = Assert.Single(history.Ledger[key]);
        Assert.Equal(120m, entry.Amount);
    }

    [Fact]
    public async Task Another_clinics_ledger_for_the_same_patient_id_is_not_loaded()
    {
        var store = new HistoryStore(azurite.Storage);
        var key = new LedgerKey("P-1", 2026, "PTSLP");
        var owner = AzuriteFixture.NewClinicId();
        await store.SaveAsync(owner, Outcome([(key, new LedgerEntry("V-1", new DateOnly(2026, 3, 1), 2400m))]));

        // The clinic that saved it sees it (so the empty answer below is isolation, not a failed save).
        var own = await store.LoadAsync(owner, [VisitOf("P-1", "V-2", new DateOnly(2026, 4, 1))]);
        Assert.Equal(2400m, Assert.Single(own.Ledger[key]).Amount);
        var history = await store.LoadAsync(AzuriteFixture.NewClinicId(), [VisitOf("P-1", "V-2", new DateOnly(2026, 4, 1))]);
        Assert.Empty(history.Ledger);
    }
}
