using System.Text;
using ClaimAudit.Core.Episodes;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Pipeline;
using ClaimAudit.Core.Reporting;
using static ClaimAudit.Core.Tests.Episodes.EpisodeKit;

namespace ClaimAudit.Core.Tests.Episodes;

/// <summary>
/// Issue 10 on the large-batch path: partitions by patient give the same visit-ledger and episode
/// writes and the same episode picture as the whole batch, and the counting stays near-linear in a
/// patient's visits.
/// </summary>
public class EpisodePartitionTests
{
    private const string Header = "visit_id,patient_id,date_of_service,payer_id,cpt_code,minutes,one_on_one,divided_attention_minutes,provider_role,assistant_minutes,billed_units,billed_modifiers,diagnosis_codes,ytd_therapy_amount,note";

    /// <summary>40 patients, 6 visits each in March 2026; even ones Medicare, odd ones commercial-ama. Each row has a note long enough that the file is larger than the reader's sniffing prefix, so it really is partitioned.</summary>
    private static string Csv()
    {
        var note = string.Join(' ', Enumerable.Repeat("therapeutic exercise for quadriceps strength", 10));
        var csv = new StringBuilder(Header).Append('\n');
        for (var visit = 0; visit < 6; visit++)
            for (var p = 0; p < 40; p++)
                csv.Append($"V-{p}-{visit},P-{p},2026-03-{2 * visit + 1:00},{(p % 2 == 0 ? "medicare" : "commercial-ama")},97110,30,Y,,PT,,2,GP,R26.89,,{note}\n");
        // The batch's latest date belongs to patients with no episode facts at all (partitions of their own, some of them): the picture is still as of it.
        for (var q = 0; q < 30; q++) csv.Append($"V-late-{q},Q-{q},2026-03-20,medicare,97110,30,Y,,PT,,2,GP,R26.89,,{note}\n");
        return csv.ToString();
    }

    /// <summary>Stored: Medicare patients' plans (from 2026-01-05, some with an end date soon after the batch), commercial patients' authorisations of 8 visits with 3 used.</summary>
    private static BatchHistory HistoryFor(IReadOnlyList<ClaimAudit.Core.Model.Visit> visits)
    {
        var episodes = new Dictionary<string, PatientEpisode>();
        var ledger = new Dictionary<string, IReadOnlyList<EpisodeVisit>>();
        foreach (var patient in visits.Select(v => v.PatientId).Distinct().Where(p => p.StartsWith("P-", StringComparison.Ordinal)))
        {
            var p = int.Parse(patient[2..], System.Globalization.CultureInfo.InvariantCulture);
            if (p % 2 == 0)
            {
                episodes[patient] = new() { Plans = [new PlanOfCare(D("2026-01-05"), p % 4 == 0 ? D("2026-03-20") : null, D("2026-01-06"), D("2026-01-05"))] };
                ledger[patient] = [.. Enumerable.Range(0, p % 5).Select(i => new EpisodeVisit($"H-{p}-{i}", D("2026-02-02").AddDays(i), "medicare", null, false))];
            }
            else
            {
                episodes[patient] = new() { Authorizations = [new Authorization($"A-{p}", D("2026-01-01"), D("2026-06-30"), 8, "commercial-ama")] };
                ledger[patient] = [.. Enumerable.Range(0, 3).Select(i => new EpisodeVisit($"H-{p}-{i}", D("2026-02-02").AddDays(i), "commercial-ama", $"A-{p}", false))];
            }
        }
        return new BatchHistory { Episodes = episodes, Visits = ledger };
    }

