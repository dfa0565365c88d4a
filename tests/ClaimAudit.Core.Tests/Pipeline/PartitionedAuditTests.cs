using System.Text;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Pipeline;
using ClaimAudit.Core.Reporting;

namespace ClaimAudit.Core.Tests.Pipeline;

/// <summary>
/// Issue 9, item 3: a batch too large to hold is audited in partitions by patient, spilled to disk,
/// and must give the very same report as the in-memory audit — same-day PTP pairs across visits,
/// KX year totals across a patient's visits in date order, cloned notes, rejected rows and all.
/// </summary>
public class PartitionedAuditTests
{
    private static readonly string[] Sample = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Samples", "visits.csv"));

    /// <summary>
    /// The sample batch (PTP across visits, KX, a clone, rejected rows) copied <paramref name="copies"/>
    /// times with patient and visit ids of their own, the copies' rows interleaved so that every
    /// partition holds visits from all through the file; plus a visit whose rows name two patients.
    /// </summary>
    private static string Batch(int copies)
    {
        var csv = new StringBuilder(Sample[0]).Append('\n');
        for (var row = 1; row < Sample.Length; row++)
            for (var copy = 0; copy < copies; copy++)
            {
                var line = Sample[row];
                // visit_id and patient_id are the first two cells and never quoted in the sample.
                var cells = line.Split(',', 3);
                csv.Append(cells[0].Length == 0 ? "" : $"{cells[0]}-c{copy}").Append(',')
                   .Append(cells[1].Length == 0 ? "" : $"{cells[1]}-c{copy}").Append(',').Append(cells[2]).Append('\n');
            }
        csv.Append("V-SPLIT,P-A,2026-03-02,medicare,97110,23,Y,,PT,,2,GP,R26.89,,\n");
        csv.Append("V-SPLIT,P-B,2026-03-02,medicare,97112,23,Y,,PT,,2,GP,R26.89,,\n");
        return csv.ToString();
    }

    private static async Task<(IngestResult Batch, Dictionary<string, byte[]> Reports)> AuditAsync(string csv, IngestLimits limits)
    {
        var engine = new AuditEngine(PayerProfileSet.Shipped, limits);
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        var batch = engine.Ingest(input, InputFormat.Csv);
        using var outcome = await engine.EvaluateAsync(batch, historyFor: null, "big", "clinic-1", DateTimeOffset.UnixEpoch);
        var formats = new[] { ReportFormat.Json, ReportFormat.JsonSchema1, ReportFormat.Csv, ReportFormat.Html };
        var streams = formats.Select(_ => new MemoryStream()).ToArray();
        var sinks = formats.Select((f, i) => f.Start(streams[i], outcome.Report)).ToList();
        await ReportWriter.WriteAsync(outcome.Report, sinks);
        foreach (var sink in sinks) await sink.DisposeAsync();
        return (batch, formats.Select((f, i) => ($"{f.Extension}{f.Schema}", streams[i].ToArray())).ToDictionary(x => x.Item1, x => x.Item2));
    }

    [Fact]
    public async Task A_batch_audited_in_partitions_gives_the_same_report_as_in_memory_in_every_format()
    {
        var csv = Batch(copies: 6);
        var (whole, inMemory) = await AuditAsync(csv, IngestLimits.Unlimited);
        // A budget of a few kilobytes per partition forces the large-batch path on a small batch.
        var (parts, partitioned) = await AuditAsync(csv, IngestLimits.Unlimited with { PartitionAboveBytes = 0, BytesPerPartition = 4 * 1024 });

        Assert.False(whole.IsPartitioned);
        Assert.True(parts.IsPartitioned);
        foreach (var (format, expected) in inMemory)
            Assert.True(expected.AsSpan().SequenceEqual(partitioned[format]), $"the {format} report differs between the partitioned and the in-memory audit");

        // The batch really exercises the batch-wide rules across visits, and the split visit is rejected whole.
        var json = Encoding.UTF8.GetString(inMemory["json2"]);
        foreach (var rule in new[] { "PTP_MODIFIER_MISSING", "MOD_KX_MISSING", "DOC_CLONED_NOTE" })
            Assert.Contains($"\"rule\":\"{rule}\"", json, StringComparison.Ordinal);
        using var doc = System.Text.Json.JsonDocument.Parse(inMemory["json2"]);
        Assert.DoesNotContain(doc.RootElement.GetProperty("visits").EnumerateArray(), v => v.GetProperty("visitId").GetString() == "V-SPLIT");
        var rejected = doc.RootElement.GetProperty("rejectedRows").EnumerateArray().Select(r => r.GetProperty("row").GetInt32()).ToList();
        var lastRow = csv.Count(c => c == '\n');
        Assert.Contains(lastRow - 1, rejected);
        Assert.Contains(lastRow, rejected);
    }

