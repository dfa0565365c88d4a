using ClaimAudit.Core.Model;
using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Reporting;

namespace ClaimAudit.Core.Episodes;

/// <summary>
/// What the episode rules (PRODUCT.md section 10) know of one visit, counted across the stored
/// visit ledger and this batch: its plan of care and start of care, its treatment day since the
/// start of care or the last progress report, its authorisation and its place among that
/// authorisation's visits, and its place among the patient's visits with the payer in the year.
/// </summary>
/// <param name="Plan">The plan covering the visit: the latest plan starting on or before its date.</param>
/// <param name="StartOfCare">The visit's own start of care, else its plan's, else its plan's start; null when nothing of the episode is known.</param>
/// <param name="TreatmentDay">The visit's index among the treatment days of its progress-report period (the period's first day is 1); null when the period's start is unknown.</param>
/// <param name="LastReport">The last progress-report date before the visit the period counts from; null when it counts from the start of care.</param>
/// <param name="ReportThatDay">A visit of the patient on the visit's date is a progress report.</param>
/// <param name="Authorization">The authorisation the visit names, else the one covering its date for its payer.</param>
/// <param name="AuthorizationNamed">The visit named its authorisation (auth_number).</param>
/// <param name="AuthorizationOrdinal">The visit's place among the authorisation's visits (1 = first); 0 without one.</param>
/// <param name="AuthorizationUsed">Visits resolved to the authorisation, stored and in the batch.</param>
/// <param name="YearOrdinal">The visit's place among the patient's visits with the payer in its calendar year (1 = first).</param>
internal sealed record VisitEpisodeFacts(
    PlanOfCare? Plan,
    DateOnly? StartOfCare,
    int? TreatmentDay,
    DateOnly? LastReport,
    bool ReportThatDay,
    Authorization? Authorization,
    bool AuthorizationNamed,
    int AuthorizationOrdinal,
    int AuthorizationUsed,
    int YearOrdinal)
{
    /// <summary>Whether the authorisation's window (a null end open, a null start open) holds the date.</summary>
    public static bool Covers(Authorization auth, DateOnly date) =>
        (auth.Start is not { } start || start <= date) && (auth.End is not { } end || date <= end);
}

/// <summary>
/// The engine's cross-visit counting for episodes: per patient, the stored plans and
/// authorisations merged with what the batch states, and the stored visit ledger with the batch's
/// visits, sorted once. Every visit then reads its plan and counts by binary search or from one
/// ordered walk: O(v log v) per patient of v visits, never a scan of the patient's visits per visit.
/// </summary>
internal sealed class EpisodeFacts
{
    private readonly Dictionary<Visit, VisitEpisodeFacts> _byVisit = new(VisitIdentity.Instance);

    /// <summary>One entry per visit of the batch, for the visit ledger.</summary>
    public List<(string PatientId, EpisodeVisit Visit)> VisitWrites { get; } = [];

    /// <summary>The plans and authorisations the batch's visits stated, per patient.</summary>
    public List<(string PatientId, PatientEpisode Episode)> EpisodeWrites { get; } = [];

    /// <summary>The summary's episode picture; null when the batch had no episode facts at all.</summary>
    public EpisodeSummary? Summary { get; private set; }

    public VisitEpisodeFacts? Of(Visit visit) => _byVisit.GetValueOrDefault(visit);

    /// <summary>A visit evaluated on its own: what its own columns say, with no other visit to count.</summary>
    public static VisitEpisodeFacts Alone(Visit visit) => Compute([visit], BatchHistory.Empty, _ => PayerProfileDefaults, null)._byVisit[visit];

    private static readonly PayerProfile PayerProfileDefaults = new() { PayerId = "" };

    /// <param name="visits">The batch's visits in input order.</param>
    /// <param name="profileOf">The visit's payer profile (for the summary's plan ends and progress-report interval).</param>
    public static EpisodeFacts Compute(IReadOnlyList<Visit> visits, BatchHistory history, Func<Visit, PayerProfile> profileOf, WorkCount? work)
    {
        var facts = new EpisodeFacts();
        var byPatient = new Dictionary<string, List<Visit>>(StringComparer.Ordinal);
        foreach (var v in visits)
        {
            if (!byPatient.TryGetValue(v.PatientId, out var list)) byPatient[v.PatientId] = list = [];
            list.Add(v);
        }
        var summary = new EpisodeSummary();
        var anyFacts = false;
        DateOnly? asOf = null;
        foreach (var (patient, batch) in byPatient)
        {
            anyFacts |= facts.ComputePatient(patient, batch, history, profileOf, work, summary);
            foreach (var v in batch)
                if (asOf is not { } a || v.DateOfService > a) asOf = v.DateOfService;
        }
        if (anyFacts && asOf is { } at)
        {
            summary.AsOf = at;
            summary.Complete();
            facts.Summary = summary;
        }
        return facts;
    }

