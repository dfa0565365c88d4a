using System.Globalization;
using ClaimAudit.Core.Analytics;
using ClaimAudit.Core.Payers;

namespace ClaimAudit.Application;

/// <summary>
/// The denial analytics of a clinic over its stores (PRODUCT.md section 11): its audited claims with a
/// date of service in the range (filtered by the store) and every remittance it has received, built by
/// the pure <see cref="AnalyticsBuilder"/>. Ages are counted to the as-of day: today (UTC) unless one is given
/// (a month-end close, or a sample that should read the same next year).
/// </summary>
public sealed class AnalyticsService(IAuditedClaimStore claims, IRemittanceStore remittances, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public async Task<AnalyticsReport> BuildAsync(string clinicId, PayerProfileSet profiles, DateOnly? from, DateOnly? to, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        var audited = new List<AuditedClaim>();
        await foreach (var claim in claims.ListAsync(clinicId, from, to, cancellationToken)) audited.Add(claim);
        var advices = new List<Core.Remittances.RemittanceAdvice>();
        await foreach (var advice in remittances.ListAsync(clinicId, cancellationToken)) advices.Add(advice);
        var now = _time.GetUtcNow();
        return AnalyticsBuilder.Build(clinicId, audited, advices, profiles, new AnalyticsOptions(from, to, asOf ?? DateOnly.FromDateTime(now.UtcDateTime)), now);
    }

    /// <summary>A date of the range as given (YYYY-MM-DD); null when absent; an error naming <paramref name="name"/> when it is not such a date.</summary>
    public static bool TryParseDate(string? text, string name, out DateOnly? date, out string? error)
    {
        date = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }
        error = $"{name} '{Printable(text)}' is not a date: use YYYY-MM-DD, e.g. 2026-03-01";
        return false;
    }

    /// <summary>The range's error, or null: from after to is refused.</summary>
    public static string? RangeError(DateOnly? from, DateOnly? to) =>
        from is { } f && to is { } t && f > t ? $"from {f:yyyy-MM-dd} is after to {t:yyyy-MM-dd}" : null;

    private static string Printable(string text) => string.Concat(text.Take(40).Select(c => char.IsControl(c) ? '?' : c));
}
