using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClaimAudit.Core.Reporting;

/// <summary>Writes the report as JSON schemaVersion 1, streaming the visits as they are evaluated.</summary>
public static class ReportJson
{
    public static async Task WriteAsync(Stream output, AuditReport report, CancellationToken cancellationToken = default) =>
        await JsonSerializer.SerializeAsync(output, report, ReportJsonContext.Default.AuditReport, cancellationToken);

    // The synchronous serializer buffers the whole document before writing; the async one flushes
    // as it goes, which is what keeps a million-line report out of memory.
    public static void Write(Stream output, AuditReport report) =>
        WriteAsync(output, report).GetAwaiter().GetResult();
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(AuditReport))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
