using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Rules;

namespace ClaimAudit.Core.Reporting;

/// <summary>
/// Writes the report as JSON (PRODUCT.md section 8), compact, streaming the visits as they are
/// evaluated. Schema 2 (the default) gives each rule's wording once in a <c>rules</c> catalog and
/// each finding only its parameters, with the summary last because it is known last. Schema 1
/// (<c>--schema 1</c>, <c>?schema=1</c>) is the earlier shape for integrations that read it: every
/// finding's text in full and the summary first (its visits wait in a spool file until then).
/// </summary>
public static class ReportJson
{
    public const int CurrentSchema = 2;

    public static async Task WriteAsync(Stream output, AuditReport report, CancellationToken cancellationToken = default) =>
        await WriteAsync(output, report, CurrentSchema, cancellationToken);

    public static async Task WriteAsync(Stream output, AuditReport report, int schema, CancellationToken cancellationToken = default)
    {
        await using var sink = Start(output, report, schema);
        await ReportWriter.WriteAsync(report, [sink], cancellationToken);
    }

    public static void Write(Stream output, AuditReport report, int schema = CurrentSchema) =>
        WriteAsync(output, report, schema).GetAwaiter().GetResult();

    /// <summary>The JSON report as a sink of <see cref="ReportWriter"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A schema other than 1 or 2.</exception>
    public static ReportSink Start(Stream output, AuditReport report, int schema = CurrentSchema)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        return schema switch
        {
            2 => new Schema2(output, report),
            1 => new Schema1(output, report),
            _ => throw new ArgumentOutOfRangeException(nameof(schema), schema, "the report schema is 1 or 2"),
        };
    }

    private const int FlushBytes = 32 * 1024;

    private static void WriteHeader(Utf8JsonWriter w, AuditReport report, int schema)
    {
        w.WriteNumber("schemaVersion", schema);
        w.WriteString("batchId", report.BatchId);
        w.WriteString("clinicId", report.ClinicId);
        w.WriteString("generatedAt", report.GeneratedAt);
        if (report.FileError is { } error) w.WriteString("fileError", error);
    }

    private static void WriteRejectedRows(Utf8JsonWriter w, IReadOnlyList<RejectedRow> rows, int schema)
    {
        w.WriteStartArray("rejectedRows");
        foreach (var row in rows)
        {
            if (schema == 1)
            {
                JsonSerializer.Serialize(w, row, ReportJsonContext.Default.RejectedRow);
                continue;
            }
            w.WriteStartObject();
            w.WriteNumber("row", row.Row);
            if (row.Location is { } location) w.WriteString("location", location);
            if (row.VisitId is { } visitId) w.WriteString("visitId", visitId);
            WriteStrings(w, "errors", row.Errors);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private sealed class Schema2 : ReportSink
    {
        private readonly Stream _output;
        private readonly AuditReport _report;
        private readonly Utf8JsonWriter _w;
        private bool _started;

        public Schema2(Stream output, AuditReport report)
        {
            _output = output;
            _report = report;
            _w = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = ReportJsonContext.Default.Options.Encoder });
        }

        private void Start()
        {
            if (_started) return;
            _started = true;
            _w.WriteStartObject();
            WriteHeader(_w, _report, 2);
            WriteRules(_w, _report.CodeWording);
            WritePayers(_w, _report.PayerWording);
            _w.WriteStartArray("visits");
        }

        public override async ValueTask WriteVisitAsync(VisitReport visit, CancellationToken cancellationToken)
        {
            Start();
            WriteVisit(_w, visit, _report.CodeWording, _report.PayerWording.GetValueOrDefault(visit.PayerId));
            if (_w.BytesPending >= FlushBytes) await _w.FlushAsync(cancellationToken);
        }

        public override async ValueTask FinishAsync(ReportSummary summary, CancellationToken cancellationToken)
        {
            Start();
            _w.WriteEndArray();
            WriteRejectedRows(_w, _report.RejectedRows, 2);
            _w.WritePropertyName("summary");
            JsonSerializer.Serialize(_w, summary, ReportJsonContext.Default.ReportSummary);
            _w.WriteEndObject();
            await _w.FlushAsync(cancellationToken);
            await _output.FlushAsync(cancellationToken);
        }

        public override async ValueTask DisposeAsync()
        {
            await _w.DisposeAsync();
            await base.DisposeAsync();
        }
    }

    /// <summary>The rules catalog: each registered rule's severity, title, who fixes it, and its message and fix templates.</summary>
    private static void WriteRules(Utf8JsonWriter w, IReadOnlyDictionary<string, Dictionary<string, IReadOnlyList<FindingArg>>> codeWording)
    {
        w.WriteStartObject("rules");
        foreach (var rule in RuleCatalog.All)
        {
            w.WriteStartObject(rule.Id);
            w.WriteString("severity", rule.Severity.ToText());
            w.WriteString("title", rule.Title);
            w.WriteString("fixedBy", rule.FixedBy == FixedBy.Billing ? FindingFacts.Billing : FindingFacts.Clinician);
            w.WriteString("message", rule.MessageTemplate);
            w.WriteString("fix", rule.FixTemplate);
            if (codeWording.TryGetValue(rule.Id, out var byCode) && byCode.Count > 0)
            {
                // Args every finding of the rule on a code shares (its vocabulary wording), given once here.
                WriteArgsByKey(w, "byCode", byCode);
            }
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    /// <summary>The payers catalog: per payer id, the args every finding on a visit of that payer shares (its name, unit method, distinct-service modifiers).</summary>
    private static void WritePayers(Utf8JsonWriter w, IReadOnlyDictionary<string, IReadOnlyList<FindingArg>> payerWording) =>
        WriteArgsByKey(w, "payers", payerWording);

    /// <summary>An object of shared args by key (a code, a payer id), in key order.</summary>
    private static void WriteArgsByKey(Utf8JsonWriter w, string name, IEnumerable<KeyValuePair<string, IReadOnlyList<FindingArg>>> entries)
    {
        w.WriteStartObject(name);
        foreach (var (key, args) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            w.WriteStartObject(key);
            foreach (var arg in args) WriteArg(w, arg);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static void WriteVisit(Utf8JsonWriter w, VisitReport v, IReadOnlyDictionary<string, Dictionary<string, IReadOnlyList<FindingArg>>> codeWording,
        IReadOnlyList<FindingArg>? payerWording)
    {
        w.WriteStartObject();
        w.WriteString("visitId", v.VisitId);
        w.WriteString("patientId", v.PatientId);
        w.WriteString("payerId", v.PayerId);
        w.WriteString("dateOfService", v.DateOfService);
        w.WriteString("status", v.Status);
        w.WriteStartArray("lines");
        foreach (var line in v.Lines)
        {
            w.WriteStartObject();
            w.WriteString("code", line.Code);
            w.WriteStartArray("rows");
            foreach (var row in line.Rows) w.WriteNumberValue(row);
            w.WriteEndArray();
            if (line.LineControl is { } lineControl) w.WriteString("lineControl", lineControl);
            if (line.Location is { } lineLocation) w.WriteString("location", lineLocation);
            // A line without minutes (an 837P) leaves them out rather than claim 0.
            if (line.Minutes is int minutes) w.WriteNumber("minutes", minutes);
            if (line.CountedMinutes is int counted) w.WriteNumber("countedMinutes", counted);
            if (line.UnitsCheckedAgainstTime is false) w.WriteBoolean("unitsCheckedAgainstTime", false);
            if (line.BilledUnits is int billed) w.WriteNumber("billedUnits", billed);
            if (line.ComputedUnits is int computed) w.WriteNumber("computedUnits", computed);
            WriteStrings(w, "billedModifiers", line.BilledModifiers);
            WriteStrings(w, "requiredModifiers", line.RequiredModifiers);
            w.WriteNumber("value", line.Value);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("findings");
        foreach (var f in v.Findings)
        {
            var rule = RuleCatalog.Find(f.RuleId);
            w.WriteStartObject();
            w.WriteString("rule", f.RuleId);
            // The catalog gives the rule's severity; a finding says its own only where a documentation profile changed it.
            if (rule is null || rule.Severity.ToText() != f.Severity) w.WriteString("severity", f.Severity);
            if (f.Code is not null) w.WriteString("code", f.Code);
            if (f.Row is int row) w.WriteNumber("row", row);
            if (f.Location is { } location) w.WriteString("location", location);
            w.WriteNumber("amount", f.Amount);
            if (rule is null || !f.Templated)
            {
                // A rule outside the catalog has no templates to fill: its finding carries its text.
                w.WriteString("message", f.Message);
                w.WriteString("fix", f.Fix);
            }
            else
            {
                w.WriteStartObject("args");
                // An empty phrase (no row note, no threshold-year note, …) is left out: an arg a finding does not carry reads as "".
                var shared = f.Code is not null && codeWording.TryGetValue(f.RuleId, out var byCode) && byCode.TryGetValue(f.Code, out var wording) ? wording : null;
                // Indexed: a foreach over the IReadOnlyList would allocate an enumerator per finding.
                for (var a = 0; a < f.Args.Count; a++)
                {
                    var arg = f.Args[a];
                    if (Given(shared, arg) || Given(payerWording, arg)) continue;
                    // An empty arg reads as "" when left out - unless a catalog gives that name a value.
                    if (arg.Value is string { Length: 0 } && !Names(shared, arg.Name) && !Names(payerWording, arg.Name)) continue;
                    WriteArg(w, arg);
                }
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static bool Names(IReadOnlyList<FindingArg>? shared, string name)
    {
        if (shared is null) return false;
        for (var i = 0; i < shared.Count; i++)
            if (shared[i].Name == name) return true;
        return false;
    }

    /// <summary>Whether a catalog's wording (the rule's byCode, the payers entry) already gives this arg with this value.</summary>
    private static bool Given(IReadOnlyList<FindingArg>? shared, FindingArg arg)
    {
        if (shared is null) return false;
        for (var i = 0; i < shared.Count; i++)
            if (shared[i].Name == arg.Name) return Equals(shared[i].Value, arg.Value);
        return false;
    }

    private static void WriteArg(Utf8JsonWriter w, FindingArg arg)
    {
        switch (arg.Value)
        {
            case int i: w.WriteNumber(arg.Name, i); break;
            case decimal d: w.WriteNumber(arg.Name, d); break;
            case null: w.WriteNull(arg.Name); break;
            default: w.WriteString(arg.Name, Convert.ToString(arg.Value, CultureInfo.InvariantCulture)); break;
        }
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values) w.WriteStringValue(value);
        w.WriteEndArray();
    }

    /// <summary>
    /// Schema 1: the summary comes before the visits, but is known only after them, so the visits
    /// array is written to a spool file as it comes and copied in at the end.
    /// </summary>
    private sealed class Schema1(Stream output, AuditReport report) : ReportSink
    {
        private ReportSpool? _spool;
        private Utf8JsonWriter? _visits;

        public override async ValueTask WriteVisitAsync(VisitReport visit, CancellationToken cancellationToken)
        {
            if (_visits is null)
            {
                _spool = new ReportSpool();
                _visits = new Utf8JsonWriter(_spool.Stream, new JsonWriterOptions { Encoder = ReportJsonContext.Default.Options.Encoder });
                _visits.WriteStartArray();
            }
            JsonSerializer.Serialize(_visits, visit, ReportJsonContext.Default.VisitReport);
            if (_visits.BytesPending >= FlushBytes) await _visits.FlushAsync(cancellationToken);
        }

        public override async ValueTask FinishAsync(ReportSummary summary, CancellationToken cancellationToken)
        {
            // The head is an object left open (validation off): the visits array and the tail are
            // copied in after it as raw JSON text.
            await using (var head = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = ReportJsonContext.Default.Options.Encoder, SkipValidation = true }))
            {
                head.WriteStartObject();
                WriteHeader(head, report, 1);
                head.WritePropertyName("summary");
                JsonSerializer.Serialize(head, summary, ReportJsonContext.Default.ReportSummary);
                await head.FlushAsync(cancellationToken);
            }
            await output.WriteAsync(",\"visits\":"u8.ToArray(), cancellationToken);
            if (_visits is null) await output.WriteAsync("[]"u8.ToArray(), cancellationToken);
            else
            {
                _visits.WriteEndArray();
                await _visits.FlushAsync(cancellationToken);
                await _spool!.CopyToAsync(output, cancellationToken);
            }
            await output.WriteAsync(","u8.ToArray(), cancellationToken);
            await using (var tail = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = ReportJsonContext.Default.Options.Encoder, SkipValidation = true }))
            {
                WriteRejectedRows(tail, report.RejectedRows, 1);
                tail.WriteEndObject();
                await tail.FlushAsync(cancellationToken);
            }
            await output.FlushAsync(cancellationToken);
        }

        public override async ValueTask DisposeAsync()
        {
            if (_visits is not null) await _visits.DisposeAsync();
            if (_spool is not null) await _spool.DisposeAsync();
            await base.DisposeAsync();
        }
    }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ReportSummary))]
[JsonSerializable(typeof(VisitReport))]
[JsonSerializable(typeof(RejectedRow))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
