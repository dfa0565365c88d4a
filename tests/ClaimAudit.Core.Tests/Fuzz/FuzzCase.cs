using System.Diagnostics;
using System.Text;
using System.Text.Json;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Reporting;

// Shared by the FsCheck properties and the fuzz command (bench/ClaimAudit.Fuzz links this file).
namespace ClaimAudit.Core.Tests.Fuzz;

public enum FuzzOutcome { Ok, FileError, Crash, Violation }

/// <summary>What one case did.</summary>
/// <param name="Signature">Groups cases failing the same way: the exception and the engine method it left, or the kind of violation.</param>
/// <param name="Elapsed">Ingest, evaluation and report writing (not the accounting check).</param>
public sealed record FuzzResult(FuzzOutcome Outcome, string Detail, string Signature, TimeSpan Elapsed)
{
    public bool Failed => Outcome is FuzzOutcome.Crash or FuzzOutcome.Violation;
}

/// <summary>
/// Runs one batch through the engine as the CLI's <c>audit</c> does (Ingest, EvaluateAsync, the
/// report written in JSON schema 2 and, when asked, CSV and HTML) and checks that every row is
/// accounted for.
/// <para>A file error (the engine's <see cref="IngestResult.FileError"/>) is an answer, not
/// a failure: the CLI prints it and exits 2. A crash is any exception out of the engine or a report
/// writer: the CLI would print a stack trace.</para>
/// <para>The accounting invariant, checked on the report as written (the visits' lines' rows and
/// rejectedRows), for a batch that was read:</para>
/// <list type="bullet">
/// <item>Both formats: no row is rejected twice or both rejected and in a visit; the summary's
/// visit and rejected-row counts are those written.</item>
/// <item>CSV: each row number is on one line of one visit at most, and lies between 2 and the
/// file's physical line count (header row 1; a spreadsheet never numbers a row past the last
/// line). With no quote in the file every physical line is a record, so the rows accounted for are
/// exactly the non-blank lines after the header (blank = only whitespace and separators, the
/// engine's one definition). With quotes, the records are cut as a spreadsheet cuts them (a line break
/// outside a quoted cell; a quote opens one only at the start of a cell) and at least one row is accounted for per
/// record after the header that has text besides quotes, whitespace and separators — the engine
/// may split a record broken by a stray quote into more rows, never merge two into none.</item>
/// <item>JSON: rows are 1-based indexes into <c>visits</c> (across every property the engine reads
/// as "visits"); each index up to the array's length is rejected or in a visit, none beyond it;
/// and a visit in the report carries every one of its input lines (its row on that many lines).
/// When System.Text.Json cannot parse the input but the engine read it, the rows must still be
/// 1..N with none missing.</item>
/// </list>
/// </summary>
public static class FuzzCase
{
    /// <param name="otherFormats">Also write the CSV and HTML reports (slower; the command does it for some cases).</param>
    public static async Task<FuzzResult> RunAsync(AuditEngine engine, FuzzInput input, bool otherFormats, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(input);
        var clock = Stopwatch.StartNew();
        IngestResult batch;
        AuditReport report;
        var accounting = new AccountingSink();
        try
        {
            using (var stream = new MemoryStream(input.Bytes, writable: false))
                batch = engine.Ingest(stream, input.Format, input.Seed.Options);
            using var outcome = await engine.EvaluateAsync(batch, historyFor: null, batch.BatchId ?? "fuzz", "fuzz-clinic", DateTimeOffset.UnixEpoch, cancellationToken);
            report = outcome.Report;
            var sinks = new List<ReportSink> { ReportFormat.Json.Start(Stream.Null, report), accounting };
            if (otherFormats)
            {
                sinks.Add(ReportFormat.Csv.Start(Stream.Null, report));
                sinks.Add(ReportFormat.Html.Start(Stream.Null, report));
            }
            try
            {
                await ReportWriter.WriteAsync(report, sinks, cancellationToken);
            }
            finally
            {
                foreach (var sink in sinks) await sink.DisposeAsync();
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            clock.Stop();
            return new FuzzResult(FuzzOutcome.Crash, $"{ex.GetType().Name}: {OneLine(ex.Message)} at {WhereThrown(ex)}",
                $"crash {ex.GetType().Name} at {WhereThrown(ex)}", clock.Elapsed);
        }
        clock.Stop();

        if (batch.FileError is { } error)
        {
            var violation = accounting.Visits > 0 || report.RejectedRows.Count > 0 ? "a file error with visits or rejected rows in the report" : null;
            return violation is null
                ? new FuzzResult(FuzzOutcome.FileError, error, "file error", clock.Elapsed)
                : new FuzzResult(FuzzOutcome.Violation, violation, "violation: file error with rows", clock.Elapsed);
        }
        var (kind, detail) = Check(input, report, accounting);
        return kind is null
            ? new FuzzResult(FuzzOutcome.Ok, "", "ok", clock.Elapsed)
            : new FuzzResult(FuzzOutcome.Violation, detail!, $"violation: {kind}", clock.Elapsed);
    }

    private static string OneLine(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length > 200 ? line[..200] + "…" : line;
    }

    /// <summary>The engine (or Sep, or System.Text.Json) method nearest the throw: the part of a stack trace that tells one defect from another.</summary>
    private static string WhereThrown(Exception ex)
    {
        var frames = new StackTrace(ex, fNeedFileInfo: false).GetFrames();
        string? first = null;
        foreach (var frame in frames)
        {
            var method = frame.GetMethod();
            if (method?.DeclaringType is not { } type) continue;
            var name = $"{type.FullName}.{method.Name}";
            first ??= name;
            if (type.FullName?.StartsWith("ClaimAudit.", StringComparison.Ordinal) == true) return name;
        }
        return first ?? "?";
    }

    /// <summary>Collects the rows the report puts on visits' lines, as a writer sees them.</summary>
    private sealed class AccountingSink : ReportSink
    {
        public Dictionary<int, int> LineRows { get; } = [];
        public int Visits { get; private set; }
        public ReportSummary? Summary { get; private set; }

        public override ValueTask WriteVisitAsync(VisitReport visit, CancellationToken cancellationToken)
        {
            Visits++;
            foreach (var line in visit.Lines)
                foreach (var row in line.Rows)
                    LineRows[row] = LineRows.GetValueOrDefault(row) + 1;
            return ValueTask.CompletedTask;
        }

        public override ValueTask FinishAsync(ReportSummary summary, CancellationToken cancellationToken)
        {
            Summary = summary;
            return ValueTask.CompletedTask;
        }
    }

    private static (string? Kind, string? Detail) Check(FuzzInput input, AuditReport report, AccountingSink accounting)
    {
        var rejected = new HashSet<int>();
        foreach (var r in report.RejectedRows)
            if (!rejected.Add(r.Row)) return ("row rejected twice", $"row {r.Row} is rejected twice");
        foreach (var row in accounting.LineRows.Keys)
            if (rejected.Contains(row)) return ("row in a visit and rejected", $"row {row} is both on a visit's line and rejected");
        if (accounting.Summary is not { } summary) return ("no summary", "the report was finished without a summary");
        if (summary.RejectedRows != report.RejectedRows.Count)
            return ("summary counts", $"the summary says {summary.RejectedRows} rejected rows, the report lists {report.RejectedRows.Count}");
        if (summary.Visits != accounting.Visits)
            return ("summary counts", $"the summary says {summary.Visits} visits, the report has {accounting.Visits}");
        return input.Seed.IsJson ? CheckJson(input.Bytes, rejected, accounting.LineRows) : CheckCsv(input.Bytes, rejected, accounting.LineRows);
    }

    private static (string? Kind, string? Detail) CheckCsv(byte[] bytes, HashSet<int> rejected, Dictionary<int, int> lineRows)
    {
        foreach (var (row, count) in lineRows)
            if (count > 1) return ("CSV row on two lines", $"row {row} is on {count} lines of visits");
        // The text as the engine decodes it (a BOM, UTF-16 included, chooses the encoding).
        using var decoder = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        var text = decoder.ReadToEnd();
        var lines = PhysicalLines(text);
        var accounted = new SortedSet<int>(rejected);
        accounted.UnionWith(lineRows.Keys);
        foreach (var row in accounted)
            if (row < 2 || row > lines.Count) return ("CSV row number outside the file", $"row {row} is accounted for, the file has {lines.Count} lines (header row 1)");

        if (!text.Contains('"', StringComparison.Ordinal))
        {
            var header = lines.FindIndex(l => !IsBlank(l));
            var expected = new SortedSet<int>();
            for (var i = header + 1; header >= 0 && i < lines.Count; i++)
                if (!IsBlank(lines[i])) expected.Add(i + 1);
            if (expected.SetEquals(accounted)) return (null, null);
            var missing = expected.Except(accounted).Take(5).ToList();
            var extra = accounted.Except(expected).Take(5).ToList();
            return ("CSV rows lost or misnumbered (no quotes)",
                $"rows missing: [{string.Join(",", missing)}], rows that are not non-blank lines: [{string.Join(",", extra)}] ({expected.Count} non-blank data lines, {accounted.Count} accounted for)");
        }

        var records = SpreadsheetRecords(text);
        var headerRecord = records.FindIndex(HasText);
        var atLeast = headerRecord < 0 ? 0 : records.Skip(headerRecord + 1).Count(HasText);
        return accounted.Count >= atLeast
            ? (null, null)
            : ("CSV records lost (quotes)", $"{accounted.Count} rows accounted for, the file has at least {atLeast} non-blank records after the header");
    }

    /// <summary>The engine's one definition of a blank line: whitespace (non-breaking spaces too) and separators only.</summary>
    private static bool IsBlank(string line)
    {
        foreach (var c in line)
            if (c is not (',' or ';' or '\t') && !char.IsWhiteSpace(c)) return false;
        return true;
    }

    // A record with text a row must come from: something besides quotes, whitespace and separators.
    private static bool HasText(string record)
    {
        foreach (var c in record)
            if (c is not ('"' or ',' or ';' or '\t') && !char.IsWhiteSpace(c)) return true;
        return false;
    }

    /// <summary>Lines as a spreadsheet without quotes sees them: CRLF, LF and a lone CR each end one; a last line without a break counts.</summary>
    private static List<string> PhysicalLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('\r' or '\n')) continue;
            lines.Add(text[start..i]);
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
        }
        if (start < text.Length) lines.Add(text[start..]);
        return lines;
    }

    /// <summary>
    /// Records as a spreadsheet cuts them, which is how the reader reads quotes: a quote opens a quoted
    /// cell only at the start of a cell (after spaces); inside one, <c>""</c> is a quote and a lone quote
    /// closes it; elsewhere a quote is an ordinary character. A line break ends a record unless a quoted
    /// cell is open. The reader also ends a quoted cell that never closes at its own line when the next
    /// line is a whole record; that only cuts more records, so these are a lower bound of its rows.
    /// </summary>
    private static List<string> SpreadsheetRecords(string text)
    {
        var records = new List<string>();
        var start = 0;
        var quoted = false;
        var cellStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"') continue;
                if (i + 1 < text.Length && text[i + 1] == '"') { i++; continue; }
                quoted = false;
            }
            else if (c == '"' && cellStart) quoted = true;
            else if (c is ',' or ';' or '\t') cellStart = true;
            else if (c is '\r' or '\n')
            {
                records.Add(text[start..i]);
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                start = i + 1;
                cellStart = true;
            }
            else if (c != ' ') cellStart = false;
        }
        if (start < text.Length) records.Add(text[start..]);
        return records;
    }

    private static (string? Kind, string? Detail) CheckJson(byte[] bytes, HashSet<int> rejected, Dictionary<int, int> lineRows)
    {
        var accounted = new SortedSet<int>(rejected);
        accounted.UnionWith(lineRows.Keys);
        var expected = JsonVisitLines(bytes);
        if (expected is null)
        {
            // The engine read what System.Text.Json's document reader would not: the rows must still be 1..N.
            var n = accounted.Count == 0 ? 0 : accounted.Max;
            return accounted.Count == n && (n == 0 || accounted.Min == 1)
                ? (null, null)
                : ("JSON visits lost", $"rows {Describe(accounted)} accounted for: not 1..{n}");
        }
        foreach (var row in accounted)
            if (row < 1 || row > expected.Count) return ("JSON row number outside visits", $"row {row} is accounted for, the batch has {expected.Count} visits");
        for (var i = 0; i < expected.Count; i++)
        {
            var row = i + 1;
            if (!accounted.Contains(row)) return ("JSON visits lost", $"visit {row} of {expected.Count} is neither in a visit nor rejected");
            if (lineRows.TryGetValue(row, out var count) && count != expected[i])
                return ("JSON lines lost", $"visit {row} is in the report with {count} of its {expected[i]?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(no)"} lines");
        }
        return (null, null);
    }

    private static string Describe(SortedSet<int> rows) => rows.Count <= 6 ? string.Join(",", rows) : $"{string.Join(",", rows.Take(6))}… ({rows.Count})";

    /// <summary>
    /// For each entry of the batch's visits (every root property the engine reads as "visits", in
    /// order), the number of entries of its "lines" array (the last property named so, in any
    /// case, as the deserializer takes it), or null when it has none; null when the input does
    /// not parse as a document.
    /// </summary>
    private static List<int?>? JsonVisitLines(byte[] bytes)
    {
        var body = bytes.AsMemory();
        if (body.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) body = body[3..];
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException)
        {
            return null;
        }
        using (document)
        {
            try
            {
                return VisitLines(document.RootElement);
            }
            catch (InvalidOperationException)
            {
                // A property name that is not valid UTF-8 cannot be read as text: no reference count.
                return null;
            }
        }
    }

    private static List<int?>? VisitLines(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) return null;
        var visits = new List<int?>();
        foreach (var property in root.EnumerateObject())
        {
            if (Key(property.Name) != "visits" || property.Value.ValueKind != JsonValueKind.Array) continue;
            foreach (var visit in property.Value.EnumerateArray())
            {
                int? lines = null;
                if (visit.ValueKind == JsonValueKind.Object)
                    foreach (var p in visit.EnumerateObject())
                        if (string.Equals(p.Name, "lines", StringComparison.OrdinalIgnoreCase))
                            lines = p.Value.ValueKind == JsonValueKind.Array ? p.Value.GetArrayLength() : null;
                visits.Add(lines);
            }
        }
        return visits;
    }

    // The engine's name matching: case-insensitive, ignoring spaces, '_', '-', '#', '.' and '/'.
    private static string Key(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name)
            if (c is not (' ' or '_' or '-' or '#' or '.' or '/') && !char.IsWhiteSpace(c)) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }
}
