using Beacon.Core.Accounts;
using Beacon.EndToEndTests.Infrastructure;
using Microsoft.Playwright;

namespace Beacon.EndToEndTests.Journeys;

public class AccountJourneyTests(BrowserFixture browser, LiveApp app) : BrowserTest(browser, app)
{
    [Fact]
    public async Task User_SeesTheirAccountAndEverySignInState_EveryPagePassesAxe()
    {
        var user = await App.CreateUserAsync("Sam Staff", Role.Staff);

        await Page.SignInAsync(user);
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Your account" }).ClickAsync();
        await Page.WaitForURLAsync("**/account");
        (await Page.Locator("h1").InnerTextAsync()).ShouldBe("Your account");
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByTestId("sign-out").ClickAsync();
        await Page.WaitForURLAsync("**/sign-in?signedOut=yes");

        await Page.GotoAsync("/sign-in?signedOut=idle");
        (await Page.Locator(".govuk-notification-banner").InnerTextAsync()).ShouldContain("We signed you out because you had not done anything for 30 minutes");
        await Axe.AssertNoViolationsAsync(Page);

        // Only the password step: no code is used, so signing the same user in again is safe.
        await Page.EnterPasswordAsync(user);
        await Page.GetByRole(AriaRole.Link, new() { Name = "I cannot use my authenticator app" }).ClickAsync();
        await Page.WaitForURLAsync("**/sign-in/recovery-code**");
        (await Page.Locator("h1").InnerTextAsync()).ShouldBe("Enter a recovery code");
        await Axe.AssertNoViolationsAsync(Page);

        await Page.GotoAsync("/sign-in");
        await Page.GetByRole(AriaRole.Link, new() { Name = "I have forgotten my password" }).ClickAsync();
        await Page.WaitForURLAsync("**/account/reset-password");
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send a reset link" }).ClickAsync();
        await ErrorSummary.AssertShowsAsync(Page, "Enter your email address");
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByLabel("Email address").FillAsync(user.Email);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send a reset link" }).ClickAsync();
        await Page.GetByRole(AriaRole.Heading, new() { Name = "Check your email", Level = 1 }).WaitForAsync();
        await Axe.AssertNoViolationsAsync(Page);
        AssertNoConsoleErrors();
    }
}
