using System.CommandLine;
using System.Globalization;
using ClaimAudit.Application;
using ClaimAudit.Cli.LocalStore;
using ClaimAudit.Core.Analytics;

namespace ClaimAudit.Cli.Commands;

/// <summary>
/// <c>claimaudit analytics [--from DATE] [--to DATE] [--as-of DATE] [--store DIR] [--out DIR|-]</c>: the denial analytics of
/// the store folder (PRODUCT.md section 11) with the built-in payer profiles (and <c>--payers</c>).
/// </summary>
internal static class AnalyticsCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, Func<Stream> openStdout)
    {
        var from = new Option<string?>("--from") { Description = "First date of service (YYYY-MM-DD), inclusive." };
        var to = new Option<string?>("--to") { Description = "Last date of service (YYYY-MM-DD), inclusive." };
        var asOf = new Option<string?>("--as-of") { Description = "The day claims are aged to (YYYY-MM-DD); today by default." };
        var store = RemitCommand.StoreOption("The store folder that claimaudit audit --store and claimaudit remit filled.");
        var output = new Option<string?>("--out") { Description = "Directory to write analytics.json/.csv/.html into, or - to print the JSON on standard output. Without it, a summary is printed." };
        var payers = new Option<FileInfo?>("--payers") { Description = "A JSON file of payer profiles laid over the built-in ones (their denialCategories override the shipped mapping)." };
        var command = new Command("analytics", "Denial analytics: denial rate by code and payer, reason codes, first-pass resolution, AR aging, the rule scorecard.")
        {
            from, to, asOf, store, output, payers,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(from), parse.GetValue(to), parse.GetValue(asOf), parse.GetValue(store)!, parse.GetValue(output), parse.GetValue(payers),
            stdout, stderr, openStdout, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string? fromText, string? toText, string? asOfText, string storeDir, string? outDir, FileInfo? payersFile,
        TextWriter stdout, TextWriter stderr, Func<Stream> openStdout, CancellationToken cancellationToken)
    {
        var err = new TerminalSafeWriter(stderr);
        if (!AnalyticsService.TryParseDate(fromText, "--from", out var from, out var error) || !AnalyticsService.TryParseDate(toText, "--to", out var to, out error)
            || !AnalyticsService.TryParseDate(asOfText, "--as-of", out var asOf, out error)
            || AnalyticsService.RangeError(from, to) is { } rangeError && (error = "--" + rangeError) is not null)
        {
            await err.WriteLineAsync($"claimaudit: {error}");
            return ClaimAuditCli.ExitUnreadable;
        }
        var store = new LocalStoreFolder(storeDir);
        if (!store.Exists)
        {
            await err.WriteLineAsync($"claimaudit: there is no store folder '{Path.GetFullPath(storeDir)}': keep audits with claimaudit audit FILE --store {storeDir} and read remittances with claimaudit remit FILE.835 --store {storeDir} first");
            return ClaimAuditCli.ExitUnreadable;
        }
        if (PayerFiles.Load(payersFile, stderr) is not { } profiles) return ClaimAuditCli.ExitUnreadable;
        AnalyticsReport report;
        try
        {
            report = await new AnalyticsService(store.Claims, store.Remittances).BuildAsync("local", profiles, from, to, asOf, cancellationToken);
            if (outDir == "-")
            {
                await using var stream = openStdout();
                AnalyticsJson.Write(stream, report);
                return ClaimAuditCli.ExitOk;
            }
            if (outDir is not null)
            {
                Directory.CreateDirectory(outDir);
                foreach (var (name, write) in new (string, Action<Stream, AnalyticsReport>)[] { ("analytics.json", AnalyticsJson.Write), ("analytics.csv", AnalyticsCsv.Write), ("analytics.html", AnalyticsHtml.Write) })
                {
                    var path = Path.Combine(outDir, name);
                    await using (var file = File.Create(path)) write(file, report);
                    await stdout.WriteLineAsync($"Wrote {path}");
                }
                return ClaimAuditCli.ExitOk;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            await err.WriteLineAsync($"claimaudit: {ex.Message}");
            return ClaimAuditCli.ExitUnreadable;
        }
        var said = new TerminalSafeWriter(stdout);
        await WriteSummaryAsync(said, report);
        said.Flush();
        return ClaimAuditCli.ExitOk;
    }

    /// <summary>The console summary: the headline rates beside their industry references, the AR buckets and the denials no rule flagged.</summary>
    internal static async Task WriteSummaryAsync(TextWriter w, AnalyticsReport r)
    {
        var t = r.Totals;
        var range = r.From is null && r.To is null ? "all dates of service" : $"dates of service {D(r.From) ?? "…"} to {D(r.To) ?? "…"}";
        await w.WriteLineAsync($"Denial analytics, {range}, as of {r.AsOf:yyyy-MM-dd}");
        await w.WriteLineAsync($"  Audited claims         {t.AuditedClaims.ToString("N0", CultureInfo.InvariantCulture)}, clean-claim rate {Pct(t.CleanClaimRate)}{Ref(r, "Clean claim rate")}");
        await w.WriteLineAsync($"  Remitted claims        {t.RemittedClaims.ToString("N0", CultureInfo.InvariantCulture)}, denied {t.DeniedClaims.ToString("N0", CultureInfo.InvariantCulture)}: denial rate {Pct(t.DenialRate)}{Ref(r, "Denial rate")}");
        await w.WriteLineAsync($"  Dollars                charged {Money(t.Charged)}, paid {Money(t.Paid)}, denied {Money(t.Denied)} ({Pct(t.DollarDenialRate)})");
        await w.WriteLineAsync($"  First-pass resolution  {Pct(t.FirstPassResolutionRate)} (paid with no denial on the first remittance)");
        await w.WriteLineAsync($"  AR outstanding         {Money(t.Outstanding)}, days in AR {(t.DaysInAr is { } d ? d.ToString("0.0", CultureInfo.InvariantCulture) : "n/a")}{Ref(r, "Days in AR")}, over 90 days {Pct(t.ArOver90Share)}{Ref(r, "AR over 90 days")}");
        foreach (var b in r.Aging)
            await w.WriteLineAsync($"    {b.Label,-8} {RemitCommand.Plural(b.Claims, "claim"),-12} {Money(b.Amount)}");
        var misses = r.Misses.Where(m => m.Unflagged > 0).OrderByDescending(m => m.Unflagged).ThenBy(m => m.Category).Take(5).ToList();
        if (misses.Count == 0)
        {
            await w.WriteLineAsync("  Every denied line was flagged by a rule predicting its category (or none was denied).");
            return;
        }
        await w.WriteLineAsync("  Top misses (denials no rule flagged):");
        foreach (var m in misses)
            await w.WriteLineAsync($"    {CategoryName(m.Category),-14} {m.Unflagged} of {RemitCommand.Plural(m.Denials, "denied line")} unflagged, e.g. {string.Join(", ", m.Lines.Take(3).Select(l => $"{l.VisitId} {l.Code} ({string.Join(" ", l.Codes)})"))}");
    }

    private static string? D(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static string Pct(double? rate) => rate is { } x ? (x * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %" : "n/a";
    private static string Money(decimal amount) => "$" + amount.ToString("N2", CultureInfo.InvariantCulture);

    private static string Ref(AnalyticsReport r, string measure) =>
        r.References.FirstOrDefault(x => x.Measure == measure) is { } reference
            ? $" (industry reference {reference.Reference}{(reference.Meets is { } meets ? meets ? ": meets" : ": does not meet" : "")})" : "";

    // The JSON names (not-denial, benefit-limit, timely-filing…): what the other outputs call them.
    internal static string CategoryName(Core.Remittances.RemittanceCategory category) => Core.Remittances.DenialCategories.NameOf(category);
}
