using System.Globalization;
using System.Text.Json;
using ClaimAudit.Core.Episodes;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Storage;
using Microsoft.AspNetCore.Http;

namespace ClaimAudit.Functions.Http;

/// <summary>
/// What the episode routes share (PRODUCT.md section 10): reading and checking the route's ids and a
/// plan's or authorisation's body, and writing them as JSON. Dates are read in the formats of
/// <c>date_of_service</c> (<c>2026-03-02</c>, <c>3/2/2026</c>, <c>3/2/26</c>, <c>20260302</c>) and written as
/// <c>yyyy-MM-dd</c>. Nothing here logs: patient ids and authorisation numbers are PHI-adjacent.
/// </summary>
public static class EpisodeRoutes
{
    /// <summary>Visits an authorisation may state: far above any real one, low enough to be a typo's guard.</summary>
    public const int MaxVisits = 1000;
    public const int MaxIdLength = 256;

    private static readonly string[] AuthorizationFields = ["start", "end", "visits", "payerId"];
    private static readonly string[] PlanFields = ["end", "certifiedDate", "startOfCare"];

    /// <summary>A 400 naming what is wrong with the route's patient id, or null when it can name a patient.</summary>
    public static IResult? CheckId(string? id, string what) =>
        string.IsNullOrWhiteSpace(id) ? BadRequest($"the {what} is empty")
        : id.Length > MaxIdLength ? BadRequest($"the {what} is over {MaxIdLength} characters")
        : id.Any(char.IsControl) ? BadRequest($"the {what} contains control characters")
        : null;

    /// <summary>A plan's start as the route gives it: <c>yyyy-MM-dd</c> only, so one plan has one URL.</summary>
    public static bool TryParseRouteDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static IResult BadRequest(string detail, IReadOnlyList<string>? errors = null) => ApiResults.Problem(400, "Bad Request", detail, errors);

