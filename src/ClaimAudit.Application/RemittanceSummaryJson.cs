using System.Text.Json;

namespace ClaimAudit.Application;

/// <summary>
/// A <see cref="RemittanceSummary"/> as JSON, the same everywhere it is shown (POST /api/remittances, the blob
/// trigger's result, <c>claimaudit remit --out</c>): <c>advices, claims, lines, newAdvices, balancing:[{remittanceKey,
/// location, message, difference}], segmentErrors:[…]</c>.
/// </summary>
public static class RemittanceSummaryJson
{
    /// <summary>Writes the summary's members into the object <paramref name="json"/> is writing.</summary>
    public static void WriteMembers(Utf8JsonWriter json, RemittanceSummary summary)
    {
        json.WriteNumber("advices", summary.Advices);
        json.WriteNumber("claims", summary.Claims);
        json.WriteNumber("lines", summary.Lines);
        json.WriteNumber("newAdvices", summary.NewAdvices);
        json.WriteStartArray("balancing");
        foreach (var b in summary.Balancing)
        {
            json.WriteStartObject();
            json.WriteString("remittanceKey", b.RemittanceKey);
            json.WriteString("location", b.Location);
            json.WriteString("message", b.Message);
            json.WriteNumber("difference", b.Difference);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("segmentErrors");
        foreach (var s in summary.SegmentErrors) json.WriteStringValue(s);
        json.WriteEndArray();
    }

    /// <summary>The summary as a JSON object.</summary>
    public static byte[] Serialize(RemittanceSummary summary, Action<Utf8JsonWriter>? more = null)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            WriteMembers(json, summary);
            more?.Invoke(json);
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
