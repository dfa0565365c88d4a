using ClaimAudit.Core;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Units;

namespace ClaimAudit.Core.Tests.Units;

/// <summary>Golden vectors computed by hand from PRODUCT.md section 3.</summary>
public class UnitCalculatorTests
{
    private static Dictionary<string, int> Units(UnitMethod method, params (string Code, int Minutes)[] lines) =>
        UnitCalculator.Compute(method, lines.Select(l => new TimedMinutes(l.Code, l.Minutes)))
            .ToDictionary(u => u.Code, u => u.Units);

    private static Dictionary<string, int> Units(UnitMethod method, params TimedMinutes[] lines) =>
        UnitCalculator.Compute(method, lines).ToDictionary(u => u.Code, u => u.Units);

    [Fact]
    public void Cms_worked_example_1_47_minutes_is_3_units_97112_gets_2()
    {
        // §3: 97112 24 + 97110 23 = 47 → 3 units; whole units 1+1, leftover 1 to the larger remainder (97112: 9 > 8).
        var u = Units(UnitMethod.Cms, ("97112", 24), ("97110", 23));
        Assert.Equal(2, u["97112"]);
        Assert.Equal(1, u["97110"]);
    }

    [Fact]
    public void Cms_worked_example_2_a_7_minute_code_gets_the_leftover_unit_but_not_under_ama()
    {
        // §3: 97110 33 + 97140 7 = 40 → 3: 97110 ×2, 97140 ×1 (remainder 7 beats 3). Under ama 97110 ×2, 97140 ×0.
        var cms = Units(UnitMethod.Cms, ("97110", 33), ("97140", 7));
        Assert.Equal((2, 1), (cms["97110"], cms["97140"]));
        var ama = Units(UnitMethod.Ama, ("97110", 33), ("97140", 7));
        Assert.Equal((2, 0), (ama["97110"], ama["97140"]));
    }

    [Fact]
    public void Cms_worked_example_3_35_minutes_is_one_unit_each()
    {
        // §3: 97112 20 + 97110 15 = 35 → 2 units, one each (whole units 1+1, nothing left over).
        var u = Units(UnitMethod.Cms, ("97112", 20), ("97110", 15));
        Assert.Equal((1, 1), (u["97112"], u["97110"]));
    }

    [Theory]
    // §3 boundaries for one code: cms and ama agree on a single code (8–22 → 1, 23–37 → 2, 38–52 → 3); strict keeps whole quarter-hours.
    [InlineData(7, 0, 0, 0)]
    [InlineData(8, 1, 1, 0)]
    [InlineData(22, 1, 1, 1)]
    [InlineData(23, 2, 2, 1)]
    [InlineData(37, 2, 2, 2)]
    [InlineData(38, 3, 3, 2)]
    [InlineData(0, 0, 0, 0)]
    public void Single_code_boundaries(int minutes, int cms, int ama, int strict)
    {
        Assert.Equal(cms, Units(UnitMethod.Cms, ("97110", minutes))["97110"]);
        Assert.Equal(ama, Units(UnitMethod.Ama, ("97110", minutes))["97110"]);
        Assert.Equal(strict, Units(UnitMethod.Strict, ("97110", minutes))["97110"]);
    }

    [Theory]
    // §3 total units (T + 7) / 15: 7 → 0, 8 → 1, 22 → 1, 23 → 2, 37 → 2, 38 → 3.
    [InlineData(7, 0)]
    [InlineData(8, 1)]
    [InlineData(22, 1)]
    [InlineData(23, 2)]
    [InlineData(37, 2)]
    [InlineData(38, 3)]
    public void Cms_total_units(int minutes, int units) => Assert.Equal(units, UnitCalculator.CmsTotalUnits(minutes));

    [Fact]
    public void Cms_spread_boundary_two_codes_of_4_minutes_make_one_unit()
    {
        // §3: 97110 4 + 97140 4 = 8 → 1 unit; equal remainders and minutes, equal (zero) rates → the lower code.
        var u = Units(UnitMethod.Cms, ("97140", 4), ("97110", 4));
        Assert.Equal((1, 0), (u["97110"], u["97140"]));
    }

