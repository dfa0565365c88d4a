namespace ClaimAudit.Core.Episodes;

// Episodes of care (PRODUCT.md section 10): what a visit's row says of its plan of care and
// authorisation, what storage keeps of a patient's episode between batches, and the visit ledger
// that counts visits and treatment days across batches. Plain data: the rules that read it live
// in Rules/Episode*, the storage that keeps it in ClaimAudit.Storage.EpisodeStore.

/// <summary>
/// The episode columns of one visit (<c>start_of_care</c>, <c>poc_start</c>, <c>poc_end</c>,
/// <c>poc_certified_date</c>, <c>progress_report</c>), or a JSON visit's <c>episode</c> object.
/// Every field is null when the input left it blank.
/// </summary>
public sealed record VisitEpisode
{
    public DateOnly? StartOfCare { get; init; }
    public DateOnly? PocStart { get; init; }
    public DateOnly? PocEnd { get; init; }
    /// <summary>The date the physician or NPP signed the plan.</summary>
    public DateOnly? PocCertifiedDate { get; init; }
    /// <summary>This visit is a progress report or re-evaluation written by the therapist (<c>Y</c>).</summary>
    public bool ProgressReport { get; init; }

    /// <summary>The plan of care these columns describe, when they name its start.</summary>
    public PlanOfCare? Plan => PocStart is { } start ? new PlanOfCare(start, PocEnd, PocCertifiedDate, StartOfCare) : null;
}

/// <summary>
/// The authorisation columns of one visit (<c>auth_number</c>, <c>auth_start</c>, <c>auth_end</c>,
/// <c>auth_visits</c>), or a JSON visit's <c>authorization</c> object. The number is required when
/// any of the others is given.
/// </summary>
public sealed record VisitAuthorization(string Number, DateOnly? Start, DateOnly? End, int? Visits);

/// <summary>A plan of care as stored, keyed by its start date within the patient.</summary>
/// <param name="Start">The plan's first day (<c>poc_start</c>).</param>
/// <param name="End">Its last day, when the plan states one.</param>
/// <param name="CertifiedDate">When the physician or NPP signed it; null = not (yet) certified.</param>
/// <param name="StartOfCare">The episode's start of care, from which certification's 30 days and progress-report treatment days count.</param>
public sealed record PlanOfCare(DateOnly Start, DateOnly? End, DateOnly? CertifiedDate, DateOnly? StartOfCare);

/// <summary>An authorisation as stored, keyed by its number within the patient.</summary>
/// <param name="Visits">Visits authorised; null = no count given (only the window is checked).</param>
/// <param name="PayerId">Lower-cased payer id of the visit that stated it, or of the PUT body; null when not known.</param>
public sealed record Authorization(string Number, DateOnly? Start, DateOnly? End, int? Visits, string? PayerId = null);

/// <summary>What is known of one patient's episodes: every plan of care and authorisation stored or stated.</summary>
public sealed record PatientEpisode
{
    public static readonly PatientEpisode Empty = new();

    /// <summary>Plans by start date, earliest first.</summary>
    public IReadOnlyList<PlanOfCare> Plans { get; init; } = [];
    /// <summary>Authorisations by number.</summary>
    public IReadOnlyList<Authorization> Authorizations { get; init; } = [];
}

/// <summary>
/// One visit in the visit ledger (table <c>VisitLedger</c>): what later batches need to count
/// visits on an authorisation, visits with a payer in a year and treatment days since the last
/// progress report. Keyed by visit id, so a visit audited again overwrites its entry.
/// </summary>
/// <param name="AuthNumber">The authorisation the visit was billed under, when it named one.</param>
/// <param name="Lines">
/// The minutes of the visit's lines, when its input had them (an EMR export): a claim file of the
/// same visit ids, which carries units only, is given these minutes (PRODUCT.md section 12). Null
/// when no line had minutes (an 837P): storage then keeps what an earlier batch stored.
/// </param>
public sealed record EpisodeVisit(string VisitId, DateOnly DateOfService, string PayerId, string? AuthNumber, bool ProgressReport,
    IReadOnlyList<StoredLineMinutes>? Lines = null)
{
    // Equal by the lines' contents, not by which list holds them: a visit read back from storage or
    // a spill is the visit written.
    public bool Equals(EpisodeVisit? other) =>
        other is not null && VisitId == other.VisitId && DateOfService == other.DateOfService && PayerId == other.PayerId
        && AuthNumber == other.AuthNumber && ProgressReport == other.ProgressReport
        && (Lines is null ? other.Lines is null : other.Lines is not null && Lines.SequenceEqual(other.Lines));

    public override int GetHashCode() => HashCode.Combine(VisitId, DateOfService, PayerId, AuthNumber, ProgressReport, Lines?.Count);

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append($"VisitId = {VisitId}, DateOfService = {DateOfService}, PayerId = {PayerId}, AuthNumber = {AuthNumber}, ProgressReport = {ProgressReport}");
        if (Lines is not null) builder.Append($", Lines = [{string.Join(", ", Lines)}]");
        return true;
    }
}

/// <summary>What the visit ledger keeps of one line with minutes: what <see cref="Ingest.MinutesJoin"/> joins onto a claim line.</summary>
public sealed record StoredLineMinutes(string Code, Model.ProviderRole Role, int Minutes, int DividedAttentionMinutes, int AssistantMinutes, bool? OneOnOne)
{
    /// <summary>The lines of <paramref name="visit"/> that have minutes, or null when none has.</summary>
    public static IReadOnlyList<StoredLineMinutes>? Of(Model.Visit visit)
    {
        List<StoredLineMinutes>? lines = null;
        foreach (var l in visit.Lines)
            if (!l.MinutesUnknown)
                (lines ??= []).Add(new StoredLineMinutes(l.Code, l.Role, l.Minutes, l.DividedAttentionMinutes, l.AssistantMinutes, l.OneOnOne));
        return lines;
    }

    /// <summary>The stored line as an export's line, for <see cref="Ingest.MinutesJoin"/>.</summary>
    public Model.ServiceLine ToLine() => new()
    {
        Code = Code, Role = Role, Minutes = Minutes, DividedAttentionMinutes = DividedAttentionMinutes,
        AssistantMinutes = AssistantMinutes, OneOnOne = OneOnOne,
    };
}

/// <summary>
/// A payer profile's episode rules (PRODUCT.md section 10): which of them apply and their limits.
/// <see cref="None"/> (every rule off) is the default for a profile that says nothing.
/// </summary>
public sealed record EpisodePolicy
{
    public static readonly EpisodePolicy None = new();

    /// <summary>Plan-of-care certification: required or not, the days allowed after start of care, a plan's longest span.</summary>
    public CertificationPolicy Certification { get; init; } = CertificationPolicy.NotRequired;
    /// <summary>Treatment days allowed between progress reports (Medicare 10); null = no progress-report rule.</summary>
    public int? ProgressReportEveryTreatmentDays { get; init; }
    public bool RequiresAuthorization { get; init; }
    /// <summary>Visits with the payer in a calendar year; null = no limit.</summary>
    public int? YearlyVisitLimit { get; init; }
}

/// <param name="Required">POC_NOT_CERTIFIED applies.</param>
/// <param name="WithinDays">Days after the start of care by which the plan must be certified (30).</param>
/// <param name="MaxPlanDays">A plan's longest span from its start (90).</param>
public sealed record CertificationPolicy(bool Required, int WithinDays = 30, int MaxPlanDays = 90)
{
    public static readonly CertificationPolicy NotRequired = new(false);
}
