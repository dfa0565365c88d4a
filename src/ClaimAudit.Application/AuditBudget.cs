using System.Globalization;

namespace ClaimAudit.Application;

/// <summary>
/// How long one audit may run before it is stopped and recorded as a <c>failed</c> batch (issue 14):
/// a pathological file must end with a reason, never keep a worker busy until the host kills it.
/// <see cref="Upload"/> applies to uploaded blobs, <see cref="Posted"/> to batches posted to the API.
/// The budget covers reading the history, the rules and writing the report; what follows (saving the
/// ledger and the record) is not cut short, so a batch is never half-remembered.
/// </summary>
public sealed record AuditBudget(TimeSpan Upload, TimeSpan Posted)
{
    /// <summary>No limit: the CLI and tests unless they say otherwise.</summary>
    public static readonly AuditBudget None = new(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);

    /// <summary>The <c>failed</c> batch's reason when <paramref name="budget"/> ran out.</summary>
    public static string Exceeded(TimeSpan budget) =>
        $"the batch took longer than the {Minutes(budget)}-minute budget; split it or contact support";

    private static string Minutes(TimeSpan budget) => budget.TotalMinutes.ToString("0.#", CultureInfo.InvariantCulture);
}