    [Fact]
    public void Cms_tie_on_remainder_goes_to_the_code_with_more_minutes()
    {
        // 97110 22 (1 whole, remainder 7) + 97140 7 (remainder 7) = 29 → 2 units; leftover 1, tie on 7 → more minutes: 97110.
        var u = Units(UnitMethod.Cms, ("97140", 7), ("97110", 22));
        Assert.Equal((2, 0), (u["97110"], u["97140"]));
    }

    [Fact]
    public void Cms_tie_on_remainder_and_minutes_goes_to_the_higher_rate_then_the_lower_code()
    {
        // 97140 10 + 97530 10 = 20 → 1 unit; remainders and minutes tie → the higher payer rate wins.
        var byRate = Units(UnitMethod.Cms, new TimedMinutes("97140", 10, 27.30m), new TimedMinutes("97530", 10, 35.10m));
        Assert.Equal((0, 1), (byRate["97140"], byRate["97530"]));
        // Same rates → the lower code.
        var byCode = Units(UnitMethod.Cms, new TimedMinutes("97530", 10, 30m), new TimedMinutes("97140", 10, 30m));
        Assert.Equal((1, 0), (byCode["97140"], byCode["97530"]));
    }

    [Fact]
    public void Same_code_on_several_lines_is_added_before_the_rule_runs()
    {
        // §3: two 10-minute 97110 lines are 20 minutes of 97110 → 1 unit (ama per line would wrongly give 1 + 1).
        Assert.Equal(1, Units(UnitMethod.Ama, ("97110", 10), ("97110", 10))["97110"]);
        Assert.Equal(1, Units(UnitMethod.Cms, ("97110", 10), ("97110", 10))["97110"]);
        var merged = UnitCalculator.Compute(UnitMethod.Cms, [new("97110", 10), new("97112", 8), new("97110", 20)]);
        Assert.Equal(["97110", "97112"], merged.Select(u => u.Code));
        Assert.Equal(30, merged[0].Minutes);
    }

    [Fact]
    public void Divided_attention_minutes_never_count()
    {
        // §3: counted = minutes − divided attention. 97112 30 with 10 divided = 20 counted, + 97110 15 = 35 → 1 unit each
        // (counting all 30 minutes would give 45 → 3 units, 97112 ×2).
        var engine = new AuditEngine(PayerProfileSet.Shipped);
        var visit = new Visit { VisitId = "V-1", PatientId = "P-1", PayerId = "medicare", DateOfService = new DateOnly(2026, 3, 4) };
        visit.Lines.Add(new ServiceLine { Code = "97112", Minutes = 30, DividedAttentionMinutes = 10, OneOnOne = true });
        visit.Lines.Add(new ServiceLine { Code = "97110", Minutes = 15 });
        var e = engine.BuildEvaluation(visit);
        Assert.Equal(20, e.Line("97112")!.CountedMinutes);
        Assert.Equal(1, e.Line("97112")!.ComputedUnits);
        Assert.Equal(1, e.Line("97110")!.ComputedUnits);
        // Divided minutes beyond the line's minutes never make it negative.
        Assert.Equal(0, new ServiceLine { Code = "97110", Minutes = 5, DividedAttentionMinutes = 9 }.CountedMinutes);
    }

    [Fact]
    public void Cms_properties_hold_over_many_random_visits()
    {
        // §3 properties: total = (T + 7) / 15; each code gets at least its whole quarter-hours; no code gets two leftover units.
        var random = new Random(20260304);
        string[] codes = ["97110", "97112", "97116", "97140", "97530", "97535", "97750", "97032"];
        for (var n = 0; n < 5000; n++)
        {
            var lines = Enumerable.Range(0, random.Next(1, 7))
                .Select(_ => new TimedMinutes(codes[random.Next(codes.Length)], random.Next(0, 91), random.Next(0, 3) * 10m))
                .ToList();
            var result = UnitCalculator.Compute(UnitMethod.Cms, lines);
            var minutesByCode = lines.GroupBy(l => l.Code).ToDictionary(g => g.Key, g => g.Sum(l => l.CountedMinutes));
            var total = minutesByCode.Values.Sum();
            Assert.Equal((total + 7) / 15, result.Sum(u => u.Units));
            foreach (var u in result)
            {
                Assert.Equal(minutesByCode[u.Code], u.Minutes);
                Assert.InRange(u.Units, u.Minutes / 15, u.Minutes / 15 + 1);
            }
        }
    }
}
