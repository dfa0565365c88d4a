namespace ClaimAudit.Core.Ingest;

/// <summary>
/// Dates as a batch's <c>date_of_service</c> takes them (PRODUCT.md sections 2 and 13), for the adapters that
/// read dates outside a batch — the episode routes' bodies — so that one date reads the same everywhere.
/// </summary>
public static class ServiceDates
{
    /// <summary><c>YYYY-MM-DD</c>, <c>M/D/YYYY</c>, <c>M/D/YY</c>, <c>YYYYMMDD</c>, a date-time (its date counts) or an Excel serial day.</summary>
    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        return text is not null && FieldSyntax.TryParseDate(text.AsSpan().Trim(), out date);
    }
}
