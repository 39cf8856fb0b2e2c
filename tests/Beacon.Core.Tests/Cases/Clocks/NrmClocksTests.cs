using System.Globalization;
using Beacon.Core.Cases;
using Beacon.Core.Cases.Clocks;

namespace Beacon.Core.Tests.Cases.Clocks;

public class NrmClocksTests
{
    [Theory]
    [InlineData("2025-04-17", "2025-04-28")] // Easter: Good Friday and Easter Monday do not count
    [InlineData("2025-12-23", "2026-01-02")] // Christmas, Boxing Day, New Year's Day
    [InlineData("2025-06-07", "2025-06-13")] // referred on a Saturday
    [InlineData("2025-05-26", "2025-06-02")] // referred on the spring bank holiday
    [InlineData("2025-06-02", "2025-06-09")] // an ordinary Monday: the next Monday
    public void ReasonableGroundsDue_NationalCompetentAuthority_IsFiveWorkingDaysLater(string referredOn, string due)
    {
        var referred = D(referredOn);

        NrmClocks.ReasonableGroundsDue(referred, DecisionMaker.SingleCompetentAuthority).ShouldBe(D(due));
        NrmClocks.ReasonableGroundsDue(referred, DecisionMaker.ImmigrationEnforcementCompetentAuthority).ShouldBe(D(due));
    }

    [Theory]
    [InlineData("2025-04-17", "2025-06-01")] // over Easter; due on a Sunday, calendar days do not care
    [InlineData("2025-12-23", "2026-02-06")] // over Christmas and New Year
    [InlineData("2025-06-07", "2025-07-22")] // referred on a Saturday
    [InlineData("2025-05-26", "2025-07-10")] // referred on a bank holiday
    public void ReasonableGroundsDue_DevolvedPanel_Is45CalendarDaysLater(string referredOn, string due)
    {
        NrmClocks.ReasonableGroundsDue(D(referredOn), DecisionMaker.DevolvedPanel).ShouldBe(D(due));
    }

    [Fact]
    public void ReasonableGroundsDue_UnknownDecisionMaker_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => NrmClocks.ReasonableGroundsDue(new DateOnly(2025, 6, 2), (DecisionMaker)99));
    }

    [Theory]
    [InlineData("2025-12-01", "2025-12-31")]
    [InlineData("2025-12-20", "2026-01-19")] // over Christmas: calendar days
    [InlineData("2024-02-15", "2024-03-16")] // leap year February
    [InlineData("2025-02-15", "2025-03-17")]
    public void ConclusiveGroundsNotBefore_PositiveRg_Is30CalendarDaysLater(string positiveRgOn, string notBefore)
    {
        NrmClocks.ConclusiveGroundsNotBefore(D(positiveRgOn)).ShouldBe(D(notBefore));
    }

    [Fact]
    public void FamilyWellbeingReferralDue_FridayAfternoon_IsSaturdayAfternoon()
    {
        var accepted = new DateTimeOffset(2025, 12, 19, 16, 30, 0, TimeSpan.Zero);

        NrmClocks.FamilyWellbeingReferralDue(accepted).ShouldBe(new DateTimeOffset(2025, 12, 20, 16, 30, 0, TimeSpan.Zero));
    }

    [Fact]
    public void FamilyWellbeingReferralDue_OverTheClocksGoingForward_Is24ElapsedHoursInTheSameOffset()
    {
        var accepted = new DateTimeOffset(2025, 3, 29, 9, 0, 0, TimeSpan.Zero);

        var due = NrmClocks.FamilyWellbeingReferralDue(accepted);

        due.ShouldBe(new DateTimeOffset(2025, 3, 30, 9, 0, 0, TimeSpan.Zero));
        due.Offset.ShouldBe(TimeSpan.Zero);
        (due - accepted).ShouldBe(TimeSpan.FromHours(24));
    }

    [Fact]
    public void Timescales_AreTheNationalFigures()
    {
        NrmClocks.ReasonableGroundsWorkingDays.ShouldBe(5);
        NrmClocks.DevolvedPanelReasonableGroundsCalendarDays.ShouldBe(45);
        NrmClocks.ConclusiveGroundsMinimumCalendarDays.ShouldBe(30);
        NrmClocks.FamilyWellbeingReferralWithin.ShouldBe(TimeSpan.FromHours(24));
    }

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
