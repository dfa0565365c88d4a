using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using ClaimAudit.Core;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Tests.Fuzz;
using ClaimAudit.Fuzz;

// claimaudit fuzz (issue 14): mutated copies of the shipped sample batches, half CSV and half JSON,
// run in-process through the engine as the CLI's audit runs them, counting crashes (an exception
// out of the engine), accounting violations (a row neither in a visit nor rejected, or twice) and
// slow cases (over one second each).
//   dotnet run -c Release --project bench/ClaimAudit.Fuzz -- --cases 100000 [--seed N] [--out DIR]
//     [--threads N] [--slow-seconds S] [--case N] [--no-minimize]
// Failing cases are written to --out with a one-line reason each (findings.txt lists them all), and
// one case of each distinct crash or violation is shrunk to a small reproducer (min-*.csv/json).
// Exit 1 when anything failed, 0 when the run is clean.
var options = FuzzOptions.Parse(args);
var seeds = FuzzSeeds.Load(options.Samples, PayerProfileSet.Shipped);
if (seeds.Count == 0) throw new ArgumentException($"no *.csv or *.json batches in {options.Samples}");
var engines = new ThreadLocal<AuditEngine>(() => new AuditEngine(PayerProfileSet.Shipped, IngestLimits.Unlimited));

// Warm-up: the first run of each path pays for JIT, which is not the engine's time on a case.
foreach (var seed in seeds)
    await FuzzCase.RunAsync(engines.Value!, new FuzzInput(seed, seed.Bytes, ["none"]), otherFormats: true);

if (options.Case is { } single)
{
    var input = FuzzSeeds.Case(seeds, options.Seed, single);
    var result = await FuzzCase.RunAsync(engines.Value!, input, otherFormats: OtherFormats(single));
    Console.WriteLine($"case {single}: {input.Seed.Name}, {input.Bytes.Length} bytes, {string.Join("; ", input.Mutations)}");
    Console.WriteLine($"  {result.Outcome} in {result.Elapsed.TotalSeconds:0.000} s {result.Detail}");
    Directory.CreateDirectory(options.Out);
    var path = Path.Combine(options.Out, $"case-{single:D6}.{input.Extension}");
    await File.WriteAllBytesAsync(path, input.Bytes);
    Console.WriteLine($"  written to {path}");
    return result.Failed || result.Elapsed.TotalSeconds > options.SlowSeconds ? 1 : 0;
}

Directory.CreateDirectory(options.Out);
var failures = new ConcurrentBag<Failure>();
var unforeseen = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
long done = 0, fileErrors = 0, slowestTicks = 0, slowestCase = -1, bytesRun = 0;
var slowestLock = new Lock();
var clock = Stopwatch.StartNew();
using (var progress = new Timer(_ => Console.Error.Write($"\r{Interlocked.Read(ref done):N0} / {options.Cases:N0} cases, {failures.Count} failing ")))
{
    progress.Change(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5));
    await Parallel.ForAsync(0L, options.Cases, new ParallelOptions { MaxDegreeOfParallelism = options.Threads }, async (i, ct) =>
    {
        var input = FuzzSeeds.Case(seeds, options.Seed, i);
        var result = await FuzzCase.RunAsync(engines.Value!, input, OtherFormats(i), ct);
        Interlocked.Add(ref bytesRun, input.Bytes.Length);
        lock (slowestLock)
        {
            if (result.Elapsed.Ticks > slowestTicks) { slowestTicks = result.Elapsed.Ticks; slowestCase = i; }
        }
        if (result.Outcome == FuzzOutcome.FileError)
        {
            Interlocked.Increment(ref fileErrors);
            // The reader's catch-all: an exception no check foresaw, turned into "could not be read".
            if (result.Detail.StartsWith("the file could not be read (", StringComparison.Ordinal)) unforeseen.AddOrUpdate(result.Detail, 1, (_, n) => n + 1);
        }
        var slow = result.Elapsed.TotalSeconds > options.SlowSeconds;
        if (result.Failed || slow)
        {
            var failure = new Failure(i, input, result, slow);
            failures.Add(failure);
            await File.WriteAllBytesAsync(Path.Combine(options.Out, failure.FileName), input.Bytes, ct);
            await File.WriteAllTextAsync(Path.Combine(options.Out, failure.FileName + ".txt"), failure.Reason + "\n", ct);
        }
        Interlocked.Increment(ref done);
    });
}
clock.Stop();
Console.Error.WriteLine();

var all = failures.OrderBy(f => f.Case).ToList();
await File.WriteAllLinesAsync(Path.Combine(options.Out, "findings.txt"), all.Select(f => f.Reason));
var crashes = all.Count(f => f.Result.Outcome == FuzzOutcome.Crash);
var violations = all.Count(f => f.Result.Outcome == FuzzOutcome.Violation);
var slowCases = all.Count(f => f.Slow);

