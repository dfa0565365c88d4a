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
