using System.Text.Json.Serialization;

namespace ClaimAudit.Core.Reporting;

/// <summary>
/// The summary's episode picture (PRODUCT.md section 10), what a front desk acts on: visits left
/// on each authorisation the batch used, plans of care ending within 14 days of <see cref="AsOf"/>,
/// and patients whose next treatment day needs a progress report. Present only when the batch had
/// episode facts (stored or stated).
/// </summary>
public sealed class EpisodeSummary
{
    /// <summary>Plans ending this many days after <see cref="AsOf"/> or sooner are listed.</summary>
    public const int PlanEndingWithinDays = 14;

    /// <summary>The batch's latest date of service.</summary>
    public DateOnly AsOf { get; set; }
    public List<AuthorizationLeft> Authorizations { get; set; } = [];
    public List<PlanEnding> PlansEnding { get; set; } = [];
    public List<ProgressReportDue> ProgressReportsDue { get; set; } = [];

    /// <summary>Every known plan of the batch's patients with its end; <see cref="PlansEnding"/> is chosen from them once <see cref="AsOf"/> is known for the whole batch.</summary>
    [JsonIgnore]
    internal List<PlanEnding> PlanCandidates { get; set; } = [];

    /// <summary>Adds another partition's picture (partitions hold distinct patients); <see cref="Complete"/> is left to the caller.</summary>
    internal void Add(EpisodeSummary other)
    {
        if (other.AsOf > AsOf) AsOf = other.AsOf;
        Authorizations.AddRange(other.Authorizations);
        ProgressReportsDue.AddRange(other.ProgressReportsDue);
        PlanCandidates.AddRange(other.PlanCandidates);
    }

    /// <summary>Chooses the plans ending from the candidates as of <see cref="AsOf"/> and sorts every list, so the picture does not depend on partitioning.</summary>
    internal void Complete()
    {
        // Per patient, the plan covering AsOf (latest start on or before it), when it ends within the window.
        PlansEnding = PlanCandidates
            .Where(p => p.PocStart <= AsOf)
            .GroupBy(p => p.PatientId, StringComparer.Ordinal)
            .Select(g => g.MaxBy(p => p.PocStart)!)
            .Where(p => p.Ends >= AsOf && p.Ends <= AsOf.AddDays(PlanEndingWithinDays))
            .OrderBy(p => p.Ends).ThenBy(p => p.PatientId, StringComparer.Ordinal)
            .ToList();
        Authorizations.Sort((a, b) =>
        {
            var c = string.CompareOrdinal(a.PatientId, b.PatientId);
            if (c == 0) c = string.CompareOrdinal(a.PayerId, b.PayerId);
            return c != 0 ? c : string.CompareOrdinal(a.Number, b.Number);
        });
        ProgressReportsDue.Sort((a, b) =>
        {
            var c = string.CompareOrdinal(a.PatientId, b.PatientId);
            return c != 0 ? c : string.CompareOrdinal(a.PayerId, b.PayerId);
        });
    }
}

/// <summary>An authorisation the batch's visits were billed under, and what is left of it.</summary>
public sealed class AuthorizationLeft
{
    public required string PatientId { get; init; }
    public required string PayerId { get; init; }
    public required string Number { get; init; }
    public DateOnly? End { get; init; }
    /// <summary>Null when the authorisation gives no count.</summary>
    public int? VisitsAuthorized { get; init; }
    /// <summary>Visits billed under it, in earlier batches and this one.</summary>
    public int VisitsUsed { get; init; }
    /// <summary>Authorised minus used, never below 0; null without a count.</summary>
    public int? VisitsLeft { get; init; }
}

/// <summary>A plan of care ending (its end, or its start plus the profile's longest span) within 14 days.</summary>
public sealed class PlanEnding
{
    public required string PatientId { get; init; }
    public required string PayerId { get; init; }
    public DateOnly PocStart { get; init; }
    public DateOnly Ends { get; init; }
}

/// <summary>A patient whose next treatment day needs a progress report (as of the patient's latest visit of the batch).</summary>
public sealed class ProgressReportDue
{
    public required string PatientId { get; init; }
    public required string PayerId { get; init; }
    public int TreatmentDaysSinceReport { get; init; }
}
