using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Reporting;
using ClaimAudit.Core.Rules;

namespace ClaimAudit.Core.Tests.Rules;

/// <summary>Builds visits and runs them through the real engine with the shipped payer profiles.</summary>
internal static class RuleKit
{
    public static readonly AuditEngine Engine = new(PayerProfileSet.Shipped);
    private static int _row = 2;

    /// <summary>A clean PT line by default: GP, attested one-on-one, no billed units ("tell me").</summary>
    public static ServiceLine Line(string code, int minutes, string modifiers = "GP", int? billed = null, ProviderRole role = ProviderRole.PT,
        bool? oneOnOne = true, int assistantMinutes = 0, int dividedAttention = 0) => new()
    {
        Code = code,
        Minutes = minutes,
        BilledModifiers = modifiers.Split(';', StringSplitOptions.RemoveEmptyEntries),
        BilledUnits = billed,
        Role = role,
        OneOnOne = oneOnOne,
        AssistantMinutes = assistantMinutes,
        DividedAttentionMinutes = dividedAttention,
    };

    public static Visit Visit(string payer, string date, params ServiceLine[] lines) => Visit("V-1", "P-77", payer, date, null, lines);

    public static Visit Visit(string visitId, string patientId, string payer, string date, decimal? ytd, params ServiceLine[] lines)
    {
        var visit = new Visit
        {
            VisitId = visitId, PatientId = patientId, PayerId = payer, DateOfService = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
            FirstRow = Interlocked.Increment(ref _row),
        };
        visit.Lines.AddRange(lines);
        // The payer-reported amount of the KX group (or groups) of the visit's lines.
        if (ytd is decimal amount) visit.YtdTherapyAmounts = lines.Select(l => l.Role.KxGroup()).Distinct().ToDictionary(g => g, _ => amount);
        return visit;
    }

    /// <summary>One visit on its own.</summary>
    public static (EvaluatedVisit Evaluation, List<Finding> Findings) Run(Visit visit)
    {
        var evaluation = Engine.BuildEvaluation(visit);
        var output = Engine.Run(evaluation);
        return (new EvaluatedVisit(evaluation, output), output.Findings);
    }

    /// <summary>A visit as the rules saw it, with what they required of each line.</summary>
    public sealed record EvaluatedVisit(VisitEvaluation Evaluation, RuleOutput Output)
    {
        public EvaluatedLine? Line(string code) =>
            Evaluation.Line(code) is { } line ? new EvaluatedLine(line, Output.RequiredOf(line)) : null;
    }

    public sealed record EvaluatedLine(CodeLine Line, IReadOnlyList<string> RequiredModifiers);

    public static List<Finding> Findings(Visit visit, string ruleId) => Run(visit).Findings.Where(f => f.RuleId == ruleId).ToList();

    /// <summary>A batch through <see cref="AuditEngine.Evaluate"/> (same-day lines across visits, KX accumulation); findings by visit id.</summary>
    public static Dictionary<string, List<FindingReport>> RunBatch(params Visit[] visits)
    {
        var outcome = Engine.Evaluate(new IngestResult { Visits = visits, RejectedRows = [] }, BatchHistory.Empty, "batch-1", "clinic-1", DateTimeOffset.UnixEpoch);
        return outcome.Report.Visits.ToDictionary(v => v.VisitId, v => v.Findings.ToList());
    }
}
