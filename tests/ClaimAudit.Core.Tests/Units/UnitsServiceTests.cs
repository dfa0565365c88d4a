using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Units;

namespace ClaimAudit.Core.Tests.Units;

public class UnitsServiceTests
{
    [Fact]
    public void Answers_the_exact_shape_of_section_7()
    {
        // §7: the documented output for 97112=24 97110=23 under cms.
        var result = UnitsService.Compute("""{"method":"cms","lines":[{"code":"97112","minutes":24},{"code":"97110","minutes":23}]}""");
        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal(
            """{"method":"cms","totalMinutes":47,"totalUnits":3,"lines":[{"code":"97112","minutes":24,"units":2},{"code":"97110","minutes":23,"units":1}]}""",
            UnitsService.Serialize(result.Response!));
    }

    [Fact]
    public void Method_is_case_insensitive_and_ama_differs_from_cms()
    {
        // §3 example 2 under ama: 97110 33 → 2, 97140 7 → 0.
        var result = UnitsService.Compute(new UnitsRequest { Method = "AMA", Lines = [new() { Code = "97110", Minutes = 33 }, new() { Code = "97140", Minutes = 7 }] });
        Assert.Equal("ama", result.Response!.Method);
        Assert.Equal([2, 0], result.Response.Lines.Select(l => l.Units));
        Assert.Equal(2, result.Response.TotalUnits);
    }

    [Fact]
    public void Untimed_codes_are_one_unit_and_their_minutes_do_not_count()
    {
        // §3: 97161 is untimed: 1 unit whatever its 45 minutes, and totalMinutes holds only the 30 timed minutes.
        var r = UnitsService.Compute(new UnitsRequest { Method = "cms", Lines = [new() { Code = "97161", Minutes = 45 }, new() { Code = "97110", Minutes = 30 }] }).Response!;
        Assert.Equal(30, r.TotalMinutes);
        Assert.Equal(3, r.TotalUnits);
        Assert.Equal(new UnitsResponseLine("97161", 45, 1), r.Lines[0]);
        Assert.Equal(new UnitsResponseLine("97110", 30, 2), r.Lines[1]);
    }

    [Fact]
    public void A_code_neither_timed_nor_untimed_is_refused_naming_it()
    {
        // §3/§7: 99999 is in neither built-in list; it must not come back as one unit.
        var result = UnitsService.Compute(new UnitsRequest { Method = "cms", Lines = [new() { Code = "97110", Minutes = 30 }, new() { Code = "99999", Minutes = 20 }] });
        Assert.False(result.IsValid);
        Assert.True(result.IsUnprocessable);
        Assert.Equal("code 99999 is neither a timed nor an untimed code of the built-in lists; check for a typo", Assert.Single(result.Errors));
    }

    [Fact]
    public void With_a_payer_a_mistyped_code_names_the_payer()
    {
        // 97111 is a typo of 97112 or 97110: neither Medicare list holds it.
        var medicare = PayerProfileSet.Shipped.Find("medicare")!;
        var error = Assert.Single(UnitsService.Compute(new UnitsRequest { Lines = [new() { Code = "97111", Minutes = 38 }] }, medicare).Errors);
        Assert.StartsWith("code 97111 is neither a timed nor an untimed code of Medicare Part B; check for a typo", error);
    }

    [Theory]
    [InlineData("A4556")]
    [InlineData("l3908")]
    public void A_supply_is_refused_as_billed_by_quantity(string code)
    {
        var result = UnitsService.Compute(new UnitsRequest { Method = "cms", Lines = [new() { Code = code, Minutes = 10 }] });
        Assert.True(result.IsUnprocessable);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith($"code {code.ToUpperInvariant()} is a supply", error);
        Assert.Contains("billed by quantity, not by time", error);
    }

    [Fact]
    public void The_payers_own_untimed_list_decides()
    {
        // A payer whose untimedCodes are only 97150 and 29530: strapping is 1 unit, and 97161 is unknown to it.
        var payer = new PayerProfile { PayerId = "acme", Name = "Acme", UntimedCodes = ["97150", "29530"] };
        var r = UnitsService.Compute(new UnitsRequest { Method = "cms", Lines = [new() { Code = "29530", Minutes = 20 }, new() { Code = "97110", Minutes = 20 }] }, payer).Response!;
        Assert.Equal(20, r.TotalMinutes);
        Assert.Equal(new UnitsResponseLine("29530", 20, 1), r.Lines[0]);
        Assert.Contains("97161", Assert.Single(UnitsService.Compute(new UnitsRequest { Method = "cms", Lines = [new() { Code = "97161", Minutes = 45 }] }, payer).Errors));
    }

    [Fact]
    public void A_malformed_request_with_an_unknown_code_is_not_only_unprocessable()
    {
        // Both reasons are listed; the request is malformed first (the API answers 400, not 422).
        var result = UnitsService.Compute("""{"method":"fast","lines":[{"code":"99999","minutes":20}]}""");
        Assert.False(result.IsUnprocessable);
        Assert.Equal(2, result.Errors.Count);
        Assert.Contains(result.Errors, e => e.Contains("99999", StringComparison.Ordinal));
    }

    [Fact]
    public void Same_code_lines_are_added_together()
    {
        var r = UnitsService.Compute(new UnitsRequest { Method = "cms", Lines = [new() { Code = "97110", Minutes = 10 }, new() { Code = "97110", Minutes = 13 }] }).Response!;
        Assert.Equal(new UnitsResponseLine("97110", 23, 2), Assert.Single(r.Lines));
    }

    [Fact]
    public void Lists_every_validation_error()
    {
        var result = UnitsService.Compute("""{"method":"foo","lines":[{"code":"9711","minutes":20},{"code":"97110","minutes":601},{"code":"97140","minutes":-1}]}""");
        Assert.False(result.IsValid);
        Assert.Equal(
        [
            "method 'foo' must be cms, ama or strict",
            "lines[0].code '9711' is not a 5-character code",
            "lines[1].minutes 601 must be between 0 and 600",
            "lines[2].minutes -1 must be between 0 and 600",
        ], result.Errors);
    }

    [Fact]
    public void Malformed_bodies_are_errors_not_exceptions()
    {
        Assert.Contains("not a valid JSON", Assert.Single(UnitsService.Compute("{nope").Errors));
        Assert.Contains("lines[0].minutes", Assert.Single(UnitsService.Compute("""{"method":"cms","lines":[{"code":"97110","minutes":"x"}]}""").Errors));
        Assert.Contains("lines must hold at least one", Assert.Single(UnitsService.Compute("""{"method":"cms","lines":[]}""").Errors));
    }

    [Theory]
    [InlineData("97112=24", true)]
    [InlineData("97112", false)]
    [InlineData("97112=abc", false)]
    public void Parses_cli_arguments(string argument, bool ok)
    {
        Assert.Equal(ok, UnitsService.TryParseArgument(argument, out var line, out var error));
        if (ok) Assert.Equal(("97112", 24), (line.Code, line.Minutes!.Value));
        else Assert.Contains(argument, error);
    }
}
