using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Units;

namespace ClaimAudit.Core.Tests.Payers;

public class PayerProfileJsonTests
{
    private const string Minimal = """{"payerId":"acme","unitMethod":"ama"}""";

    private static PayerProfileException Rejects(string json) => Assert.Throws<PayerProfileException>(() => PayerProfileJson.Parse(json));

    [Fact]
    public void Reads_one_profile_an_array_or_a_profiles_object()
    {
        Assert.Equal("acme", Assert.Single(PayerProfileJson.Parse(Minimal)).PayerId);
        Assert.Equal(["a", "b"], PayerProfileJson.Parse("""[{"payerId":"a"},{"payerId":"b"}]""").Select(p => p.PayerId));
        Assert.Equal(["a", "b"], PayerProfileJson.Parse("""{"profiles":[{"payerId":"a"},{"payerId":"b"}]}""").Select(p => p.PayerId));
    }

    [Fact]
    public void Normalises_payer_id_to_lower_case_and_codes_and_modifiers_to_upper_case()
    {
        var p = PayerProfileJson.ParseOne("""
            {"payerId":" Acme-PPO ","unitMethod":"STRICT","codeReplacements":{"97014":"g0283"},"distinctModifiers":["xu","59"],
             "ptpPairs":[{"column1":"97150","column2":"g0283","modifierAllowed":true}],"rates":{"g0283":11.5}}
            """);
        Assert.Equal("acme-ppo", p.PayerId);
        Assert.Equal(UnitMethod.Strict, p.UnitMethod);
        Assert.Equal("G0283", p.CodeReplacements["97014"]);
        Assert.Equal(["XU", "59"], p.DistinctModifiers);
        Assert.Equal("G0283", p.PtpPairs[0].Column2);
        Assert.Equal(11.5m, p.RateOf("G0283"));
    }

    [Fact]
    public void Missing_fields_take_the_defaults()
    {
        var p = PayerProfileJson.ParseOne("""{"payerId":"acme"}""");
        Assert.Equal(UnitMethod.Cms, p.UnitMethod);
        Assert.Null(p.TimedCodes);
        Assert.True(p.IsTimed("97112"));
        Assert.Equal(["59", "XE", "XS", "XP", "XU"], p.DistinctModifiers);
        Assert.Equal(1m, p.AssistantRate);
    }

    [Fact]
    public void Serialize_round_trips_the_shipped_profiles()
    {
        var shipped = ShippedPayers.Load();
        var text = PayerProfileJson.Serialize(shipped);
        var back = PayerProfileJson.Parse(text);
        Assert.Equal(text, PayerProfileJson.Serialize(back));
        var medicare = PayerProfileJson.Serialize(shipped.Single(p => p.PayerId == "medicare"));
        Assert.Contains("\"unitMethod\": \"cms\"", medicare);
        Assert.Contains("\"kxThresholds\": {", medicare);
        Assert.Equal(PayerProfileJson.Serialize(PayerProfileJson.ParseOne(medicare)), medicare);
    }

    [Theory]
    [InlineData("""{"payerId":"acme","ptpPairs":[{"column1":"97150","column2":"97110","modifierAllowed":true},{"column1":"97150","column2":"97112","modifierAllowed":true},{"column1":"9711","column2":"97112","modifierAllowed":true}]}""",
        "ptpPairs[2].column1 '9711' is not a 5-character code")]
    [InlineData("""{"payerId":"acme","unitMethod":"foo"}""", "unitMethod 'foo' must be cms, ama or strict")]
    [InlineData("""{"payerId":"acme","kxThresholds":{"20x6":2480}}""", "kxThresholds key '20x6' is not a year")]
    [InlineData("""{"payerId":"acme","assistantRate":1.5}""", "assistantRate must be between 0 and 1")]
    [InlineData("""{"payerId":"acme","kxThreshold":{"2026":2480}}""", "unknown field 'kxThreshold'")]
    [InlineData("""{"payerId":"acme","kxThresholds":{"2026":"lots"}}""", "kxThresholds.2026 has a value of the wrong type (expected a number)")]
    [InlineData("""{"payerId":"acme","dailyUnitLimits":{"97112":-1}}""", "dailyUnitLimits['97112'] must be 0 or more units")]
    [InlineData("""{"payerId":"acme","codeReplacements":{"97014":"G02"}}""", "codeReplacements['97014'] 'G02' is not a 5-character code")]
    [InlineData("""{"payerId":"acme","distinctModifiers":["59","XUU"]}""", "distinctModifiers[1] 'XUU' is not a 2-character modifier")]
    [InlineData("""{"payerId":"acme","ptpPairs":[{"column1":"97150","column2":"97110"}]}""", "ptpPairs[0].modifierAllowed is required (true or false)")]
    [InlineData("""{"name":"no id"}""", "payerId is required")]
    [InlineData("""{"payerId":"acme/../x"}""", "payerId 'acme/../x' must be 1-64 letters")]
    public void Validation_errors_name_the_field(string json, string error)
    {
        var ex = Rejects(json);
        Assert.Contains(ex.Errors, e => e.Contains(error, StringComparison.Ordinal));
        Assert.Contains(error, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_name_the_position_of_the_profile_in_the_file()
    {
        var ex = Rejects("""{"profiles":[{"payerId":"good"},{"payerId":"Acme","assistantRate":-0.1,"unitMethod":"x"}]}""");
        Assert.Equal(["profiles[1] ('acme'): unitMethod 'x' must be cms, ama or strict", "profiles[1] ('acme'): assistantRate must be between 0 and 1"], ex.Errors);
    }

    [Fact]
    public void Duplicate_payer_ids_in_one_file_are_refused()
    {
        var ex = Rejects("""[{"payerId":"acme"},{"payerId":"ACME"}]""");
        Assert.Contains("payerId 'acme' is already used by [0]", Assert.Single(ex.Errors));
    }

    [Theory]
    [InlineData("{\"payerId\": \"acme\",\n  \"rates\": {", "not valid JSON (line 2")]
    [InlineData("42", "must hold a profile object")]
    [InlineData("[]", "holds no profile")]
    public void Malformed_files_raise_a_clear_error(string json, string message) =>
        Assert.Contains(message, Rejects(json).Message);

    [Fact]
    public void Validate_checks_a_profile_built_in_code()
    {
        var profile = new PayerProfile
        {
            PayerId = "acme",
            KxThresholds = new Dictionary<string, decimal> { ["2026"] = 0m },
            ReviewThreshold = -5m,
            Rates = new Dictionary<string, decimal> { ["97110"] = -1m },
            PtpPairs = [new PtpPair("97110", "97110", true)],
        };
        Assert.Equal(
        [
            "ptpPairs[0] pairs '97110' with itself",
            "kxThresholds['2026'] must be a positive dollar amount",
            "reviewThreshold must be a positive dollar amount",
            "rates['97110'] must be 0 or more dollars",
        ], PayerProfileJson.Validate(profile));
    }
}
