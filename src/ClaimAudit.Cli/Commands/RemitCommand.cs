using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ClaimAudit.Application;
using ClaimAudit.Cli.LocalStore;

namespace ClaimAudit.Cli.Commands;

/// <summary>
/// <c>claimaudit remit FILE… [--store DIR] [--out DIR]</c>: reads X12 835 remittance files into the local store
/// (PRODUCT.md section 11) and says per file what it held and how much of it matches audited visits.
/// A file that cannot be read is stored not at all: the others are, and the exit is 2 with its reason.
/// </summary>
internal static class RemitCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<FileInfo[]>("FILE") { Description = "X12 835 remittance files (005010X221A1).", Arity = ArgumentArity.OneOrMore };
        var store = StoreOption("The store folder to keep the remittances in (DIR/remittances/); created when missing. The same 835 twice counts once.");
        var output = new Option<string?>("--out") { Description = "Directory to write a JSON summary per file into ({file name}.remit.json)." };
        var command = new Command("remit", "Read 835 remittance files into the store, for claimaudit analytics.") { files, store, output };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(files)!, parse.GetValue(store)!, parse.GetValue(output), stdout, stderr, cancellationToken));
        return command;
    }

    internal static Option<string> StoreOption(string description) =>
        new("--store") { Description = description + $" Default: {LocalStoreFolder.DefaultDirectory} in the current directory.", DefaultValueFactory = _ => LocalStoreFolder.DefaultDirectory };

    private static async Task<int> RunAsync(FileInfo[] files, string storeDir, string? outDir, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var err = new TerminalSafeWriter(stderr);
        var said = new TerminalSafeWriter(stdout);
        try
        {
            var store = new LocalStoreFolder(storeDir);
            var intake = new RemittanceIntake(store.Remittances);
            // The visit ids audited so far (with --store), to say how much of each file matches.
            var audited = new HashSet<string>(StringComparer.Ordinal);
            await foreach (var claim in store.Claims.ListAsync("local", cancellationToken: cancellationToken)) audited.Add(claim.VisitId);
            var exit = ClaimAuditCli.ExitOk;
            foreach (var file in files)
            {
                if (CliText.IsDirectory(file, "", err))
                {
                    exit = ClaimAuditCli.ExitUnreadable;
                    continue;
                }
                if (!file.Exists)
                {
                    await err.WriteLineAsync($"claimaudit: cannot read '{file.FullName}': no such file");
                    exit = ClaimAuditCli.ExitUnreadable;
                    continue;
                }
                RemittanceIntakeResult result;
                await using (var input = file.OpenRead())
                    result = await intake.ReceiveAsync("local", input, cancellationToken);
                if (result.FileError is { } error)
                {
                    await err.WriteLineAsync($"claimaudit: cannot read '{file.Name}': {error}; nothing of it was stored");
                    exit = ClaimAuditCli.ExitUnreadable;
                    continue;
                }
                var summary = result.Summary!;
                var ids = result.File!.Advices.SelectMany(a => a.Claims).Select(c => c.PatientControlNumber.Trim()).ToList();
                var matched = ids.Count(audited.Contains);
                await said.WriteLineAsync(
                    $"{file.Name}: {Plural(summary.Advices, "advice")} ({CliText.Number(summary.NewAdvices)} new), {Plural(summary.Claims, "claim")}, {Plural(summary.Lines, "line")}; " +
                    $"{CliText.Count(matched, "claim")} match an audited visit, {CliText.Number(ids.Count - matched)} unmatched; " +
                    (summary.Balancing.Count == 0 ? "balanced" : $"{Plural(summary.Balancing.Count, "balancing issue")}"));
                foreach (var issue in summary.Balancing) await said.WriteLineAsync($"  {issue.RemittanceKey} {issue.Location}: {issue.Message}");
                foreach (var segment in summary.SegmentErrors) await said.WriteLineAsync($"  not read: {segment}");
                if (outDir is not null)
                {
                    Directory.CreateDirectory(outDir);
                    var path = Path.Combine(outDir, file.Name + ".remit.json");
                    await using (var json = File.Create(path)) WriteSummary(json, file.Name, summary, matched, ids.Count - matched);
                    await said.WriteLineAsync($"Wrote {path}");
                }
            }
            if (files.Length > 0) await said.WriteLineAsync($"Store: {Path.GetFullPath(store.Directory)}");
            return exit;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            await err.WriteLineAsync($"claimaudit: {ex.Message}");
            return ClaimAuditCli.ExitUnreadable;
        }
    }

    /// <summary>{"file", "matchedClaims", "unmatchedClaims", then what POST /api/remittances answers (<see cref="RemittanceSummaryJson"/>)}.</summary>
    internal static void WriteSummary(Stream output, string fileName, RemittanceSummary summary, int matched, int unmatched)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("file", fileName);
        json.WriteNumber("matchedClaims", matched);
        json.WriteNumber("unmatchedClaims", unmatched);
        RemittanceSummaryJson.WriteMembers(json, summary);
        json.WriteEndObject();
    }

    internal static string Plural(int n, string what) => $"{n.ToString("N0", CultureInfo.InvariantCulture)} {what}{(n == 1 ? "" : "s")}";
}
