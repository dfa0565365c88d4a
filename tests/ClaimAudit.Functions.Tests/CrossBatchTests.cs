using System.Text.Json;
using Azure.Data.Tables;
using ClaimAudit.Storage;

namespace ClaimAudit.Functions.Tests;

/// <summary>What one batch leaves behind for the next: note fingerprints (DOC_CLONED_NOTE) and the therapy ledger (MOD_KX_MISSING).</summary>
[Collection(AzuriteCollection.Name)]
public sealed class CrossBatchTests(AzuriteFixture azurite)
{
    private const string Note =
        "NMR 24 min one-on-one: PNF D2 flexion pattern R UE and perturbation training on BAPS board for impaired proprioception " +
        "and postural control after R CVA. Tandem stance 8 s, up from 5 s; recovered 4/10 perturbations. Cues for weight-shift timing.";

    private static string Csv(string visitId, string patientId, string date, string note) =>
        "visit_id,patient_id,date_of_service,payer_id,cpt_code,minutes,one_on_one,billed_units,billed_modifiers,diagnosis_codes,note\n" +
        $"{visitId},{patientId},{date},acme,97112,24,Y,2,GP,I69.351,\"{note}\"\n";

    private async Task<JsonElement> AuditBlobAsync(string clinicId, string name, string content)
    {
        var blob = await azurite.UploadAsync(clinicId, name, content);
        await new FunctionFactory(azurite).AuditUploadedBatch().RunAsHost(blob);
        return JsonDocument.Parse((await azurite.ReadReportAsync($"{clinicId}/{name}/report.json"))!).RootElement.Clone();
    }

    private static IEnumerable<string> RuleIds(JsonElement report, string visitId) =>
        ReportReading.Findings(report, visitId).Select(f => f.Rule);

