using Beacon.Core.Accounts;
using Beacon.EndToEndTests.Infrastructure;
using Microsoft.Playwright;

namespace Beacon.EndToEndTests.Journeys;

public class NewUserJourneyTests(BrowserFixture browser, LiveApp app) : BrowserTest(browser, app)
{
    [Fact]
    public async Task NewUser_InvitedByAnAdministrator_SetsPasswordAndAuthenticatorAndReachesHome()
    {
        var organisation = await App.CreateOrganisationAsync();
        var administrator = await App.CreateUserAsync(organisation, "Ada Administrator", Role.Administrator);
        var email = $"newcomer-{Guid.NewGuid().ToString("N")[..12]}@example.test";

        // The administrator, at their computer.
        await Page.SignInAsync(administrator);
        await Page.GotoAsync("/admin/users");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Invite a user" }).ClickAsync();
        await Page.WaitForURLAsync("**/admin/users/invite");
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await ErrorSummary.AssertShowsAsync(Page, "Select the organisation they work for");
        await Axe.AssertNoViolationsAsync(Page);

        await Page.GetByLabel("Organisation").SelectOptionAsync(new SelectOptionValue { Label = organisation.Name });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Page.WaitForURLAsync($"**/admin/users/invite/{organisation.Id}");
        await Axe.AssertNoViolationsAsync(Page);

        await Page.GetByLabel("Full name").FillAsync("Nia Newcomer");
        await Page.GetByLabel("Email address").FillAsync(email);
        await Page.GetByLabel("Team").SelectOptionAsync(new SelectOptionValue { Label = organisation.TeamName });
        await Page.GetByLabel("Staff", new() { Exact = true }).CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        (await Page.GetByTestId("admin-notice").InnerTextAsync()).ShouldBe("Invitation sent");
        (await Page.Locator("h1").InnerTextAsync()).ShouldContain("Nia Newcomer");
        await Axe.AssertNoViolationsAsync(Page);

        // The new user, at theirs, with the link from their email.
        var newcomer = await NewPageAsync();
        await newcomer.GotoAsync(await App.LinkEmailedToAsync(email, "/account/invitation/"));
        await newcomer.WaitForURLAsync("**/account/invitation");
        (await newcomer.Locator("h1").InnerTextAsync()).ShouldBe("Create your password");
        await Axe.AssertNoViolationsAsync(newcomer);

        await newcomer.GetByLabel("Create a password").FillAsync("too short");
        await newcomer.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await ErrorSummary.AssertShowsAsync(newcomer, "Your password must be 12 characters or more");
        await Axe.AssertNoViolationsAsync(newcomer);

        await newcomer.GetByLabel("Create a password").FillAsync("harbour thistle copper lantern");
        await newcomer.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await newcomer.WaitForURLAsync("**/account/set-up-two-factor");
        File.WriteAllText("/tmp/setup.html", await newcomer.ContentAsync());
        await Axe.AssertNoViolationsAsync(newcomer);
        var secret = (await newcomer.GetByTestId("totp-secret").TextContentAsync())!.Replace(" ", "", StringComparison.Ordinal);

        await newcomer.GetByLabel("Code from your authenticator app").FillAsync(WrongCode(secret));
        await newcomer.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await ErrorSummary.AssertShowsAsync(newcomer, "The code is not right");
        await Axe.AssertNoViolationsAsync(newcomer);

        await newcomer.GetByLabel("Code from your authenticator app").FillAsync(SignIn.CurrentCode(secret));
        await newcomer.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await newcomer.GetByTestId("recovery-codes").WaitForAsync();
        (await newcomer.GetByTestId("recovery-codes").Locator("li").CountAsync()).ShouldBe(10);
        await Axe.AssertNoViolationsAsync(newcomer);

        await newcomer.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await newcomer.WaitForURLAsync("**/home");
        (await newcomer.Locator("h1").InnerTextAsync()).ShouldBe("Your work");
        await Axe.AssertNoViolationsAsync(newcomer);
        AssertNoConsoleErrors();
    }

    /// <summary>Six digits the authenticator would not show now, nor a step either side.</summary>
    private static string WrongCode(string secret)
    {
        var key = Base32.Decode(secret);
        var step = Totp.TimeStep(DateTimeOffset.UtcNow);
        string[] right = [Totp.Code(key, step - 1), Totp.Code(key, step), Totp.Code(key, step + 1)];
        return Enumerable.Range(123456, 10).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).First(c => !right.Contains(c));
    }
}
