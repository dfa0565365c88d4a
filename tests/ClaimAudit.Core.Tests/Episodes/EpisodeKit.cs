using ClaimAudit.Core.Episodes;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Reporting;
using ClaimAudit.Core.Tests.Rules;

namespace ClaimAudit.Core.Tests.Episodes;

/// <summary>
/// Episode test kit: the shipped profiles with the episode policies of the shared design (the
/// "ingest" helper ships them in the profile JSON; here they are set on the profile objects), visits
/// built directly, and a pretend store that keeps what each audit tells storage to remember.
/// </summary>
internal static class EpisodeKit
{
    /// <summary>Medicare: certification within 30 days, plans of at most 90 (CMS Pub 100-02 ch. 15 §220.1.3); a progress report every 10 treatment days (§220.3).</summary>
    public static readonly EpisodePolicy Medicare = new()
    {
        Certification = new CertificationPolicy(Required: true, WithinDays: 30, MaxPlanDays: 90),
        ProgressReportEveryTreatmentDays = 10,
    };

    /// <summary>commercial-ama: prior authorisation and an illustrative yearly limit of 30 visits.</summary>
    public static readonly EpisodePolicy Commercial = new() { RequiresAuthorization = true, YearlyVisitLimit = 30 };

    public static PayerProfileSet Profiles(EpisodePolicy? commercial = null)
    {
        var shipped = PayerProfileSet.Shipped;
        return shipped.With(
        [
            shipped.Find("medicare")! with { Episodes = Medicare },
            shipped.Find("commercial-ama")! with { Episodes = commercial ?? Commercial },
        ]);
    }

    public static AuditEngine Engine(EpisodePolicy? commercial = null) => new(Profiles(commercial));

    public static DateOnly D(string date) => DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

    public static Visit Visit(string id, string date, string payer = "medicare", string patient = "P-1", VisitEpisode? episode = null, VisitAuthorization? auth = null)
    {
        var v = RuleKit.Visit(id, patient, payer, date, null, RuleKit.Line("97110", 30, billed: 2));
        v.Episode = episode;
        v.Authorization = auth;
        return v;
    }

    public static AuditOutcome Audit(AuditEngine engine, BatchHistory history, params Visit[] visits) =>
        engine.Evaluate(new IngestResult { Visits = visits, RejectedRows = [], NoteColumn = false }, history, "batch-1", "clinic-1", DateTimeOffset.UnixEpoch);

    /// <summary>Findings of one rule by visit id.</summary>
    public static Dictionary<string, List<FindingReport>> Findings(AuditOutcome outcome, string ruleId) =>
        outcome.Report.Visits.ToDictionary(v => v.VisitId, v => v.Findings.Where(f => f.RuleId == ruleId).ToList());

    public static BatchHistory History(IEnumerable<EpisodeVisit>? visits = null, PatientEpisode? episode = null, string patient = "P-1") => new()
    {
        Visits = new Dictionary<string, IReadOnlyList<EpisodeVisit>> { [patient] = [.. visits ?? []] },
        Episodes = episode is null ? new Dictionary<string, PatientEpisode>() : new Dictionary<string, PatientEpisode> { [patient] = episode },
    };

    /// <summary>
    /// What the storage helper does with an outcome, in memory: visit-ledger entries overwrite by
    /// visit id, plans and authorisations are upserted with non-null fields winning.
    /// </summary>
    internal sealed class Store
    {
        private readonly Dictionary<string, Dictionary<string, EpisodeVisit>> _visits = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (SortedDictionary<DateOnly, PlanOfCare> Plans, Dictionary<string, Authorization> Auths)> _episodes = new(StringComparer.Ordinal);

        public void Save(AuditOutcome outcome)
        {
            foreach (var (patient, visit) in outcome.VisitWrites)
            {
                if (!_visits.TryGetValue(patient, out var byId)) _visits[patient] = byId = new(StringComparer.Ordinal);
                byId[visit.VisitId] = visit;
            }
            foreach (var (patient, episode) in outcome.EpisodeWrites)
            {
                if (!_episodes.TryGetValue(patient, out var e)) _episodes[patient] = e = (new(), new(StringComparer.Ordinal));
                foreach (var p in episode.Plans)
                    e.Plans[p.Start] = e.Plans.TryGetValue(p.Start, out var had) ? new(p.Start, p.End ?? had.End, p.CertifiedDate ?? had.CertifiedDate, p.StartOfCare ?? had.StartOfCare) : p;
                foreach (var a in episode.Authorizations)
                    e.Auths[a.Number] = e.Auths.TryGetValue(a.Number, out var had) ? new(a.Number, a.Start ?? had.Start, a.End ?? had.End, a.Visits ?? had.Visits, a.PayerId ?? had.PayerId) : a;
            }
        }

        public BatchHistory History() => new()
        {
            Visits = _visits.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<EpisodeVisit>)[.. kv.Value.Values]),
            Episodes = _episodes.ToDictionary(kv => kv.Key, kv => new PatientEpisode { Plans = [.. kv.Value.Plans.Values], Authorizations = [.. kv.Value.Auths.Values] }),
        };
    }
}

/// <summary>
/// A batch on which each of the nine episode rules fires at least once, under
/// <see cref="EpisodeKit.Profiles"/> with a commercial yearly limit of 3: the rule catalog's
/// "every finding carries its rule's id and severity" check runs the episode rules on it.
/// </summary>
internal static class EpisodeBroadBatch
{
    public static readonly EpisodePolicy Commercial = new() { RequiresAuthorization = true, YearlyVisitLimit = 3 };

    public static IngestResult Batch()
    {
        static VisitEpisode Plan(string start, string? end = null, string? certified = null) => new()
        {
            PocStart = EpisodeKit.D(start), PocEnd = end is null ? null : EpisodeKit.D(end), PocCertifiedDate = certified is null ? null : EpisodeKit.D(certified),
        };
        var visits = new List<Visit>
        {
            EpisodeKit.Visit("E-notcert", "2026-02-05", patient: "E-1", episode: Plan("2026-01-05")),
            EpisodeKit.Visit("E-delayed", "2026-02-12", patient: "E-2", episode: Plan("2026-01-05", certified: "2026-02-10")),
            EpisodeKit.Visit("E-expired", "2026-02-02", patient: "E-3", episode: Plan("2026-01-05", end: "2026-02-01", certified: "2026-01-06")),
            EpisodeKit.Visit("E-noauth", "2026-02-02", "commercial-ama", patient: "E-5"),
            EpisodeKit.Visit("E-expauth", "2026-02-02", "commercial-ama", patient: "E-6", auth: new VisitAuthorization("X-1", EpisodeKit.D("2026-01-01"), EpisodeKit.D("2026-01-31"), null)),
        };
        for (var day = 1; day <= 11; day++)
            visits.Add(EpisodeKit.Visit($"E-progress-{day}", $"2026-01-{day:00}", patient: "E-4", episode: day == 1 ? Plan("2026-01-01", certified: "2026-01-02") : null));
        for (var n = 1; n <= 4; n++)
            visits.Add(EpisodeKit.Visit($"E-auth-{n}", $"2026-03-0{n}", "commercial-ama", patient: "E-7", auth: n == 1 ? new VisitAuthorization("X-2", EpisodeKit.D("2026-03-01"), null, 2) : null));
        return new IngestResult { Visits = visits, RejectedRows = [], NoteColumn = false };
    }
}
