using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Payers;

namespace ClaimAudit.Core.Units;

/// <summary>Body of <c>POST /api/units</c>: <c>{"method":"cms","lines":[{"code":"97112","minutes":20}]}</c>.</summary>
public sealed class UnitsRequest
{
    public string? Method { get; set; }
    public List<UnitsRequestLine?>? Lines { get; set; }
    /// <summary>Optional (HTTP API): the payer whose profile supplies timed codes, rates and, when no method is given, the method.</summary>
    public string? PayerId { get; set; }
}

public sealed class UnitsRequestLine
{
    public string? Code { get; set; }
    public int? Minutes { get; set; }
}

/// <summary>
/// The answer of <c>claimaudit units --json</c> and <c>POST /api/units</c> (PRODUCT.md section 7):
/// <c>{"method":"cms","totalMinutes":47,"totalUnits":3,"lines":[{"code":"97112","minutes":24,"units":2},…]}</c>.
/// </summary>
public sealed class UnitsResponse
{
    public required string Method { get; init; }
    /// <summary>Minutes of the timed codes only: untimed codes never count toward timed totals.</summary>
    public int TotalMinutes { get; init; }
    /// <summary>Units of every line, the one unit of each untimed code included.</summary>
    public int TotalUnits { get; init; }
    public required IReadOnlyList<UnitsResponseLine> Lines { get; init; }
}

public sealed record UnitsResponseLine(string Code, int Minutes, int Units);

/// <summary>Either a response or every reason the request was refused.</summary>
public sealed class UnitsResult
{
    public UnitsResponse? Response { get; init; }
    public IReadOnlyList<string> Errors { get; init; } = [];
    /// <summary>
    /// The request is well formed but names codes that get no units from minutes (unknown to the
    /// profile, or supplies billed by quantity): the API answers 422, not 400.
    /// </summary>
    public bool IsUnprocessable { get; init; }
    public bool IsValid => Response is not null;
}

/// <summary>
/// The unit calculator of the CLI <c>units</c> command and <c>POST /api/units</c>. Lines of the same
/// code are added together (one response line per code, in order of first appearance). Timed and
/// untimed codes are the given profile's, or without one the built-in lists of section 3
/// (<see cref="PayerProfile.DefaultTimedCodes"/>, <see cref="PayerProfile.DefaultUntimedCodes"/>).
/// Untimed codes are one unit whatever their minutes, and their minutes are not part of
/// <c>totalMinutes</c>. A code that is neither is refused (a typo such as 97111 must not come back
/// as one unit), and so is a supply billed by quantity (A4556, L-codes), which has no units by time.
/// </summary>
public static class UnitsService
{
    /// <summary>The built-in lists, used when no payer is given.</summary>
    private static readonly PayerProfile BuiltIn = new() { PayerId = "built-in" };