    // Returns whether anything of the patient's episodes is known (stored or stated).
    private bool ComputePatient(string patient, List<Visit> batch, BatchHistory history, Func<Visit, PayerProfile> profileOf, WorkCount? work, EpisodeSummary summary)
    {
        // What the batch states, merged per plan start and authorisation number (a later visit's non-null fields win).
        var statedPlans = new SortedDictionary<DateOnly, PlanOfCare>();
        var statedAuths = new Dictionary<string, Authorization>(StringComparer.Ordinal);
        var statedAuthOrder = new List<string>();
        var anyEpisodeColumns = false;
        foreach (var v in batch)
        {
            if (v.Episode is { } ep)
            {
                anyEpisodeColumns |= ep.StartOfCare is not null || ep.PocStart is not null || ep.ProgressReport;
                if (ep.Plan is { } plan)
                    statedPlans[plan.Start] = statedPlans.TryGetValue(plan.Start, out var had) ? Merge(had, plan) : plan;
            }
            if (v.Authorization is { } a)
            {
                anyEpisodeColumns = true;
                var auth = new Authorization(a.Number, a.Start, a.End, a.Visits, v.PayerId);
                if (statedAuths.TryGetValue(a.Number, out var had)) statedAuths[a.Number] = Merge(had, auth);
                else { statedAuths[a.Number] = auth; statedAuthOrder.Add(a.Number); }
            }
        }
        if (statedPlans.Count > 0 || statedAuths.Count > 0)
            EpisodeWrites.Add((patient, new PatientEpisode { Plans = [.. statedPlans.Values], Authorizations = [.. statedAuthOrder.Select(n => statedAuths[n])] }));

        // Stored facts, with the batch's replacing the stored ones of the same key.
        var stored = history.Episodes.GetValueOrDefault(patient) ?? PatientEpisode.Empty;
        var plans = new SortedDictionary<DateOnly, PlanOfCare>();
        foreach (var p in stored.Plans) plans[p.Start] = plans.TryGetValue(p.Start, out var had) ? Merge(had, p) : p;
        foreach (var p in statedPlans.Values) plans[p.Start] = plans.TryGetValue(p.Start, out var had) ? Merge(had, p) : p;
        var planList = plans.Values.ToArray();
        var auths = new Dictionary<string, Authorization>(StringComparer.Ordinal);
        foreach (var a in stored.Authorizations) auths[a.Number] = auths.TryGetValue(a.Number, out var had) ? Merge(had, a) : a;
        foreach (var a in statedAuths.Values) auths[a.Number] = auths.TryGetValue(a.Number, out var had) ? Merge(had, a) : a;
        var authList = auths.Values.ToList();

        // The visit ledger: stored visits the batch does not audit again, then the batch's (a
        // redelivered or replaced blob's visits are in both; they count once, as the batch's).
        var batchIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var v in batch) batchIds.Add(v.VisitId);
        var storedVisits = history.Visits.GetValueOrDefault(patient) ?? [];
        var entries = new List<Entry>(storedVisits.Count + batch.Count);
        var seenStored = new HashSet<string>(StringComparer.Ordinal);
        for (var i = storedVisits.Count - 1; i >= 0; i--)
        {
            // The ledger is keyed by visit id; should a list hold one twice, its last entry is the one kept.
            var s = storedVisits[i];
            if (batchIds.Contains(s.VisitId) || !seenStored.Add(s.VisitId)) continue;
            entries.Add(new Entry(s.DateOfService, 0, i, s.PayerId, s.AuthNumber, s.ProgressReport, null));
        }

