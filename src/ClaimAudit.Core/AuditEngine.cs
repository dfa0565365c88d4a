using ClaimAudit.Core.Documentation;
using ClaimAudit.Core.Episodes;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Reporting;
using ClaimAudit.Core.Rules;
using ClaimAudit.Core.Units;

namespace ClaimAudit.Core;

/// <summary>The temp files an outcome reads from, deleted together.</summary>
internal sealed class Spills(params IDisposable?[] spills) : IDisposable
{
    public void Dispose()
    {
        foreach (var spill in spills) spill?.Dispose();
    }
}

/// <summary>
/// What one audit produced: the report, and what storage should remember for later batches.
/// Disposing it deletes the temporary files a partitioned audit's report is read from.
/// </summary>
public sealed class AuditOutcome : IDisposable
{
    internal IDisposable? Spill { get; init; }

    public void Dispose() => Spill?.Dispose();

    public required AuditReport Report { get; init; }
    /// <summary>One ledger entry per visit and KX group, to be written (overwriting) to the therapy ledger.</summary>
    public required IReadOnlyList<(LedgerKey Key, LedgerEntry Entry)> LedgerWrites { get; init; }
    /// <summary>Fingerprints of this batch's notes by patient, to be stored for later batches.</summary>
    public required IReadOnlyList<(string PatientId, NoteFingerprint Fingerprint)> Fingerprints { get; init; }
    /// <summary>One entry per visit, to be written (overwriting by visit id) to the visit ledger.</summary>
    public IReadOnlyList<(string PatientId, EpisodeVisit Visit)> VisitWrites { get; init; } = [];
    /// <summary>Plans of care and authorisations the batch stated, by patient, to be stored (upserted by plan start / authorisation number).</summary>
    public IReadOnlyList<(string PatientId, PatientEpisode Episode)> EpisodeWrites { get; init; } = [];
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

    public AuditEngine(PayerProfileSet profiles, IngestLimits? limits = null) : this(profiles, rules: null, limits) { }

    /// <summary>An engine with its own rules or note analyzer: for tests and tools inside the solution.</summary>
    internal AuditEngine(PayerProfileSet profiles, IReadOnlyList<IVisitRule>? rules, IngestLimits? limits = null, INoteAnalyzer? noteAnalyzer = null)
    {
        _profiles = profiles;
        _rules = rules ?? [.. ClaimRules.All, .. DocumentationRules.All];
        _reader = new BatchReader(profiles.Find, noteAnalyzer ?? NoteAnalyzer.Default, limits, [.. profiles.All.Select(p => p.PayerId)]);
        var wording = new Dictionary<string, Dictionary<string, IReadOnlyList<FindingArg>>>(StringComparer.Ordinal);
        foreach (var rule in _rules)
            if (rule is ICodeWording worded)
                wording[rule.RuleId] = worded.CodeWording().ToDictionary(w => w.Code, w => w.Args, StringComparer.Ordinal);
        _codeWording = wording;
        _payerWording = profiles.All.ToDictionary(p => p.PayerId, PayerWording.For, StringComparer.Ordinal);
    }

    private readonly Dictionary<string, IReadOnlyList<FindingArg>> _payerWording;

    private readonly Dictionary<string, Dictionary<string, IReadOnlyList<FindingArg>>> _codeWording;

    /// <summary>An engine whose documentation review reads notes with a clinic's vocabulary (the shipped terms plus its own).</summary>
    public static AuditEngine WithVocabulary(PayerProfileSet profiles, Vocabulary vocabulary, IngestLimits? limits = null) =>
        new(profiles, [.. ClaimRules.All, .. DocumentationRules.For(vocabulary)], limits, new NoteAnalyzer(vocabulary));

    public PayerProfileSet Profiles => _profiles;

    /// <summary>Counts same-day and clone look-ups when set (tests only).</summary>
    internal WorkCount? Work { get; init; }

    /// <summary>How many visits are evaluated between two looks at the cancellation token: often enough to stop within milliseconds, rarely enough to cost nothing.</summary>
    internal const int CancellationCheckEvery = 64;

