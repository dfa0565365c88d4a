using ClaimAudit.Core.Episodes;
using ClaimAudit.Core.Model;
using static ClaimAudit.Core.Tests.Episodes.EpisodeKit;

namespace ClaimAudit.Core.Tests.Episodes;

/// <summary>
/// Issue 10: each episode rule fires and stays quiet as PRODUCT.md section 10 and the shared design
/// say. Golden values are worked by hand from the dates; Medicare's policy follows CMS Pub 100-02
/// ch. 15 §220.1.3 (certification within 30 days, plans of at most 90) and §220.3 (a progress
/// report at least every 10 treatment days).
/// </summary>
public class EpisodeRuleTests
{
    private static readonly AuditEngine Engine = EpisodeKit.Engine();

    private static VisitEpisode Plan(string start, string? end = null, string? certified = null, string? startOfCare = null, bool report = false) => new()
    {
        PocStart = D(start), PocEnd = end is null ? null : D(end), PocCertifiedDate = certified is null ? null : D(certified),
        StartOfCare = startOfCare is null ? null : D(startOfCare), ProgressReport = report,
    };

    // ---- POC_NOT_CERTIFIED / POC_CERT_DELAYED (§220.1.3) ------------------------------------

    [Fact]
    public void An_uncertified_plan_is_flagged_only_past_30_days_after_the_start_of_care()
    {
        // Start of care 2026-01-05 (the plan's start); +30 days = 2026-02-04, the last day allowed.
        var outcome = Audit(Engine, BatchHistory.Empty,
            Visit("V-30", "2026-02-04", episode: Plan("2026-01-05")),
            Visit("V-31", "2026-02-05", episode: Plan("2026-01-05")));
        var f = Findings(outcome, RuleIds.PocNotCertified);
        Assert.Empty(f["V-30"]);
        var finding = Assert.Single(f["V-31"]);
        Assert.Equal("error", finding.Severity);
        Assert.Equal("The visit on 2026-02-05 is 31 days after the start of care (2026-01-05), past the 30 days Medicare Part B allows to certify the plan, "
            + "and its plan of care (from 2026-01-05) has no certification date; therapy outside a certified plan of care is denied.", finding.Message);
        Assert.StartsWith("get the plan certified: have the physician or NPP sign and date the plan of care from 2026-01-05", finding.Fix);
        // The whole visit is at risk: its line's value.
        var visit = outcome.Report.Visits.Single(v => v.VisitId == "V-31");
        Assert.True(finding.Amount > 0);
        Assert.Equal(visit.Lines.Sum(l => l.Value), finding.Amount);
    }

    [Fact]
    public void A_plan_certified_in_time_is_not_flagged_and_one_certified_late_is_a_delayed_certification()
    {
        var onTime = Audit(Engine, BatchHistory.Empty, Visit("V-1", "2026-03-01", episode: Plan("2026-01-05", certified: "2026-01-20")));
        Assert.Empty(Findings(onTime, RuleIds.PocNotCertified)["V-1"]);
        Assert.Empty(Findings(onTime, RuleIds.PocCertDelayed)["V-1"]);

        // Certified 2026-02-10, 36 days after the start of care: before it, the visit is not certified; after it, delayed.
        var late = Audit(Engine, BatchHistory.Empty,
            Visit("V-before", "2026-02-09", episode: Plan("2026-01-05", certified: "2026-02-10")),
            Visit("V-after", "2026-02-12", episode: Plan("2026-01-05", certified: "2026-02-10")));
        Assert.Contains("was certified only on 2026-02-10, after the visit", Assert.Single(Findings(late, RuleIds.PocNotCertified)["V-before"]).Message);
        Assert.Empty(Findings(late, RuleIds.PocCertDelayed)["V-before"]);
        Assert.Empty(Findings(late, RuleIds.PocNotCertified)["V-after"]);
        var delayed = Assert.Single(Findings(late, RuleIds.PocCertDelayed)["V-after"]);
        Assert.Equal("warning", delayed.Severity);
        Assert.Contains("certified on 2026-02-10, 36 days after the start of care (2026-01-05)", delayed.Message);
    }

