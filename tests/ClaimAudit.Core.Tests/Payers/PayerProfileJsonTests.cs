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

    [Fact]
    public void Untimed_and_quantity_codes_are_read_normalised_and_written_back()
    {
        // Section 9: untimedCodes lists the payer's untimed codes, quantityCodes its supplies; "l*" is every L-code.
        var p = PayerProfileJson.ParseOne("""{"payerId":"acme","untimedCodes":["97161"," 29530 ","g0283"],"quantityCodes":["a4556","l*"]}""");
        Assert.Equal(["97161", "29530", "G0283"], p.UntimedCodes);
        Assert.Equal(["A4556", "L*"], p.QuantityCodes);
        Assert.True(p.IsUntimed("29530"));
        Assert.False(p.IsUntimed("97150")); // the profile's own list replaces the default one
        Assert.True(p.IsQuantity("L1820"));
        Assert.False(p.Knows("A4595"));

        var text = PayerProfileJson.Serialize(p);
        Assert.Contains("\"untimedCodes\": [", text);
        Assert.Contains("\"quantityCodes\": [", text);
        var back = PayerProfileJson.ParseOne(text);
        Assert.Equal(p.UntimedCodes, back.UntimedCodes);
        Assert.Equal(p.QuantityCodes, back.QuantityCodes);
        Assert.Equal(text, PayerProfileJson.Serialize(back));
    }

    [Theory]
    [InlineData("""{"payerId":"acme","untimedCodes":["97161","9716"]}""", "untimedCodes[1] '9716' is not a 5-character code")]
    [InlineData("""{"payerId":"acme","untimedCodes":"97161"}""", "untimedCodes has a value of the wrong type (expected an array of strings)")]
    [InlineData("""{"payerId":"acme","quantityCodes":{"A4556":1}}""", "quantityCodes has a value of the wrong type (expected an array of strings)")]
    [InlineData("""{"payerId":"acme","quantityCodes":["A4556","A455"]}""", "quantityCodes[1] 'A455' is not a 5-character code or a prefix")]
    [InlineData("""{"payerId":"acme","quantityCodes":["A4556*"]}""", "quantityCodes[0] 'A4556*' is not a 5-character code or a prefix")]
    [InlineData("""{"payerId":"acme","quantityCodes":["*"]}""", "quantityCodes[0] '*' is not a 5-character code or a prefix")]
    [InlineData("""{"payerId":"acme","quantityCodes":["L-*"]}""", "quantityCodes[0] 'L-*' is not a 5-character code or a prefix")]
    [InlineData("""{"payerId":"acme","untimedCode":["97161"]}""", "unknown field 'untimedCode'")]
    public void Untimed_and_quantity_code_errors_name_the_entry(string json, string error)
    {
        var ex = Rejects(json);
        Assert.Contains(ex.Errors, e => e.Contains(error, StringComparison.Ordinal));
    }

    [Fact]
    public void Quantity_prefixes_of_one_to_four_characters_are_accepted()
    {
        var p = PayerProfileJson.ParseOne("""{"payerId":"acme","quantityCodes":["L*","A45*","E0*","A4556"]}""");
        Assert.True(p.IsQuantity("A4595"));
        Assert.True(p.IsQuantity("E0730"));
        Assert.False(p.IsQuantity("A6021"));
    }

    [Fact]
    public void A_code_both_timed_and_untimed_is_refused_naming_it()
    {
        // The profile's own timedCodes...
        var ex = Rejects("""{"payerId":"acme","timedCodes":["97110","97161"],"untimedCodes":["97150","97161"]}""");
        var error = Assert.Single(ex.Errors);
        Assert.Contains("untimedCodes[1] '97161'", error);
        Assert.Contains("timedCodes", error);
        // ...or the default timed list (97112 is timed by default).
        ex = Rejects("""{"payerId":"acme","untimedCodes":["97161","97112"]}""");
        Assert.Contains("untimedCodes[1] '97112' is also in the default timed codes", Assert.Single(ex.Errors));
        // Case and spaces do not hide the clash.
        Assert.Contains("'g0283 '", Assert.Single(Rejects("""{"payerId":"acme","timedCodes":["G0283"],"untimedCodes":["g0283 "]}""").Errors));
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
            "kxThresholds['2026'] must be a dollar amount from 0.01 to 1,000,000 (got 0)",
            "reviewThreshold must be a dollar amount from 0.01 to 1,000,000 (got -5)",
            "rates['97110'] must be 0 to 100,000.00 dollars per unit (got -1)",
        ], PayerProfileJson.Validate(profile));
    }
}
