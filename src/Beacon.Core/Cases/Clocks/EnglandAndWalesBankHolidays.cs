using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Beacon.Core.Cases.Clocks;

/// <summary>
/// England and Wales bank holidays, computed rather than fetched so a deadline never depends on a
/// web service being up. The regular ones follow fixed rules; one-off changes are proclaimed a few
/// months ahead and must be added to <see cref="OneOffChanges"/> by hand when announced (gov.uk
/// publishes the list at https://www.gov.uk/bank-holidays). Correct from 2009, when the NRM began;
/// earlier one-offs (1995, 1999, 2002) are not modelled.
/// </summary>
public static class EnglandAndWalesBankHolidays
{
    private const string EarlyMayBankHoliday = "Early May bank holiday";
    private const string SpringBankHoliday = "Spring bank holiday";

    /// <summary>
    /// Proclaimed changes since 2009: a regular holiday moved (<c>Replaces</c> names it) or an extra day.
    /// Names as gov.uk gives them.
    /// </summary>
    private static readonly (DateOnly Date, string Name, string? Replaces)[] OneOffChanges =
    [
        (new DateOnly(2011, 4, 29), "Royal wedding", null),
        (new DateOnly(2012, 6, 4), SpringBankHoliday, SpringBankHoliday),
        (new DateOnly(2012, 6, 5), "Queen’s Diamond Jubilee", null),
        (new DateOnly(2020, 5, 8), "Early May bank holiday (VE day)", EarlyMayBankHoliday),
        (new DateOnly(2022, 6, 2), SpringBankHoliday, SpringBankHoliday),
        (new DateOnly(2022, 6, 3), "Platinum Jubilee bank holiday", null),
        (new DateOnly(2022, 9, 19), "Bank Holiday for the State Funeral of Queen Elizabeth II", null),
        (new DateOnly(2023, 5, 8), "Bank holiday for the coronation of King Charles III", null),
    ];

    private static readonly ConcurrentDictionary<int, Year> Cache = new();

    /// <summary>Whether the date is observed as a bank holiday (a substitute day counts; the weekend day it replaces does not).</summary>
    public static bool IsBankHoliday(DateOnly date) => YearOf(date.Year).Dates.Contains(date);

    /// <summary>The year's bank holidays in date order.</summary>
    public static IReadOnlyList<BankHoliday> InYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, DateOnly.MinValue.Year);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, DateOnly.MaxValue.Year);
        return YearOf(year).Holidays;
    }

    private static Year YearOf(int year) => Cache.GetOrAdd(year, static y =>
    {
        var holidays = Compute(y);
        return new Year(holidays, holidays.Select(h => h.Date).ToFrozenSet());
    });

    private static BankHoliday[] Compute(int year)
    {
        var easter = EasterSunday(year);
        var holidays = new List<BankHoliday>
        {
            new(NextWeekday(new DateOnly(year, 1, 1)), "New Year’s Day"),
            new(easter.AddDays(-2), "Good Friday"),
            new(easter.AddDays(1), "Easter Monday"),
            new(FirstMonday(year, 5), EarlyMayBankHoliday),
            new(LastMonday(year, 5), SpringBankHoliday),
            new(LastMonday(year, 8), "Summer bank holiday"),
        };

        // Christmas Day and Boxing Day falling at a weekend move to the 27th and 28th: whichever
        // of the two lands on a weekday keeps its day, the other takes the next free weekday.
        var christmas = new DateOnly(year, 12, 25);
        var boxingDay = new DateOnly(year, 12, 26);
        holidays.Add(new(IsWeekend(christmas) ? new DateOnly(year, 12, 27) : christmas, "Christmas Day"));
        holidays.Add(new(IsWeekend(boxingDay) ? new DateOnly(year, 12, 28) : boxingDay, "Boxing Day"));

        foreach (var change in OneOffChanges.Where(c => c.Date.Year == year))
        {
            holidays.RemoveAll(h => h.Name == change.Replaces);
            holidays.Add(new(change.Date, change.Name));
        }

        return [.. holidays.OrderBy(h => h.Date)];
    }

    /// <summary>Gregorian Easter Sunday by the anonymous (Meeus/Jones/Butcher) computus.</summary>
    internal static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static DateOnly NextWeekday(DateOnly date)
    {
        while (IsWeekend(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    private static DateOnly FirstMonday(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return first.AddDays(((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7);
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(((int)last.DayOfWeek - (int)DayOfWeek.Monday + 7) % 7));
    }

    private sealed record Year(IReadOnlyList<BankHoliday> Holidays, FrozenSet<DateOnly> Dates);
}
