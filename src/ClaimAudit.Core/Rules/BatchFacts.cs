using ClaimAudit.Core.Documentation;
using ClaimAudit.Core.Model;

namespace ClaimAudit.Core.Rules;

/// <summary>
/// What a rule may need to know beyond its own visit: the patient's other lines on the same date
/// (procedure-to-procedure edits), the year-to-date therapy dollars before the visit (KX), and
/// note clones. Built once per batch by the engine.
/// </summary>
internal sealed class BatchFacts
{
    private readonly Dictionary<(string PatientId, DateOnly Date), List<(Visit Visit, CodeLine Line)>> _sameDay = new();
    private readonly Dictionary<(Visit Visit, string KxGroup), decimal> _priorYtd = new();
    private readonly Dictionary<Visit, CloneMatch> _clones = new();

    public static BatchFacts Empty => new();

    /// <summary>Lines billed for the patient on a date across every visit of the batch (units &gt; 0).</summary>
    public IReadOnlyList<(Visit Visit, CodeLine Line)> SameDayLines(string patientId, DateOnly date) =>
        _sameDay.TryGetValue((patientId, date), out var lines) ? lines : [];

    /// <summary>The patient's therapy dollars of the year (KX group) before this visit.</summary>
    public decimal PriorYtd(Visit visit, string kxGroup) => _priorYtd.TryGetValue((visit, kxGroup), out var amount) ? amount : visit.YtdFor(kxGroup) ?? 0m;

    /// <summary>False when the batch had no note column: its documentation is not reviewed (section 2).</summary>
    public bool DocumentationReviewed { get; init; } = true;

    public CloneMatch? CloneOf(Visit visit) => _clones.GetValueOrDefault(visit);

    internal void AddSameDayLine(Visit visit, CodeLine line)
    {
        var key = (visit.PatientId, visit.DateOfService);
        if (!_sameDay.TryGetValue(key, out var list)) _sameDay[key] = list = [];
        list.Add((visit, line));
    }

    internal void SetPriorYtd(Visit visit, string kxGroup, decimal amount) => _priorYtd[(visit, kxGroup)] = amount;

    internal void SetClone(Visit visit, CloneMatch match) => _clones[visit] = match;
}
