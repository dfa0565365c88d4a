using System.Runtime.InteropServices;
using Azure.Data.Tables;
using ClaimAudit.Core;
using ClaimAudit.Core.Documentation;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Reporting;

namespace ClaimAudit.Storage.Tests;

/// <summary>
/// Note fingerprints are stored through the versioned <c>mh64v1:</c> codec, so a signature computed
/// another way is never compared with this engine's: such rows, and the untagged rows written before
/// the tag, are left out of the history.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class FingerprintSchemeTests(AzuriteFixture azurite)
{
    private const string Patient = "P-1";

    private static uint[] Signature(uint seed) => [.. Enumerable.Range(0, 64).Select(i => seed * 1_000u + (uint)i)];

    private static AuditOutcome Outcome(params NoteFingerprint[] fingerprints) => new()
    {
        Report = new AuditReport { BatchId = "b", ClinicId = "c", GeneratedAt = DateTimeOffset.UnixEpoch, Summary = new(), Visits = [], RejectedRows = [] },
        LedgerWrites = [],
        Fingerprints = [.. fingerprints.Select(f => (Patient, f))],
    };

    private static Visit NewVisit()
    {
        var visit = new Visit { VisitId = "V-new", PatientId = Patient, PayerId = "medicare", DateOfService = new DateOnly(2026, 4, 1) };
        visit.Lines.Add(new ServiceLine { Code = "97110", Minutes = 15 });
        return visit;
    }

    private async Task<List<TableEntity>> RowsAsync(string clinicId)
    {
        var rows = new List<TableEntity>();
        // Partitions of a clinic start with "{clinicId}|"; '}' is the character after '|'.
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {clinicId + "|"} and PartitionKey lt {clinicId + "}"}");
        await foreach (var row in azurite.Tables.GetTableClient(AuditStorage.FingerprintsTable).QueryAsync<TableEntity>(filter)) rows.Add(row);
        return rows;
    }

    [Fact]
    public async Task A_fingerprint_is_stored_as_scheme_tagged_text_and_read_back_unchanged()
    {
        var store = new HistoryStore(azurite.Storage);
        var clinicId = AzuriteFixture.NewClinicId();
        var fingerprint = new NoteFingerprint("V-1", new DateOnly(2026, 3, 2), Signature(1));

        await store.SaveAsync(clinicId, Outcome(fingerprint));

        var stored = Assert.IsType<string>(Assert.Single(await RowsAsync(clinicId))["Signature"]);
        Assert.StartsWith(NoteFingerprint.Scheme, stored);
        Assert.Equal(fingerprint.Signature, NoteFingerprint.DecodeSignature(stored));
        var loaded = Assert.Single((await store.LoadAsync(clinicId, [NewVisit()])).Fingerprints[Patient]);
        Assert.Equal((fingerprint.VisitId, fingerprint.DateOfService), (loaded.VisitId, loaded.DateOfService));
        Assert.Equal(fingerprint.Signature, loaded.Signature);
    }

    [Theory]
    [InlineData("untagged raw bytes, as rows were written before the tag")]
    [InlineData("another scheme's tag")]
    [InlineData("the current tag over a truncated signature")]
    public async Task A_stored_signature_not_of_the_current_scheme_is_left_out_of_the_history(string kind)
    {
        var store = new HistoryStore(azurite.Storage);
        var clinicId = AzuriteFixture.NewClinicId();
        await store.SaveAsync(clinicId, Outcome(
            new NoteFingerprint("V-old", new DateOnly(2026, 3, 2), Signature(1)),
            new NoteFingerprint("V-kept", new DateOnly(2026, 3, 9), Signature(2))));
        var old = (await RowsAsync(clinicId)).Single(r => r.GetString("VisitId") == "V-old");
        var bytes = MemoryMarshal.AsBytes(Signature(1).AsSpan()).ToArray();
        old["Signature"] = kind switch
        {
            "untagged raw bytes, as rows were written before the tag" => bytes,
            "another scheme's tag" => "mh64v2:" + Convert.ToBase64String(bytes),
            _ => NoteFingerprint.Scheme + Convert.ToBase64String(bytes[..16]),
        };
        await azurite.Tables.GetTableClient(AuditStorage.FingerprintsTable).UpdateEntityAsync(old, old.ETag, TableUpdateMode.Replace);

        var history = await store.LoadAsync(clinicId, [NewVisit()]);

        Assert.Equal(["V-kept"], history.Fingerprints[Patient].Select(f => f.VisitId));
    }
}