    /// <summary>Partitions of a large batch audited at once: one per core, at most two (each holds its visits in memory).</summary>
    private const int MaxParallelPartitions = 2;

    /// <param name="options">The clinic's column map, payer map and sheet (PRODUCT.md section 13); none when null.</param>
    public IngestResult Ingest(Stream input, InputFormat format, IngestOptions? options = null) => _reader.Read(input, format, options);

    /// <summary>
    /// Audits an ingested batch. The report's visits are evaluated lazily, once each, as a writer
    /// enumerates them (<see cref="ReportWriter"/> feeds every format from that one pass); the
    /// summary is added up along the way.
    /// </summary>
    /// <param name="cancellationToken">
    /// Observed before each phase and every <see cref="CancellationCheckEvery"/> visits, also while the
    /// report's visits are enumerated: a batch over its time budget stops with an
    /// <see cref="OperationCanceledException"/> instead of running on.
    /// </param>
    public AuditOutcome Evaluate(IngestResult batch, BatchHistory history, string batchId, string clinicId, DateTimeOffset generatedAt,
        CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // A claim file carries units, not minutes: those an EMR export of the same visits stored
        // earlier are joined first, so the 8-minute rule and the time-based rules run (section 12).
        batch = MinutesJoin.ApplyStored(batch, history);
        // Every evaluation shares one BatchFacts, filled in below once all visits' units are known.
        var facts = new BatchFacts { DocumentationReviewed = batch.NoteColumn, Work = Work };
        var evaluations = BuildEvaluations(batch.Visits, facts);
        cancellationToken.ThrowIfCancellationRequested();
        var ledgerWrites = CollectFacts(evaluations, history, facts);
        cancellationToken.ThrowIfCancellationRequested();
        // Plans, authorisations and counts across the stored visit ledger and this batch (section 10).
        var episodes = facts.Episodes = EpisodeFacts.Compute(batch.Visits, history, ProfileOf, Work);
        cancellationToken.ThrowIfCancellationRequested();
        var fingerprints = NoteClones.Find(batch.Visits, history, facts.SetClone, Work, cancellationToken);

        AuditReport? report = null;
        IEnumerable<VisitReport> Visits()
        {
            // A fresh tally per enumeration: one abandoned half-way never counts twice.
            var summary = new SummaryBuilder(batch.RejectedRows.Count, batch.NoteColumn, episodes.Summary);
            var n = 0;
            foreach (var e in evaluations)
            {
                if (n++ % CancellationCheckEvery == 0) cancellationToken.ThrowIfCancellationRequested();
                var output = Run(e);
                var atRisk = summary.Add(e, output.Findings);
                yield return ToReport(e, output, atRisk);
            }
            report!.Summarized(summary.Build());
        }
        ReportSummary SummarizeAll()
        {
            foreach (var _ in report!.Visits) { }
            return report.Summary;
        }
        report = new AuditReport(SummarizeAll)
        {
            BatchId = batchId,
            ClinicId = clinicId,
            GeneratedAt = generatedAt,
            FileError = batch.FileError,
            DocumentationReviewed = batch.NoteColumn,
            CodeWording = _codeWording,
                PayerWording = _payerWording,
            Visits = Visits(),
            RejectedRows = batch.RejectedRows,
        };
        return new AuditOutcome
        {
            Report = report, LedgerWrites = ledgerWrites, Fingerprints = fingerprints, VisitWrites = episodes.VisitWrites, EpisodeWrites = episodes.EpisodeWrites,
        };
    }