        var resolved = new (Authorization? Auth, bool Named)[batch.Count];
        var batchSeen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < batch.Count; i++)
        {
            var v = batch[i];
            Authorization? auth = null;
            var named = v.Authorization is not null;
            if (named) auth = auths[v.Authorization!.Number];
            else
            {
                foreach (var a in authList)
                {
                    work?.Episode(1);
                    if (a.PayerId is { } payer && !string.Equals(payer, v.PayerId, StringComparison.OrdinalIgnoreCase)) continue;
                    if (!VisitEpisodeFacts.Covers(a, v.DateOfService)) continue;
                    if (auth is null || (a.Start ?? DateOnly.MinValue) > (auth.Start ?? DateOnly.MinValue)) auth = a;
                }
            }
            resolved[i] = (auth, named);
            VisitWrites.Add((patient, new EpisodeVisit(v.VisitId, v.DateOfService, v.PayerId, auth?.Number, v.Episode?.ProgressReport == true, StoredLineMinutes.Of(v))));
            // A visit id twice in one batch counts once.
            if (batchSeen.Add(v.VisitId))
                entries.Add(new Entry(v.DateOfService, 1, i, v.PayerId, auth?.Number, v.Episode?.ProgressReport == true, v));
        }

        // One sort of the patient's visits: by date, stored before the batch's on a date, then in order.
        work?.Episode(entries.Count);
        entries.Sort(static (a, b) =>
        {
            var c = a.Date.CompareTo(b.Date);
            if (c != 0) return c;
            c = a.Source.CompareTo(b.Source);
            return c != 0 ? c : a.Index.CompareTo(b.Index);
        });

        // One walk: ordinals per authorisation and per payer and year, treatment days, report days.
        var authCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var yearCounts = new Dictionary<(string Payer, int Year), int>();
        var authOrdinal = new int[batch.Count];
        var yearOrdinal = new int[batch.Count];
        var days = new List<DateOnly>();
        var reportDays = new List<DateOnly>();
        foreach (var e in entries)
        {
            work?.Episode(1);
            if (days.Count == 0 || days[^1] != e.Date) days.Add(e.Date);
            if (e.ProgressReport && (reportDays.Count == 0 || reportDays[^1] != e.Date)) reportDays.Add(e.Date);
            var yearKey = (e.Payer.ToLowerInvariant(), e.Date.Year);
            var year = yearCounts[yearKey] = yearCounts.GetValueOrDefault(yearKey) + 1;
            var onAuth = 0;
            if (e.AuthNumber is { } number) onAuth = authCounts[number] = authCounts.GetValueOrDefault(number) + 1;
            if (e.Visit is null) continue;
            authOrdinal[e.Index] = onAuth;
            yearOrdinal[e.Index] = year;
        }
        // A duplicate visit id in the batch takes the ordinals of its first occurrence.
        var firstOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < batch.Count; i++)
        {
            if (!firstOf.TryAdd(batch[i].VisitId, i))
            {
                authOrdinal[i] = authOrdinal[firstOf[batch[i].VisitId]];
                yearOrdinal[i] = yearOrdinal[firstOf[batch[i].VisitId]];
            }
        }

        var dayArray = days.ToArray();
        var reportArray = reportDays.ToArray();
        Visit? latest = null;
        VisitEpisodeFacts? latestFacts = null;
        for (var i = 0; i < batch.Count; i++)
        {
            var v = batch[i];
            var date = v.DateOfService;
            var planIndex = LastAtOrBefore(planList, date, p => p.Start, work);
            var plan = planIndex >= 0 ? planList[planIndex] : null;
            var startOfCare = v.Episode?.StartOfCare ?? plan?.StartOfCare ?? plan?.Start;
            var (day, lastReport) = TreatmentDay(dayArray, reportArray, startOfCare, date, inclusiveReport: false, work);
            var reportThatDay = BinaryIndexOf(reportArray, date, work) >= 0;
            var (auth, named) = resolved[i];
            var f = new VisitEpisodeFacts(plan, startOfCare, day, lastReport, reportThatDay, auth, named, auth is null ? 0 : authOrdinal[i],
                auth is null ? 0 : authCounts.GetValueOrDefault(auth.Number), yearOrdinal[i]);
            _byVisit[v] = f;
            if (latest is null || date > latest.DateOfService) { latest = v; latestFacts = f; }
        }

        // The summary's picture: authorisations the batch used, the plan ending, a progress report due next.
        var touched = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < batch.Count; i++)
        {
            if (resolved[i].Auth is not { } a || !touched.Add(a.Number)) continue;
            var used = authCounts.GetValueOrDefault(a.Number);
            summary.Authorizations.Add(new AuthorizationLeft
            {
                PatientId = patient, PayerId = a.PayerId ?? batch[i].PayerId, Number = a.Number, End = a.End,
                VisitsAuthorized = a.Visits, VisitsUsed = used, VisitsLeft = a.Visits is { } n ? Math.Max(0, n - used) : null,
            });
        }
        if (latest is not null)
        {
            var profile = profileOf(latest).Episodes;
            foreach (var p in planList)
                if (PlanEnds(p, profile.Certification) is { } ends)
                    summary.PlanCandidates.Add(new PlanEnding { PatientId = patient, PayerId = latest.PayerId, PocStart = p.Start, Ends = ends });
            if (profile.ProgressReportEveryTreatmentDays is { } every)
            {
                var (since, _) = TreatmentDay(dayArray, reportArray, latestFacts!.StartOfCare, latest.DateOfService, inclusiveReport: true, work);
                if (since is { } count && count >= every)
                    summary.ProgressReportsDue.Add(new ProgressReportDue { PatientId = patient, PayerId = latest.PayerId, TreatmentDaysSinceReport = count });
            }
        }
        return anyEpisodeColumns || planList.Length > 0 || authList.Count > 0;
    }

    /// <summary>The plan's last day the rules allow: its end, or its start plus the longest span when certification is required, whichever is first.</summary>
    public static DateOnly? PlanEnds(PlanOfCare plan, CertificationPolicy certification)
    {
        DateOnly? byLength = certification.Required ? plan.Start.AddDays(certification.MaxPlanDays) : null;
        return (plan.End, byLength) switch
        {
            ({ } end, { } max) => end < max ? end : max,
            ({ } end, null) => end,
            (null, { } max) => max,
            _ => null,
        };
    }

    /// <summary>
    /// The index of <paramref name="date"/> in its progress-report period, with the report it counts
    /// from. The period starts the treatment day after the last report (on or after the start of
    /// care), else at the start of care, which is day 1 whether or not it is in the ledger. With
    /// <paramref name="inclusiveReport"/> a report on the date itself counts (0 days since it).
    /// </summary>
    private static (int? Day, DateOnly? Report) TreatmentDay(DateOnly[] days, DateOnly[] reports, DateOnly? startOfCare, DateOnly date, bool inclusiveReport, WorkCount? work)
    {
        var r = inclusiveReport ? UpperBound(reports, date, work) - 1 : LowerBound(reports, date, work) - 1;
        var upToDate = UpperBound(days, date, work);
        if (r >= 0 && (startOfCare is not { } soc || reports[r] >= soc))
            return (upToDate - UpperBound(days, reports[r], work), reports[r]);
        if (startOfCare is { } start)
            return (1 + upToDate - UpperBound(days, start, work), null);
        return (null, null);
    }

    private static int LastAtOrBefore<T>(T[] sorted, DateOnly date, Func<T, DateOnly> key, WorkCount? work)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            work?.Episode(1);
            var mid = (lo + hi) >>> 1;
            if (key(sorted[mid]) <= date) lo = mid + 1; else hi = mid;
        }
        return lo - 1;
    }

    // First index whose value is > date.
    private static int UpperBound(DateOnly[] sorted, DateOnly date, WorkCount? work) => LastAtOrBefore(sorted, date, d => d, work) + 1;

    // First index whose value is >= date.
    private static int LowerBound(DateOnly[] sorted, DateOnly date, WorkCount? work) => date == DateOnly.MinValue ? 0 : UpperBound(sorted, date.AddDays(-1), work);

    private static int BinaryIndexOf(DateOnly[] sorted, DateOnly date, WorkCount? work)
    {
        var i = UpperBound(sorted, date, work) - 1;
        return i >= 0 && sorted[i] == date ? i : -1;
    }

    private static PlanOfCare Merge(PlanOfCare had, PlanOfCare next) =>
        new(had.Start, next.End ?? had.End, next.CertifiedDate ?? had.CertifiedDate, next.StartOfCare ?? had.StartOfCare);

    private static Authorization Merge(Authorization had, Authorization next) =>
        new(had.Number, next.Start ?? had.Start, next.End ?? had.End, next.Visits ?? had.Visits, next.PayerId ?? had.PayerId);

    /// <param name="Source">0 = the stored ledger, 1 = this batch (after the stored visits of a date).</param>
    /// <param name="Index">The position in its source: the batch's input order, or the stored list's.</param>
    private readonly record struct Entry(DateOnly Date, int Source, int Index, string Payer, string? AuthNumber, bool ProgressReport, Visit? Visit);
}
