using ClaimAudit.Core.Documentation;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Reporting;
using ClaimAudit.Core.Rules;
using ClaimAudit.Core.Units;

namespace ClaimAudit.Core;

/// <summary>What one audit produced: the report, and what storage should remember for later batches.</summary>
public sealed class AuditOutcome
{
    public required AuditReport Report { get; init; }
    /// <summary>One ledger entry per visit and KX group, to be written (overwriting) to the therapy ledger.</summary>
    public required IReadOnlyList<(LedgerKey Key, LedgerEntry Entry)> LedgerWrites { get; init; }
    /// <summary>Fingerprints of this batch's notes by patient, to be stored for later batches.</summary>
    public required IReadOnlyList<(string PatientId, NoteFingerprint Fingerprint)> Fingerprints { get; init; }
}

/// <summary>
/// The engine: ingest → rules → report, with no I/O beyond the streams it is given. Function and
/// command adapters load profiles and history, call <see cref="Ingest"/> and <see cref="Evaluate"/>,
/// and write the report.
/// </summary>
public sealed class AuditEngine
{
    private readonly PayerProfileSet _profiles;
    private readonly IReadOnlyList<IVisitRule> _rules;
    private readonly BatchReader _reader;

    public AuditEngine(PayerProfileSet profiles, IngestLimits? limits = null, IReadOnlyList<IVisitRule>? rules = null, INoteAnalyzer? noteAnalyzer = null)
    {
        _profiles = profiles;
        _rules = rules ?? [.. ClaimRules.All, .. DocumentationRules.All];
        _reader = new BatchReader(profiles.Find, noteAnalyzer ?? NoteAnalyzer.Default, limits);
    }

    public PayerProfileSet Profiles => _profiles;

    public IngestResult Ingest(Stream input, InputFormat format) => _reader.Read(input, format);

    /// <summary>Audits an ingested batch. The report's visits are evaluated lazily as a writer enumerates them.</summary>
    public AuditOutcome Evaluate(IngestResult batch, BatchHistory history, string batchId, string clinicId, DateTimeOffset generatedAt)
    {
        // Every evaluation shares one BatchFacts, filled in below once all visits' units are known.
        var facts = new BatchFacts();
        var evaluations = batch.Visits.Select(v => BuildEvaluation(v, facts)).ToList();
        var ledgerWrites = CollectFacts(evaluations, history, facts);
        var fingerprints = NoteClones.Find(batch.Visits, history, facts.SetClone);

        var summary = Summarize(evaluations, batch.RejectedRows.Count);
        var report = new AuditReport
        {
            BatchId = batchId,
            ClinicId = clinicId,
            GeneratedAt = generatedAt,
            FileError = batch.FileError,
            Summary = summary,
            Visits = evaluations.Select(e => ToReport(e, Run(e))),
            RejectedRows = batch.RejectedRows,
        };
        return new AuditOutcome { Report = report, LedgerWrites = ledgerWrites, Fingerprints = fingerprints };
    }

    /// <summary>Merges a visit's lines per code and computes units under the payer's method.</summary>
    public VisitEvaluation BuildEvaluation(Visit visit, BatchFacts? facts = null)
    {
        var profile = _profiles.Find(visit.PayerId)
            ?? throw new InvalidOperationException($"payer '{visit.PayerId}' has no profile; ingest should have rejected the visit");
        var groups = visit.Lines.GroupBy(l => l.Code, StringComparer.Ordinal).ToList();
        var timed = groups.Where(g => profile.IsTimed(g.Key))
            .Select(g => new TimedMinutes(g.Key, g.Sum(l => l.CountedMinutes), profile.RateOf(g.Key)));
        var units = UnitCalculator.Compute(profile.UnitMethod, timed).ToDictionary(u => u.Code, u => u.Units, StringComparer.Ordinal);

        var lines = groups.Select(g =>
        {
            var sources = g.ToList();
            var minutes = sources.Sum(l => l.Minutes);
            var assistantRole = sources.Where(l => l.Role.IsAssistant()).Select(l => (ProviderRole?)l.Role).FirstOrDefault()
                ?? (sources.Any(l => l.AssistantMinutes > 0) ? AssistantOf(sources[0].Role) : null);
            var assistantMinutes = sources.Sum(l => l.Role.IsAssistant() ? l.Minutes : l.AssistantMinutes);
            var assisted = assistantRole is not null && minutes > 0 && assistantMinutes * 10 > minutes;
            var billed = sources.Where(l => l.BilledUnits is not null).Select(l => l.BilledUnits!.Value).ToList();
            return new CodeLine
            {
                Code = g.Key,
                Timed = profile.IsTimed(g.Key),
                Minutes = minutes,
                CountedMinutes = sources.Sum(l => l.CountedMinutes),
                BilledUnits = billed.Count > 0 ? billed.Sum() : null,
                ComputedUnits = profile.IsTimed(g.Key) ? units.GetValueOrDefault(g.Key) : 1,
                BilledModifiers = sources.SelectMany(l => l.BilledModifiers).Distinct(StringComparer.Ordinal).ToList(),
                Role = sources[0].Role,
                AssistantMinutes = assistantMinutes,
                AssistantRole = assistantRole,
                OneOnOneAttested = sources.All(l => l.OneOnOne == true),
                UnitRate = profile.RateOf(g.Key) * (assisted ? profile.AssistantRate : 1m),
                Sources = sources,
            };
        }).ToList();
        return new VisitEvaluation { Visit = visit, Profile = profile, Lines = lines, Batch = facts ?? BatchFacts.Empty };
    }

