using Beacon.Core.Accounts;
using Beacon.Core.Areas;
using Beacon.Core.Data;
using Beacon.Core.Organisations;
using Beacon.EndToEndTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Beacon.EndToEndTests.Journeys;

public class SignInJourneyTests(BrowserFixture browser, LiveApp app) : BrowserTest(browser, app)
{
    private const string Password = "kestrel lagoon walnut ember";

    [Fact]
    public async Task FirstResponder_SignsInWithPasswordAndCode_OpensACase_SignsOut()
    {
        var (email, secret, caseReference) = await CreateFirstResponderWithACaseAsync();

        await Page.GotoAsync("/");
        await Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Page.WaitForURLAsync("**/sign-in");
        await Axe.AssertNoViolationsAsync(Page);

        await Page.GetByLabel("Email address").FillAsync(email);
        await Page.GetByLabel("Password").FillAsync(Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Page.WaitForURLAsync("**/sign-in/two-factor**");
        await Axe.AssertNoViolationsAsync(Page);

        await Page.GetByLabel("Code from your authenticator app").FillAsync(CurrentCode(secret));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Page.WaitForURLAsync("**/home");
        (await Page.Locator("h1").InnerTextAsync()).ShouldBe("Your work");
        await Axe.AssertNoViolationsAsync(Page);

        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Cases" }).ClickAsync();
        await Page.WaitForURLAsync("**/cases");
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByRole(AriaRole.Link, new() { Name = caseReference }).ClickAsync();
        (await Page.Locator("h1").InnerTextAsync()).ShouldBe($"Case {caseReference}");
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
        var (email, secret, _) = await CreateFirstResponderWithACaseAsync();
        await SignInAsync(email, secret);

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

    private async Task SignInAsync(string email, string secret)
    {
        await Page.GotoAsync("/sign-in");
        await Page.GetByLabel("Email address").FillAsync(email);
        await Page.GetByLabel("Password").FillAsync(Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Page.WaitForURLAsync("**/sign-in/two-factor**");
        await Page.GetByLabel("Code from your authenticator app").FillAsync(CurrentCode(secret));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Page.WaitForURLAsync("**/home");
    }

    private static string CurrentCode(string secret) =>
        Totp.Code(Base32.Decode(secret), Totp.TimeStep(DateTimeOffset.UtcNow));

    private async Task<(string Email, string Secret, string CaseReference)> CreateFirstResponderWithACaseAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BeaconUser>>();
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var area = new Area { Id = Guid.NewGuid(), Name = $"Area {suffix}", CreatedAt = DateTimeOffset.UtcNow, Version = Guid.NewGuid() };
        var organisation = new Organisation { Id = Guid.NewGuid(), Name = $"Council {suffix}", Type = OrganisationType.LocalAuthority, CreatedAt = DateTimeOffset.UtcNow, Version = Guid.NewGuid(), Areas = [new OrganisationArea { AreaId = area.Id }] };
        var team = new Team { Id = Guid.NewGuid(), OrganisationId = organisation.Id, Name = "MASH", CreatedAt = DateTimeOffset.UtcNow, Version = Guid.NewGuid() };
        db.Areas.Add(area);
        db.Organisations.Add(organisation);
        db.Teams.Add(team);
        await db.SaveChangesAsync();

        var email = $"responder-{suffix}@example.test";
        var user = new BeaconUser
        {
            Id = Guid.NewGuid(),
            UserName = email,
            Email = email,
            DisplayName = "Rory Responder",
            OrganisationId = organisation.Id,
            TeamId = team.Id,
            CreatedAt = DateTimeOffset.UtcNow,
            LockoutEnabled = true,
            Roles = [new UserRoleAssignment { Role = Role.FirstResponder }],
        };
        (await users.CreateAsync(user, Password)).Succeeded.ShouldBeTrue();
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        var secret = (await users.GetAuthenticatorKeyAsync(user))!;

        var reference = $"E2E-{suffix.ToUpperInvariant()}";
        db.Cases.Add(new Beacon.Core.Cases.Case
        {
            Id = Guid.NewGuid(),
            Reference = reference,
            AreaId = area.Id,
            OwningOrganisationId = organisation.Id,
            OwningTeamId = team.Id,
            CreatedByUserId = user.Id,
            CreatedAt = DateTimeOffset.UtcNow,
            Summary = "A 15-year-old seen at a hand car wash on a school day.",
            Version = Guid.NewGuid(),
        });
        await db.SaveChangesAsync();
        return (email, secret, reference);
    }
}