    [Fact]
    public void Without_a_start_of_care_or_a_plan_the_plan_rules_say_nothing()
    {
        var outcome = Audit(Engine, BatchHistory.Empty, Visit("V-1", "2026-06-01"));
        foreach (var rule in new[] { RuleIds.PocNotCertified, RuleIds.PocCertDelayed, RuleIds.PocExpired, RuleIds.ProgressReportDue })
            Assert.Empty(Findings(outcome, rule)["V-1"]);
    }

    [Fact]
    public void A_start_of_care_with_no_plan_past_30_days_is_not_certified()
    {
        var outcome = Audit(Engine, BatchHistory.Empty, Visit("V-1", "2026-03-01", episode: new VisitEpisode { StartOfCare = D("2026-01-05") }));
        Assert.Contains("no plan of care covers it", Assert.Single(Findings(outcome, RuleIds.PocNotCertified)["V-1"]).Message);
    }

    // ---- POC_EXPIRED (§220.1.3: at most 90 days) ------------------------------------------

    [Fact]
    public void A_visit_after_the_plans_end_or_past_90_days_is_outside_the_plan_unless_a_later_plan_covers_it()
    {
        var stored = new PatientEpisode { Plans = [new PlanOfCare(D("2026-01-05"), D("2026-03-01"), D("2026-01-10"), D("2026-01-05"))] };
        var outcome = Audit(Engine, History(episode: stored),
            Visit("V-end", "2026-03-01"), Visit("V-after", "2026-03-02"));
        Assert.Empty(Findings(outcome, RuleIds.PocExpired)["V-end"]);
        Assert.Equal("The visit on 2026-03-02 is after its plan of care's end date (2026-03-01), and no later plan covers it; Medicare Part B denies visits outside a current plan of care.",
            Assert.Single(Findings(outcome, RuleIds.PocExpired)["V-after"]).Message);

        // No end date: 2026-01-05 + 90 days = 2026-04-05 is the last day.
        var open = new PatientEpisode { Plans = [new PlanOfCare(D("2026-01-05"), null, D("2026-01-10"), null)] };
        var ninety = Audit(Engine, History(episode: open), Visit("V-90", "2026-04-05"), Visit("V-91", "2026-04-06"));
        Assert.Empty(Findings(ninety, RuleIds.PocExpired)["V-90"]);
        Assert.Contains("91 days after its plan of care started (2026-01-05), past the 90 days a plan may run", Assert.Single(Findings(ninety, RuleIds.PocExpired)["V-91"]).Message);

        // A later plan (stated by the batch) covers the visit.
        var renewed = Audit(Engine, History(episode: stored), Visit("V-new", "2026-03-02", episode: Plan("2026-03-02", certified: "2026-03-02", startOfCare: "2026-01-05")));
        Assert.Empty(Findings(renewed, RuleIds.PocExpired)["V-new"]);
        Assert.Empty(Findings(renewed, RuleIds.PocNotCertified)["V-new"]);
    }

    // ---- PROGRESS_REPORT_DUE (§220.3) -------------------------------------------------------

    private static List<EpisodeVisit> TreatmentDays(int count, string firstDate = "2026-01-05", int reportOnDay = 0)
    {
        var first = D(firstDate);
        return [.. Enumerable.Range(1, count).Select(day => new EpisodeVisit($"H-{day}", first.AddDays(2 * (day - 1)), "medicare", null, day == reportOnDay))];
    }

    [Fact]
    public void A_progress_report_is_due_on_the_11th_treatment_day_counting_the_earlier_days_in_history()
    {
        // Ten treatment days stored (2026-01-05 .. 2026-01-23, every other day), the start of care on day 1.
        var episode = new PatientEpisode { Plans = [new PlanOfCare(D("2026-01-05"), null, D("2026-01-06"), D("2026-01-05"))] };
        var history = History(TreatmentDays(10), episode);
        var outcome = Audit(Engine, history, Visit("V-11", "2026-01-25"));
        var finding = Assert.Single(Findings(outcome, RuleIds.ProgressReportDue)["V-11"]);
        Assert.Equal("The visit on 2026-01-25 is treatment day 11 since the start of care (2026-01-05); Medicare Part B requires a progress report at least every 10 treatment days, and this visit is not one.",
            finding.Message);
        Assert.Equal("write the progress report at this visit (by the therapist, not an assistant) and mark the visit's progress_report Y", finding.Fix);

        // Day 10 is not yet due; the 11th day as a progress report is not flagged.
        var day10 = Audit(Engine, History(TreatmentDays(9), episode), Visit("V-10", "2026-01-23"));
        Assert.Empty(Findings(day10, RuleIds.ProgressReportDue)["V-10"]);
        var report = Audit(Engine, history, Visit("V-11", "2026-01-25", episode: new VisitEpisode { ProgressReport = true }));
        Assert.Empty(Findings(report, RuleIds.ProgressReportDue)["V-11"]);
    }

