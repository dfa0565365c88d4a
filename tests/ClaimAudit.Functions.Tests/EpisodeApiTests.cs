using ClaimAudit.Core;
using ClaimAudit.Core.Episodes;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Reporting;
using ClaimAudit.Storage;

namespace ClaimAudit.Functions.Tests;

/// <summary>
/// The episode routes (PRODUCT.md section 10): integrations send plans of care and authorisations apart
/// from the visits, under ETags as payer profiles are, each clinic seeing only its own; a front desk
/// reads what is stored with the visits used on each authorisation.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class EpisodeApiTests(AzuriteFixture azurite)
{
    private readonly FunctionFactory _functions = new(azurite);
    private const string Patient = "MRN 00412";

    private static Dictionary<string, string>? Headers(string? ifMatch, string? ifNoneMatch = null)
    {
        var headers = new Dictionary<string, string>();
        if (ifMatch is not null) headers["If-Match"] = ifMatch;
        if (ifNoneMatch is not null) headers["If-None-Match"] = ifNoneMatch;
        return headers.Count == 0 ? null : headers;
    }

    private async Task<HttpOutcome> PutAuth(string key, string number, string body, string? ifMatch = null, string? ifNoneMatch = null, string patient = Patient)
    {
        var request = Http.Request("PUT", $"/api/patients/{patient}/authorizations/{number}", body, "application/json", key, Headers(ifMatch, ifNoneMatch));
        return await Http.Run(request, await _functions.PutAuthorization().Run(request, patient, number, default));
    }

    private async Task<HttpOutcome> PutPlan(string key, string start, string body, string? ifMatch = null, string patient = Patient)
    {
        var request = Http.Request("PUT", $"/api/patients/{patient}/plans-of-care/{start}", body, "application/json", key, Headers(ifMatch));
        return await Http.Run(request, await _functions.PutPlanOfCare().Run(request, patient, start, default));
    }

    private async Task<HttpOutcome> Get(string? key, string patient = Patient)
    {
        var request = Http.Request("GET", $"/api/patients/{patient}/episode", apiKey: key);
        return await Http.Run(request, await _functions.GetEpisode().Run(request, patient, default));
    }

    private static AuditOutcome Outcome(IEnumerable<(string, EpisodeVisit)>? visits = null, IEnumerable<(string, PatientEpisode)>? episodes = null) => new()
    {
        Report = new AuditReport { BatchId = "b", ClinicId = "c", GeneratedAt = DateTimeOffset.UnixEpoch, Summary = new(), Visits = [], RejectedRows = [] },
        LedgerWrites = [],
        Fingerprints = [],
        VisitWrites = [.. visits ?? []],
        EpisodeWrites = [.. episodes ?? []],
    };

    [Fact]
    public async Task An_authorisation_is_created_read_replaced_under_its_ETag_and_a_stale_writer_gets_412()
    {
        var (_, key) = await azurite.NewClinicAsync();

        var created = await PutAuth(key, "AUTH-77", """{"start": "2026-03-01", "end": "4/30/2026", "visits": 12, "payerId": "Acme-Health"}""");
        Assert.Equal(201, created.Status);
        var etag1 = created.Header("ETag");
        Assert.False(string.IsNullOrEmpty(etag1));
        Assert.Equal(etag1, created.Json.GetProperty("etag").GetString());
        Assert.Equal("2026-04-30", created.Json.GetProperty("end").GetString());
        Assert.Equal("acme-health", created.Json.GetProperty("payerId").GetString());

        var read = await Get(key);
        Assert.Equal(200, read.Status);
        var auth = Assert.Single(read.Json.GetProperty("authorizations").EnumerateArray());
        Assert.Equal("AUTH-77", auth.GetProperty("number").GetString());
        Assert.Equal("2026-03-01", auth.GetProperty("start").GetString());
        Assert.Equal(12, auth.GetProperty("visits").GetInt32());
        Assert.Equal(0, auth.GetProperty("visitsUsed").GetInt32());
        Assert.Equal(etag1, auth.GetProperty("etag").GetString());

        var replaced = await PutAuth(key, "AUTH-77", """{"start": "2026-03-01", "end": "2026-05-31", "visits": 20}""", etag1);
        Assert.Equal(200, replaced.Status);
        var etag2 = replaced.Header("ETag");
        Assert.NotEqual(etag1, etag2);

        var lost = await PutAuth(key, "AUTH-77", """{"start": "2026-03-01", "visits": 1}""", etag1);
        Assert.Equal(412, lost.Status);
        Assert.StartsWith("application/problem+json", lost.Header("Content-Type"));
        Assert.Equal(412, (await PutAuth(key, "AUTH-77", """{"start": "2026-03-01"}""", ifNoneMatch: "*")).Status);
        Assert.Equal(412, (await PutAuth(key, "AUTH-NEW", """{"start": "2026-03-01"}""", ifMatch: "*")).Status);

        // A PUT replaces the whole authorisation: the payer the second body left out is gone.
        var now = Assert.Single((await Get(key)).Json.GetProperty("authorizations").EnumerateArray());
        Assert.Equal(20, now.GetProperty("visits").GetInt32());
        Assert.Equal("2026-05-31", now.GetProperty("end").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, now.GetProperty("payerId").ValueKind);
    }

    [Fact]
    public async Task A_plan_of_care_is_created_and_replaced_under_its_ETag()
    {
        var (_, key) = await azurite.NewClinicAsync();

        var created = await PutPlan(key, "2026-03-01", """{"end": "2026-05-29", "startOfCare": "2026-03-01"}""");
        Assert.Equal(201, created.Status);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, created.Json.GetProperty("certifiedDate").ValueKind);
        var certified = await PutPlan(key, "2026-03-01", """{"end": "2026-05-29", "startOfCare": "2026-03-01", "certifiedDate": "20260315"}""", created.Header("ETag"));
        Assert.Equal(200, certified.Status);
        Assert.Equal(412, (await PutPlan(key, "2026-03-01", "{}", created.Header("ETag"))).Status);
        Assert.Equal(201, (await PutPlan(key, "2026-06-01", "{}")).Status);

        var plans = (await Get(key)).Json.GetProperty("plansOfCare").EnumerateArray().ToList();
        Assert.Equal(["2026-03-01", "2026-06-01"], plans.Select(p => p.GetProperty("start").GetString()));
        Assert.Equal("2026-03-15", plans[0].GetProperty("certifiedDate").GetString());
        Assert.Equal(certified.Header("ETag"), plans[0].GetProperty("etag").GetString());
    }

    /// <summary>A body's dates read as a batch's date_of_service does (PRODUCT.md sections 2 and 13): one date, one reading.</summary>
    [Theory]
    [InlineData("2026-03-01")]
    [InlineData("3/1/2026")]
    [InlineData("3/1/26")]
    [InlineData("20260301")]
    [InlineData("2026-03-01T09:30:00")]
    [InlineData("46082")]
    public async Task An_authorisations_dates_read_as_date_of_service_does(string start)
    {
        var (_, key) = await azurite.NewClinicAsync();

        Assert.Equal(201, (await PutAuth(key, "AUTH-1", $$"""{"start": "{{start}}"}""")).Status);

        var stored = Assert.Single((await Get(key)).Json.GetProperty("authorizations").EnumerateArray());
        Assert.Equal("2026-03-01", stored.GetProperty("start").GetString());
    }

    [Theory]
    [InlineData("""{"start": "2026-02-30"}""", "'start' is not a date: \"2026-02-30\"")]
    [InlineData("""{"start": "2026-03-10", "end": "2026-03-01"}""", "'end' (2026-03-01) is before 'start' (2026-03-10)")]
    [InlineData("""{"start": "2026-03-01", "visits": 1001}""", "'visits' must be a whole number from 0 to 1000")]
    [InlineData("""{"start": "2026-03-01", "visits": -1}""", "'visits' must be a whole number from 0 to 1000")]
    [InlineData("""{"start": "2026-03-01", "visits": 2.5}""", "'visits' must be a whole number from 0 to 1000")]
    [InlineData("""{"start": "2026-03-01", "vists": 12}""", "unknown field 'vists'")]
    [InlineData("""{"end": "2026-03-01"}""", "'start' is required")]
    [InlineData("""{"start": "2026-03-01", "payerId": "acme health"}""", "'payerId' must be a payer id")]
    [InlineData("""{"start": """, "the body is not valid JSON")]
    [InlineData("""[]""", "the body must be a JSON object")]
    public async Task A_bad_authorisation_body_is_400_naming_what_is_wrong_and_nothing_is_stored(string body, string expected)
    {
        var (_, key) = await azurite.NewClinicAsync();

        var refused = await PutAuth(key, "AUTH-1", body);

        Assert.Equal(400, refused.Status);
        Assert.StartsWith("application/problem+json", refused.Header("Content-Type"));
        Assert.Contains(expected, refused.Json.GetProperty("detail").GetString());
        Assert.Empty((await Get(key)).Json.GetProperty("authorizations").EnumerateArray());
    }

    [Theory]
    [InlineData("2026-3-1", "{}", "'2026-3-1', is not a date as yyyy-MM-dd")]
    [InlineData("2026-03-10", """{"end": "2026-03-01"}""", "'end' (2026-03-01) is before the plan's start in the route (2026-03-10)")]
    [InlineData("2026-03-10", """{"certifiedDate": "soon"}""", "'certifiedDate' is not a date")]
    [InlineData("2026-03-10", """{"start": "2026-03-10"}""", "unknown field 'start'")]
    public async Task A_bad_plan_of_care_is_400_naming_what_is_wrong(string start, string body, string expected)
    {
        var (_, key) = await azurite.NewClinicAsync();

        var refused = await PutPlan(key, start, body);

        Assert.Equal(400, refused.Status);
        Assert.Contains(expected, refused.Json.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_clinic_sees_and_changes_only_its_own_patients_episodes()
    {
        var (_, owner) = await azurite.NewClinicAsync();
        var (_, other) = await azurite.NewClinicAsync();
        var created = await PutAuth(owner, "AUTH-1", """{"start": "2026-03-01", "visits": 12}""");
        Assert.Equal(201, created.Status);

        var seen = (await Get(other)).Json;
        Assert.Empty(seen.GetProperty("authorizations").EnumerateArray());
        Assert.Empty(seen.GetProperty("plansOfCare").EnumerateArray());
        // The owner's ETag means nothing in another clinic: nothing there to match.
        Assert.Equal(412, (await PutAuth(other, "AUTH-1", """{"start": "2026-03-01", "visits": 99}""", created.Header("ETag"))).Status);
        Assert.Equal(12, Assert.Single((await Get(owner)).Json.GetProperty("authorizations").EnumerateArray()).GetProperty("visits").GetInt32());
        Assert.Equal(401, (await Get("ca_not-a-key")).Status);
    }

    [Fact]
    public async Task A_batchs_plans_merge_with_a_PUTs_plan_and_its_visits_are_counted_on_the_authorisation()
    {
        var (clinicId, key) = await azurite.NewClinicAsync();
        var history = new HistoryStore(azurite.Storage);
        Assert.Equal(201, (await PutPlan(key, "2026-03-01", """{"certifiedDate": "2026-03-12", "startOfCare": "2026-03-01"}""")).Status);
        Assert.Equal(201, (await PutAuth(key, "A/1", """{"start": "2026-03-01", "end": "2026-06-30", "visits": 12, "payerId": "acme"}""")).Status);

        // A batch states the plan's end (not its certification) and bills three visits, two under A/1.
        var start = new DateOnly(2026, 3, 1);
        await history.SaveAsync(clinicId, Outcome(
            [
                (Patient, new EpisodeVisit("V-1", start.AddDays(2), "acme", "A/1", false)),
                (Patient, new EpisodeVisit("V-2", start.AddDays(4), "acme", "A/1", false)),
                (Patient, new EpisodeVisit("V-3", start.AddDays(6), "acme", null, false)),
            ],
            [(Patient, new PatientEpisode { Plans = [new PlanOfCare(start, new DateOnly(2026, 5, 29), null, null)] })]), "batch-1", "v1");

        var episode = (await Get(key)).Json;
        var plan = Assert.Single(episode.GetProperty("plansOfCare").EnumerateArray());
        Assert.Equal("2026-05-29", plan.GetProperty("end").GetString());
        Assert.Equal("2026-03-12", plan.GetProperty("certifiedDate").GetString());
        Assert.Equal("2026-03-01", plan.GetProperty("startOfCare").GetString());
        var auth = Assert.Single(episode.GetProperty("authorizations").EnumerateArray());
        Assert.Equal(2, auth.GetProperty("visitsUsed").GetInt32());
        Assert.Equal(10, auth.GetProperty("visitsLeft").GetInt32());

        // The next batch's history holds the merged plan and what the API stored.
        var visit = new Visit { VisitId = "V-4", PatientId = Patient, PayerId = "acme", DateOfService = new DateOnly(2026, 3, 20) };
        visit.Lines.Add(new ServiceLine { Code = "97110", Minutes = 15 });
        var loaded = await history.LoadAsync(clinicId, [visit], "batch-2");
        Assert.Equal([new PlanOfCare(start, new DateOnly(2026, 5, 29), new DateOnly(2026, 3, 12), start)], loaded.Episodes[Patient].Plans);
        Assert.Equal([new Authorization("A/1", start, new DateOnly(2026, 6, 30), 12, "acme")], loaded.Episodes[Patient].Authorizations);
        Assert.Equal(3, loaded.Visits[Patient].Count);
    }
}
