namespace Beacon.Core.Cases.Clocks;

/// <summary>
/// Working days as the NRM timescales count them: Monday to Friday, not an England and Wales bank
/// holiday. Counting starts the day after, so a referral made on a Saturday or a bank holiday does
/// not lose a day it was never given.
/// </summary>
public static class WorkingDays
{
    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !EnglandAndWalesBankHolidays.IsBankHoliday(date);

    /// <summary>
    /// The <paramref name="workingDays"/>-th working day after <paramref name="start"/> (start itself
    /// never counts); 0 gives start back, a negative count goes back to the n-th working day before it.
    /// </summary>
    public static DateOnly Add(DateOnly start, int workingDays)
    {
        var step = Math.Sign(workingDays);
        var date = start;
        for (var left = Math.Abs(workingDays); left > 0;)
        {
            date = date.AddDays(step);
            if (IsWorkingDay(date))
            {
                left--;
            }
        }

        return date;
    }

    /// <summary>
    /// Working days after <paramref name="from"/> up to and including <paramref name="to"/>, so that
    /// <c>Add(from, Between(from, to)) == to</c> whenever <paramref name="to"/> is a later working day.
    /// Negative (the same count, from <paramref name="to"/> to <paramref name="from"/>) when to is earlier.
    /// </summary>
    public static int Between(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -Between(to, from);
        }

        var count = 0;
        for (var date = from; date < to;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }
}