var invariant = CultureInfo.InvariantCulture;
Console.WriteLine(string.Create(invariant, $"fuzz: {options.Cases:N0} cases (seed {options.Seed}, {seeds.Count} samples: {string.Join(", ", seeds.Select(s => s.Name))}) in {clock.Elapsed.TotalSeconds:0.0} s on {options.Threads} threads"));
// Wall time per case is what a user waits, and it depends on what else the machine runs: say how loaded it was.
if (File.Exists("/proc/loadavg")) Console.WriteLine($"  load average at the end (1, 5, 15 min): {string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3))} on {Environment.ProcessorCount} cores");
Console.WriteLine(string.Create(invariant, $"  {options.Cases / clock.Elapsed.TotalSeconds:0} cases/s, {bytesRun / 1e6 / clock.Elapsed.TotalSeconds:0.0} MB/s of input"));
Console.WriteLine(string.Create(invariant, $"  crashes: {crashes}   accounting violations: {violations}   slow (> {options.SlowSeconds:0.###} s): {slowCases}"));
Console.WriteLine(string.Create(invariant, $"  slowest case: {TimeSpan.FromTicks(slowestTicks).TotalSeconds:0.000} s (case {slowestCase})"));
Console.WriteLine(string.Create(invariant, $"  file errors (answers, not failures): {fileErrors:N0}; of them the reader's catch-all for an unforeseen exception: {unforeseen.Values.Sum()}"));
foreach (var (message, n) in unforeseen.OrderByDescending(u => u.Value)) Console.WriteLine($"    {n} × {message}");

if (all.Count > 0)
{
    Console.WriteLine("distinct failures:");
    var minimizer = new Minimizer(engines.Value!, options.Out);
    var number = 0;
    foreach (var group in all.GroupBy(f => f.Slow && !f.Result.Failed ? "slow" : f.Result.Signature).OrderByDescending(g => g.Count()))
    {
        var example = group.OrderBy(f => f.Input.Bytes.Length).First();
        Console.WriteLine($"  [{group.Key}] {group.Count()} cases, e.g. {example.FileName}: {example.Reason}");
        if (group.Key == "slow")
        {
            foreach (var f in group.OrderByDescending(f => f.Result.Elapsed).Take(8))
                Console.WriteLine(string.Create(invariant, $"      {f.Result.Elapsed.TotalSeconds:0.000} s {f.FileName} ({f.Input.Bytes.Length:N0} bytes): {string.Join("; ", f.Input.Mutations)}"));
            // Time cannot be shrunk like a crash (a smaller case is a faster one): the smallest slow case
            // of each kind of cause is kept as its reproducer instead.
            foreach (var family in group.GroupBy(f => SlowFamily(f.Input)))
            {
                var smallest = family.OrderBy(f => f.Input.Bytes.Length).First();
                var kept = Path.Combine(options.Out, $"min-slow-{family.Key}.{smallest.Input.Extension}");
                await File.WriteAllBytesAsync(kept, smallest.Input.Bytes);
                await File.WriteAllTextAsync(kept + ".txt", smallest.Reason + "\n");
                Console.WriteLine(string.Create(invariant,
                    $"      {family.Key}: {family.Count()} cases, slowest {family.Max(f => f.Result.Elapsed).TotalSeconds:0.000} s; smallest: {kept} ({smallest.Input.Bytes.Length:N0} bytes, {smallest.Result.Elapsed.TotalSeconds:0.000} s)"));
            }
            continue;
        }
        if (!options.Minimize) continue;
        var (path, size) = await minimizer.ShrinkAsync(example, ++number);
        Console.WriteLine(string.Create(invariant, $"      minimal reproducer: {path} ({size:N0} bytes, from {example.Input.Bytes.Length:N0})"));
    }
}
Console.WriteLine($"failing cases and findings.txt in {options.Out}");
return crashes + violations + slowCases > 0 ? 1 : 0;

// What most likely made a case slow, from the mutations it went through: many visits of one
// patient on one day, a long text (a note or field of 100,000 characters or more), a visit or row
// repeated many times, or else "other".
static string SlowFamily(FuzzInput input)
{
    if (input.Mutations.Any(m => m.Contains("same-day", StringComparison.Ordinal))) return "same-day-visits";
    if (input.Mutations.Any(m => (m.StartsWith("json note ", StringComparison.Ordinal) || m.StartsWith("long field ", StringComparison.Ordinal))
        && int.TryParse(m.Split(' ')[2], CultureInfo.InvariantCulture, out var length) && length >= 100_000)) return "long-text";
    if (input.Mutations.Any(m => m.StartsWith("json visit x", StringComparison.Ordinal) || m.StartsWith("row ", StringComparison.Ordinal))) return "repeated-visits";
    return "other";
}

