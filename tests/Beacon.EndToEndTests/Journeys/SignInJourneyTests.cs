using Beacon.Core.Accounts;
using Beacon.EndToEndTests.Infrastructure;
using Microsoft.Playwright;

namespace Beacon.EndToEndTests.Journeys;

public class SignInJourneyTests(BrowserFixture browser, LiveApp app) : BrowserTest(browser, app)
{
    [Fact]
    public async Task FirstResponder_SignsInWithPasswordAndCode_OpensACase_SignsOut()
    {
        var (responder, caseReference) = await CreateFirstResponderWithACaseAsync();

        await Page.GotoAsync("/");
        await Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Page.WaitForURLAsync("**/sign-in");
        await Axe.AssertNoViolationsAsync(Page);

        await Page.GetByLabel("Email address").FillAsync(responder.Email);
        await Page.GetByLabel("Password").FillAsync(responder.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Page.WaitForURLAsync("**/sign-in/two-factor**");
        await Axe.AssertNoViolationsAsync(Page);

        await Page.EnterCodeAsync(responder);
        (await Page.Locator("h1").InnerTextAsync()).ShouldBe("Your work");
        await Axe.AssertNoViolationsAsync(Page);

        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Cases" }).ClickAsync();
        await Page.WaitForURLAsync("**/cases");
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByRole(AriaRole.Link, new() { Name = caseReference }).ClickAsync();
        (await Page.Locator("h1").InnerTextAsync()).ShouldBe($"Case {caseReference}");
        await Axe.AssertNoViolationsAsync(Page);

        await Page.GetByRole(AriaRole.Link, new() { Name = "Case team" }).ClickAsync();
        (await Page.Locator("h1").InnerTextAsync()).ShouldBe("Case team");
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Back", Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Case sections" }).GetByRole(AriaRole.Link, new() { Name = "Sharing" }).ClickAsync();
        (await Page.Locator("h1").InnerTextAsync()).ShouldBe("Sharing");
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Share with another organisation" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Share", Exact = true }).ClickAsync();
        (await Page.TitleAsync()).ShouldStartWith("Error: ");
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByLabel("No, but I need to share it anyway").CheckAsync();
        (await Page.GetByLabel("Why are you sharing without their agreement?").IsVisibleAsync()).ShouldBeTrue();
        await Axe.AssertNoViolationsAsync(Page);

        await Page.GetByTestId("sign-out").ClickAsync();
        await Page.WaitForURLAsync("**/sign-in?signedOut=yes");
        (await Page.Locator(".govuk-notification-banner").InnerTextAsync()).ShouldContain("You have signed out");
        await Axe.AssertNoViolationsAsync(Page);

        await Page.GotoAsync("/home");
        Page.Url.ShouldContain("/sign-in?returnUrl=");
        AssertNoConsoleErrors();
    }

    [Fact]
    public async Task TimeoutWarning_IsADialogThatStaysHiddenUntilItIsDue()
    {
        var (responder, _) = await CreateFirstResponderWithACaseAsync();
        await Page.SignInAsync(responder);

        var dialog = Page.Locator("dialog[data-module=app-timeout-warning]");
        (await dialog.IsVisibleAsync()).ShouldBeFalse();

        // Show it now, as the timer would after 25 minutes, and check it is accessible and works.
        await Page.EvaluateAsync("document.querySelector('dialog[data-module=app-timeout-warning]').showModal()");
        await Axe.AssertNoViolationsAsync(Page);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Stay signed in" }).ClickAsync();
        await dialog.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
        Page.Url.ShouldEndWith("/home");
        AssertNoConsoleErrors();
    }

    private async Task<(TestUser Responder, string CaseReference)> CreateFirstResponderWithACaseAsync()
    {
        var organisation = await App.CreateOrganisationAsync();
        var responder = await App.CreateUserAsync(organisation, "Rory Responder", Role.FirstResponder);
        var created = await App.CreateCaseAsync(organisation, responder);
        return (responder, created.Reference);
    }
}