    private static async Task<(List<string> Visits, List<string> Episodes, string Json, bool Partitioned)> AuditAsync(IngestLimits limits)
    {
        var engine = new AuditEngine(Profiles(), limits);
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(Csv()));
        var batch = engine.Ingest(input, InputFormat.Csv);
        using var outcome = await engine.EvaluateAsync(batch, (visits, _) => Task.FromResult(HistoryFor(visits)), "big", "clinic-1", DateTimeOffset.UnixEpoch);
        using var json = new MemoryStream();
        await ReportJson.WriteAsync(json, outcome.Report);
        var visitWrites = outcome.VisitWrites.Select(w => $"{w.PatientId} {w.Visit}").Order(StringComparer.Ordinal).ToList();
        var episodeWrites = outcome.EpisodeWrites.Select(w => $"{w.PatientId} {string.Join(";", w.Episode.Plans)} {string.Join(";", w.Episode.Authorizations)}").Order(StringComparer.Ordinal).ToList();
        Assert.True(batch.FileError is null, batch.FileError);
        return (visitWrites, episodeWrites, Encoding.UTF8.GetString(json.ToArray()), batch.IsPartitioned);
    }

    [Fact]
    public async Task A_partitioned_audit_gives_the_same_visit_writes_and_episode_picture_as_the_whole_batch()
    {
        var whole = await AuditAsync(IngestLimits.Unlimited);
        var parts = await AuditAsync(IngestLimits.Unlimited with { PartitionAboveBytes = 0, BytesPerPartition = 2 * 1024 });
        Assert.False(whole.Partitioned);
        Assert.True(parts.Partitioned);

        Assert.Equal(270, whole.Visits.Count);
        Assert.Contains("P-1 EpisodeVisit { VisitId = V-1-0, DateOfService = 03/01/2026, PayerId = commercial-ama, AuthNumber = A-1, ProgressReport = False, "
            + "Lines = [StoredLineMinutes { Code = 97110, Role = PT, Minutes = 30, DividedAttentionMinutes = 0, AssistantMinutes = 0, OneOnOne = True }] }", whole.Visits);
        Assert.Equal(whole.Visits, parts.Visits);
        Assert.Equal(whole.Episodes, parts.Episodes);
        Assert.Equal(whole.Json, parts.Json);

        // The picture is the whole batch's: as of its latest date (2026-03-20), plans ending by 2026-04-03.
        using var doc = System.Text.Json.JsonDocument.Parse(whole.Json);
        var e = doc.RootElement.GetProperty("summary").GetProperty("episodes");
        Assert.Equal("2026-03-20", e.GetProperty("asOf").GetString());
        Assert.Equal(20, e.GetProperty("authorizations").GetArrayLength());
        Assert.All(e.GetProperty("authorizations").EnumerateArray(), a => Assert.Equal(0, a.GetProperty("visitsLeft").GetInt32()));
        Assert.Equal(10, e.GetProperty("plansEnding").GetArrayLength());
        Assert.NotEqual(0, e.GetProperty("progressReportsDue").GetArrayLength());
    }

    [Fact]
    public void The_history_spill_carries_visit_and_episode_writes_with_their_nulls()
    {
        using var spill = new HistorySpill();
        (string, EpisodeVisit)[] visits = [("P-1", new EpisodeVisit("V-1", D("2026-03-02"), "medicare", null, true)), ("P-2", new EpisodeVisit("V-2", D("2026-03-03"), "commercial-ama", "A-7", false))];
        (string, PatientEpisode)[] episodes =
        [
            ("P-1", new PatientEpisode
            {
                Plans = [new PlanOfCare(D("2026-01-05"), null, D("2026-01-06"), null), new PlanOfCare(D("2026-04-05"), D("2026-06-30"), null, D("2026-01-05"))],
                Authorizations = [new Authorization("A-1", null, D("2026-03-31"), null), new Authorization("A-2", D("2026-01-01"), null, 12, "medicare")],
            }),
        ];
        spill.Add([], [], visits, episodes);
        spill.Add([], [], [("P-3", new EpisodeVisit("V-3", D("2026-03-04"), "medicare", "A-9", false))], []);
        var (_, _, readVisits, readEpisodes) = spill.Complete();
        Assert.Equal([.. visits, ("P-3", new EpisodeVisit("V-3", D("2026-03-04"), "medicare", "A-9", false))], readVisits.ToArray());
        var (patient, episode) = Assert.Single(readEpisodes);
        Assert.Equal("P-1", patient);
        Assert.Equal(episodes[0].Item2.Plans, episode.Plans);
        Assert.Equal(episodes[0].Item2.Authorizations, episode.Authorizations);
    }

    /// <summary>
    /// Issue 14's lesson for the episode counting: one patient's visits are sorted once and each
    /// visit reads its counts by binary search, so the steps grow as v log v, not v². Counted, not timed.
    /// </summary>
    [Fact]
    public void One_patients_many_visits_stay_near_linear()
    {
        long Steps(int visits)
        {
            var work = new WorkCount();
            var engine = new AuditEngine(Profiles(), rules: null) { Work = work };
            var first = D("2026-01-01");
            var batch = Enumerable.Range(0, visits)
                .Select(i => Visit($"V-{i}", first.AddDays(i % 365).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), i % 2 == 0 ? "medicare" : "commercial-ama",
                    episode: i == 0 ? new VisitEpisode { PocStart = first, PocCertifiedDate = first } : null,
                    auth: i == 1 ? new VisitAuthorization("A-1", first, null, 100) : null))
                .ToArray();
            // Half the patient's visits stored, half in the batch.
            var stored = batch.Where((_, i) => i % 4 == 3).Select(v => new EpisodeVisit("S-" + v.VisitId, v.DateOfService, v.PayerId, null, false)).ToList();
            _ = Audit(engine, History(stored), batch).Report.Summary;
            return work.EpisodeSteps;
        }

        var small = Steps(2_000);
        var large = Steps(16_000);
        Assert.True(small > 0);
        // 8 times the visits: v log v gives about 8 × 1.3; a per-visit scan of the patient's visits would give 64.
        Assert.True(large < small * 12, $"8× the visits took {(double)large / small:0.0}× the steps ({small} → {large})");
    }
}

/// <summary>Partition summaries merge into the whole batch's episode picture.</summary>
public class EpisodeSummaryMergeTests
{
    [Fact]
    public void The_picture_is_as_of_the_whole_batchs_latest_date_even_when_a_part_without_episode_facts_holds_it()
    {
        var withFacts = new ReportSummary
        {
            Visits = 1, LatestDateOfService = D("2026-03-11"),
            Episodes = new EpisodeSummary
            {
                AsOf = D("2026-03-11"),
                // Ends 2026-03-24: within 14 days of 2026-03-11 and of 2026-03-20 alike; the other ends 2026-03-12, before 2026-03-20.
                PlanCandidates =
                [
                    new PlanEnding { PatientId = "P-1", PayerId = "medicare", PocStart = D("2026-01-05"), Ends = D("2026-03-24") },
                    new PlanEnding { PatientId = "P-2", PayerId = "medicare", PocStart = D("2026-01-05"), Ends = D("2026-03-12") },
                ],
            },
        };
        var withoutFacts = new ReportSummary { Visits = 1, LatestDateOfService = D("2026-03-20") };

        var merged = new ReportSummary();
        merged.Add(withoutFacts);
        merged.Add(withFacts);
        merged.CompleteParts();

        Assert.Equal(D("2026-03-20"), merged.Episodes!.AsOf);
        Assert.Equal(["P-1"], merged.Episodes.PlansEnding.Select(p => p.PatientId));
    }
}
