using Beacon.Core.Accounts;
using Beacon.EndToEndTests.Infrastructure;
using Microsoft.Playwright;

namespace Beacon.EndToEndTests.Journeys;

public class AdministratorJourneyTests(BrowserFixture browser, LiveApp app) : BrowserTest(browser, app)
{
    [Fact]
    public async Task Administrator_ManagesOrganisationsAreasAndUsers_EveryPageAndErrorPassesAxe()
    {
        var organisation = await App.CreateOrganisationAsync();
        var administrator = await App.CreateUserAsync(organisation, "Ada Administrator", Role.Administrator);
        var colleague = await App.CreateUserAsync(organisation, "Tariq Colleague", Role.FirstResponder);
        var newOrganisation = TestData.Unique("Northshire Police");

        await Page.SignInAsync(administrator);
        await Menu("Administration").ClickAsync();
        await Page.WaitForURLAsync("**/admin");
        await Axe.AssertNoViolationsAsync(Page);

        // Organisations and teams.
        await Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Organisations and teams" }).ClickAsync();
        await Page.WaitForURLAsync("**/admin/organisations");
        await Axe.AssertNoViolationsAsync(Page);

        await Page.GetByRole(AriaRole.Button, new() { Name = "Add an organisation" }).ClickAsync();
        await Page.WaitForURLAsync("**/admin/organisations/add");
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add organisation" }).ClickAsync();
        await ErrorSummary.AssertShowsAsync(Page, "Enter the organisation's name");
        await Axe.AssertNoViolationsAsync(Page);

        await Page.GetByLabel("Name", new() { Exact = true }).FillAsync(newOrganisation);
        await Page.GetByLabel("Police", new() { Exact = true }).CheckAsync();
        await Page.GetByLabel(organisation.AreaName, new() { Exact = true }).CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add organisation" }).ClickAsync();
        (await Page.GetByTestId("admin-notice").InnerTextAsync()).ShouldBe("Organisation added");
        (await Page.Locator("h1").InnerTextAsync()).ShouldBe(newOrganisation);
        await Axe.AssertNoViolationsAsync(Page);

        await Page.GetByRole(AriaRole.Button, new() { Name = "Add a team" }).ClickAsync();
        await Page.WaitForURLAsync("**/teams/add");
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByLabel("Add a team").FillAsync("Public protection unit");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add team" }).ClickAsync();
        (await Page.GetByTestId("admin-notice").InnerTextAsync()).ShouldBe("Team added");
        await Page.GetByRole(AriaRole.Cell, new() { Name = "Public protection unit", Exact = true }).WaitForAsync();
        await Axe.AssertNoViolationsAsync(Page);

        // Areas.
        await SubNavigation("Areas").ClickAsync();
        await Page.WaitForURLAsync("**/admin/areas");
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add an area" }).ClickAsync();
        await Page.WaitForURLAsync("**/admin/areas/add");
        await Axe.AssertNoViolationsAsync(Page);
        var area = TestData.Unique("Southmoor");
        await Page.GetByLabel("Name", new() { Exact = true }).FillAsync(area);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add area" }).ClickAsync();
        (await Page.GetByTestId("admin-notice").InnerTextAsync()).ShouldBe("Area added");
        await Page.GetByRole(AriaRole.Cell, new() { Name = area, Exact = true }).WaitForAsync();

        // Reference lists: search one, retire an entry and restore it (a button per row, no script needed).
        await SubNavigation("Reference lists").ClickAsync();
        await Page.WaitForURLAsync("**/admin/reference-data");
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Police forces" }).ClickAsync();
        await Page.GetByLabel("Search the list").FillAsync("Kent");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Page.WaitForURLAsync("**/admin/reference-data/police-forces?q=Kent");
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Retire Kent Police" }).ClickAsync();
        (await Page.GetByTestId("admin-notice").InnerTextAsync()).ShouldContain("retired");
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Restore Kent Police" }).ClickAsync();
        (await Page.GetByTestId("admin-notice").InnerTextAsync()).ShouldContain("can be chosen again");

        // Users.
        await SubNavigation("Users").ClickAsync();
        await Page.WaitForURLAsync("**/admin/users");
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByLabel("Organisation").SelectOptionAsync(new SelectOptionValue { Label = organisation.Name });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Apply filter" }).ClickAsync();
        await Page.WaitForURLAsync($"**/admin/users?organisation={organisation.Id}");
        (await Page.GetByTestId("user-count").InnerTextAsync()).ShouldBe("2 users in this organisation.");
        await Axe.AssertNoViolationsAsync(Page);

        await Page.GetByRole(AriaRole.Link, new() { Name = colleague.DisplayName }).ClickAsync();
        await Page.WaitForURLAsync($"**/admin/users/{colleague.Id}");
        await Axe.AssertNoViolationsAsync(Page);

        await Page.GetByRole(AriaRole.Link, new() { Name = "Change team and roles" }).First.ClickAsync();
        await Page.WaitForURLAsync($"**/admin/users/{colleague.Id}/access");
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Back", Exact = true }).ClickAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Deactivate this account" }).ClickAsync();
        await Page.WaitForURLAsync($"**/admin/users/{colleague.Id}/deactivate");
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Deactivate account" }).ClickAsync();
        await ErrorSummary.AssertShowsAsync(Page, "Enter why you are deactivating this account");
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Cancel" }).ClickAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Reset two-factor authentication" }).ClickAsync();
        await Page.WaitForURLAsync($"**/admin/users/{colleague.Id}/reset-two-factor");
        await Axe.AssertNoViolationsAsync(Page);
        AssertNoConsoleErrors();
    }

    private ILocator Menu(string name) =>
        Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = name });

    private ILocator SubNavigation(string name) =>
        Page.GetByRole(AriaRole.Navigation, new() { Name = "Administration" }).GetByRole(AriaRole.Link, new() { Name = name });
}