    /// <summary>Runs every rule on one visit.</summary>
    public List<Finding> Run(VisitEvaluation visit)
    {
        var findings = new List<Finding>();
        foreach (var rule in _rules) rule.Evaluate(visit, findings);
        return findings;
    }

    private static ProviderRole? AssistantOf(ProviderRole role) => role switch
    {
        ProviderRole.PT => ProviderRole.PTA,
        ProviderRole.OT => ProviderRole.OTA,
        _ => null,
    };

    // Same-day lines for PTP edits, and the year-to-date therapy dollars before each visit for KX:
    // the row's ytd_therapy_amount when given, else the stored ledger before the visit's date plus
    // the patient's earlier visits in this batch, in date order.
    private static List<(LedgerKey, LedgerEntry)> CollectFacts(List<VisitEvaluation> evaluations, BatchHistory history, BatchFacts facts)
    {
        foreach (var e in evaluations)
            foreach (var line in e.Lines.Where(l => (l.BilledUnits ?? l.ComputedUnits) > 0))
                facts.AddSameDayLine(e.Visit, line);

        var batchVisitIds = evaluations.Select(e => e.Visit.VisitId).ToHashSet(StringComparer.Ordinal);
        var writes = new List<(LedgerKey, LedgerEntry)>();
        var byKey = evaluations
            .SelectMany(e => e.Lines.GroupBy(l => l.Role.KxGroup()).Select(g => (Eval: e, Group: g.Key, Amount: g.Sum(l => l.Value))))
            .GroupBy(x => new LedgerKey(x.Eval.Visit.PatientId, x.Eval.Visit.DateOfService.Year, x.Group));
        foreach (var key in byKey)
        {
            var stored = history.Ledger.GetValueOrDefault(key.Key, [])
                .Where(entry => !batchVisitIds.Contains(entry.VisitId)).ToList();
            decimal? anchor = null;
            decimal batchSoFar = 0m;
            foreach (var x in key.OrderBy(x => x.Eval.Visit.DateOfService).ThenBy(x => x.Eval.Visit.FirstRow))
            {
                var visit = x.Eval.Visit;
                var prior = visit.YtdTherapyAmount
                    ?? anchor
                    ?? stored.Where(s => s.DateOfService < visit.DateOfService).Sum(s => s.Amount) + batchSoFar;
                facts.SetPriorYtd(visit, key.Key.KxGroup, prior);
                if (visit.YtdTherapyAmount is not null || anchor is not null) anchor = prior + x.Amount;
                batchSoFar += x.Amount;
                writes.Add((key.Key, new LedgerEntry(visit.VisitId, visit.DateOfService, x.Amount)));
            }
        }
        return writes;
    }

    private ReportSummary Summarize(List<VisitEvaluation> visits, int rejectedRows)
    {
        var s = new ReportSummary { RejectedRows = rejectedRows };
        foreach (var e in visits)
        {
            var findings = Run(e);
            s.Visits++;
            s.Lines += e.Lines.Count;
            var hasError = findings.Any(f => f.Severity == Severity.Error);
            if (findings.Count == 0) s.CleanVisits++;
            if (!s.ByPayer.TryGetValue(e.Visit.PayerId, out var payer)) s.ByPayer[e.Visit.PayerId] = payer = new PayerSummary();
            payer.Visits++;
            if (hasError) payer.VisitsWithErrors++;
            foreach (var f in findings)
            {
                switch (f.Severity)
                {
                    case Severity.Error: s.Findings.Error++; break;
                    case Severity.Warning: s.Findings.Warning++; break;
                    default: s.Findings.Info++; break;
                }
                s.ByRule[f.RuleId] = s.ByRule.GetValueOrDefault(f.RuleId) + 1;
            }
            foreach (var line in e.Lines)
            {
                if (!s.ByCode.TryGetValue(line.Code, out var code)) s.ByCode[line.Code] = code = new CodeSummary();
                code.Lines++;
                var lineErrors = findings.Where(f => f.Severity == Severity.Error && f.Code == line.Code).ToList();
                if (lineErrors.Count > 0) code.LinesWithErrors++;
                s.Revenue.Billed += line.BilledValue;
                s.Revenue.Computed += line.Value;
                // A line is at risk once, for the largest amount any error puts on it.
                if (lineErrors.Count > 0) s.Revenue.AtRisk += lineErrors.Max(f => f.Amount);
                if (line.BilledUnits is int billed && billed < line.ComputedUnits)
                    s.Revenue.UnderBilled += (line.ComputedUnits - billed) * line.UnitRate;
            }
            s.Revenue.AtRisk += findings.Where(f => f.Severity == Severity.Error && f.Code is null).Sum(f => f.Amount);
        }
        s.CleanClaimRate = s.Visits == 0 ? 0 : Math.Round((double)s.CleanVisits / s.Visits, 4);
        return s;
    }

    private static VisitReport ToReport(VisitEvaluation e, List<Finding> findings) => new()
    {
        VisitId = e.Visit.VisitId,
        PatientId = e.Visit.PatientId,
        PayerId = e.Visit.PayerId,
        DateOfService = e.Visit.DateOfService.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Status = findings.Any(f => f.Severity == Severity.Error) ? "error" : findings.Count > 0 ? "warning" : "clean",
        Lines = e.Lines.Select(l => new LineReport
        {
            Code = l.Code,
            Minutes = l.Minutes,
            CountedMinutes = l.CountedMinutes,
            BilledUnits = l.BilledUnits,
            ComputedUnits = l.ComputedUnits,
            BilledModifiers = l.BilledModifiers,
            RequiredModifiers = l.RequiredModifiers.ToList(),
            Value = l.Value,
        }).ToList(),
        Findings = findings.Select(FindingReport.From).ToList(),
    };
}