    /// <summary>
    /// An authorisation's body, <c>{"start", "end", "visits", "payerId"}</c>: start required, end on or
    /// after it (none = open-ended), visits 0..<see cref="MaxVisits"/> (none = only the window is
    /// checked), payerId a payer id (lower-cased). Every problem of the body is named, as the payer routes do.
    /// </summary>
    public static (Authorization? Authorization, IReadOnlyList<string> Errors) ParseAuthorization(string number, string json)
    {
        var errors = new List<string>();
        if (ReadObject(json, AuthorizationFields, errors) is not { } body) return (null, errors);
        var start = ReadDate(body, "start", errors, required: true);
        var end = ReadDate(body, "end", errors);
        CheckOrder(start, "'start'", end, errors);
        int? visits = null;
        if (body.TryGetValue("visits", out var v) && v.ValueKind != JsonValueKind.Null)
        {
            if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) && n is >= 0 and <= MaxVisits) visits = n;
            else errors.Add($"'visits' must be a whole number from 0 to {MaxVisits} (the visits authorised), not {v.GetRawText()}");
        }
        string? payerId = null;
        if (body.TryGetValue("payerId", out var p) && p.ValueKind != JsonValueKind.Null)
        {
            if (p.ValueKind == JsonValueKind.String && TableKeys.IsValidPayerId(p.GetString())) payerId = p.GetString()!.ToLowerInvariant();
            else errors.Add($"'payerId' must be a payer id (letters, digits, '.', '_' and '-', up to 64 characters), not {p.GetRawText()}");
        }
        return errors.Count > 0 ? (null, errors) : (new Authorization(number, start, end, visits, payerId), errors);
    }

    /// <summary>
    /// A plan of care's body, <c>{"end", "certifiedDate", "startOfCare"}</c>, every field optional (no
    /// certifiedDate = not certified yet); end on or after the plan's start.
    /// </summary>
    public static (PlanOfCare? Plan, IReadOnlyList<string> Errors) ParsePlan(DateOnly start, string json)
    {
        var errors = new List<string>();
        if (ReadObject(json, PlanFields, errors) is not { } body) return (null, errors);
        var end = ReadDate(body, "end", errors);
        var certified = ReadDate(body, "certifiedDate", errors);
        var startOfCare = ReadDate(body, "startOfCare", errors);
        CheckOrder(start, "the plan's start in the route", end, errors);
        return errors.Count > 0 ? (null, errors) : (new PlanOfCare(start, end, certified, startOfCare), errors);
    }

    private static Dictionary<string, JsonElement>? ReadObject(string json, string[] known, List<string> errors)
    {
        JsonElement root;
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            root = doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            errors.Add("the body is not valid JSON");
            return null;
        }
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add("the body must be a JSON object");
            return null;
        }
        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal))
                errors.Add($"unknown field '{property.Name}' (known: {string.Join(", ", known)})");
            else if (!fields.TryAdd(property.Name, property.Value))
                errors.Add($"field '{property.Name}' is given twice");
        }
        return fields;
    }

    private static DateOnly? ReadDate(Dictionary<string, JsonElement> body, string name, List<string> errors, bool required = false)
    {
        if (!body.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required) errors.Add($"'{name}' is required (a date such as 2026-03-02)");
            return null;
        }
        if (value.ValueKind == JsonValueKind.String
            && ServiceDates.TryParse(value.GetString(), out var date))
            return date;
        errors.Add($"'{name}' is not a date: {value.GetRawText()} (write 2026-03-02, 3/2/2026 or 20260302)");
        return null;
    }

    private static void CheckOrder(DateOnly? start, string startName, DateOnly? end, List<string> errors)
    {
        if (start is { } s && end is { } e && e < s)
            errors.Add($"'end' ({Date(e)}) is before {startName} ({Date(s)})");
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>One stored plan as the routes answer it, with its ETag.</summary>
    public static void WritePlan(Utf8JsonWriter w, PlanOfCare plan, string etag)
    {
        w.WriteStartObject();
        w.WriteString("start", Date(plan.Start));
        WriteDate(w, "end", plan.End);
        WriteDate(w, "certifiedDate", plan.CertifiedDate);
        WriteDate(w, "startOfCare", plan.StartOfCare);
        w.WriteString("etag", etag);
        w.WriteEndObject();
    }

    /// <summary>One stored authorisation, with its ETag and, when known, the visits billed under it so far and those left.</summary>
    public static void WriteAuthorization(Utf8JsonWriter w, Authorization auth, string etag, int? visitsUsed = null)
    {
        w.WriteStartObject();
        w.WriteString("number", auth.Number);
        WriteDate(w, "start", auth.Start);
        WriteDate(w, "end", auth.End);
        if (auth.Visits is { } visits) w.WriteNumber("visits", visits);
        else w.WriteNull("visits");
        if (auth.PayerId is { } payer) w.WriteString("payerId", payer);
        else w.WriteNull("payerId");
        if (visitsUsed is { } used)
        {
            w.WriteNumber("visitsUsed", used);
            if (auth.Visits is { } n) w.WriteNumber("visitsLeft", Math.Max(0, n - used));
            else w.WriteNull("visitsLeft");
        }
        w.WriteString("etag", etag);
        w.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter w, string name, DateOnly? date)
    {
        if (date is { } d) w.WriteString(name, Date(d));
        else w.WriteNull(name);
    }

    /// <summary>The JSON <paramref name="write"/> produces, as a response.</summary>
    public static IResult Json(int status, Action<Utf8JsonWriter> write)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true })) write(writer);
        return ApiResults.Json(System.Text.Encoding.UTF8.GetString(buffer.ToArray()), status);
    }

    /// <summary>The route's <c>If-None-Match</c>: only <c>*</c> (create only) is understood.</summary>
    public static IResult? CheckIfNoneMatch(HttpRequest request, out bool ifNoneMatchAny)
    {
        ifNoneMatchAny = false;
        if (RequestBody.IfNoneMatchAny(request) is not { } any)
            return BadRequest("If-None-Match accepts only * (create only if nothing is stored); to replace, send the ETag in If-Match");
        ifNoneMatchAny = any;
        return null;
    }
}
