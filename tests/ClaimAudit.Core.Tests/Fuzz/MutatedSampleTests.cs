using System.Text;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Payers;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimAudit.Core.Tests.Fuzz;

/// <summary>
/// Issue 14, "fuzzing stays": the shipped samples, damaged the way the fuzz command damages them
/// (bench/ClaimAudit.Fuzz shares <see cref="BatchMutator"/> and <see cref="FuzzCase"/>), never make
/// an exception escape the engine, and every row still lands in a visit or in rejectedRows
/// (PRODUCT.md section 2). Small inputs and 200 cases each, so the suite stays fast; the command
/// runs 100,000 larger ones and also times them.
/// </summary>
public class MutatedSampleTests
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(200);

    // Small: long fields of a few KB, a few copies of a row, a batch of at most 256 KB.
    private static readonly MutationLimits Small = new() { MaxFieldLength = 4096, MaxCopies = 24, MaxBytes = 256 * 1024, MaxMutations = 4 };

    private static readonly Lazy<IReadOnlyList<FuzzSeed>> Seeds = new(() => FuzzSeeds.Load(SamplesDirectory(), PayerProfileSet.Shipped));

    private static readonly AuditEngine Engine = new(PayerProfileSet.Shipped, IngestLimits.Unlimited);

    private static string SamplesDirectory()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Functions.sln"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Functions.sln not found above the test output"), "samples");
    }

    [Fact]
    public void The_samples_the_mutations_start_from_are_read_whole()
    {
        // Mutations of a sample that already failed to read would test nothing but the file error.
        // (visits.csv rejects a few rows on purpose: its bad rows show the rejection in the README.)
        Assert.Contains(Seeds.Value, s => !s.IsJson);
        Assert.Contains(Seeds.Value, s => s.IsJson);
        foreach (var seed in Seeds.Value)
        {
            var batch = Engine.Ingest(new MemoryStream(seed.Bytes), seed.IsJson ? InputFormat.Json : InputFormat.Csv, seed.Options);
            Assert.True(batch.FileError is null, $"{seed.Name}: {batch.FileError}");
            Assert.True(batch.Visits.Count > batch.RejectedRows.Count, $"{seed.Name}: {batch.Visits.Count} visits, {batch.RejectedRows.Count} rows rejected");
        }
    }

    [Fact]
    public void A_mutated_sample_csv_never_throws_out_of_the_engine_and_every_row_is_accounted_for() => CheckMutations(json: false);

    [Fact]
    public void A_mutated_sample_json_never_throws_out_of_the_engine_and_every_visit_is_accounted_for() => CheckMutations(json: true);

    private static void CheckMutations(bool json)
    {
        var seeds = Seeds.Value.Where(s => s.IsJson == json).ToList();
        var cases =
            from seed in Gen.Elements(seeds.ToArray())
            from state in Gen.Choose(0, int.MaxValue)
            select (Seed: seed, State: state);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var input = BatchMutator.Mutate(c.Seed, new Random(c.State), Small);
            var result = Run(input, otherFormats: c.State % 4 == 0);
            Assert.False(result.Failed, Describe(input, result));
        }).Check(Runs);
    }

    // FsCheck's properties are synchronous; the engine's evaluation is not (it may read partitions).
    private static FuzzResult Run(FuzzInput input, bool otherFormats) => FuzzCase.RunAsync(Engine, input, otherFormats).GetAwaiter().GetResult();

    private static string Describe(FuzzInput input, FuzzResult result)
    {
        var text = Encoding.UTF8.GetString(input.Bytes);
        return $"{result.Outcome}: {result.Detail}\n{input.Seed.Name}, mutations: {string.Join("; ", input.Mutations)}\n" +
            (text.Length <= 2000 ? text : text[..2000] + "…");
    }
}
