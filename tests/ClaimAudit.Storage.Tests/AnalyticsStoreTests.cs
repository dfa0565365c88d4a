using Azure.Data.Tables;
using ClaimAudit.Core.Analytics;
using ClaimAudit.Core.Remittances;
using Microsoft.Extensions.Logging;

namespace ClaimAudit.Storage.Tests;

/// <summary>The AuditedClaims and Remittances tables the denial analytics read (PRODUCT.md section 11).</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AnalyticsStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Audited = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    internal static AuditedClaim Claim(string visitId, DateOnly dos, string batchId = "b-1", int lines = 1, string status = "clean", DateTimeOffset? at = null) => new()
    {
        VisitId = visitId, PayerId = "medicare", DateOfService = dos, BatchId = batchId, AuditedAt = at ?? Audited, Status = status, Billed = 40m * lines,
        Lines = [.. Enumerable.Range(1, lines).Select(i => new AuditedLine
        {
            Code = "97112", Rows = [i], LineControl = $"{visitId}-{i}", BilledUnits = 2, BilledModifiers = ["GP", "59"], Billed = 40m, Rules = ["UNITS_OVER"],
        })],
        VisitRules = ["DOC_NOTE_MISSING"],
    };

    internal static RemittanceAdvice Advice(string key, int claims, decimal paid = 100m) => new()
    {
        Key = key, SetControl = "0001", PayerName = "MEDICARE", PayerIdentifier = "87726", PaymentAmount = paid * claims, PaymentDate = new DateOnly(2026, 4, 1),
        TraceNumber = key.Split('/').Last(),
        Claims = [.. Enumerable.Range(1, claims).Select(i => new ClaimPayment
        {
            PatientControlNumber = $"V-{i:D5}", Status = 1, Charge = 150m, Paid = paid, PatientResponsibility = 10m, PayerClaimNumber = $"PCN{i}",
            ServiceDate = new DateOnly(2026, 3, 2), Adjustments = [new Adjustment("PR", "2", 10m)], Remarks = ["N362"], Location = $"ST 0001, segment {i * 7}",
            Lines =
            [
                new ServicePayment
                {
                    Code = "97112", Modifiers = ["GP"], Charge = 150m, Paid = paid, Units = 2, OriginalCode = "97110", OriginalModifiers = ["GP", "59"], OriginalUnits = 3,
                    DateOfService = new DateOnly(2026, 3, 2), LineControl = $"V-{i:D5}-1", Allowed = 110m,
                    Adjustments = [new Adjustment("CO", "45", 40m, 1m)], Remarks = ["M80"], Location = $"ST 0001, segment {i * 7 + 3}",
                },
            ],
        })],
        ProviderAdjustments = [new ProviderAdjustment("WO", "REF1", 5m)],
        Balancing = [new BalanceIssue("ST 0001, segment 3", "payment 100.00 ≠ claims 105.00 − PLB 5.00", 0m)],
    };

    private static async Task<List<T>> All<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items) list.Add(item);
        return list;
    }

    [Fact]
    public async Task Audited_claims_round_trip_with_lines_line_controls_and_rules()
    {
        var store = new AuditedClaimStore(azurite.Storage);
        var clinicId = AzuriteFixture.NewClinicId();
        var claim = Claim("V/1#?", new DateOnly(2026, 3, 2), lines: 2);

        await store.SaveAsync(clinicId, "b-1", [claim]);
        var read = Assert.Single(await All(store.ListAsync(clinicId)));

        Assert.Equal((claim.VisitId, claim.PayerId, claim.DateOfService, claim.BatchId, claim.AuditedAt, claim.Status, claim.Billed),
            (read.VisitId, read.PayerId, read.DateOfService, read.BatchId, read.AuditedAt, read.Status, read.Billed));
        Assert.Equal(["DOC_NOTE_MISSING"], read.VisitRules);
        Assert.Equal(2, read.Lines.Count);
        Assert.Equal(claim.Lines[1] with { Rows = [], BilledModifiers = [], Rules = [] }, read.Lines[1] with { Rows = [], BilledModifiers = [], Rules = [] });
        Assert.Equal([2], read.Lines[1].Rows);
        Assert.Equal(["GP", "59"], read.Lines[1].BilledModifiers);
        Assert.Equal(["UNITS_OVER"], read.Lines[1].Rules);
        // The row key is the visit id, escaped: no '/', '#' or '?' reaches the table.
        var row = (await azurite.Tables.GetTableClient(AuditStorage.AuditedClaimsTable).GetEntityAsync<TableEntity>(clinicId, "V~2F1~23~3F")).Value;
        Assert.Equal(("b-1", "2026-03-02"), (row.GetString("BatchId"), row.GetString("DateOfService")));
    }

    [Fact]
    public async Task A_later_audit_of_a_visit_replaces_the_earlier_one()
    {
        var store = new AuditedClaimStore(azurite.Storage);
        var clinicId = AzuriteFixture.NewClinicId();
        await store.SaveAsync(clinicId, "b-1", [Claim("V-1", new DateOnly(2026, 3, 2), status: "error"), Claim("V-2", new DateOnly(2026, 3, 3))]);
        await store.SaveAsync(clinicId, "b-2", [Claim("V-1", new DateOnly(2026, 3, 2), batchId: "b-2", lines: 3, at: Audited.AddDays(1))]);

        var read = (await All(store.ListAsync(clinicId))).OrderBy(c => c.VisitId).ToList();

        Assert.Equal(["V-1", "V-2"], read.Select(c => c.VisitId));
        Assert.Equal(("b-2", "clean", 3), (read[0].BatchId, read[0].Status, read[0].Lines.Count));
    }

    [Fact]
    public async Task Listing_keeps_the_dates_of_service_in_the_range_inclusive()
    {
        var store = new AuditedClaimStore(azurite.Storage);
        var clinicId = AzuriteFixture.NewClinicId();
        await store.SaveAsync(clinicId, "b-1", [.. Enumerable.Range(1, 5).Select(d => Claim($"V-{d}", new DateOnly(2026, 3, d)))]);

        var between = await All(store.ListAsync(clinicId, new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 4)));
        var from = await All(store.ListAsync(clinicId, new DateOnly(2026, 3, 4)));
        var to = await All(store.ListAsync(clinicId, lastDate: new DateOnly(2026, 3, 1)));
        var other = await All(store.ListAsync(AzuriteFixture.NewClinicId()));

        Assert.Equal(["V-2", "V-3", "V-4"], between.Select(c => c.VisitId).Order());
        Assert.Equal(["V-4", "V-5"], from.Select(c => c.VisitId).Order());
        Assert.Equal(["V-1"], to.Select(c => c.VisitId));
        Assert.Empty(other);
    }

    [Fact]
    public async Task Many_claims_and_a_claim_too_long_for_one_property_store_and_read_back()
    {
        var store = new AuditedClaimStore(azurite.Storage);
        var clinicId = AzuriteFixture.NewClinicId();
        // 250 visits: three transactions; one visit of 400 lines is well over a string property's 32K characters.
        var claims = Enumerable.Range(1, 250).Select(i => Claim($"V-{i:D4}", new DateOnly(2026, 3, 2))).Append(Claim("V-BIG", new DateOnly(2026, 3, 2), lines: 400)).ToList();

        await store.SaveAsync(clinicId, "b-1", claims);
        var read = await All(store.ListAsync(clinicId));

        Assert.Equal(251, read.Count);
        var big = Assert.Single(read, c => c.VisitId == "V-BIG");
        Assert.Equal(400, big.Lines.Count);
        Assert.Equal("V-BIG-400", big.Lines[^1].LineControl);
    }

    [Fact]
    public async Task A_re_audit_of_a_batch_deletes_the_rows_of_visits_it_no_longer_has_but_not_of_visits_moved_to_another_batch()
    {
        var store = new AuditedClaimStore(azurite.Storage);
        var clinicId = AzuriteFixture.NewClinicId();
        var dos = new DateOnly(2026, 3, 2);
        // 150 visits leave the batch: more than one delete transaction.
        await store.SaveAsync(clinicId, "b-a", [.. Enumerable.Range(1, 152).Select(i => Claim($"V-{i:D3}", dos, batchId: "b-a"))]);
        // V-002 moves to batch b-b since.
        await store.SaveAsync(clinicId, "b-b", [Claim("V-002", dos, batchId: "b-b", at: Audited.AddDays(1))]);

        // Batch b-a again, now with V-001 alone.
        await store.SaveAsync(clinicId, "b-a", [Claim("V-001", dos, batchId: "b-a", lines: 2, at: Audited.AddDays(2))]);

        var read = (await All(store.ListAsync(clinicId))).OrderBy(c => c.VisitId).ToList();
        Assert.Equal([("V-001", "b-a", 2), ("V-002", "b-b", 1)], read.Select(c => (c.VisitId, c.BatchId, c.Lines.Count)));
    }

    [Fact]
    public async Task A_visit_too_large_to_store_is_left_out_and_counted_in_one_warning_without_ids()
    {
        var log = new ListLogger<AuditedClaimStore>();
        var store = new AuditedClaimStore(azurite.Storage, log);
        var clinicId = AzuriteFixture.NewClinicId();
        var dos = new DateOnly(2026, 3, 2);

        // 6,000 lines are far over what one entity holds (15 × 30,000 characters of JSON).
        await store.SaveAsync(clinicId, "b-1", [Claim("V-1", dos), Claim("V-HUGE-7", dos, lines: 6000), Claim("V-2", dos)]);

        Assert.Equal(["V-1", "V-2"], (await All(store.ListAsync(clinicId))).Select(c => c.VisitId).Order());
        var warning = Assert.Single(log.Lines);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains(clinicId, warning.Text);
        Assert.Contains("b-1", warning.Text);
        Assert.Contains(" 1 audited visits", warning.Text);
        Assert.DoesNotContain("V-HUGE", warning.Text);
    }

    [Fact]
    public async Task An_advice_round_trips_whole()
    {
        var store = new RemittanceStore(azurite.Storage);
        var clinicId = AzuriteFixture.NewClinicId();
        var advice = Advice("87726/EFT#0001", 2);

        Assert.Equal(1, await store.SaveAsync(clinicId, [advice]));
        var read = Assert.Single(await All(store.ListAsync(clinicId)));

        Assert.Equal((advice.Key, advice.SetControl, advice.PayerName, advice.PayerIdentifier, advice.PaymentAmount, advice.PaymentDate, advice.TraceNumber),
            (read.Key, read.SetControl, read.PayerName, read.PayerIdentifier, read.PaymentAmount, read.PaymentDate, read.TraceNumber));
        Assert.Equal(advice.ProviderAdjustments, read.ProviderAdjustments);
        Assert.Equal(advice.Balancing, read.Balancing);
        Assert.Equal(2, read.Claims.Count);
        var (sent, got) = (advice.Claims[1], read.Claims[1]);
        Assert.Equal((sent.PatientControlNumber, sent.Status, sent.Charge, sent.Paid, sent.PatientResponsibility, sent.PayerClaimNumber, sent.ServiceDate, sent.Location),
            (got.PatientControlNumber, got.Status, got.Charge, got.Paid, got.PatientResponsibility, got.PayerClaimNumber, got.ServiceDate, got.Location));
        Assert.Equal(sent.Adjustments, got.Adjustments);
        Assert.Equal(sent.Remarks, got.Remarks);
        var (line, readLine) = (sent.Lines[0], Assert.Single(got.Lines));
        Assert.Equal((line.Code, line.Charge, line.Paid, line.Units, line.OriginalCode, line.OriginalUnits, line.DateOfService, line.LineControl, line.Allowed, line.Location),
            (readLine.Code, readLine.Charge, readLine.Paid, readLine.Units, readLine.OriginalCode, readLine.OriginalUnits, readLine.DateOfService, readLine.LineControl, readLine.Allowed, readLine.Location));
        Assert.Equal(line.Modifiers, readLine.Modifiers);
        Assert.Equal(line.OriginalModifiers, readLine.OriginalModifiers);
        Assert.Equal(line.Adjustments, readLine.Adjustments);
        Assert.Equal(line.Remarks, readLine.Remarks);
        Assert.Equal(("97110", 3m), (readLine.SubmittedCode, readLine.SubmittedUnits));
    }

    [Fact]
    public async Task The_same_advice_twice_counts_once_and_the_same_key_with_new_content_replaces_it()
    {
        var store = new RemittanceStore(azurite.Storage);
        var clinicId = AzuriteFixture.NewClinicId();

        Assert.Equal(2, await store.SaveAsync(clinicId, [Advice("87726/EFT1", 1), Advice("87726/EFT2", 1)]));
        Assert.Equal(0, await store.SaveAsync(clinicId, [Advice("87726/EFT1", 1), Advice("87726/EFT2", 1)]));
        Assert.Equal(1, await store.SaveAsync(clinicId, [Advice("87726/EFT2", 3, paid: 90m), Advice("87726/EFT3", 1)]));

        var read = (await All(store.ListAsync(clinicId))).OrderBy(a => a.Key, StringComparer.Ordinal).ToList();
        Assert.Equal(["87726/EFT1", "87726/EFT2", "87726/EFT3"], read.Select(a => a.Key));
        Assert.Equal(3, read[1].Claims.Count);
        Assert.All(read[1].Claims, c => Assert.Equal(90m, c.Paid));
        // The replaced generation's parts are gone: one header and one part row per advice.
        var rows = await All(azurite.Tables.GetTableClient(AuditStorage.RemittancesTable).QueryAsync<TableEntity>(e => e.PartitionKey == clinicId));
        Assert.Equal(6, rows.Count);
    }

    [Fact]
    public async Task A_listing_that_races_a_replace_reads_the_new_generation_instead_of_failing()
    {
        var store = new RemittanceStore(azurite.Storage);
        var clinicId = AzuriteFixture.NewClinicId();
        await store.SaveAsync(clinicId, [Advice("87726/EFT1", 1), Advice("87726/EFT2", 1)]);

        var read = new List<RemittanceAdvice>();
        await using (var listing = store.ListAsync(clinicId).GetAsyncEnumerator())
        {
            // The headers are read a page at a time: EFT2's header (old generation) is in hand when it is replaced.
            Assert.True(await listing.MoveNextAsync());
            read.Add(listing.Current);
            Assert.Equal(0, await store.SaveAsync(clinicId, [Advice("87726/EFT2", 3, paid: 90m)]));
            while (await listing.MoveNextAsync()) read.Add(listing.Current);
        }

        Assert.Equal(["87726/EFT1", "87726/EFT2"], read.Select(a => a.Key));
        Assert.Equal(3, read[1].Claims.Count);
        Assert.All(read[1].Claims, c => Assert.Equal(90m, c.Paid));
    }

    [Fact]
    public async Task An_advice_missing_stored_parts_is_left_out_of_the_listing_with_a_warning_naming_its_key()
    {
        var log = new ListLogger<RemittanceStore>();
        var store = new RemittanceStore(azurite.Storage, log);
        var clinicId = AzuriteFixture.NewClinicId();
        await store.SaveAsync(clinicId, [Advice("87726/EFT1", 1), Advice("87726/EFT2", 1), Advice("87726/EFT3", 1)]);
        var table = azurite.Tables.GetTableClient(AuditStorage.RemittancesTable);
        var part = Assert.Single(await All(table.QueryAsync<TableEntity>(e => e.PartitionKey == clinicId)), e => e.RowKey.StartsWith("87726~2FEFT2!", StringComparison.Ordinal));
        await table.DeleteEntityAsync(clinicId, part.RowKey);

        var read = await All(store.ListAsync(clinicId));

        Assert.Equal(["87726/EFT1", "87726/EFT3"], read.Select(a => a.Key));
        var warning = Assert.Single(log.Lines);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("87726/EFT2", warning.Text);
        Assert.Contains("0 of its 1", warning.Text);
    }

    [Fact]
    public async Task One_save_with_the_same_key_twice_keeps_the_last_and_counts_it_once()
    {
        var store = new RemittanceStore(azurite.Storage);
        var clinicId = AzuriteFixture.NewClinicId();

        Assert.Equal(1, await store.SaveAsync(clinicId, [Advice("87726/EFT1", 1), Advice("87726/EFT1", 2, paid: 90m)]));
        Assert.Equal(1, await store.SaveAsync(clinicId, [Advice("87726/EFT2", 1), Advice("87726/EFT1", 1), Advice("87726/EFT2", 2)]));

        var read = (await All(store.ListAsync(clinicId))).OrderBy(a => a.Key, StringComparer.Ordinal).ToList();
        Assert.Equal([("87726/EFT1", 1), ("87726/EFT2", 2)], read.Select(a => (a.Key, a.Claims.Count)));
    }

    [Fact]
    public async Task An_advice_of_2000_claims_is_stored_past_the_entity_size_limit_and_reads_back()
    {
        var store = new RemittanceStore(azurite.Storage);
        var clinicId = AzuriteFixture.NewClinicId();

        Assert.Equal(1, await store.SaveAsync(clinicId, [Advice("87726/BIG", 2000)]));
        Assert.Equal(0, await store.SaveAsync(clinicId, [Advice("87726/BIG", 2000)]));
        var read = Assert.Single(await All(store.ListAsync(clinicId)));

        Assert.Equal(2000, read.Claims.Count);
        Assert.Equal(Enumerable.Range(1, 2000).Select(i => $"V-{i:D5}"), read.Claims.Select(c => c.PatientControlNumber));
        Assert.Equal("V-02000-1", read.Claims[^1].Lines[0].LineControl);
        var rows = await All(azurite.Tables.GetTableClient(AuditStorage.RemittancesTable).QueryAsync<TableEntity>(e => e.PartitionKey == clinicId));
        Assert.True(rows.Count > 2, $"an advice this large needs several part rows, not {rows.Count}");
    }

    [Fact]
    public async Task One_clinic_never_sees_another_clinics_remittances()
    {
        var store = new RemittanceStore(azurite.Storage);
        var (a, b) = (AzuriteFixture.NewClinicId(), AzuriteFixture.NewClinicId());
        await store.SaveAsync(a, [Advice("87726/EFT1", 1)]);

        Assert.Empty(await All(store.ListAsync(b)));
        Assert.Equal(1, await store.SaveAsync(b, [Advice("87726/EFT1", 1)]));
    }

    internal sealed class ListLogger<T> : ILogger<T>
    {
        public List<(LogLevel Level, string Text)> Lines { get; } = [];
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Lines) Lines.Add((logLevel, formatter(state, exception)));
        }
    }
}
