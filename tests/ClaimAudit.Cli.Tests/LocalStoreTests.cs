using ClaimAudit.Cli.LocalStore;
using ClaimAudit.Core.Analytics;
using ClaimAudit.Core.Remittances;

namespace ClaimAudit.Cli.Tests;

/// <summary>The CLI's store folder: claims/{batchId}.jsonl and remittances/{safe key}.json.</summary>
public sealed class LocalStoreTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "claimaudit-store-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private static AuditedClaim Claim(string visitId, DateOnly dos, string batchId, DateTimeOffset at, int lines = 1) => new()
    {
        VisitId = visitId, PayerId = "medicare", DateOfService = dos, BatchId = batchId, AuditedAt = at, Status = "clean",
        Lines = [.. Enumerable.Range(1, lines).Select(i => new AuditedLine { Code = "97110", Rows = [i + 1], LineControl = $"{visitId}-{i + 1}", BilledUnits = 1, Rules = ["R1"] })],
    };

    private static async Task<List<T>> All<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items) list.Add(item);
        return list;
    }

    [Fact]
    public async Task Claims_are_kept_per_batch_filtered_by_date_and_the_latest_audit_of_a_visit_wins()
    {
        var store = new LocalStoreFolder(_dir).Claims;
        var t0 = new DateTimeOffset(2026, 3, 10, 0, 0, 0, TimeSpan.Zero);
        await store.SaveAsync("local", "march", [Claim("V-1", new DateOnly(2026, 3, 2), "march", t0), Claim("V-2", new DateOnly(2026, 3, 20), "march", t0)]);
        await store.SaveAsync("local", "march/fix", [Claim("V-1", new DateOnly(2026, 3, 2), "march/fix", t0.AddDays(1), lines: 2)]);

        var all = (await All(store.ListAsync("local"))).OrderBy(c => c.VisitId).ToList();
        var early = await All(store.ListAsync("local", new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 10)));

        Assert.Equal(["V-1", "V-2"], all.Select(c => c.VisitId));
        Assert.Equal(("march/fix", 2, "V-1-3"), (all[0].BatchId, all[0].Lines.Count, all[0].Lines[1].LineControl));
        Assert.Equal(["V-1"], early.Select(c => c.VisitId));
        Assert.True(File.Exists(Path.Combine(_dir, "claims", "march.jsonl")));
        // A batch id that is not a safe file name is made one.
        Assert.Single(Directory.GetFiles(Path.Combine(_dir, "claims"), "march_fix-*.jsonl"));

        // A re-audit of the batch rewrites its file.
        await store.SaveAsync("local", "march", [Claim("V-3", new DateOnly(2026, 3, 5), "march", t0.AddDays(2))]);
        Assert.Equal(["V-1", "V-3"], (await All(store.ListAsync("local"))).Select(c => c.VisitId).Order());
    }

    [Fact]
    public async Task A_visit_re_audited_with_a_moved_date_of_service_counts_only_in_its_new_range()
    {
        var store = new LocalStoreFolder(_dir).Claims;
        var t0 = new DateTimeOffset(2026, 4, 3, 0, 0, 0, TimeSpan.Zero);
        await store.SaveAsync("local", "batch-a", [Claim("V1", new DateOnly(2026, 3, 30), "batch-a", t0)]);
        await store.SaveAsync("local", "batch-b", [Claim("V1", new DateOnly(2026, 4, 2), "batch-b", t0.AddDays(1))]);

        var march = await All(store.ListAsync("local", new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)));
        var april = await All(store.ListAsync("local", new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 30)));

        // Its old audit is superseded: the visit is April's alone, not counted in both months.
        Assert.Empty(march);
        var claim = Assert.Single(april);
        Assert.Equal(("V1", "batch-b", new DateOnly(2026, 4, 2)), (claim.VisitId, claim.BatchId, claim.DateOfService));
    }

    [Fact]
    public async Task One_save_with_the_same_key_twice_keeps_the_last_and_counts_it_once()
    {
        var store = new LocalStoreFolder(_dir).Remittances;
        RemittanceAdvice Advice(string key, decimal paid) => new()
        {
            Key = key, PaymentAmount = paid, PaymentDate = new DateOnly(2026, 4, 1),
            Claims = [new ClaimPayment { PatientControlNumber = "V-1", Status = 1, Charge = 100, Paid = paid }],
        };

        Assert.Equal(1, await store.SaveAsync("local", [Advice("87726/EFT1", 60), Advice("87726/EFT1", 70)]));
        Assert.Equal(1, await store.SaveAsync("local", [Advice("87726/EFT2", 60), Advice("87726/EFT1", 80), Advice("87726/EFT2", 65)]));

        var read = (await All(store.ListAsync("local"))).OrderBy(a => a.Key, StringComparer.Ordinal).ToList();
        Assert.Equal([("87726/EFT1", 80m), ("87726/EFT2", 65m)], read.Select(a => (a.Key, a.Claims[0].Paid)));
    }

    [Fact]
    public async Task The_same_advice_twice_counts_once_and_keys_that_differ_only_in_unsafe_characters_stay_apart()
    {
        var store = new LocalStoreFolder(_dir).Remittances;
        RemittanceAdvice Advice(string key, decimal paid) => new()
        {
            Key = key, PaymentAmount = paid, PaymentDate = new DateOnly(2026, 4, 1),
            Claims = [new ClaimPayment { PatientControlNumber = "V-1", Status = 1, Charge = 100, Paid = paid, Lines = [new ServicePayment { Code = "97110", Charge = 100, Paid = paid, Adjustments = [new Adjustment("CO", "45", 100 - paid)] }] }],
        };

        Assert.Equal(2, await store.SaveAsync("local", [Advice("87726/EFT1", 60), Advice("87726:EFT1", 60)]));
        Assert.Equal(0, await store.SaveAsync("local", [Advice("87726/EFT1", 70)]));

        var read = (await All(store.ListAsync("local"))).OrderBy(a => a.Key, StringComparer.Ordinal).ToList();
        Assert.Equal(["87726/EFT1", "87726:EFT1"], read.Select(a => a.Key));
        Assert.Equal(70, read[0].Claims[0].Paid);
        Assert.Equal("CO-45", read[0].Claims[0].Lines[0].Adjustments[0].Code);
        Assert.Matches("^87726_EFT1-[0-9a-f]{12}$", LocalStoreFolder.SafeKey("87726/EFT1"));
    }
}
