using ClaimAudit.Core.Documentation;
using ClaimAudit.Core.Ingest;
using static ClaimAudit.Core.Tests.Ingest.IngestTestKit;

namespace ClaimAudit.Core.Tests.Ingest;

/// <summary>Measures retained memory, so it runs alone: other tests' allocations would blur the measure.</summary>
[CollectionDefinition(nameof(LargeBatchTests), DisableParallelization = true)]
public class LargeBatchCollection;

[Collection(nameof(LargeBatchTests))]
public class LargeBatchTests
{
    [Fact]
    public void A_large_batch_is_read_in_one_pass_keeping_only_compact_visits()
    {
        const int rows = 200_000;
        var analyzer = new CountingAnalyzer();
        var reader = new BatchReader(FindPayer, analyzer);

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var result = reader.Read(new GeneratedCsvStream(rows), InputFormat.Csv);
        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;

        Assert.Null(result.FileError);
        Assert.Empty(result.RejectedRows);
        Assert.Equal(rows / 4, result.Visits.Count);
        Assert.Equal(rows, result.Visits.Sum(v => v.Lines.Count));
        Assert.Equal(rows / 4, analyzer.Count); // each visit's repeated note analysed once
        // Codes and modifier lists are shared, not copied per line.
        Assert.Same(result.Visits[0].Lines[0].Code, result.Visits[^1].Lines[0].Code);
        Assert.Same(result.Visits[0].Lines[0].BilledModifiers, result.Visits[^1].Lines[1].BilledModifiers);
        // No note text kept: a few hundred bytes per line at most (the notes alone are ~60 bytes a line).
        Assert.True(retained / rows < 300, $"retained {retained / rows} bytes per line");
        Console.WriteLine($"large batch: {retained / rows} bytes retained per line");
        GC.KeepAlive(result);
    }

    private sealed class CountingAnalyzer : INoteAnalyzer
    {
        public int Count;
        public NoteFeatures Analyze(string noteText) { Count++; return new NoteFeatures { HasText = true }; }
    }
}