    /// <summary>Validates and computes. With a profile, its timed codes and rates (for cms tie-breaks) are used, and its unit method when the request names none.</summary>
    public static UnitsResult Compute(UnitsRequest request, PayerProfile? profile = null)
    {
        var errors = new List<string>();
        var method = profile?.UnitMethod ?? UnitMethod.Cms;
        if (string.IsNullOrWhiteSpace(request.Method))
        {
            // With a payer, its own method is the answer a billing manager expects; without one, say which.
            if (profile is null) errors.Add("method is required: cms, ama or strict (or give a payer)");
        }
        else if (!PayerProfileJson.TryParseUnitMethod(request.Method, out method))
            errors.Add($"method '{request.Method}' must be cms, ama or strict");

        var lines = request.Lines ?? [];
        if (lines.Count == 0) errors.Add("lines must hold at least one {\"code\", \"minutes\"} line");
        var merged = new List<(string Code, int Minutes)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line is null) { errors.Add($"lines[{i}] must be an object with code and minutes"); continue; }
            var code = line.Code?.Trim().ToUpperInvariant();
            var ok = true;
            if (code is null || !ProcedureCode.IsWellFormed(code))
            {
                errors.Add(code is null ? $"lines[{i}].code is required" : $"lines[{i}].code '{line.Code}' is not a 5-character code");
                ok = false;
            }
            if (line.Minutes is not int minutes)
            {
                errors.Add($"lines[{i}].minutes is required");
                ok = false;
            }
            else if (minutes is < 0 or > ServiceLine.MaxMinutes)
            {
                errors.Add($"lines[{i}].minutes {minutes} must be between 0 and {ServiceLine.MaxMinutes}");
                ok = false;
            }
            if (!ok) continue;
            var at = merged.FindIndex(m => m.Code == code);
            if (at < 0) merged.Add((code!, line.Minutes!.Value));
            else merged[at] = (code!, merged[at].Minutes + line.Minutes!.Value);
        }
        var malformed = errors.Count > 0;

        var lists = profile ?? BuiltIn;
        foreach (var (code, _) in merged)
        {
            if (lists.IsTimed(code) || lists.IsUntimed(code)) continue;
            errors.Add(lists.IsQuantity(code)
                ? $"code {code} is a supply: supplies are billed by quantity, not by time, so minutes give it no units; bill the number of items supplied"
                : profile is null
                    ? $"code {code} is neither a timed nor an untimed code of the built-in lists; check for a typo"
                    : $"code {code} is neither a timed nor an untimed code of {profile.DisplayName}; check for a typo, or add it to the profile's timedCodes or untimedCodes");
        }
        if (errors.Count > 0) return new UnitsResult { Errors = errors, IsUnprocessable = !malformed };

        var timed = UnitCalculator.Compute(method, merged.Where(m => lists.IsTimed(m.Code))
                .Select(m => new TimedMinutes(m.Code, m.Minutes, lists.RateOf(m.Code))))
            .ToDictionary(u => u.Code, u => u.Units, StringComparer.Ordinal);
        var result = merged.Select(m => new UnitsResponseLine(m.Code, m.Minutes, timed.TryGetValue(m.Code, out var units) ? units : 1)).ToList();
        return new UnitsResult
        {
            Response = new UnitsResponse
            {
                Method = method.ToText(),
                TotalMinutes = merged.Where(m => lists.IsTimed(m.Code)).Sum(m => m.Minutes),
                TotalUnits = result.Sum(l => l.Units),
                Lines = result,
            },
        };
    }

    /// <summary>Parses a JSON request body and computes; a body that is not valid JSON is reported as an error, not thrown.</summary>
    public static UnitsResult Compute(string json, PayerProfile? profile = null)
    {
        UnitsRequest? request;
        try
        {
            request = JsonSerializer.Deserialize(json, UnitsJsonContext.Default.UnitsRequest);
        }
        catch (JsonException ex)
        {
            var path = (ex.Path ?? "$").TrimStart('$').TrimStart('.');
            return new UnitsResult
            {
                Errors = [path.Length == 0 ? "body is not a valid JSON units request" : $"{path} has a value of the wrong type (code is text, minutes a whole number)"],
            };
        }
        return request is null ? new UnitsResult { Errors = ["body must be a JSON object with method and lines"] } : Compute(request, profile);
    }

    /// <inheritdoc cref="Compute(string, PayerProfile?)"/>
    public static UnitsResult Compute(Stream json, PayerProfile? profile = null)
    {
        using var reader = new StreamReader(json);
        return Compute(reader.ReadToEnd(), profile);
    }

    /// <summary>Parses a CLI argument <c>CODE=MINUTES</c> (e.g. <c>97112=24</c>).</summary>
    public static bool TryParseArgument(string argument, out UnitsRequestLine line, out string? error)
    {
        line = new UnitsRequestLine();
        error = null;
        var parts = argument.Split('=', 2);
        if (parts.Length != 2 || parts[0].Trim().Length == 0)
        {
            error = $"'{argument}' must be CODE=MINUTES, e.g. 97112=24";
            return false;
        }
        if (!int.TryParse(parts[1].Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var minutes))
        {
            error = $"'{argument}': minutes '{parts[1]}' must be a whole number";
            return false;
        }
        line = new UnitsRequestLine { Code = parts[0].Trim(), Minutes = minutes };
        return true;
    }

    /// <summary>The response as compact JSON, exactly the shape of section 7.</summary>
    public static string Serialize(UnitsResponse response) => JsonSerializer.Serialize(response, UnitsJsonContext.Default.UnitsResponse);
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    AllowTrailingCommas = true,
    ReadCommentHandling = JsonCommentHandling.Skip)]
[JsonSerializable(typeof(UnitsRequest))]
[JsonSerializable(typeof(UnitsResponse))]
public sealed partial class UnitsJsonContext : JsonSerializerContext;
