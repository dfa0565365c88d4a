using ClaimAudit.Application;

namespace ClaimAudit.Web;

/// <summary>
/// The date range of <c>GET /api/audits?from=&amp;to=</c> (PRODUCT.md section 14): dates the batches were
/// received (UTC), both inclusive, <c>yyyy-MM-dd</c>. Without <c>to</c>, today; without <c>from</c>, 30 days
/// before <c>to</c>. At most <see cref="MaxDays"/> days and <see cref="MaxBatches"/> batches (the newest).
/// Dates are read as the analytics reads its own (<see cref="AnalyticsService.TryParseDate"/>): one wording for a bad date.
/// </summary>
public sealed record BatchListQuery(DateOnly From, DateOnly To)
{
    public const int DefaultDays = 30;
    /// <summary>
    /// A year a user picks (366 days) and the day either side the page adds to cover its time zone's days in UTC
    /// (it keeps the batches whose local date is in the user's range).
    /// </summary>
    public const int MaxDays = 368;
    public const int MaxBatches = 500;

    /// <summary>[From 00:00 UTC, the day after To 00:00 UTC).</summary>
    public DateTimeOffset ReceivedFrom => new(From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    public DateTimeOffset ReceivedBefore => new(To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>The range the query strings ask for, or the reason it is not one (a 400's detail).</summary>
    public static (BatchListQuery? Query, string? Error) Parse(string? from, string? to, DateOnly today)
    {
        if (!AnalyticsService.TryParseDate(to, "to", out var last, out var error)) return (null, error);
        var end = last ?? today;
        if (!AnalyticsService.TryParseDate(from, "from", out var first, out error)) return (null, error);
        var start = first ?? end.AddDays(-DefaultDays);
        if (start > end) return (null, $"from ({start:yyyy-MM-dd}) is after to ({end:yyyy-MM-dd})");
        if (end.DayNumber - start.DayNumber + 1 > MaxDays)
            return (null, $"the range {start:yyyy-MM-dd} to {end:yyyy-MM-dd} is longer than {MaxDays} days; ask for a shorter one");
        return (new BatchListQuery(start, end), null);
    }
}
