using ClaimAudit.Core.Episodes;
using ClaimAudit.Core.Payers;

namespace ClaimAudit.Core.Tests.Payers;

/// <summary>
/// Issue 10 / PRODUCT.md sections 9 and 10: a profile's episode fields (<c>certification</c>,
/// <c>progressReportEveryTreatmentDays</c>, <c>requiresAuthorization</c>, <c>yearlyVisitLimit</c>)
/// are read, validated, written back and shipped.
/// </summary>
public class EpisodePolicyJsonTests
{
    private static PayerProfileException Rejects(string json) => Assert.Throws<PayerProfileException>(() => PayerProfileJson.Parse(json));

    [Fact]
    public void Reads_the_episode_fields_into_the_profiles_policy()
    {
        var p = PayerProfileJson.ParseOne("""
            {"payerId": "acme", "certification": {"required": true, "withinDays": 45, "maxPlanDays": 120},
             "progressReportEveryTreatmentDays": 8, "requiresAuthorization": true, "yearlyVisitLimit": 25}
            """);

        Assert.Equal(new EpisodePolicy
        {
            Certification = new CertificationPolicy(true, 45, 120),
            ProgressReportEveryTreatmentDays = 8,
            RequiresAuthorization = true,
            YearlyVisitLimit = 25,
        }, p.Episodes);
    }

    [Fact]
    public void A_profile_that_says_nothing_has_every_episode_rule_off_and_certification_takes_30_and_90_days_by_default()
    {
        Assert.Equal(EpisodePolicy.None, PayerProfileJson.ParseOne("""{"payerId": "acme"}""").Episodes);
        var p = PayerProfileJson.ParseOne("""{"payerId": "acme", "certification": {"required": true}}""");
        Assert.Equal(new CertificationPolicy(true, 30, 90), p.Episodes.Certification);
    }

    [Theory]
    [InlineData("\"certification\": {\"required\": true, \"withinDays\": 0}", "certification.withinDays must be 1..365 days (got 0)")]
    [InlineData("\"certification\": {\"required\": true, \"withinDays\": 366}", "certification.withinDays must be 1..365 days (got 366)")]
    [InlineData("\"certification\": {\"required\": true, \"maxPlanDays\": 0}", "certification.maxPlanDays must be 1..730 days (got 0)")]
    [InlineData("\"certification\": {\"required\": true, \"maxPlanDays\": 731}", "certification.maxPlanDays must be 1..730 days (got 731)")]
    [InlineData("\"progressReportEveryTreatmentDays\": 0", "progressReportEveryTreatmentDays must be 1..100 treatment days (got 0)")]
    [InlineData("\"progressReportEveryTreatmentDays\": 101", "progressReportEveryTreatmentDays must be 1..100 treatment days (got 101)")]
    [InlineData("\"yearlyVisitLimit\": 0", "yearlyVisitLimit must be 1..1000 visits (got 0)")]
    [InlineData("\"yearlyVisitLimit\": 1001", "yearlyVisitLimit must be 1..1000 visits (got 1001)")]
    public void An_episode_field_out_of_bounds_is_refused_naming_the_field_and_its_bounds(string field, string message)
    {
        var ex = Rejects($$"""{"payerId": "acme", {{field}}}""");

        Assert.Equal([$"'acme': {message}"], ex.Errors);
    }

    [Theory]
    [InlineData("\"certification\": true", "certification has a value of the wrong type (expected {\"required\": true, \"withinDays\": 30, \"maxPlanDays\": 90})")]
    [InlineData("\"certification\": {\"required\": \"yes\"}", "certification.required has a value of the wrong type (expected true or false)")]
    [InlineData("\"certification\": {\"withinDays\": 30.5}", "certification.withinDays has a value of the wrong type (expected a whole number)")]
    [InlineData("\"progressReportEveryTreatmentDays\": \"ten\"", "progressReportEveryTreatmentDays has a value of the wrong type (expected a whole number)")]
    [InlineData("\"requiresAuthorization\": 1", "requiresAuthorization has a value of the wrong type (expected true or false)")]
    [InlineData("\"yearlyVisitLimit\": [30]", "yearlyVisitLimit has a value of the wrong type (expected a whole number)")]
    [InlineData("\"certification\": {\"required\": true, \"withinDay\": 30}", "certification: unknown field 'withinDay'")]
    public void An_episode_field_of_the_wrong_shape_is_refused_naming_it(string field, string message)
    {
        var ex = Rejects($$"""{"payerId": "acme", {{field}}}""");

        Assert.Contains(message, Assert.Single(ex.Errors));
    }

