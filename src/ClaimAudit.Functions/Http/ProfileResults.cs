using System.Text.Json;
using ClaimAudit.Storage;
using Microsoft.AspNetCore.Http;

namespace ClaimAudit.Functions.Http;

public static class ProfileResults
{
    /// <summary>One profile with its ETag and where it comes from (<c>clinic</c> or <c>builtin</c>).</summary>
    public static IResult One(int status, StoredProfile stored) =>
        ApiResults.Json(ProfileCodec.Serialize(stored.Profile), status)
            .WithHeader("ETag", stored.ETag)
            .WithHeader("X-Profile-Source", stored.IsClinicOverride ? "clinic" : "builtin");

    /// <summary><c>{"profiles": [...]}</c> — the same shape a payer profile file has, so it can be edited and sent back.</summary>
    public static IResult List(IReadOnlyList<StoredProfile> profiles)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("profiles");
            foreach (var p in profiles) writer.WriteRawValue(ProfileCodec.Serialize(p.Profile));
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        buffer.Position = 0;
        return new StreamBodyResult(200, buffer, "application/json; charset=utf-8");
    }
}
