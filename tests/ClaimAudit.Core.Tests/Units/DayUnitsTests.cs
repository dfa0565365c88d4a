using ClaimAudit.Core.Units;

namespace ClaimAudit.Core.Tests.Units;

/// <summary>The 8-minute rule over a patient's day (CMS Pub 100-04 ch. 5 §20.2), vectors worked by hand.</summary>
public class DayUnitsTests
{
    [Fact]
    public void Two_seven_minute_visits_make_one_unit_for_the_earlier_visit()
    {
        // 14 min → (14 + 7) / 15 = 1; equal remainders and minutes: the earlier visit.
        Assert.Equal([1, 0], DayUnits.Allocate([new DayLine(0, "97110", 7), new DayLine(1, "97110", 7)]));
    }

    [Fact]
    public void The_unit_goes_where_the_clinic_billed_it()
    {
        Assert.Equal([0, 1], DayUnits.Allocate([new DayLine(0, "97110", 7, Billed: 0), new DayLine(1, "97110", 7, Billed: 1)]));
    }

    [Fact]
    public void Whole_quarter_hours_stay_with_their_visit_and_the_extra_unit_goes_to_the_larger_remainder()
    {
        // 97112 20 (AM) + 97112 26 (PM) = 46 min → 3 units; whole: 1 and 1; remainders 5 and 11 → PM.
        Assert.Equal([1, 2], DayUnits.Allocate([new DayLine(0, "97112", 20), new DayLine(1, "97112", 26)]));
    }

    [Fact]
    public void Codes_compete_for_the_days_units_as_in_one_visit()
    {
        // 97110 10 (AM) + 97140 10 (PM) = 20 min → 1 unit; tie on minutes → the higher rate (97110).
        Assert.Equal([1, 0], DayUnits.Allocate([new DayLine(0, "97110", 10, 29.50m), new DayLine(1, "97140", 10, 27.30m)]));
        // §3 example 1 spread over two visits: 97112 24 + 97110 23 = 47 → 3 units: 97112 ×2, 97110 ×1.
        Assert.Equal([2, 1], DayUnits.Allocate([new DayLine(0, "97112", 24), new DayLine(1, "97110", 23)]));
    }
}