    [Fact]
    public void Validate_checks_a_policy_built_in_code_too()
    {
        var profile = new PayerProfile
        {
            PayerId = "acme",
            Episodes = new EpisodePolicy { Certification = new CertificationPolicy(true, -1, 1000), ProgressReportEveryTreatmentDays = -3, YearlyVisitLimit = 0 },
        };

        Assert.Equal(
        [
            "certification.withinDays must be 1..365 days (got -1)",
            "certification.maxPlanDays must be 1..730 days (got 1000)",
            "progressReportEveryTreatmentDays must be 1..100 treatment days (got -3)",
            "yearlyVisitLimit must be 1..1000 visits (got 0)",
        ], PayerProfileJson.Validate(profile));
    }

    [Fact]
    public void The_episode_fields_round_trip_through_the_profile_json_storage_keeps()
    {
        // Storage (PayerProfiles table), GET /api/payers/{id} and `claimaudit payers show` all use this JSON.
        var policy = new EpisodePolicy
        {
            Certification = new CertificationPolicy(true, 45, 120),
            ProgressReportEveryTreatmentDays = 8,
            RequiresAuthorization = true,
            YearlyVisitLimit = 25,
        };
        var text = PayerProfileJson.Serialize(new PayerProfile { PayerId = "acme", Episodes = policy });

        Assert.Contains("\"certification\": {", text);
        Assert.Contains("\"withinDays\": 45", text);
        Assert.Contains("\"progressReportEveryTreatmentDays\": 8", text);
        Assert.Contains("\"requiresAuthorization\": true", text);
        Assert.Contains("\"yearlyVisitLimit\": 25", text);
        var back = PayerProfileJson.ParseOne(text);
        Assert.Equal(policy, back.Episodes);
        Assert.Equal(text, PayerProfileJson.Serialize(back));

        // A profile without episode rules writes them off, and reads back the same.
        var none = PayerProfileJson.Serialize(new PayerProfile { PayerId = "plain" });
        Assert.Contains("\"requiresAuthorization\": false", none);
        Assert.DoesNotContain("yearlyVisitLimit", none);
        Assert.Equal(EpisodePolicy.None, PayerProfileJson.ParseOne(none).Episodes);
    }

    [Fact]
    public void Medicare_requires_a_certified_plan_within_30_days_of_90_at_most_and_a_progress_report_every_10_treatment_days()
    {
        // CMS Pub 100-02 (Benefit Policy Manual) ch. 15 §220.1.3: the plan of care is certified by the
        // physician/NPP within 30 days of the initial therapy treatment (later = delayed certification
        // with a reason); a certification interval is at most 90 calendar days.
        // §220.3: a progress report at least once every 10 treatment days.
        var medicare = PayerProfileSet.Shipped.Find("medicare")!.Episodes;

        Assert.Equal(new CertificationPolicy(true, 30, 90), medicare.Certification);
        Assert.Equal(10, medicare.ProgressReportEveryTreatmentDays);
        Assert.False(medicare.RequiresAuthorization);
        Assert.Null(medicare.YearlyVisitLimit);
    }

    [Fact]
    public void The_commercial_templates_require_authorisation_with_an_illustrative_yearly_limit_and_no_certification_rule()
    {
        var ama = PayerProfileSet.Shipped.Find("commercial-ama")!.Episodes;
        var strict = PayerProfileSet.Shipped.Find("commercial-strict")!.Episodes;

        Assert.Equal(new EpisodePolicy { RequiresAuthorization = true, YearlyVisitLimit = 30 }, ama);
        Assert.Equal(new EpisodePolicy { RequiresAuthorization = true, YearlyVisitLimit = 20 }, strict);
    }

    [Fact]
    public void The_shipped_profiles_episode_policies_survive_the_json_storage_keeps()
    {
        foreach (var shipped in ShippedPayers.Load())
            Assert.Equal(shipped.Episodes, PayerProfileJson.ParseOne(PayerProfileJson.Serialize(shipped)).Episodes);
    }
}
