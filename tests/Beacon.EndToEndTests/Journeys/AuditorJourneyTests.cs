using System.Globalization;
using Beacon.Core.Accounts;
using Beacon.EndToEndTests.Infrastructure;
using Microsoft.Playwright;

namespace Beacon.EndToEndTests.Journeys;

public class AuditorJourneyTests(BrowserFixture browser, LiveApp app) : BrowserTest(browser, app)
{
    [Fact]
    public async Task Auditor_FindsWhoLookedAtACaseAndWhatTheyDid_EveryPageAndErrorPassesAxe()
    {
        var organisation = await App.CreateOrganisationAsync();
        var responder = await App.CreateUserAsync(organisation, "Rory Responder", Role.FirstResponder);
        var looked = await App.CreateCaseAsync(organisation, responder);
        await App.RecordCaseViewAsync(looked, responder, Role.FirstResponder);
        var auditor = await App.CreateUserAsync(organisation, "Aoife Auditor", Role.Auditor);

        await Page.SignInAsync(auditor);
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Audit" }).ClickAsync();
        await Page.WaitForURLAsync("**/audit");
        await Axe.AssertNoViolationsAsync(Page);

        await Page.GetByLabel("Case reference").FillAsync(looked.Reference);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Find case" }).ClickAsync();
        await Page.WaitForURLAsync($"**/audit/case-access/{looked.Id}");
        (await Page.GetByTestId("looks-count").InnerTextAsync()).ShouldBe("1 look, newest first.");
        await Axe.AssertNoViolationsAsync(Page);

        // A day either side of today: the look was just now, whatever the time zone.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await FillDateAsync("From", today.AddDays(-1));
        await FillDateAsync("To", today.AddDays(1));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Show these dates" }).ClickAsync();
        await Page.WaitForURLAsync("**From.Day=**");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Show all dates" }).WaitForAsync();
        (await Page.GetByTestId("looks-count").InnerTextAsync()).ShouldBe("1 look, newest first.");
        await Axe.AssertNoViolationsAsync(Page);

        await FillDateAsync("To", today.AddDays(-2));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Show these dates" }).ClickAsync();
        await ErrorSummary.AssertShowsAsync(Page, "End date must be the same as or after the start date");
        await Axe.AssertNoViolationsAsync(Page);

        await Page.GotoAsync($"/audit/case-access/{looked.Id}");
        await Page.GetByTestId("looks").GetByRole(AriaRole.Link, new() { Name = responder.DisplayName }).ClickAsync();
        await Page.WaitForURLAsync($"**/audit/users/{responder.Id}");
        (await Page.Locator("h1").InnerTextAsync()).ShouldBe($"What {responder.DisplayName} did");
        await Page.GetByTestId("activity").WaitForAsync();
        await Axe.AssertNoViolationsAsync(Page);
        AssertNoConsoleErrors();
    }

    private async Task FillDateAsync(string field, DateOnly date)
    {
        await Page.Locator($"#{field}_Day").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await Page.Locator($"#{field}_Month").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await Page.Locator($"#{field}_Year").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
    }
}