// Some cases also write the CSV and HTML reports: slower, and their escaping is what they test.
static bool OtherFormats(long caseNumber) => caseNumber % 8 == 3;

internal sealed record Failure(long Case, FuzzInput Input, FuzzResult Result, bool Slow)
{
    public string FileName => $"case-{Case:D6}.{Input.Extension}";

    public string Reason => string.Create(CultureInfo.InvariantCulture,
        $"{FileName}\t{(Result.Failed ? Result.Outcome.ToString().ToLowerInvariant() : "slow")}\t{Result.Elapsed.TotalSeconds:0.000} s\t{(Result.Failed ? Result.Detail : Result.Outcome.ToString())}\t[{Input.Seed.Name}: {string.Join("; ", Input.Mutations)}]");
}

/// <summary>
/// Shrinks a failing case while it still fails the same way (the same signature): whole lines
/// first, then ever smaller runs of bytes (delta debugging), within a time budget.
/// </summary>
internal sealed class Minimizer(AuditEngine engine, string outDirectory)
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(40);

    public async Task<(string Path, int Size)> ShrinkAsync(Failure failure, int number)
    {
        var signature = failure.Result.Signature;
        var clock = Stopwatch.StartNew();
        async Task<bool> Fails(byte[] candidate)
        {
            var result = await FuzzCase.RunAsync(engine, failure.Input with { Bytes = candidate }, otherFormats: true);
            return result.Signature == signature;
        }

        var bytes = failure.Input.Bytes;
        // Lines: split after each LF, so the pieces keep their own line breaks.
        var pieces = SplitAfterLf(bytes);
        pieces = await RemovePieces(pieces, p => Fails(Concat(p)), clock);
        bytes = Concat(pieces);
        // Bytes: runs of halving length.
        for (var chunk = Math.Max(1, bytes.Length / 2); chunk >= 1 && clock.Elapsed < Budget; chunk /= 2)
        {
            for (var start = 0; start < bytes.Length && clock.Elapsed < Budget;)
            {
                var length = Math.Min(chunk, bytes.Length - start);
                var candidate = new byte[bytes.Length - length];
                Buffer.BlockCopy(bytes, 0, candidate, 0, start);
                Buffer.BlockCopy(bytes, start + length, candidate, start, bytes.Length - start - length);
                if (candidate.Length > 0 && await Fails(candidate)) bytes = candidate;
                else start += chunk;
            }
        }
        var slug = new string(signature.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray()).Trim('-');
        while (slug.Contains("--", StringComparison.Ordinal)) slug = slug.Replace("--", "-", StringComparison.Ordinal);
        if (slug.Length > 60) slug = slug[..60].TrimEnd('-');
        var path = Path.Combine(outDirectory, $"min-{number}-{slug}.{failure.Input.Extension}");
        await File.WriteAllBytesAsync(path, bytes);
        var again = await FuzzCase.RunAsync(engine, failure.Input with { Bytes = bytes }, otherFormats: true);
        await File.WriteAllTextAsync(path + ".txt", $"{Path.GetFileName(path)}\t{signature}\t{again.Detail}\t(shrunk from {failure.FileName})\n");
        return (path, bytes.Length);
    }

    private static async Task<List<byte[]>> RemovePieces(List<byte[]> pieces, Func<List<byte[]>, Task<bool>> fails, Stopwatch clock)
    {
        for (var chunk = Math.Max(1, pieces.Count / 2); chunk >= 1 && clock.Elapsed < Budget; chunk /= 2)
        {
            for (var start = 0; start < pieces.Count && clock.Elapsed < Budget;)
            {
                var candidate = new List<byte[]>(pieces);
                candidate.RemoveRange(start, Math.Min(chunk, pieces.Count - start));
                if (candidate.Count > 0 && await fails(candidate)) pieces = candidate;
                else start += chunk;
            }
        }
        return pieces;
    }

    private static List<byte[]> SplitAfterLf(byte[] bytes)
    {
        var pieces = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < bytes.Length; i++)
            if (bytes[i] == '\n') { pieces.Add(bytes[start..(i + 1)]); start = i + 1; }
        if (start < bytes.Length) pieces.Add(bytes[start..]);
        return pieces;
    }

    private static byte[] Concat(List<byte[]> pieces)
    {
        var all = new byte[pieces.Sum(p => p.Length)];
        var at = 0;
        foreach (var p in pieces) { Buffer.BlockCopy(p, 0, all, at, p.Length); at += p.Length; }
        return all;
    }
}
