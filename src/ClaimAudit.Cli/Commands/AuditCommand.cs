using System.CommandLine;
using ClaimAudit.Application;
using ClaimAudit.Cli.LocalStore;
using ClaimAudit.Core;
using ClaimAudit.Core.Documentation;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Reporting;

namespace ClaimAudit.Cli.Commands;

/// <summary><c>claimaudit audit FILE</c>: audits a local batch with the built-in payer profiles, no cloud.</summary>
internal static class AuditCommand
{
    private static readonly string[] Formats = [.. ReportFormat.All.Select(f => f.Extension), "all"];

    public static Command Create(TextWriter stdout, TextWriter stderr, Func<Stream> openStdout, ConsoleTerminals terminals = default)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The visit batch: a CSV or .xlsx export (one row per service line) or a JSON batch." };
        var payers = new Option<FileInfo?>("--payers") { Description = "A JSON file of payer profiles laid over the built-in ones (one profile, an array, or {\"profiles\": [...]})." };
        var output = new Option<string?>("--out") { Description = "Directory to write report.json/.csv/.html into, or - to print the report on standard output. Without it, a summary of the findings is printed." };
        var format = new Option<string?>("--format") { Description = "Which report files to write: json, csv, html or all (default: all for a directory, json for -)." };
        format.AcceptOnlyFromAmong(Formats);
        var failOn = new Option<string?>("--fail-on") { Description = "Exit with 1 when any finding of this severity (or worse) is found: error or warning." };
        failOn.AcceptOnlyFromAmong("error", "warning");
        var vocabulary = new Option<FileInfo?>("--vocabulary") { Description = "A JSON vocabulary file (techniques, deficits, measures, phrases; the shape of the shipped ones) laid over the built-in one for the documentation review." };
        var columns = IngestFiles.ColumnsOption();
        var payerMap = IngestFiles.PayerMapOption();
        var sheet = IngestFiles.SheetOption();
        var schema = new Option<int>("--schema") { Description = "The JSON report's schema: 2 (compact, the default) or 1 (every finding's text in full, for integrations that read schema 1).", DefaultValueFactory = _ => ReportJson.CurrentSchema };
        schema.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is not (1 or 2)) result.AddError("--schema is 1 or 2 (the JSON report's schema version)");
        });
        var minutes = new Option<FileInfo?>("--minutes")
        {
            Description = "An EMR export of the same visits (any format audit reads; --columns and --payer-map apply to it too) whose minutes are joined onto a claim file's lines by visit id and code, so timed units are checked against time (an 837P carries units, not minutes).",
        };
        var clinic = new Option<string>("--clinic") { Description = "Clinic id recorded in the report.", DefaultValueFactory = _ => "local" };
        var store = new Option<string?>("--store") { Description = "A store folder to keep the audited claims in (DIR/claims/{batchId}.jsonl) for claimaudit remit and analytics; a re-audit of the batch replaces them." };

        var command = new Command("audit", "Audit a visit batch: units, modifiers and documentation, with the fix and the dollars for each finding.")
        {
            file, payers, output, format, failOn, vocabulary, clinic, columns, payerMap, sheet, schema, minutes, store,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(new AuditArgs(
            parse.GetValue(file)!, parse.GetValue(payers), parse.GetValue(output), parse.GetValue(format),
            parse.GetValue(failOn), parse.GetValue(vocabulary), parse.GetValue(clinic) ?? "local",
            parse.GetValue(columns), parse.GetValue(payerMap), parse.GetValue(sheet), parse.GetValue(schema), parse.GetValue(minutes), parse.GetValue(store)), stdout, stderr, openStdout, terminals, cancellationToken));
        return command;
    }

    private sealed record AuditArgs(FileInfo File, FileInfo? Payers, string? Out, string? Format, string? FailOn, FileInfo? Vocabulary, string ClinicId,
        FileInfo? Columns, FileInfo? PayerMap, string? Sheet, int Schema, FileInfo? Minutes, string? Store = null);

    private static async Task<int> RunAsync(AuditArgs args, TextWriter stdout, TextWriter stderr, Func<Stream> openStdout, ConsoleTerminals terminals, CancellationToken cancellationToken)
    {
        try
        {
            return await AuditAsync(args, stdout, stderr, openStdout, terminals, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // An unreadable input or an unwritable --out is exit 2 with the reason, not a stack trace.
            await stderr.WriteLineAsync($"claimaudit: {ex.Message}");
            return ClaimAuditCli.ExitUnreadable;
        }
    }

    private static async Task<int> AuditAsync(AuditArgs args, TextWriter stdout, TextWriter stderr, Func<Stream> openStdout, ConsoleTerminals terminals, CancellationToken cancellationToken)
    {
        // Each file argument is checked for being a directory before anything is read.
        if (CliText.IsDirectory(args.File, "", stderr) || CliText.IsDirectory(args.Minutes, "minutes export", stderr)
            || CliText.IsDirectory(args.Vocabulary, "vocabulary file", stderr)) return ClaimAuditCli.ExitUnreadable;
        var profiles = PayerFiles.Load(args.Payers, stderr);
        if (profiles is null) return ClaimAuditCli.ExitUnreadable;
        if (IngestFiles.Load(args.Columns, args.PayerMap, args.Sheet, profiles, stderr) is not { } ingestOptions) return ClaimAuditCli.ExitUnreadable;
        if (!args.File.Exists)
        {
            await stderr.WriteLineAsync($"claimaudit: cannot read '{args.File.FullName}': no such file");
            return ClaimAuditCli.ExitUnreadable;
        }
        if (args.Format is not null && args.Out is null)
        {
            await stderr.WriteLineAsync("claimaudit: --format chooses the report files to write; give --out DIR (or --out - for standard output); see claimaudit --help");
            return ClaimAuditCli.ExitUnreadable;
        }
        var toStdout = args.Out == "-";
        if (toStdout && args.Format == "all")
        {
            await stderr.WriteLineAsync("claimaudit: --out - prints one report; choose --format json, csv or html");
            return ClaimAuditCli.ExitUnreadable;
        }

        if (args.Minutes is { Exists: false } missing)
        {
            await stderr.WriteLineAsync($"claimaudit: cannot read minutes export '{missing.FullName}': no such file");
            return ClaimAuditCli.ExitUnreadable;
        }

        using var pacer = Gen0Pacer.Start();
        AuditEngine engine;
        // No size cap: a batch too large to hold is audited in partitions by patient, in bounded memory;
        // except when minutes are joined, which needs the claims and the export read whole.
        var limits = args.Minutes is null ? IngestLimits.Unlimited : IngestLimits.Unlimited with { PartitionAboveBytes = long.MaxValue };
        if (args.Vocabulary is null) engine = new AuditEngine(profiles, limits);
        else
        {
            try
            {
                using var vocabularyFile = args.Vocabulary.OpenRead();
                engine = AuditEngine.WithVocabulary(profiles, Vocabulary.Shipped.With(Vocabulary.Load(vocabularyFile)), limits);
            }
            catch (InvalidDataException ex)
            {
                await stderr.WriteLineAsync($"claimaudit: vocabulary file '{args.Vocabulary.Name}' is not valid: {ex.Message}");
                return ClaimAuditCli.ExitUnreadable;
            }
        }
        // Progress on a terminal's standard error; not when the report itself streams to the same terminal
        // (--out - unredirected), where the \r redraws would land inside the JSON.
        await using var progress = toStdout && terminals.Stdout ? null : AuditProgress.For(stderr, terminals);
        IngestResult batch;
        var batchFormat = BatchReader.FormatFromFileName(args.File.Name);
        using (var input = args.File.OpenRead())
            batch = engine.Ingest(progress?.Count(input, csv: batchFormat == InputFormat.Csv) ?? input, batchFormat, ingestOptions);
        progress?.Audit();
        if (args.Minutes is { } exportFile && batch.FileError is null)
        {
            IngestResult export;
            using (var input = exportFile.OpenRead())
                export = engine.Ingest(input, BatchReader.FormatFromFileName(exportFile.Name), ingestOptions);
            if (export.FileError is { } exportError)
            {
                await new TerminalSafeWriter(stderr).WriteLineAsync($"claimaudit: cannot read minutes export '{exportFile.Name}': {exportError}");
                return ClaimAuditCli.ExitUnreadable;
            }
            var join = MinutesJoin.Apply(batch, export);
            batch = join.Batch;
            // Said where it does not mix into a report printed on standard output.
            var said = toStdout ? stderr : stdout;
            var summaryText = JoinSummary(exportFile.Name, join, export.RejectedRows.Count);
            if (progress is not null) progress.WriteLine(said, TerminalSafeWriter.Escaped(summaryText));
            else await new TerminalSafeWriter(said).WriteLineAsync(summaryText);
        }
        var batchId = batch.BatchId ?? Path.GetFileNameWithoutExtension(args.File.Name);
        using var outcome = await engine.EvaluateAsync(batch, historyFor: null, batchId, args.ClinicId, DateTimeOffset.UtcNow, cancellationToken);
        // The HTML report names the file when the clinic is the default "local".
        outcome.Report.SourceName = args.File.Name;
        var report = outcome.Report;

        var json = ReportFormat.JsonWithSchema(args.Schema);
        // --store: the audited claims are taken from the one enumeration that writes the report (spilled to a temporary file).
        await using var spool = args.Store is not null && batch.FileError is null ? new AuditedClaimSpool(batchId, report.GeneratedAt) : null;
        // The progress sink goes first: its finish clears the progress line before any sink prints text.
        IReadOnlyList<ReportSink> Tapped(List<ReportSink> sinks)
        {
            var all = new List<ReportSink>(sinks.Count + 2);
            if (progress is not null) all.Add(progress.Sink());
            all.AddRange(sinks);
            if (spool is not null) all.Add(spool);
            return all;
        }
        if (toStdout)
        {
            await using var stream = openStdout();
            var chosen = args.Format is null or "json" ? json : ReportFormat.ByExtension(args.Format)!;
            await using var sink = chosen.Start(stream, report);
            await ReportWriter.WriteAsync(report, Tapped([sink]), cancellationToken);
        }
        else
        {
            // One pass: each visit is evaluated once, for the terminal and every report file at the same time.
            var terminal = new TerminalSafeWriter(stdout);
            var sinks = new List<ReportSink> { ConsoleReport.Start(terminal, report, args.File.Name) };
            var files = new List<(string Path, FileStream Stream)>();
            try
            {
                if (args.Out is not null)
                {
                    Directory.CreateDirectory(args.Out);
                    var formats = (args.Format ?? "all") == "all" ? ReportFormat.AllWithSchema(args.Schema)
                        : args.Format == "json" ? [json] : [ReportFormat.ByExtension(args.Format!)!];
                    foreach (var f in formats)
                    {
                        var path = Path.Combine(args.Out, $"report.{f.Extension}");
                        var stream = File.Create(path);
                        files.Add((path, stream));
                        sinks.Add(f.Start(stream, report));
                    }
                }
                await ReportWriter.WriteAsync(report, Tapped(sinks), cancellationToken);
            }
            finally
            {
                foreach (var sink in sinks) await sink.DisposeAsync();
                foreach (var (_, stream) in files) await stream.DisposeAsync();
            }
            terminal.Flush();
            foreach (var (path, _) in files) await stdout.WriteLineAsync($"Wrote {path}");
        }

        progress?.Stop();
        if (spool is not null)
        {
            var local = new LocalStoreFolder(args.Store!);
            await local.Claims.SaveAsync(args.ClinicId, batchId, spool.ReadAll(), cancellationToken);
            // Said where it does not mix into a report printed on standard output.
            await (toStdout ? stderr : stdout).WriteLineAsync($"Kept {CliText.Count(spool.Count, "audited claim")} in {Path.Combine(local.ClaimsDirectory, LocalStoreFolder.SafeBatchId(batchId) + ".jsonl")}");
        }
        if (batch.FileError is not null)
        {
            await new TerminalSafeWriter(stderr).WriteLineAsync($"claimaudit: cannot read '{args.File.Name}': {batch.FileError}");
            return ClaimAuditCli.ExitUnreadable;
        }
        if (FailOnReason(args.FailOn, report.Summary) is not { } reason) return ClaimAuditCli.ExitOk;
        await stderr.WriteLineAsync($"claimaudit: --fail-on {args.FailOn}: {reason}");
        return ClaimAuditCli.ExitFailOn;
    }

    /// <summary>"Minutes from visits-emr.csv: 40 of 42 claim lines without minutes joined (12 visits); 2 keep no minutes; 1 export row rejected."</summary>
    internal static string JoinSummary(string exportName, MinutesJoinResult join, int exportRejected)
    {
        var text = $"Minutes from {exportName}: {CliText.Number(join.LinesJoined)} of {CliText.Count(join.ClaimLines, "claim line")} without minutes joined ({CliText.Count(join.VisitsJoined, "visit")} matched by visit id)";
        if (join.LinesWithoutMinutes > 0) text += $"; {CliText.Number(join.LinesWithoutMinutes)} {(join.LinesWithoutMinutes == 1 ? "keeps" : "keep")} no minutes (the export has no such visit and code) and {(join.LinesWithoutMinutes == 1 ? "is" : "are")} not checked against time";
        if (exportRejected > 0) text += $"; {CliText.Number(exportRejected)} export row{(exportRejected == 1 ? " was" : "s were")} rejected and gave no minutes";
        return text + ".";
    }

    /// <summary>
    /// Why <c>--fail-on</c> is met, or null when it is not. Rejected rows count as errors: a batch
    /// whose rows were all refused audited nothing and must not pass a pre-submission gate.
    /// </summary>
    internal static string? FailOnReason(string? failOn, ReportSummary summary)
    {
        if (failOn is null) return null;
        var parts = new List<string>();
        void Count(int n, string what)
        {
            if (n > 0) parts.Add(CliText.Count(n, what));
        }
        Count(summary.Findings.Error, "error");
        Count(summary.RejectedRows, "rejected row");
        if (failOn == "warning") Count(summary.Findings.Warning, "warning");
        return parts.Count == 0 ? null : string.Join(", ", parts) + (summary.RejectedRows > 0 ? " (rejected rows were not audited)" : "");
    }
}
