using Beacon.Core.Cases;
using Beacon.Web.Tests.Infrastructure;

namespace Beacon.Web.Tests.PageTests.Cases.Decisions;

/// <summary>The clocks as the decisions page shows them, on a clock of its own (Easter 2027).</summary>
public class DecisionClockTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private BeaconAppFactory App => app.Factory;

    private void MoveTo(DateTimeOffset at)
    {
        if (App.Time.GetUtcNow() < at)
        {
            App.Time.SetUtcNow(at);
        }
    }

    [Fact]
    public async Task ReasonableGroundsDue_AcrossTheEasterBankHolidays_CountsWorkingDaysThenShowsOverdue()
    {
        // Referred Wednesday 24 March 2027: Good Friday (26th) and Easter Monday (29th) do not count,
        // so the fifth working day is Friday 2 April.
        MoveTo(new DateTimeOffset(2027, 3, 31, 9, 0, 0, TimeSpan.Zero));
        var s = await DecisionScenario.CreateAsync(App, new DateOnly(2027, 3, 24));

        var before = await s.Client.GetDocumentAsync(s.Path());

        before.QuerySelector("[data-testid=rg-due]").Text().ShouldBe("Reasonable grounds decision due 2 April 2027 (in 2 working days)");

        MoveTo(new DateTimeOffset(2027, 4, 6, 9, 0, 0, TimeSpan.Zero));
        var client = await App.SignInAsync(s.Worker);
        var after = await client.GetDocumentAsync(s.Path());

        after.QuerySelector("[data-testid=rg-due]").Text().ShouldContain("Reasonable grounds decision due 2 April 2027 (overdue by 2 working days)");
        after.QuerySelector("[data-testid=rg-due] .govuk-tag").Text().ShouldBe("Overdue");
    }

    [Fact]
    public async Task ReasonableGroundsDue_DevolvedPanel_Is45CalendarDays()
    {
        // Relative to whatever the clock says: the other test moves it forward, never back.
        var today = App.Today();
        var s = await DecisionScenario.CreateAsync(App, today.AddDays(-5), route: CaseRoute.Child, maker: DecisionMaker.DevolvedPanel);

        var page = await s.Client.GetDocumentAsync(s.Path());

        page.QuerySelector("[data-testid=rg-due]").Text().ShouldBe($"Reasonable grounds decision due {DecisionText.Date(today.AddDays(40))} (in 40 days)");
    }
}
