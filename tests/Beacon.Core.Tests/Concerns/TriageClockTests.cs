using Beacon.Core.Concerns;

namespace Beacon.Core.Tests.Concerns;

public class TriageClockTests
{
    private static readonly DateTimeOffset Raised = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0, "Due in 24 hours")]
    [InlineData(19 * 60, "Due in 5 hours")]
    [InlineData(19 * 60 + 1, "Due in 5 hours")]
    [InlineData(23 * 60, "Due in 1 hour")]
    [InlineData(23 * 60 + 1, "Due in less than an hour")]
    [InlineData(24 * 60, "Overdue by less than an hour")]
    [InlineData(25 * 60, "Overdue by 1 hour")]
    [InlineData(26 * 60 + 59, "Overdue by 2 hours")]
    public void Text_MinutesAfterRaising_SaysWhenItIsDue(int minutes, string expected) =>
        TriageClock.Text(Raised, Raised.AddMinutes(minutes)).ShouldBe(expected);

    [Fact]
    public void IsOverdue_FromTwentyFourHours_IsTrue()
    {
        TriageClock.IsOverdue(Raised, Raised.AddHours(24).AddTicks(-1)).ShouldBeFalse();
        TriageClock.IsOverdue(Raised, Raised.AddHours(24)).ShouldBeTrue();
    }
}