    /// <summary>
    /// Audits a batch with the history of its visits' patients, loaded by <paramref name="historyFor"/>
    /// (null: no history, nothing to remember — the CLI). A batch held whole is audited as
    /// <see cref="Evaluate"/> does. A partitioned batch (<see cref="IngestResult.IsPartitioned"/>) is
    /// read and audited one partition of patients at a time — every batch-wide rule is keyed by
    /// patient, so a partition holds all it needs — its evaluated visits spilled to disk, and the
    /// report reads them back merged into input order: the same report, in bounded memory.
    /// </summary>
    public async Task<AuditOutcome> EvaluateAsync(IngestResult batch, Func<IReadOnlyList<Visit>, CancellationToken, Task<BatchHistory>>? historyFor,
        string batchId, string clinicId, DateTimeOffset generatedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Spilled is not { } rows)
        {
            var history = historyFor is null || batch.FileError is not null ? BatchHistory.Empty : await historyFor(batch.Visits, cancellationToken);
            return Evaluate(batch, history, batchId, clinicId, generatedAt, cancellationToken);
        }

        var visits = new Pipeline.VisitReportSpill(rows.Partitions);
        var remembered = historyFor is null ? null : new Pipeline.HistorySpill();
        try
        {
            // Partitions share nothing but the read-only profiles and vocabulary: they are read,
            // noted and evaluated on every core at once, each into its own slot, and merged in
            // partition order afterwards so the result does not depend on which finished first.
            var results = new (ReportSummary Summary, IReadOnlyList<RejectedRow> Rejected)[rows.Partitions];
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Min(MaxParallelPartitions, Environment.ProcessorCount), CancellationToken = cancellationToken };
            await Parallel.ForAsync(0, rows.Partitions, parallel, async (p, ct) =>
            {
                ct.ThrowIfCancellationRequested();
                var part = rows.Read(p);
                var history = historyFor is null ? BatchHistory.Empty : await historyFor(part.Visits, ct);
                var outcome = Evaluate(part, history, batchId, clinicId, generatedAt, ct);
                using (var spilled = visits.Open(p))
                {
                    var i = 0;
                    foreach (var visit in outcome.Report.Visits) spilled.Write(part.Visits[i++].FirstRow, visit);
                }
                // Only what is merged is kept: the partition's visits are released with it, and what
                // storage is to remember waits on disk.
                remembered?.Add(outcome.LedgerWrites, outcome.Fingerprints, outcome.VisitWrites, outcome.EpisodeWrites);
                results[p] = (outcome.Report.Summary, part.RejectedRows);
            });

