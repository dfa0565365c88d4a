using ClaimAudit.Core.Documentation;
using ClaimAudit.Core.Episodes;
using ClaimAudit.Core.Model;

namespace ClaimAudit.Core.Rules;

/// <summary>
/// What a rule may need to know beyond its own visit: the codes the patient billed on the same date
/// to the same payer (procedure-to-procedure edits, daily unit limits), the year-to-date therapy
/// dollars before the visit (KX), and note clones. Built once per batch by the engine.
/// </summary>
internal sealed class BatchFacts
{
    // One summary per patient, date and payer, one entry per code: a visit reads the few codes of its
    // day, never the lines of every other visit of the day (issue 14: 30,000 visits of one patient
    // on one date made that quadratic).
    private readonly Dictionary<(string PatientId, DateOnly Date, string PayerId), SameDayCodes> _sameDay = new(SameDayKeyComparer.Instance);
    private readonly HashSet<Visit> _indexed = new(VisitIdentity.Instance);
    private readonly Dictionary<(Visit Visit, string KxGroup), decimal> _priorYtd = new(VisitIdentity.Instance);
    private readonly Dictionary<Visit, CloneMatch> _clones = new(VisitIdentity.Instance);

    public static BatchFacts Empty => new();

    /// <summary>
    /// The codes billed (units &gt; 0) for the patient on a date to a payer (compared ignoring case)
    /// across every visit of the batch. Null when there are none.
    /// </summary>
    public SameDayCodes? SameDay(string patientId, DateOnly date, string payerId) =>
        _sameDay.GetValueOrDefault((patientId, date, payerId));

    /// <summary>Whether the visit's billed lines are in <see cref="SameDay"/> (false for a visit evaluated on its own).</summary>
    public bool Indexed(Visit visit) => _indexed.Contains(visit);

    /// <summary>The patient's therapy dollars of the year (KX group) before this visit.</summary>
    public decimal PriorYtd(Visit visit, string kxGroup) => _priorYtd.TryGetValue((visit, kxGroup), out var amount) ? amount : visit.YtdFor(kxGroup) ?? 0m;

    /// <summary>False when the batch had no note column: its documentation is not reviewed (section 2).</summary>
    public bool DocumentationReviewed { get; init; } = true;

    /// <summary>Counts the rules' same-day look-ups when set (tests only).</summary>
    public WorkCount? Work { get; init; }

    public CloneMatch? CloneOf(Visit visit) => _clones.GetValueOrDefault(visit);

    /// <summary>The batch's episode counting (section 10), set by the engine once per batch.</summary>
    internal EpisodeFacts? Episodes { get; set; }

    /// <summary>The visit's plan, treatment day, authorisation and counts; for a visit evaluated on its own, what its own columns say.</summary>
    public VisitEpisodeFacts Episode(Visit visit) => Episodes?.Of(visit) ?? EpisodeFacts.Alone(visit);

    /// <summary>Adds a line billed with units &gt; 0; lines come in batch order (visits in input order, then line order).</summary>
    internal void AddSameDayLine(Visit visit, CodeLine line)
    {
        var key = (visit.PatientId, visit.DateOfService, visit.PayerId);
        if (!_sameDay.TryGetValue(key, out var codes)) _sameDay[key] = codes = new SameDayCodes();
        codes.Add(visit, line);
        _indexed.Add(visit);
    }

    internal void SetPriorYtd(Visit visit, string kxGroup, decimal amount) => _priorYtd[(visit, kxGroup)] = amount;

    internal void SetClone(Visit visit, CloneMatch match) => _clones[visit] = match;

    // Patient ids are compared exactly, payer ids ignoring case: a payer's edits see the claims sent to that payer.
    private sealed class SameDayKeyComparer : IEqualityComparer<(string PatientId, DateOnly Date, string PayerId)>
    {
        public static readonly SameDayKeyComparer Instance = new();

        public bool Equals((string PatientId, DateOnly Date, string PayerId) x, (string PatientId, DateOnly Date, string PayerId) y) =>
            x.Date == y.Date && string.Equals(x.PatientId, y.PatientId, StringComparison.Ordinal) && string.Equals(x.PayerId, y.PayerId, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((string PatientId, DateOnly Date, string PayerId) key) =>
            HashCode.Combine(StringComparer.Ordinal.GetHashCode(key.PatientId), key.Date, StringComparer.OrdinalIgnoreCase.GetHashCode(key.PayerId));
    }
}

/// <summary>
/// What one patient billed on one date to one payer, per code: all the same-day rules need. PTP
/// edits ask whether a code was billed; the daily unit limit asks for its units, how many visits
/// held it and which visit was the last to.
/// </summary>
internal sealed class SameDayCodes
{
    private readonly Dictionary<string, SameDayCode> _codes = new(StringComparer.Ordinal);

    public int Count => _codes.Count;

    public SameDayCode? Of(string code) => _codes.GetValueOrDefault(code);

    public void Add(Visit visit, CodeLine line)
    {
        if (!_codes.TryGetValue(line.Code, out var code)) _codes[line.Code] = code = new SameDayCode();
        code.Add(visit, line);
    }

    /// <summary>A copy with <paramref name="visit"/>'s own billed lines added after the batch's: for a visit evaluated on its own.</summary>
    public static SameDayCodes With(SameDayCodes? batch, Visit visit, IEnumerable<CodeLine> lines)
    {
        var copy = new SameDayCodes();
        if (batch is not null)
            foreach (var (code, summary) in batch._codes) copy._codes[code] = summary.Clone();
        foreach (var line in lines)
            if (line.ClaimUnits() > 0) copy.Add(visit, line);
        return copy;
    }
}

/// <summary>One code of a patient's day: its units summed over the day's lines, the visits holding it and the last of them.</summary>
internal sealed class SameDayCode
{
    // Sums in 64 bits: a day of many visits may add up past int.
    public long ComputedUnits { get; private set; }
    public long ClaimUnits { get; private set; }
    /// <summary>Distinct visits with a line of the code.</summary>
    public int Visits { get; private set; }
    /// <summary>The last visit of the batch (in input order) with a line of the code.</summary>
    public Visit LastVisit { get; private set; } = null!;

    public void Add(Visit visit, CodeLine line)
    {
        ComputedUnits += line.ComputedUnits;
        ClaimUnits += line.ClaimUnits();
        // Lines come visit by visit: a visit other than the last one seen is a new one.
        if (!ReferenceEquals(visit, LastVisit)) Visits++;
        LastVisit = visit;
    }

    public SameDayCode Clone() => (SameDayCode)MemberwiseClone();
}
