using Azure.Data.Tables;
using ClaimAudit.Application;

namespace ClaimAudit.Storage.Tests;

/// <summary>
/// <see cref="BatchStore.ListAsync"/>, what <c>GET /api/audits?from=&amp;to=</c> lists (PRODUCT.md section 14), and the dollars at
/// risk it shows per batch, over the real table.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class BatchListStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Day = new(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);

    private static BatchRecord Batch(string clinicId, string batchId, DateTimeOffset receivedAt, decimal atRisk = 0) => new()
    {
        ClinicId = clinicId, BatchId = batchId, Source = "api", Status = BatchStatus.Audited, ReceivedAt = receivedAt, Visits = 3, CleanVisits = 2, AtRisk = atRisk,
    };

    [Fact]
    public async Task Lists_the_batches_received_from_the_first_instant_up_to_but_not_the_last_newest_first()
    {
        var store = new BatchStore(azurite.Storage);
        var clinicId = AzuriteFixture.NewClinicId();
        await store.SaveAsync(Batch(clinicId, "api-before", Day.AddTicks(-1)));
        await store.SaveAsync(Batch(clinicId, "api-first", Day));
        await store.SaveAsync(Batch(clinicId, "api-noon", Day.AddHours(12)));
        await store.SaveAsync(Batch(clinicId, "api-last", Day.AddDays(1).AddTicks(-10)));
        await store.SaveAsync(Batch(clinicId, "api-after", Day.AddDays(1)));

        var listed = await store.ListAsync(clinicId, Day, Day.AddDays(1), 100);

        Assert.Equal(["api-last", "api-noon", "api-first"], listed.Select(b => b.BatchId));
    }

    [Fact]
    public async Task Lists_at_most_max_batches_keeping_the_newest()
    {
        var store = new BatchStore(azurite.Storage);
        var clinicId = AzuriteFixture.NewClinicId();
        for (var i = 0; i < 5; i++) await store.SaveAsync(Batch(clinicId, $"api-{i}", Day.AddMinutes(i)));

        var listed = await store.ListAsync(clinicId, Day, Day.AddDays(1), 2);

        Assert.Equal(["api-4", "api-3"], listed.Select(b => b.BatchId));
        Assert.Empty(await store.ListAsync(clinicId, Day, Day.AddDays(1), 0));
    }

    [Fact]
    public async Task Never_lists_another_clinics_batches_and_an_id_that_is_no_clinic_lists_nothing()
    {
        var store = new BatchStore(azurite.Storage);
        var mine = AzuriteFixture.NewClinicId();
        var theirs = AzuriteFixture.NewClinicId();
        await store.SaveAsync(Batch(mine, "api-mine", Day.AddHours(1)));
        await store.SaveAsync(Batch(theirs, "api-theirs", Day.AddHours(2)));

        Assert.Equal(["api-mine"], (await store.ListAsync(mine, Day, Day.AddDays(1), 100)).Select(b => b.BatchId));
        // Upper case is the same clinic (ids are normalised), never a way into another partition.
        Assert.Equal(["api-mine"], (await store.ListAsync(mine.ToUpperInvariant(), Day, Day.AddDays(1), 100)).Select(b => b.BatchId));
        foreach (var invalid in new[] { "", "a/b", "x' or PartitionKey ne '", "_builtin" })
            Assert.Empty(await store.ListAsync(invalid, Day, Day.AddDays(1), 100));
    }

    [Fact]
    public async Task Dollars_at_risk_round_trip_in_cents_and_a_row_written_before_them_reads_zero()
    {
        var store = new BatchStore(azurite.Storage);
        var clinicId = AzuriteFixture.NewClinicId();
        await store.SaveAsync(Batch(clinicId, "api-risk", Day.AddHours(1), atRisk: 1234.56m));

        Assert.Equal(1234.56m, (await store.GetAsync(clinicId, "api-risk"))!.AtRisk);
        Assert.Equal(1234.56m, Assert.Single(await store.ListAsync(clinicId, Day, Day.AddDays(1), 10)).AtRisk);
        // Table Storage has no decimal: the column holds whole cents.
        var row = (await azurite.Tables.GetTableClient(AuditStorage.BatchesTable).GetEntityAsync<TableEntity>(clinicId, "api-risk")).Value;
        Assert.Equal(123456L, row.GetInt64("AtRiskCents"));

        // A row as the table held it before AtRiskCents existed.
        var old = new TableEntity(clinicId, "api-old")
        {
            ["Status"] = BatchStatus.Audited, ["Source"] = "api", ["ReceivedAt"] = Day.AddHours(2),
            ["Visits"] = 1, ["Lines"] = 1, ["RejectedRows"] = 0, ["CleanVisits"] = 1, ["Errors"] = 0, ["Warnings"] = 0, ["Infos"] = 0, ["Retryable"] = false,
        };
        await azurite.Tables.GetTableClient(AuditStorage.BatchesTable).UpsertEntityAsync(old);
        Assert.Equal(0m, (await store.GetAsync(clinicId, "api-old"))!.AtRisk);
        Assert.Equal([("api-old", 0m), ("api-risk", 1234.56m)], (await store.ListAsync(clinicId, Day, Day.AddDays(1), 10)).Select(b => (b.BatchId, b.AtRisk)));
    }
}
