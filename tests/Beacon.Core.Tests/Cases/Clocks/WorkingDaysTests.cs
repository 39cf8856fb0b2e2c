using System.Globalization;
using Beacon.Core.Cases.Clocks;

namespace Beacon.Core.Tests.Cases.Clocks;

public class WorkingDaysTests
{
    [Theory]
    [InlineData(2025, 4, 16, true)] // Wednesday
    [InlineData(2025, 4, 18, false)] // Good Friday
    [InlineData(2025, 4, 19, false)] // Saturday
    [InlineData(2025, 4, 20, false)] // Sunday
    [InlineData(2025, 4, 21, false)] // Easter Monday
    [InlineData(2021, 12, 27, false)] // Christmas Day substitute
    public void IsWorkingDay_Date_IsWeekdayThatIsNoBankHoliday(int year, int month, int day, bool expected)
    {
        WorkingDays.IsWorkingDay(new DateOnly(year, month, day)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("2025-04-17", 1, "2025-04-22")] // Thursday before Easter: Friday to Monday are off
    [InlineData("2025-04-17", 5, "2025-04-28")]
    [InlineData("2025-12-23", 5, "2026-01-02")] // Christmas, Boxing Day and New Year's Day skipped
    [InlineData("2026-12-24", 2, "2026-12-30")] // Boxing Day on a Saturday, substitute Monday 28th
    [InlineData("2025-06-07", 1, "2025-06-09")] // Saturday start: Monday is the first
    [InlineData("2025-06-07", 5, "2025-06-13")]
    [InlineData("2025-05-26", 1, "2025-05-27")] // bank holiday start: it does not count
    [InlineData("2025-05-26", 5, "2025-06-02")]
    [InlineData("2025-06-07", 0, "2025-06-07")] // nothing to add: start even on a weekend
    [InlineData("2025-04-22", -1, "2025-04-17")] // backwards over Easter
    [InlineData("2026-01-05", -3, "2025-12-30")]
    public void Add_WorkingDays_CountsFromTheDayAfterStart(string start, int workingDays, string expected)
    {
        WorkingDays.Add(D(start), workingDays).ShouldBe(D(expected));
    }

    [Theory]
    [InlineData("2025-04-17", "2025-04-28", 5)]
    [InlineData("2025-04-17", "2025-04-17", 0)]
    [InlineData("2025-04-17", "2025-04-21", 0)] // Good Friday to Easter Monday: none
    [InlineData("2025-06-07", "2025-06-09", 1)] // Saturday to Monday
    [InlineData("2025-06-09", "2025-06-07", -1)]
    [InlineData("2025-04-28", "2025-04-17", -5)]
    [InlineData("2025-12-24", "2026-01-02", 4)] // Christmas Eve to 2 January: 29, 30, 31 Dec, 2 Jan
    public void Between_TwoDates_CountsWorkingDaysAfterFromUpToTo(string from, string to, int expected)
    {
        WorkingDays.Between(D(from), D(to)).ShouldBe(expected);
    }

    [Fact]
    public void Between_AddedWorkingDays_GivesTheCountBack()
    {
        for (var start = new DateOnly(2019, 1, 1); start.Year < 2028; start = start.AddDays(1))
        {
            for (var n = 0; n <= 10; n++)
            {
                var end = WorkingDays.Add(start, n);
                WorkingDays.Between(start, end).ShouldBe(n, $"{start:yyyy-MM-dd} + {n}");
                WorkingDays.Between(end, start).ShouldBe(-n, $"{start:yyyy-MM-dd} + {n}");
                if (n > 0)
                {
                    WorkingDays.IsWorkingDay(end).ShouldBeTrue($"{start:yyyy-MM-dd} + {n}");
                }
            }
        }
    }

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