            var summary = new ReportSummary { DocumentationReviewed = batch.NoteColumn };
            var rejected = new List<RejectedRow>();
            foreach (var (partSummary, partRejected) in results)
            {
                summary.Add(partSummary);
                rejected.AddRange(partRejected);
            }
            var (ledger, fingerprints, visitWrites, episodeWrites) = remembered?.Complete() ?? ([], [], [], []);
            rejected.Sort((a, b) => a.Row.CompareTo(b.Row));
            // The episode picture's plans ending are chosen as of the whole batch's latest date, known only now.
            summary.CompleteParts();
            var report = new AuditReport
            {
                BatchId = batchId,
                ClinicId = clinicId,
                GeneratedAt = generatedAt,
                DocumentationReviewed = batch.NoteColumn,
                CodeWording = _codeWording,
                PayerWording = _payerWording,
                Summary = summary,
                Visits = visits.Merged(),
                RejectedRows = rejected,
            };
            return new AuditOutcome
            {
                Report = report, LedgerWrites = ledger, Fingerprints = fingerprints, VisitWrites = visitWrites, EpisodeWrites = episodeWrites,
                Spill = new Spills(visits, remembered),
            };
        }
        catch
        {
            visits.Dispose();
            remembered?.Dispose();
            throw;
        }
        finally
        {
            rows.Dispose();
        }
    }

    /// <summary>
    /// Evaluations of a batch's visits, in input order. Under the 8-minute rule the day is counted,
    /// not the visit (CMS Pub 100-04 ch. 5 §20.2): visits of one patient on one date to one payer
    /// have their timed minutes pooled per discipline, and the day's units are allocated back.
    /// </summary>
    internal List<VisitEvaluation> BuildEvaluations(IReadOnlyList<Visit> visits, BatchFacts facts)
    {
        // Visits are found by their index, never hashed as objects: an identity hash code is made
        // the first time an object is hashed, and that was 3 % of a large audit's CPU.
        var firstOfDay = new Dictionary<(string PatientId, DateOnly Date, string PayerId), int>();
        Dictionary<int, List<int>>? sharedDays = null;
        for (var i = 0; i < visits.Count; i++)
        {
            var visit = visits[i];
            if (ProfileOf(visit).UnitMethod != UnitMethod.Cms) continue;
            var key = (visit.PatientId, visit.DateOfService, visit.PayerId);
            if (!firstOfDay.TryAdd(key, i))
            {
                var first = firstOfDay[key];
                sharedDays ??= [];
                if (!sharedDays.TryGetValue(first, out var others)) sharedDays[first] = others = [first];
                others.Add(i);
            }
        }
        var evaluations = new VisitEvaluation?[visits.Count];
        foreach (var indexes in sharedDays?.Values ?? Enumerable.Empty<List<int>>())
        {
            var day = new List<Visit>(indexes.Count);
            foreach (var i in indexes) day.Add(visits[i]);
            var built = BuildDay(day, facts);
            for (var k = 0; k < indexes.Count; k++) evaluations[indexes[k]] = built[k];
        }
        var result = new List<VisitEvaluation>(visits.Count);
        for (var i = 0; i < visits.Count; i++) result.Add(evaluations[i] ?? BuildDay([visits[i]], facts)[0]);
        return result;
    }

    /// <summary>One visit on its own (no other visit of the day is known): units from its own minutes.</summary>
    internal VisitEvaluation BuildEvaluation(Visit visit, BatchFacts? facts = null) => BuildDay([visit], facts ?? BatchFacts.Empty)[0];

    private PayerProfile ProfileOf(Visit visit) => _profiles.Find(visit.PayerId)
        ?? throw new InvalidOperationException($"payer '{visit.PayerId}' has no profile; ingest should have rejected the visit");

    /// <summary>
    /// Merges each visit's lines per discipline and code and computes units under the payer's
    /// method. The 8-minute rule runs per discipline: PT (with PTA) and OT (with OTA) minutes are
    /// billed apart and never pooled. Visits of <paramref name="day"/> share one profile.
    /// </summary>
    private List<VisitEvaluation> BuildDay(List<Visit> day, BatchFacts facts)
    {
        var profile = ProfileOf(day[0]);
        // Per visit: its lines grouped by discipline and code, in order of first row (as GroupBy
        // would, without its per-visit lookups: a visit has a handful of lines).
        var groups = new List<LineGroup>[day.Count];
        var disciplines = new List<string>(2);
        for (var v = 0; v < day.Count; v++)
        {
            var visitGroups = groups[v] = new List<LineGroup>(day[v].Lines.Count);
            foreach (var line in day[v].Lines)
            {
                var discipline = line.Role.DisciplineModifier();
                LineGroup? group = null;
                foreach (var g in visitGroups)
                    if (string.Equals(g.Discipline, discipline, StringComparison.Ordinal) && string.Equals(g.Code, line.Code, StringComparison.Ordinal)) { group = g; break; }
                if (group is null)
                {
                    visitGroups.Add(group = new LineGroup(discipline, line.Code));
                    if (!disciplines.Contains(discipline)) disciplines.Add(discipline);
                }
                group.Lines.Add(line);
            }
        }

        var timed = new List<DayLine>();
        var timedGroups = new List<LineGroup>();
        var minutesUnknown = false;
        foreach (var discipline in disciplines)
        {
            timed.Clear();
            timedGroups.Clear();
            for (var v = 0; v < groups.Length; v++)
                foreach (var g in groups[v])
                {
                    if (!string.Equals(g.Discipline, discipline, StringComparison.Ordinal) || !profile.IsTimed(g.Code)) continue;
                    int counted = 0, billedSum = 0;
                    var anyBilled = false;
                    foreach (var l in g.Lines)
                    {
                        counted += l.CountedMinutes;
                        if (l.BilledUnits is { } b) { billedSum += b; anyBilled = true; }
                        if (l.MinutesUnknown) minutesUnknown = true;
                    }
                    // A line whose minutes are unknown (an 837P) has no units from time: it stays out of the count.
                    if (g.Lines.Exists(l => l.MinutesUnknown)) continue;
                    timed.Add(new DayLine(v, g.Code, counted, profile.RateOf(g.Code), anyBilled ? billedSum : null));
                    timedGroups.Add(g);
                }
            // The 8-minute rule counts the discipline's timed minutes of the day together: with one
            // line's minutes unknown, the total is unknown and no timed line of the discipline can be
            // checked against time. Per-code methods judge each line on its own.
            if (minutesUnknown && profile.UnitMethod == UnitMethod.Cms)
            {
                timed.Clear();
                timedGroups.Clear();
            }
            minutesUnknown = false;
            int[] allocated;
            if (profile.UnitMethod == UnitMethod.Cms) allocated = DayUnits.Allocate(timed);
            else
            {
                allocated = new int[timed.Count];
                for (var i = 0; i < timed.Count; i++)
                    allocated[i] = UnitCalculator.Compute(profile.UnitMethod, [new TimedMinutes(timed[i].Code, timed[i].CountedMinutes, timed[i].Rate)])[0].Units;
            }
            int minutes = 0, units = 0, visits = 0, lastVisit = -1;
            for (var i = 0; i < timed.Count; i++)
            {
                timedGroups[i].Units = allocated[i];
                minutes += timed[i].CountedMinutes;
                units += allocated[i];
                // Timed lines come in visit order: a new visit index is a distinct visit.
                if (timed[i].Visit != lastVisit) { visits++; lastVisit = timed[i].Visit; }
            }
            var basis = new UnitBasis(minutes, units, visits);
            for (var v = 0; v < groups.Length; v++)
                foreach (var g in groups[v])
                    if (string.Equals(g.Discipline, discipline, StringComparison.Ordinal)) g.Basis = basis;
        }

        var evaluations = new List<VisitEvaluation>(day.Count);
        for (var v = 0; v < day.Count; v++)
        {
            var lines = new CodeLine[groups[v].Count];
            for (var g = 0; g < lines.Length; g++) lines[g] = MergeLines(profile, groups[v][g].Code, groups[v][g].Lines, groups[v][g].Units, groups[v][g].Basis);
            Array.Sort(lines, static (a, b) => a.Sources[0].Row.CompareTo(b.Sources[0].Row));
            evaluations.Add(new VisitEvaluation { Visit = day[v], Profile = profile, Lines = lines, Batch = facts });
        }
        return evaluations;
    }

    /// <summary>A visit's input lines of one discipline and code, with the units and basis the day gives them.</summary>
    private sealed class LineGroup(string discipline, string code)
    {
        public string Discipline { get; } = discipline;
        public string Code { get; } = code;
        public List<ServiceLine> Lines { get; } = new(1);
        public int? Units { get; set; }
        public UnitBasis Basis { get; set; }
    }

    /// <param name="timedUnits">The units the code's time supports, for a timed code; null for any other, and for a timed code whose units cannot be checked against time (minutes unknown).</param>
    private static CodeLine MergeLines(PayerProfile profile, string code, List<ServiceLine> sources, int? timedUnits, UnitBasis basis)
    {
        int minutes = 0, countedMinutes = 0, assistantMinutes = 0, stated = 0, blankRows = 0;
        ProviderRole? firstAssistant = null;
        var anyAssistantMinutes = false;
        var oneOnOne = true;
        foreach (var l in sources)
        {
            minutes += l.Minutes;
            countedMinutes += l.CountedMinutes;
            var isAssistant = l.Role.IsAssistant();
            if (isAssistant) firstAssistant ??= l.Role;
            if (l.AssistantMinutes > 0) anyAssistantMinutes = true;
            assistantMinutes += isAssistant ? l.Minutes : l.AssistantMinutes;
            if (l.BilledUnits is { } b) stated += b; else blankRows++;
            if (l.OneOnOne != true) oneOnOne = false;
        }
        var assistantRole = firstAssistant ?? (anyAssistantMinutes ? AssistantOf(sources[0].Role) : null);
        var minutesUnknown = false;
        foreach (var l in sources) minutesUnknown |= l.MinutesUnknown;
        // Without minutes (an 837P) the 10 % share cannot be weighed: an assistant's own line is the assistant's.
        var assisted = assistantRole is not null
            && (minutesUnknown ? firstAssistant is not null : minutes > 0 && assistantMinutes * 10 > minutes);
        // Untimed codes are one unit per visit; supplies billed by quantity and codes the payer does
        // not know are not judged: their units are what the clinic bills.
        var judged = timedUnits is not null || profile.IsUntimed(code);
        var computed = timedUnits ?? (judged ? 1 : stated);
        var rate = profile.RateOf(code);

        // A blank billed_units cell means "tell me": blank rows bill what the time supports beyond the
        // stated rows, shared by their minutes. The line then bills its stated units plus that share,
        // so a blank row is never both judged as billed and reported as under-billed.
        var unsaid = blankRows > 0 ? Math.Max(0, computed - stated) : 0;
        var shares = unsaid == 0 ? null : ShareByMinutes(unsaid, sources);
        int? billedUnits = blankRows == sources.Count ? null : stated + unsaid;

        var claims = new List<ClaimRow>(sources.Count);
        for (var i = 0; i < sources.Count; i++)
        {
            var source = sources[i];
            var rowRate = ClaimRow.IsAssistantFurnished(source) ? rate * profile.AssistantRate : rate;
            claims.Add(new ClaimRow { Source = source, Units = source.BilledUnits ?? (shares is null ? 0 : shares[i]), FullRate = rate, UnitRate = rowRate });
        }

        return new CodeLine
        {
            Code = code,
            Timed = timedUnits is not null,
            MinutesUnknown = minutesUnknown,
            TimeUnchecked = timedUnits is null && profile.IsTimed(code),
            Minutes = minutes,
            CountedMinutes = countedMinutes,
            BilledUnits = billedUnits,
            ComputedUnits = computed,
            UnitsJudged = judged,
            Basis = basis,
            // One source line (the usual case) shares ingest's interned modifier list instead of copying it.
            BilledModifiers = sources.Count == 1 ? sources[0].BilledModifiers : DistinctModifiers(sources),
            Role = sources[0].Role,
            AssistantMinutes = assistantMinutes,
            AssistantRole = assistantRole,
            OneOnOneAttested = oneOnOne,
            UnitRate = rate * (assisted ? profile.AssistantRate : 1m),
            Sources = sources,
            Claims = claims,
        };
    }

    /// <summary>The modifiers of several rows, each once, in order of first appearance.</summary>
    private static List<string> DistinctModifiers(List<ServiceLine> sources)
    {
        var modifiers = new List<string>();
        foreach (var l in sources)
            foreach (var m in l.BilledModifiers)
            {
                var seen = false;
                foreach (var k in modifiers)
                    if (string.Equals(k, m, StringComparison.Ordinal)) { seen = true; break; }
                if (!seen) modifiers.Add(m);
            }
        return modifiers;
    }

    /// <summary>
    /// Units shared among the rows with a blank billed_units, in proportion to their minutes (largest
    /// remainder, then the earlier row); rows that state their units get none.
    /// </summary>
    private static int[] ShareByMinutes(int units, List<ServiceLine> rows)
    {
        var shares = new int[rows.Count];
        if (units == 0) return shares;
        var blank = Enumerable.Range(0, rows.Count).Where(i => rows[i].BilledUnits is null).ToList();
        var minutes = blank.Sum(i => rows[i].CountedMinutes);
        if (minutes == 0) { shares[blank[0]] = units; return shares; }
        var given = 0;
        foreach (var i in blank) given += shares[i] = units * rows[i].CountedMinutes / minutes;
        foreach (var i in blank.OrderByDescending(i => units * rows[i].CountedMinutes % minutes).ThenBy(i => i))
        {
            if (given == units) break;
            shares[i]++;
            given++;
        }
        return shares;
    }

    /// <summary>Runs every rule on one visit: its findings and the modifiers its lines must carry.</summary>
    internal RuleOutput Run(VisitEvaluation visit)
    {
        var output = new RuleOutput(visit.Lines);
        foreach (var rule in _rules) rule.Evaluate(visit, output);
        var findings = output.Findings;
        // Money is reported in cents, whatever arithmetic a rule did (an assistant's 85 % makes half cents).
        for (var i = 0; i < findings.Count; i++)
            if (decimal.Round(findings[i].Amount, 2) != findings[i].Amount)
                findings[i] = findings[i] with { Amount = Money.Cents(findings[i].Amount) };
        return output;
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
            foreach (var line in e.Lines)
                if ((line.BilledUnits ?? line.ComputedUnits) > 0) facts.AddSameDayLine(e.Visit, line);

        // Each visit's dollars per KX group, its groups in order of first line, collected per patient, year and
        // group in batch order - what GroupBy over the batch gave, without its lookups and closures a visit.
        var byKey = new Dictionary<LedgerKey, List<(VisitEvaluation Eval, decimal Amount, int Order)>>();
        var keys = new List<LedgerKey>();
        foreach (var e in evaluations)
        {
            var lines = e.Lines;
            for (var i = 0; i < lines.Length; i++)
            {
                var group = lines[i].Role.KxGroup();
                if (GroupBefore(lines, i, group)) continue;
                var amount = 0m;
                for (var j = i; j < lines.Length; j++)
                    if (lines[j].Role.KxGroup() == group) amount += lines[j].Value;
                var key = new LedgerKey(e.Visit.PatientId, e.Visit.DateOfService.Year, group);
                if (!byKey.TryGetValue(key, out var ofKey))
                {
                    byKey[key] = ofKey = new(1);
                    keys.Add(key);
                }
                ofKey.Add((e, amount, ofKey.Count));
            }
        }

        HashSet<string>? batchVisitIds = null;
        var writes = new List<(LedgerKey, LedgerEntry)>();
        foreach (var key in keys)
        {
            IReadOnlyList<LedgerEntry> stored = [];
            if (history.Ledger.TryGetValue(key, out var entries) && entries.Count > 0)
            {
                batchVisitIds ??= evaluations.Select(e => e.Visit.VisitId).ToHashSet(StringComparer.Ordinal);
                stored = entries.Where(entry => !batchVisitIds.Contains(entry.VisitId)).ToList();
            }
            // In date order, then input order; the index last makes the order total, so the sort is as a stable one.
            var visits = byKey[key];
            visits.Sort(static (x, y) =>
            {
                var byDate = x.Eval.Visit.DateOfService.CompareTo(y.Eval.Visit.DateOfService);
                if (byDate != 0) return byDate;
                var byRow = x.Eval.Visit.FirstRow.CompareTo(y.Eval.Visit.FirstRow);
                return byRow != 0 ? byRow : x.Order.CompareTo(y.Order);
            });
            // An anchor is the payer-reported amount of a visit (ytd_therapy_amount); later visits
            // build on it with this batch's visits and the stored visits dated after it.
            (decimal Amount, DateOnly Date)? anchor = null;
            decimal batchSoFar = 0m;
            foreach (var x in visits)
            {
                var visit = x.Eval.Visit;
                var date = visit.DateOfService;
                var reported = visit.YtdFor(key.KxGroup);
                var prior = reported
                    ?? (anchor is { } a
                        ? a.Amount + StoredBetween(stored, a.Date, date)
                        : StoredBetween(stored, null, date) + batchSoFar);
                facts.SetPriorYtd(visit, key.KxGroup, prior);
                if (reported is not null) anchor = (prior + x.Amount, date);
                else if (anchor is { } b) anchor = (b.Amount + StoredBetween(stored, b.Date, date) + x.Amount, date);
                batchSoFar += x.Amount;
                writes.Add((key, new LedgerEntry(visit.VisitId, visit.DateOfService, x.Amount)));
            }
        }
        return writes;
    }

    private static bool GroupBefore(CodeLine[] lines, int i, string group)
    {
        for (var j = 0; j < i; j++)
            if (lines[j].Role.KxGroup() == group) return true;
        return false;
    }

    /// <summary>The stored visits' dollars dated after <paramref name="after"/> (null: from the first) up to <paramref name="upTo"/>.</summary>
    private static decimal StoredBetween(IReadOnlyList<LedgerEntry> stored, DateOnly? after, DateOnly upTo)
    {
        var sum = 0m;
        for (var i = 0; i < stored.Count; i++)
            if ((after is null || stored[i].DateOfService > after) && stored[i].DateOfService <= upTo) sum += stored[i].Amount;
        return sum;
    }

    /// <summary>
    /// The input line a finding is about: the row it names, else the first row of its code's first
    /// line (what a claim file's reader finds first); null for a finding on the visit as a whole.
    /// </summary>
    private static ServiceLine? SourceOf(VisitEvaluation e, Finding f)
    {
        if (f.Row is int r)
        {
            foreach (var line in e.Lines)
                foreach (var source in line.Sources)
                    if (source.Row == r) return source;
        }
        if (f.Code is null) return null;
        if (f.Line is { } own) return own.Sources[0];
        foreach (var line in e.Lines)
            if (string.Equals(line.Code, f.Code, StringComparison.Ordinal)) return line.Sources[0];
        return null;
    }

    /// <summary>Where the finding's own line is among the visit's lines, when its rule named the line.</summary>
    private static int? LineIndexOf(VisitEvaluation e, Finding f)
    {
        if (f.Line is not { } own) return null;
        for (var i = 0; i < e.Lines.Length; i++)
            if (ReferenceEquals(e.Lines[i], own)) return i;
        return null;
    }

    /// <summary>The line control number a claim line goes out with: the input's (an 837P's REF*6R), else {visitId}-{row}.</summary>
    private static string LineControlOf(Visit visit, ServiceLine source) =>
        source.LineControl ?? $"{visit.VisitId}-{source.Row.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <param name="atRisk">Per finding, the dollars of it the summary counts as at risk (null: none).</param>
    private static VisitReport ToReport(VisitEvaluation e, RuleOutput output, decimal[]? atRisk)
    {
        var findings = output.Findings;
        var status = findings.Count > 0 ? "warning" : "clean";
        foreach (var f in findings)
            if (f.Severity == Severity.Error) { status = "error"; break; }
        var lines = new List<LineReport>(e.Lines.Length);
        for (var i = 0; i < e.Lines.Length; i++)
        {
            var l = e.Lines[i];
            var rows = new int[l.Sources.Count];
            for (var r = 0; r < rows.Length; r++) rows[r] = l.Sources[r].Row;
            var first = l.Sources[0];
            lines.Add(new LineReport
            {
                Code = l.Code,
                Rows = rows,
                LineControl = LineControlOf(e.Visit, first),
                Location = first.Location,
                Minutes = l.MinutesUnknown ? null : l.Minutes,
                CountedMinutes = l.MinutesUnknown ? null : l.CountedMinutes,
                UnitsCheckedAgainstTime = l.TimeUnchecked ? false : null,
                BilledUnits = l.BilledUnits,
                ComputedUnits = l.UnitsJudged ? l.ComputedUnits : null,
                BilledModifiers = l.BilledModifiers,
                RequiredModifiers = output.RequiredOf(i),
                Value = l.Value,
                BilledValue = l.BilledValue,
                Provider = first.Provider,
            });
        }
        var reports = new FindingReport[findings.Count];
        for (var i = 0; i < reports.Length; i++)
        {
            var source = SourceOf(e, findings[i]);
            reports[i] = FindingReport.From(findings[i], source?.Location, source is null ? null : LineControlOf(e.Visit, source), atRisk?[i] ?? 0m, LineIndexOf(e, findings[i]));
        }
        return new()
        {
            VisitId = e.Visit.VisitId,
            PatientId = e.Visit.PatientId,
            PayerId = e.Visit.PayerId,
            DateOfService = e.Visit.DateOfService.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Status = status,
            Lines = lines,
            Findings = reports,
        };
    }
}
