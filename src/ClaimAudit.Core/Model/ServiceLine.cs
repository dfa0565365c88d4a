namespace ClaimAudit.Core.Model;

/// <summary>One billed service line as it came in (a CSV row, or an entry of a JSON visit's lines).</summary>
public sealed record ServiceLine
{
    /// <summary>The most minutes a line (and any part of it) may state: section 2's "integer 0..600".</summary>
    public const int MaxMinutes = 600;

    /// <summary>Upper-cased CPT/HCPCS code, e.g. 97112.</summary>
    public required string Code { get; init; }
    public int Minutes { get; init; }
    /// <summary>Null when the input left it blank.</summary>
    public bool? OneOnOne { get; init; }
    public int DividedAttentionMinutes { get; init; }
    public ProviderRole Role { get; init; } = ProviderRole.PT;
    public int AssistantMinutes { get; init; }
    /// <summary>Null = "tell me": the clinic did not say what it intends to bill.</summary>
    public int? BilledUnits { get; init; }
    /// <summary>Upper-cased modifiers the clinic intends to bill.</summary>
    public IReadOnlyList<string> BilledModifiers { get; init; } = [];
    /// <summary>The rendering provider (name or NPI) when the input names one.</summary>
    public string? Provider { get; init; }
    /// <summary>Spreadsheet row (CSV) or 1-based visit index (JSON) this line came from; for an 837P, the SV1 segment's position in the file.</summary>
    public int Row { get; init; }
    /// <summary>Where the line is in a file whose positions are not spreadsheet rows, as a person finds it there (an 837P: "ST 0001, segment 23"); null for CSV, .xlsx and JSON.</summary>
    public string? Location { get; init; }
    /// <summary>The line control number the claim line goes out with (an 837P's REF*6R); null = the report makes one, {visitId}-{row}.</summary>
    public string? LineControl { get; init; }
    /// <summary>The input carried no minutes for the line (an 837P has units only): timed units are not checked against time unless minutes are joined from an export.</summary>
    public bool MinutesUnknown { get; init; }

    /// <summary>Minutes that count toward units: divided-attention minutes never count.</summary>
    public int CountedMinutes => Math.Max(0, Minutes - DividedAttentionMinutes);
}
