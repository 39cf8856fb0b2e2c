using Beacon.Core.Audit;
using Beacon.Core.Cases;
using Beacon.Core.Cases.Clocks;

namespace Beacon.Core.Tests.Cases;

public class DecisionRulesTests
{
    [Theory]
    [InlineData(DecisionMaker.SingleCompetentAuthority)]
    [InlineData(DecisionMaker.ImmigrationEnforcementCompetentAuthority)]
    [InlineData(DecisionMaker.DevolvedPanel)]
    public void FirstReferredOnDueFrom_EveryDayOfTwoYears_SplitsReferralsByTheirDueDay(DecisionMaker maker)
    {
        for (var day = new DateOnly(2026, 1, 1); day < new DateOnly(2028, 1, 1); day = day.AddDays(1))
        {
            var first = OverdueItems.FirstReferredOnDueFrom(day, maker);

            NrmClocks.ReasonableGroundsDue(first, maker).ShouldBeGreaterThanOrEqualTo(day, day.ToString("O", null));
            NrmClocks.ReasonableGroundsDue(first.AddDays(-1), maker).ShouldBeLessThan(day, day.ToString("O", null));
        }
    }

    [Fact]
    public void DefaultDue_FamilyWellbeing_Is24HoursAfterTheCaseOpened()
    {
        var opened = new DateTimeOffset(2026, 3, 28, 10, 30, 0, TimeSpan.Zero);

        SafeguardingService.DefaultDue(SafeguardingActionKind.FamilyWellbeingReferral, opened).ShouldBe(opened.AddHours(24));
    }

    [Fact]
    public void DefaultDue_StrategyMeeting_IsTheEndOfTheThirdWorkingDay_SkippingChristmas()
    {
        // Opened Thursday 24 December 2026: 25 and 28 December are bank holidays, so the third
        // working day is Thursday 31 December.
        var opened = new DateTimeOffset(2026, 12, 24, 10, 0, 0, TimeSpan.Zero);

        var due = SafeguardingService.DefaultDue(SafeguardingActionKind.StrategyMeeting, opened)!.Value;

        due.ShouldBe(UkTime.StartOf(new DateOnly(2027, 1, 1)));
        SafeguardingService.DueDay(due).ShouldBe(new DateOnly(2026, 12, 31));
        SafeguardingService.DefaultDue(SafeguardingActionKind.Housing, opened).ShouldBeNull();
    }

    [Fact]
    public void DueDay_OfTheEndOfADay_IsThatDay_InSummerTimeToo()
    {
        var day = new DateOnly(2026, 7, 14);

        SafeguardingService.DueDay(SafeguardingService.EndOf(day)).ShouldBe(day);
        SafeguardingService.EndOf(day).ShouldBe(new DateTimeOffset(2026, 7, 14, 23, 0, 0, TimeSpan.Zero));
    }

    [Theory]
    [InlineData(CaseRoute.Child, EscalationBoard.ChildrenSafeguardingPartnership)]
    [InlineData(CaseRoute.Adult, EscalationBoard.SafeguardingAdultsBoard)]
    public void BoardFor_TheCasesRoute_IsItsSafeguardingBoard(CaseRoute route, EscalationBoard board) =>
        DecisionText.BoardFor(route).ShouldBe(board);

    [Fact]
    public void Decision_ReadsAsOnTheTimeline() =>
        DecisionText.Decision(DecisionKind.ReasonableGrounds, DecisionOutcome.Negative, DecisionMaker.SingleCompetentAuthority).ShouldBe("Reasonable grounds: negative (SCA)");

    [Fact]
    public void ReminderKey_IsPerItemAndDay()
    {
        var id = Guid.NewGuid();
        var item = new OverdueItem(OverdueKind.ReasonableGrounds, Guid.NewGuid(), "MS-2026-00001", id, Guid.NewGuid(), null, DateTimeOffset.UnixEpoch, true, "Reasonable grounds decision overdue");

        item.ReminderKey(new DateOnly(2026, 3, 10)).ShouldBe($"rg-overdue/{id}/2026-03-10");
        item.NeedsReminder.ShouldBeTrue();
        (item with { Kind = OverdueKind.ConclusiveGroundsPossible, IsOverdue = false }).NeedsReminder.ShouldBeFalse();
    }
}