    [Fact]
    public async Task A_partitioned_audit_leaves_storage_the_same_ledger_and_fingerprints_with_history_loaded_per_partition()
    {
        var csv = Batch(copies: 6);
        async Task<(List<string> Ledger, List<string> Prints, int Loads)> RememberAsync(IngestLimits limits)
        {
            var engine = new AuditEngine(PayerProfileSet.Shipped, limits);
            using var input = new MemoryStream(Encoding.UTF8.GetBytes(csv));
            var batch = engine.Ingest(input, InputFormat.Csv);
            var loads = 0;
            using var outcome = await engine.EvaluateAsync(batch, (visits, _) =>
            {
                Interlocked.Increment(ref loads);
                return Task.FromResult(BatchHistory.Empty);
            }, "big", "clinic-1", DateTimeOffset.UnixEpoch);
            // Partitions finish in any order: what is remembered is compared as a set.
            var ledger = outcome.LedgerWrites.Select(w => $"{w.Key} {w.Entry}").Order(StringComparer.Ordinal).ToList();
            var prints = outcome.Fingerprints.Select(f => $"{f.PatientId} {f.Fingerprint.VisitId} {f.Fingerprint.DateOfService} {f.Fingerprint.EncodedSignature}")
                .Order(StringComparer.Ordinal).ToList();
            Assert.Equal(outcome.LedgerWrites.Count, ledger.Count);
            return (ledger, prints, loads);
        }

        var whole = await RememberAsync(IngestLimits.Unlimited);
        var parts = await RememberAsync(IngestLimits.Unlimited with { PartitionAboveBytes = 0, BytesPerPartition = 4 * 1024 });

        Assert.NotEmpty(whole.Ledger);
        Assert.NotEmpty(whole.Prints);
        Assert.Equal(whole.Ledger, parts.Ledger);
        Assert.Equal(whole.Prints, parts.Prints);
        Assert.Equal(1, whole.Loads);
        Assert.True(parts.Loads > 1, "each partition loads the history of its own patients");
    }

    [Fact]
    public async Task Partitions_read_on_two_threads_give_the_in_memory_report_every_time()
    {
        // Partitions are read, analysed and evaluated two at a time: a buffer shared between them once
        // let one partition's cells overwrite another's, so reports varied from run to run.
        var csv = Batch(copies: 40);
        var (_, inMemory) = await AuditAsync(csv, IngestLimits.Unlimited);
        for (var run = 0; run < 3; run++)
        {
            var (_, partitioned) = await AuditAsync(csv, IngestLimits.Unlimited with { PartitionAboveBytes = 0, BytesPerPartition = 2 * 1024 });
            Assert.True(inMemory["json2"].AsSpan().SequenceEqual(partitioned["json2"]), $"run {run}: the partitioned report differs from the in-memory one");
        }
    }

    [Fact]
    public void The_visit_partition_table_answers_as_a_dictionary_through_growth_and_collisions()
    {
        var table = new ClaimAudit.Core.Pipeline.VisitPartitions();
        var expected = new Dictionary<ulong, int>();
        var random = new Random(9);
        // Keys that share low bits (probe chains), the 0 and 1 edge, and enough to grow many times.
        var keys = Enumerable.Range(0, 50_000).Select(i => i % 3 == 0 ? (ulong)i << 20 : (ulong)random.NextInt64()).Append(0UL).Append(1UL).ToList();
        foreach (var key in keys)
        {
            var canon = key == 0 ? 1 : key;
            if (table.TryGet(key, out var found))
            {
                Assert.Equal(expected[canon], found);
                continue;
            }
            Assert.False(expected.ContainsKey(canon));
            var partition = random.Next(0, 4096);
            table.Add(key, partition);
            expected[canon] = partition;
        }
        foreach (var (key, partition) in expected)
            Assert.True(table.TryGet(key, out var got) && got == partition);
    }

    [Fact]
    public void Spill_folders_a_killed_audit_left_behind_are_swept_after_a_day_and_fresh_ones_kept()
    {
        var root = Directory.CreateTempSubdirectory("claimaudit-sweep-test-").FullName;
        try
        {
            var stale = Directory.CreateDirectory(Path.Combine(root, "claimaudit-rows-stale")).FullName;
            File.WriteAllText(Path.Combine(stale, "0.rows"), "x");
            Directory.SetLastWriteTimeUtc(stale, DateTime.UtcNow.AddDays(-2));
            var running = Directory.CreateDirectory(Path.Combine(root, "claimaudit-visits-running")).FullName;
            var other = Directory.CreateDirectory(Path.Combine(root, "someone-else")).FullName;
            Directory.SetLastWriteTimeUtc(other, DateTime.UtcNow.AddDays(-2));

            var removed = ClaimAudit.Core.Pipeline.SpillFolders.SweepStale(root, DateTime.UtcNow - ClaimAudit.Core.Pipeline.SpillFolders.StaleAfter);

            Assert.Equal(1, removed);
            Assert.False(Directory.Exists(stale));
            Assert.True(Directory.Exists(running), "an audit still running in another process keeps its folder");
            Assert.True(Directory.Exists(other), "only spill folders are swept");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Partition_files_are_deleted_once_the_report_is_written()
    {
        // This audit's own folders only: other tests spill under the temp path at the same time.
        var root = Directory.CreateTempSubdirectory("claimaudit-test-spills-").FullName;
        try
        {
            var flowRoot = new SpillFolders.FlowRoot(root);
            SpillFolders.RootForThisFlow.Value = flowRoot;
            var (batch, reports) = await AuditAsync(Batch(copies: 6), IngestLimits.Unlimited with { PartitionAboveBytes = 0, BytesPerPartition = 4 * 1024 });
            Assert.True(batch.IsPartitioned);
            Assert.NotEmpty(reports);
            // The audit did spill here, and left nothing behind.
            Assert.True(flowRoot.Created > 0, "the audit spilled no folder under the test's root");
            Assert.Empty(Directory.EnumerateFileSystemEntries(root));
        }
        finally
        {
            SpillFolders.RootForThisFlow.Value = null;
            Directory.Delete(root, recursive: true);
        }
    }
}
