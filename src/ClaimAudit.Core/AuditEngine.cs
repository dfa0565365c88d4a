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

    /// <summary>An engine whose documentation review reads notes with a clinic's vocabulary (the shipped terms plus its own).</summary>
    public static AuditEngine WithVocabulary(PayerProfileSet profiles, Vocabulary vocabulary, IngestLimits? limits = null) =>
        new(profiles, limits, [.. ClaimRules.All, .. DocumentationRules.For(vocabulary)], new NoteAnalyzer(vocabulary));

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

    /// <summary>
    /// Merges a visit's lines per discipline and code and computes units under the payer's method.
    /// The 8-minute rule runs per discipline: PT (with PTA) and OT (with OTA) minutes of the same
    /// day are billed apart and never pooled.
    /// </summary>
    public VisitEvaluation BuildEvaluation(Visit visit, BatchFacts? facts = null)
    {
        var profile = _profiles.Find(visit.PayerId)
            ?? throw new InvalidOperationException($"payer '{visit.PayerId}' has no profile; ingest should have rejected the visit");
        var lines = new List<CodeLine>();
        foreach (var discipline in visit.Lines.GroupBy(l => l.Role.DisciplineModifier()))
        {
            var groups = discipline.GroupBy(l => l.Code, StringComparer.Ordinal).ToList();
            var timed = groups.Where(g => profile.IsTimed(g.Key))
                .Select(g => new TimedMinutes(g.Key, g.Sum(l => l.CountedMinutes), profile.RateOf(g.Key)));
            var units = UnitCalculator.Compute(profile.UnitMethod, timed).ToDictionary(u => u.Code, u => u.Units, StringComparer.Ordinal);
            lines.AddRange(groups.Select(g => MergeLines(profile, g.Key, g.ToList(), units)));
        }
        lines.Sort((a, b) => a.Sources[0].Row.CompareTo(b.Sources[0].Row));
        return new VisitEvaluation { Visit = visit, Profile = profile, Lines = lines, Batch = facts ?? BatchFacts.Empty };
    }

    private static CodeLine MergeLines(PayerProfile profile, string code, List<ServiceLine> sources, Dictionary<string, int> units)
    {
        var minutes = sources.Sum(l => l.Minutes);
        var assistantRole = sources.Where(l => l.Role.IsAssistant()).Select(l => (ProviderRole?)l.Role).FirstOrDefault()
            ?? (sources.Any(l => l.AssistantMinutes > 0) ? AssistantOf(sources[0].Role) : null);
        var assistantMinutes = sources.Sum(l => l.Role.IsAssistant() ? l.Minutes : l.AssistantMinutes);
        var assisted = assistantRole is not null && minutes > 0 && assistantMinutes * 10 > minutes;
        var billed = sources.Where(l => l.BilledUnits is not null).Select(l => l.BilledUnits!.Value).ToList();
        return new CodeLine
        {
            Code = code,
            Timed = profile.IsTimed(code),
            Minutes = minutes,
            CountedMinutes = sources.Sum(l => l.CountedMinutes),
            BilledUnits = billed.Count > 0 ? billed.Sum() : null,
            ComputedUnits = profile.IsTimed(code) ? units.GetValueOrDefault(code) : 1,
            // One source line (the usual case) shares ingest's interned modifier list instead of copying it.
            BilledModifiers = sources.Count == 1 ? sources[0].BilledModifiers : sources.SelectMany(l => l.BilledModifiers).Distinct(StringComparer.Ordinal).ToList(),
            Role = sources[0].Role,
            AssistantMinutes = assistantMinutes,
            AssistantRole = assistantRole,
            OneOnOneAttested = sources.All(l => l.OneOnOne == true),
            UnitRate = profile.RateOf(code) * (assisted ? profile.AssistantRate : 1m),
            Sources = sources,
        };
    }

    /// <summary>Runs every rule on one visit.</summary>
    public List<Finding> Run(VisitEvaluation visit)
    {
        var findings = new List<Finding>();
        foreach (var rule in _rules) rule.Evaluate(visit, findings);
        // Money is reported in cents, whatever arithmetic a rule did (an assistant's 85 % makes half cents).
        for (var i = 0; i < findings.Count; i++)
            if (decimal.Round(findings[i].Amount, 2) != findings[i].Amount)
                findings[i] = findings[i] with { Amount = Money.Cents(findings[i].Amount) };
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
            // An anchor is the payer-reported amount of a visit (ytd_therapy_amount); later visits
            // build on it with this batch's visits and the stored visits dated after it.
            (decimal Amount, DateOnly Date)? anchor = null;
            decimal batchSoFar = 0m;
            foreach (var x in key.OrderBy(x => x.Eval.Visit.DateOfService).ThenBy(x => x.Eval.Visit.FirstRow))
            {
                var visit = x.Eval.Visit;
                var date = visit.DateOfService;
                var prior = visit.YtdTherapyAmount
                    ?? (anchor is { } a
                        ? a.Amount + stored.Where(s => s.DateOfService > a.Date && s.DateOfService <= date).Sum(s => s.Amount)
                        : stored.Where(s => s.DateOfService <= date).Sum(s => s.Amount) + batchSoFar);
                facts.SetPriorYtd(visit, key.Key.KxGroup, prior);
                if (visit.YtdTherapyAmount is not null) anchor = (prior + x.Amount, date);
                else if (anchor is { } b) anchor = (b.Amount + stored.Where(s => s.DateOfService > b.Date && s.DateOfService <= date).Sum(s => s.Amount) + x.Amount, date);
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
                // Under-billed revenue is exactly what the UNITS_UNDERBILLED findings put a number on.
                if (f.RuleId == RuleIds.UnitsUnderbilled) s.Revenue.UnderBilled += f.Amount;
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