    [Fact]
    public void A_progress_report_restarts_the_count_on_the_next_treatment_day()
    {
        // A report on day 5: days 6..11 are days 1..6 of the new period, so day 11 is not due; 10 days after the report are.
        var episode = new PatientEpisode { Plans = [new PlanOfCare(D("2026-01-05"), null, D("2026-01-06"), D("2026-01-05"))] };
        var outcome = Audit(Engine, History(TreatmentDays(10, reportOnDay: 5), episode), Visit("V-11", "2026-01-25"));
        Assert.Empty(Findings(outcome, RuleIds.ProgressReportDue)["V-11"]);
        var later = Audit(Engine, History(TreatmentDays(15, reportOnDay: 5), episode), Visit("V-16", "2026-02-04"));
        Assert.Contains("treatment day 11 since the last progress report (2026-01-13)", Assert.Single(Findings(later, RuleIds.ProgressReportDue)["V-16"]).Message);
    }

    // ---- AUTH_MISSING / AUTH_EXPIRED ---------------------------------------------------------

    [Fact]
    public void A_visit_with_no_authorization_covering_it_is_missing_one_and_a_named_one_outside_its_window_is_expired_not_both()
    {
        var stored = new PatientEpisode { Authorizations = [new Authorization("A-1", D("2026-02-01"), D("2026-02-28"), 12, "commercial-ama")] };
        var outcome = Audit(Engine, History(episode: stored),
            Visit("V-in", "2026-02-10", "commercial-ama"),
            Visit("V-out", "2026-03-02", "commercial-ama"),
            Visit("V-named", "2026-03-03", "commercial-ama", auth: new VisitAuthorization("A-1", null, null, null)),
            Visit("V-medicare", "2026-03-02"));
        var missing = Findings(outcome, RuleIds.AuthMissing);
        var expired = Findings(outcome, RuleIds.AuthExpired);
        Assert.Empty(missing["V-in"]);
        Assert.Empty(expired["V-in"]);
        Assert.StartsWith("request an authorization from", Assert.Single(missing["V-out"]).Fix);
        Assert.Contains("covers 2026-03-02", missing["V-out"][0].Message);
        Assert.Empty(missing["V-named"]);
        Assert.Contains("billed under authorization A-1, which runs from 2026-02-01 to 2026-02-28; the date is outside it", Assert.Single(expired["V-named"]).Message);
        // Medicare requires no authorisation.
        Assert.Empty(missing["V-medicare"]);
    }

    // ---- AUTH_EXCEEDED / VISIT_LIMIT_NEAR across three uploads -------------------------------

