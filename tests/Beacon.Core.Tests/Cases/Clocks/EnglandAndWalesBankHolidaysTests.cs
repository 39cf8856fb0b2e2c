using System.Globalization;
using Beacon.Core.Cases.Clocks;

namespace Beacon.Core.Tests.Cases.Clocks;

public class EnglandAndWalesBankHolidaysTests
{
    // Copied from https://www.gov.uk/bank-holidays (England and Wales). The weekday is part of each
    // date so a typo in the table fails to parse rather than passing quietly.
    [Theory]
    [InlineData(2019, "Tue 1 Jan", "Fri 19 Apr", "Mon 22 Apr", "Mon 6 May", "Mon 27 May", "Mon 26 Aug", "Wed 25 Dec", "Thu 26 Dec")]
    [InlineData(2020, "Wed 1 Jan", "Fri 10 Apr", "Mon 13 Apr", "Fri 8 May", "Mon 25 May", "Mon 31 Aug", "Fri 25 Dec", "Mon 28 Dec")]
    [InlineData(2021, "Fri 1 Jan", "Fri 2 Apr", "Mon 5 Apr", "Mon 3 May", "Mon 31 May", "Mon 30 Aug", "Mon 27 Dec", "Tue 28 Dec")]
    [InlineData(2022, "Mon 3 Jan", "Fri 15 Apr", "Mon 18 Apr", "Mon 2 May", "Thu 2 Jun", "Fri 3 Jun", "Mon 29 Aug", "Mon 19 Sep", "Mon 26 Dec", "Tue 27 Dec")]
    [InlineData(2023, "Mon 2 Jan", "Fri 7 Apr", "Mon 10 Apr", "Mon 1 May", "Mon 8 May", "Mon 29 May", "Mon 28 Aug", "Mon 25 Dec", "Tue 26 Dec")]
    [InlineData(2024, "Mon 1 Jan", "Fri 29 Mar", "Mon 1 Apr", "Mon 6 May", "Mon 27 May", "Mon 26 Aug", "Wed 25 Dec", "Thu 26 Dec")]
    [InlineData(2025, "Wed 1 Jan", "Fri 18 Apr", "Mon 21 Apr", "Mon 5 May", "Mon 26 May", "Mon 25 Aug", "Thu 25 Dec", "Fri 26 Dec")]
    [InlineData(2026, "Thu 1 Jan", "Fri 3 Apr", "Mon 6 Apr", "Mon 4 May", "Mon 25 May", "Mon 31 Aug", "Fri 25 Dec", "Mon 28 Dec")]
    [InlineData(2027, "Fri 1 Jan", "Fri 26 Mar", "Mon 29 Mar", "Mon 3 May", "Mon 31 May", "Mon 30 Aug", "Mon 27 Dec", "Tue 28 Dec")]
    public void InYear_GovUkYear_MatchesThePublishedList(int year, params string[] published)
    {
        var expected = published.Select(d => Date(d, year)).ToArray();

        EnglandAndWalesBankHolidays.InYear(year).Select(h => h.Date).ShouldBe(expected);
    }

    [Fact]
    public void InYear_2012_HasTheMovedSpringBankHolidayAndTheDiamondJubilee()
    {
        string[] published = ["Mon 2 Jan", "Fri 6 Apr", "Mon 9 Apr", "Mon 7 May", "Mon 4 Jun", "Tue 5 Jun", "Mon 27 Aug", "Tue 25 Dec", "Wed 26 Dec"];

        EnglandAndWalesBankHolidays.InYear(2012).Select(h => h.Date).ShouldBe(published.Select(d => Date(d, 2012)));
    }

    [Fact]
    public void InYear_2011_HasTheRoyalWedding()
    {
        EnglandAndWalesBankHolidays.IsBankHoliday(new DateOnly(2011, 4, 29)).ShouldBeTrue();
        EnglandAndWalesBankHolidays.InYear(2011).Count.ShouldBe(9);
    }

    [Theory]
    [InlineData("2012-05-28")] // spring bank holiday moved to 4 June
    [InlineData("2020-05-04")] // early May moved to VE day
    [InlineData("2022-05-30")] // spring bank holiday moved to 2 June
    [InlineData("2021-12-25")] // a Saturday: observed on Monday 27th
    [InlineData("2022-01-01")] // a Saturday: observed on Monday 3rd
    public void IsBankHoliday_DayThatWasMovedAway_IsFalse(string date)
    {
        EnglandAndWalesBankHolidays.IsBankHoliday(DateOnly.Parse(date, CultureInfo.InvariantCulture)).ShouldBeFalse();
    }

    [Fact]
    public void InYear_Substitutes_AreNamedForTheHolidayTheyReplace()
    {
        EnglandAndWalesBankHolidays.InYear(2021).TakeLast(2).ShouldBe(
            [new BankHoliday(new DateOnly(2021, 12, 27), "Christmas Day"), new BankHoliday(new DateOnly(2021, 12, 28), "Boxing Day")]);
        EnglandAndWalesBankHolidays.InYear(2022).TakeLast(2).ShouldBe(
            [new BankHoliday(new DateOnly(2022, 12, 26), "Boxing Day"), new BankHoliday(new DateOnly(2022, 12, 27), "Christmas Day")]);
    }

    [Fact]
    public void InYear_AnyYearFrom1900To2200_GivesEasterOnTheRightWeekdaysAndNoWeekendHoliday()
    {
        for (var year = 1900; year <= 2200; year++)
        {
            var holidays = EnglandAndWalesBankHolidays.InYear(year);
            var goodFriday = holidays.Single(h => h.Name == "Good Friday").Date;
            var easterMonday = holidays.Single(h => h.Name == "Easter Monday").Date;

            goodFriday.DayOfWeek.ShouldBe(DayOfWeek.Friday);
            easterMonday.ShouldBe(goodFriday.AddDays(3));
            easterMonday.ShouldBeInRange(new DateOnly(year, 3, 23), new DateOnly(year, 4, 26));
            holidays.ShouldAllBe(h => h.Date.DayOfWeek != DayOfWeek.Saturday && h.Date.DayOfWeek != DayOfWeek.Sunday);
            holidays.Select(h => h.Date).ShouldBeUnique();
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10_000)]
    public void InYear_OutsideDateOnly_Throws(int year)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => EnglandAndWalesBankHolidays.InYear(year));
    }

    private static DateOnly Date(string dayMonth, int year) =>
        DateOnly.ParseExact($"{dayMonth} {year}", "ddd d MMM yyyy", CultureInfo.InvariantCulture);
}