    [Fact]
    public async Task A_note_copied_from_an_earlier_batch_of_the_same_patient_is_flagged_from_the_stored_fingerprint()
    {
        var clinicId = AzuriteFixture.NewClinicId();
        await new PayerProfileStore(azurite.Storage).PutAsync(clinicId, TestProfiles.Acme, null);

        var first = await AuditBlobAsync(clinicId, "week1.csv", Csv("V-1", "P-9", "2026-03-02", Note));
        Assert.DoesNotContain("DOC_CLONED_NOTE", RuleIds(first, "V-1"));

        var second = await AuditBlobAsync(clinicId, "week2.csv", Csv("V-2", "P-9", "2026-03-09", Note) +
            Csv("V-3", "P-10", "2026-03-09", Note).Split('\n', 2)[1]);
        Assert.Contains("DOC_CLONED_NOTE", RuleIds(second, "V-2"));
        // Another patient's identical note is not a clone of this patient's record.
        Assert.DoesNotContain("DOC_CLONED_NOTE", RuleIds(second, "V-3"));

        // The fingerprint table holds signatures, never the note's words.
        var rows = new List<TableEntity>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {clinicId + "|"} and PartitionKey lt {clinicId + "}"}");
        await foreach (var row in azurite.Tables.GetTableClient(AuditStorage.FingerprintsTable).QueryAsync<TableEntity>(filter)) rows.Add(row);
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.DoesNotContain(r, kv => kv.Value is string s && (s.Contains("PNF", StringComparison.Ordinal) || s.Contains("P-9", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task A_patient_brought_near_the_KX_threshold_by_one_batch_crosses_it_in_the_next_from_the_ledger_alone()
    {
        // A clinic profile with the 2026 KX threshold of section 4 ($2,480) and a round rate: 97110 at $100 a unit.
        var profile = TestProfiles.Acme with
        {
            PayerId = "acme-kx",
            KxThresholds = new Dictionary<string, decimal> { ["2026"] = 2480m },
            Rates = new Dictionary<string, decimal> { ["97110"] = 100m },
        };
        var clinicId = AzuriteFixture.NewClinicId();
        var control = AzuriteFixture.NewClinicId();
        foreach (var c in new[] { clinicId, control }) await new PayerProfileStore(azurite.Storage).PutAsync(c, profile, null);

        // Batch 1: six visits of 97110 60 min = 4 units each → 6 × 4 × $100 = $2,400 for 2026.
        var header = "visit_id,patient_id,date_of_service,payer_id,cpt_code,minutes,billed_units,billed_modifiers,diagnosis_codes\n";
        var batch1 = header + string.Concat(Enumerable.Range(1, 6).Select(i => $"V-{i},P-1,2026-02-{i + 1:00},acme-kx,97110,60,4,GP,M54.50\n"));
        var first = await AuditBlobAsync(clinicId, "february.csv", batch1);
        Assert.Equal(2400m, first.GetProperty("summary").GetProperty("revenue").GetProperty("computed").GetDecimal());
        Assert.DoesNotContain("MOD_KX_MISSING", first.GetProperty("summary").GetProperty("byRule").EnumerateObject().Select(p => p.Name));

        // Batch 2: one visit of 97110 15 min = 1 unit, $100 → $2,500, past $2,480, billed without KX.
        var batch2 = header + "V-7,P-1,2026-03-02,acme-kx,97110,15,1,GP,M54.50\n";
        var second = await AuditBlobAsync(clinicId, "march.csv", batch2);
        Assert.Contains("MOD_KX_MISSING", RuleIds(second, "V-7"));

        // The same batch 2 for a clinic without that history is under the threshold: the finding came from the ledger.
        var alone = await AuditBlobAsync(control, "march.csv", batch2);
        Assert.DoesNotContain("MOD_KX_MISSING", RuleIds(alone, "V-7"));
    }

    [Fact]
    public async Task A_replaced_batch_that_drops_visits_takes_their_dollars_out_of_the_ledger()
    {
        // Same profile as above: KX threshold $2,480 for 2026 (section 4), 97110 at $100 a unit.
        var profile = TestProfiles.Acme with
        {
            PayerId = "acme-kx",
            KxThresholds = new Dictionary<string, decimal> { ["2026"] = 2480m },
            Rates = new Dictionary<string, decimal> { ["97110"] = 100m },
        };
        var clinicId = AzuriteFixture.NewClinicId();
        await new PayerProfileStore(azurite.Storage).PutAsync(clinicId, profile, null);
        var header = "visit_id,patient_id,date_of_service,payer_id,cpt_code,minutes,billed_units,billed_modifiers,diagnosis_codes\n";

        // Six visits × 4 units × $100 = $2,400; then the same file is replaced by one with V-1 only ($400).
        await AuditBlobAsync(clinicId, "february.csv", header + string.Concat(Enumerable.Range(1, 6).Select(i => $"V-{i},P-1,2026-02-{i + 1:00},acme-kx,97110,60,4,GP,M54.50\n")));
        var replaced = await AuditBlobAsync(clinicId, "february.csv", header + "V-1,P-1,2026-02-02,acme-kx,97110,60,4,GP,M54.50\n");
        Assert.Equal(1, replaced.GetProperty("summary").GetProperty("visits").GetInt32());

        // $400 + $100 = $500, far under $2,480: V-2..V-6 are no longer anyone's visits.
        var march = await AuditBlobAsync(clinicId, "march.csv", header + "V-7,P-1,2026-03-02,acme-kx,97110,15,1,GP,M54.50\n");
        Assert.DoesNotContain("MOD_KX_MISSING", RuleIds(march, "V-7"));

        var ledger = new List<TableEntity>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {clinicId + "|"} and PartitionKey lt {clinicId + "}"}");
        await foreach (var row in azurite.Tables.GetTableClient(AuditStorage.LedgerTable).QueryAsync<TableEntity>(filter)) ledger.Add(row);
        Assert.Equal(["V-1", "V-7"], ledger.Select(r => r.GetString("VisitId")).Order().ToArray());
    }
}