    [Fact]
    public void An_authorization_is_used_up_over_three_uploads_and_warned_of_before()
    {
        var store = new Store();
        // Upload 1 states the authorisation (6 visits) on its first visit; later uploads only name it.
        var auth = new VisitAuthorization("A-9", D("2026-01-01"), D("2026-06-30"), 6);
        var first = Audit(Engine, store.History(),
            Visit("V-1", "2026-01-05", "commercial-ama", auth: auth),
            Visit("V-2", "2026-01-07", "commercial-ama", auth: new VisitAuthorization("A-9", null, null, null)));
        store.Save(first);
        var second = Audit(Engine, store.History(),
            Visit("V-3", "2026-01-12", "commercial-ama"),
            Visit("V-4", "2026-01-14", "commercial-ama"));
        store.Save(second);
        var third = Audit(Engine, store.History(),
            Visit("V-5", "2026-01-19", "commercial-ama"),
            Visit("V-6", "2026-01-21", "commercial-ama"),
            Visit("V-7", "2026-01-23", "commercial-ama"));
        store.Save(third);

        Assert.All(new[] { first, second }, o => Assert.All(Findings(o, RuleIds.AuthExceeded).Values, Assert.Empty));
        var exceeded = Findings(third, RuleIds.AuthExceeded);
        Assert.Empty(exceeded["V-5"]);
        Assert.Empty(exceeded["V-6"]);
        var finding = Assert.Single(exceeded["V-7"]);
        Assert.Equal("This is visit 7 on authorization A-9, which allows 6 visits (counting earlier uploads); Commercial payer (AMA per-code units) denies visits beyond the authorized count.",
            finding.Message);
        Assert.Equal("request more visits from Commercial payer (AMA per-code units) on authorization A-9 before sending the claim", finding.Fix);

        // 6 - 3 = 3 left after visit 3: near; 2 visits left after 4, ..., 0 after 6; visit 2 leaves 4: quiet.
        Assert.Empty(Findings(first, RuleIds.VisitLimitNear)["V-2"]);
        Assert.Contains("authorization A-9 has 3 visits left after this one (visit 3 of 6)", Assert.Single(Findings(second, RuleIds.VisitLimitNear)["V-3"]).Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("0 visits left after this one (visit 6 of 6)", Assert.Single(Findings(third, RuleIds.VisitLimitNear)["V-6"]).Message);
        Assert.Empty(Findings(third, RuleIds.VisitLimitNear)["V-7"]);
        Assert.Equal("info", Findings(third, RuleIds.VisitLimitNear)["V-6"][0].Severity);

        // The visit ledger remembers the resolved authorisation of visits that did not name it.
        Assert.Equal("A-9", Assert.Single(second.VisitWrites, w => w.Visit.VisitId == "V-3").Visit.AuthNumber);
        var statedOnce = Assert.Single(first.EpisodeWrites);
        Assert.Equal(new Authorization("A-9", D("2026-01-01"), D("2026-06-30"), 6, "commercial-ama"), Assert.Single(statedOnce.Episode.Authorizations));
        Assert.Empty(second.EpisodeWrites);
    }

    [Fact]
    public void A_visit_in_history_with_the_same_visit_id_as_one_in_the_batch_is_not_counted_twice()
    {
        var store = new Store();
        var auth = new VisitAuthorization("A-2", D("2026-01-01"), null, 2);
        var batch = new[] { Visit("V-1", "2026-01-05", "commercial-ama", auth: auth), Visit("V-2", "2026-01-07", "commercial-ama") };
        var once = Audit(Engine, store.History(), batch);
        store.Save(once);
        // The same blob delivered again: its visits are in the stored ledger and in the batch.
        var again = Audit(Engine, store.History(), Visit("V-1", "2026-01-05", "commercial-ama", auth: auth), Visit("V-2", "2026-01-07", "commercial-ama"));
        Assert.All(Findings(again, RuleIds.AuthExceeded).Values, Assert.Empty);
        Assert.Equal(2, Assert.Single(again.Report.Summary.Episodes!.Authorizations).VisitsUsed);
        Assert.Equal(0, again.Report.Summary.Episodes!.Authorizations[0].VisitsLeft);
    }

    // ---- VISIT_LIMIT_REACHED ------------------------------------------------------------------

    [Fact]
    public void The_yearly_limit_counts_the_patients_visits_with_the_payer_in_the_calendar_year()
    {
        var engine = EpisodeKit.Engine(new EpisodePolicy { YearlyVisitLimit = 3 });
        // Stored: two 2026 visits with the payer, one 2025 visit with it, one 2026 visit with Medicare.
        var history = History(
        [
            new EpisodeVisit("H-1", D("2026-01-05"), "commercial-ama", null, false),
            new EpisodeVisit("H-2", D("2026-01-07"), "commercial-ama", null, false),
            new EpisodeVisit("H-old", D("2025-12-30"), "commercial-ama", null, false),
            new EpisodeVisit("H-mc", D("2026-01-08"), "medicare", null, false),
        ]);
        var outcome = Audit(engine, history, Visit("V-3", "2026-01-09", "commercial-ama"), Visit("V-4", "2026-01-12", "commercial-ama"));
        var reached = Findings(outcome, RuleIds.VisitLimitReached);
        Assert.Empty(reached["V-3"]);
        var finding = Assert.Single(reached["V-4"]);
        Assert.Contains("visit 4 with", finding.Message);
        Assert.Contains("in 2026 (counting earlier uploads), past the plan's yearly limit of 3 visits", finding.Message);
        Assert.Contains("0 visits left with", Assert.Single(Findings(outcome, RuleIds.VisitLimitNear)["V-3"]).Message);
        Assert.Empty(Findings(outcome, RuleIds.VisitLimitNear)["V-4"]);
    }
}
