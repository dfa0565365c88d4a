using ClaimAudit.Core.Payers;

namespace ClaimAudit.Core.Tests.Payers;

/// <summary>
/// Issue 14, item 1: dollar amounts of a profile have sane bounds, so that no rate near decimal's
/// maximum reaches the engine's sums (a stack trace from the CLI, a 500 from the API before).
/// </summary>
public class PayerProfileBoundsTests
{
    private static PayerProfileException Rejects(string json) => Assert.Throws<PayerProfileException>(() => PayerProfileJson.Parse(json));

    [Theory]
    [InlineData("79228162514264337593543950335")]
    [InlineData("100000.01")]
    [InlineData("-0.01")]
    public void A_rate_out_of_bounds_is_refused_naming_the_code_and_the_bound(string rate)
    {
        var error = Rejects("""{"payerId":"acme","rates":{"97110":RATE}}""".Replace("RATE", rate, StringComparison.Ordinal));

        var message = Assert.Single(error.Errors);
        Assert.Contains("rates['97110']", message);
        Assert.Contains("0 to 100,000.00 dollars per unit", message);
    }

    [Fact]
    public void A_rate_at_the_bound_is_accepted()
    {
        var profile = PayerProfileJson.ParseOne("""{"payerId":"acme","rates":{"97110":100000.00,"97112":0}}""");
        Assert.Equal(100_000m, profile.RateOf("97110"));
    }

    [Fact]
    public void Thresholds_out_of_bounds_are_refused_naming_the_field_and_the_bound()
    {
        var error = Rejects("""{"payerId":"acme","kxThresholds":{"2026":79228162514264337593543950335},"reviewThreshold":1000000.01}""");

        Assert.Contains(error.Errors, e => e.Contains("kxThresholds['2026']") && e.Contains("0.01 to 1,000,000"));
        Assert.Contains(error.Errors, e => e.Contains("reviewThreshold") && e.Contains("0.01 to 1,000,000"));
    }

    [Fact]
    public void Validate_says_the_same_for_a_profile_built_in_code()
    {
        var errors = PayerProfileJson.Validate(new PayerProfile { PayerId = "acme", Rates = new Dictionary<string, decimal> { ["97110"] = decimal.MaxValue } });
        Assert.Contains(errors, e => e.Contains("rates['97110']") && e.Contains("100,000.00"));
    }
}
