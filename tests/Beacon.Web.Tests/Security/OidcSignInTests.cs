using System.Net;
using Beacon.Core.Accounts;
using Beacon.Web.Infrastructure.Security;
using Beacon.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Web.Tests.Security;

/// <summary>
/// Sign-in with a council's identity provider, against a real (in-memory) OpenID Connect provider:
/// the test plays the browser, following each redirect by hand with Beacon's cookies.
/// </summary>
public sealed class OidcSignInTests(PostgresApp app) : IClassFixture<PostgresApp>, IAsyncLifetime
{
    private const string Refused = "You cannot sign in with your council account";

    private TestIdentityProvider idp = null!;

    private BeaconAppFactory App => app.Factory;

    public async ValueTask InitializeAsync() => idp = await TestIdentityProvider.StartAsync();

    public async ValueTask DisposeAsync() => await idp.DisposeAsync();

    private WebApplicationFactory<Program> Beacon(params (string Key, string Value)[] settings) => App.WithWebHostBuilder(builder =>
    {
        builder.UseSetting("Authentication:Oidc:Authority", TestIdentityProvider.Authority);
        builder.UseSetting("Authentication:Oidc:ClientId", TestIdentityProvider.ClientId);
        builder.UseSetting("Authentication:Oidc:ClientSecret", TestIdentityProvider.ClientSecret);
        builder.UseSetting("Authentication:Oidc:DisplayName", "Testborough Council account");
        builder.UseSetting("Authentication:Oidc:RoleMap:beacon-staff", "Staff");
        builder.UseSetting("Authentication:Oidc:RoleMap:beacon-first-responders", "FirstResponder");
        builder.UseSetting("Authentication:Oidc:RoleMap:Beacon-Coordinators", "CommunitySafetyCoordinator");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        var handler = idp.Handler;
        builder.ConfigureTestServices(services =>
            services.Configure<OpenIdConnectOptions>(OidcSignIn.Scheme, options => options.BackchannelHttpHandler = handler));
    });

    private static HttpClient Browser(WebApplicationFactory<Program> beacon) =>
        beacon.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = BeaconAppFactory.BaseAddress, AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Sign in → provider → back to Beacon's callback → the callback page's answer.</summary>
    private async Task<HttpResponseMessage> SignInAtProviderAsync(HttpClient browser, IdpUser? user, string start = "/sign-in/external")
    {
        idp.NextUser = user;
        var challenge = await browser.GetAsync(start);
        challenge.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        challenge.Headers.Location!.GetLeftPart(UriPartial.Path).ShouldBe($"{TestIdentityProvider.Authority}/authorize");

        var back = await idp.AuthorizeAsync(challenge.Headers.Location);
        back.GetLeftPart(UriPartial.Path).ShouldBe(TestIdentityProvider.RedirectUri);

        var handled = await browser.GetAsync(back);
        handled.StatusCode.ShouldBe(HttpStatusCode.Redirect, await handled.Content.ReadAsStringAsync());
        handled.Headers.Location!.OriginalString.ShouldStartWith(OidcSignIn.CallbackPage);
        return await browser.GetAsync(handled.Headers.Location);
    }

    private static IdpUser Person(string? email, string[]? roles = null, string[]? amr = null, string? subject = null) =>
        new(subject ?? $"idp-subject-{Guid.NewGuid():N}", email, roles ?? [], amr ?? ["pwd", "mfa"]);

    private IEnumerable<string> SecurityLines => App.Logs.Lines.Where(l => l.Contains("Beacon.Web", StringComparison.Ordinal));

    [Fact]
    public async Task SignIn_ExistingUserByEmailWithProviderMfa_IsFullySignedInAndLinked()
    {
        var user = await App.CreateUserAsync(Role.Staff);
        await using var beacon = Beacon();
        var browser = Browser(beacon);
        var person = Person(user.Email.ToUpperInvariant());

        var answer = await SignInAtProviderAsync(browser, person);

        answer.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        answer.Headers.Location!.OriginalString.ShouldBe("/home");
        var home = await browser.GetAsync("/home");
        home.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await home.GetDocumentAsync()).QuerySelector("h1").Text().ShouldBe("Your work");
        (await App.QueryAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.ExternalSubject).SingleAsync())).ShouldBe(person.Subject);
        (await App.QueryAsync(db => db.AuditEvents.CountAsync(e => e.EntityId == user.Id && e.Action == "Linked to identity provider account"))).ShouldBe(1);
        idp.TokensIssued.ShouldBe(1);
        SecurityLines.ShouldNotContain(l => l.Contains(user.Email, StringComparison.OrdinalIgnoreCase) || l.Contains(person.Subject, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignIn_LinkedUserWhoseEmailChangedAtProvider_IsFoundBySubject()
    {
        var user = await App.CreateUserAsync(Role.Staff);
        await using var beacon = Beacon();
        var person = Person(user.Email);
        await SignInAtProviderAsync(Browser(beacon), person);

        var answer = await SignInAtProviderAsync(Browser(beacon), person with { Email = $"renamed-{Guid.NewGuid():N}@example.test" });

        answer.Headers.Location!.OriginalString.ShouldBe("/home");
        var sessions = await App.QueryAsync(db => db.UserSessions.CountAsync(s => s.UserId == user.Id));
        sessions.ShouldBe(2);
    }

    [Fact]
    public async Task SignIn_UnknownPersonWithoutAutoProvision_IsRefusedAndNotSignedIn()
    {
        await using var beacon = Beacon();
        var browser = Browser(beacon);
        var email = $"stranger-{Guid.NewGuid():N}@example.test";

        var answer = await SignInAtProviderAsync(browser, Person(email, ["beacon-staff"]));

        answer.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var page = await answer.GetDocumentAsync();
        page.QuerySelector("h1").Text().ShouldBe(Refused);
        page.QuerySelector("main").Text().ShouldContain("There is no Beacon account for your council account");
        (await App.QueryAsync(db => db.Users.AnyAsync(u => u.Email == email))).ShouldBeFalse();
        (await browser.GetAsync("/home")).Headers.Location!.AbsolutePath.ShouldBe("/sign-in");
        SecurityLines.ShouldContain(l => l.Contains("refused: NoAccount", StringComparison.Ordinal));
        SecurityLines.ShouldNotContain(l => l.Contains(email, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task SignIn_UnknownPersonWithAutoProvision_GetsAnAccountWithTheMappedRoles()
    {
        var organisation = await App.CreateOrganisationAsync();
        await using var beacon = Beacon(("Authentication:Oidc:AutoProvision", "true"), ("Authentication:Oidc:OrganisationId", organisation.Id.ToString()));
        var browser = Browser(beacon);
        var email = $"new-starter-{Guid.NewGuid():N}@example.test";

        var answer = await SignInAtProviderAsync(browser, Person(email, ["beacon-coordinators", "some-other-group"]));

        answer.Headers.Location!.OriginalString.ShouldBe("/home");
        (await browser.GetAsync("/home")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var created = await App.QueryAsync(db => db.Users.Include(u => u.Roles).SingleAsync(u => u.Email == email));
        created.OrganisationId.ShouldBe(organisation.Id);
        created.DisplayName.ShouldBe("Sam Example");
        created.PasswordHash.ShouldBeNull();
        created.Roles.Select(r => r.Role).ShouldBe([Role.CommunitySafetyCoordinator]);
        var audit = await App.QueryAsync(db => db.AuditEvents.SingleAsync(e => e.EntityId == created.Id && e.Action == "User provisioned from identity provider"));
        audit.UserId.ShouldBe(created.Id);
        audit.Changes.ShouldNotBeNull().ShouldContain("CommunitySafetyCoordinator");
    }

    [Fact]
    public async Task SignIn_AutoProvisionButNoMappedRole_IsRefused()
    {
        var organisation = await App.CreateOrganisationAsync();
        await using var beacon = Beacon(("Authentication:Oidc:AutoProvision", "true"), ("Authentication:Oidc:OrganisationId", organisation.Id.ToString()));
        var email = $"no-role-{Guid.NewGuid():N}@example.test";

        var answer = await SignInAtProviderAsync(Browser(beacon), Person(email, ["some-other-group"]));

        answer.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await answer.GetDocumentAsync()).QuerySelector("main").Text().ShouldContain("does not give you a role in Beacon");
        (await App.QueryAsync(db => db.Users.AnyAsync(u => u.Email == email))).ShouldBeFalse();
    }

    [Fact]
    public async Task SignIn_DeactivatedUser_IsRefused()
    {
        var user = await App.CreateUserAsync(Role.Staff);
        await App.QueryAsync(db => db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.DeactivatedAt, DateTimeOffset.UtcNow)));
        await using var beacon = Beacon();
        var browser = Browser(beacon);

        var answer = await SignInAtProviderAsync(browser, Person(user.Email));

        answer.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await answer.GetDocumentAsync()).QuerySelector("main").Text().ShouldContain("Your Beacon account has been deactivated");
        (await browser.GetAsync("/home")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await App.QueryAsync(db => db.UserSessions.AnyAsync(s => s.UserId == user.Id))).ShouldBeFalse();
        SecurityLines.ShouldContain(l => l.Contains($"refused: Deactivated, user {user.Id}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignIn_EmailOfAnAccountLinkedToAnotherSubject_IsRefused()
    {
        var user = await App.CreateUserAsync(Role.Staff);
        await App.QueryAsync(db => db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.ExternalSubject, $"someone-else-{Guid.NewGuid():N}")));
        await using var beacon = Beacon();

        var answer = await SignInAtProviderAsync(Browser(beacon), Person(user.Email));

        answer.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await answer.GetDocumentAsync()).QuerySelector("main").Text().ShouldContain("linked to a different council account");
    }

    [Fact]
    public async Task SignIn_ProviderSaysEmailNotVerified_DoesNotMatchByEmail()
    {
        var user = await App.CreateUserAsync(Role.Staff);
        await using var beacon = Beacon();

        var answer = await SignInAtProviderAsync(Browser(beacon), Person(user.Email) with { EmailVerified = false });

        answer.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await App.QueryAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.ExternalSubject).SingleAsync())).ShouldBeNull();
    }

    [Fact]
    public async Task SignIn_NoMfaAtProviderAndNoAuthenticator_IsSentToSetUpTwoFactor()
    {
        var user = await App.CreateUserAsync(await App.CreateOrganisationAsync(), [Role.Staff], twoFactor: false);
        await using var beacon = Beacon();
        var browser = Browser(beacon);

        var answer = await SignInAtProviderAsync(browser, Person(user.Email, amr: ["pwd"]));

        answer.Headers.Location!.OriginalString.ShouldBe("/account/set-up-two-factor");
        var home = await browser.GetAsync("/home");
        home.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        home.Headers.Location!.OriginalString.ShouldBe("/account/set-up-two-factor");
        (await browser.GetAsync("/account/set-up-two-factor")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task SignIn_NoMfaAtProviderWithAuthenticator_AsksForTheCodeThenSignsIn()
    {
        var user = await App.CreateUserAsync(Role.Staff);
        await using var beacon = Beacon();
        var browser = Browser(beacon);

        var answer = await SignInAtProviderAsync(browser, Person(user.Email, amr: ["pwd"]), "/sign-in/external?returnUrl=%2Faccount");

        answer.Headers.Location!.OriginalString.ShouldStartWith("/sign-in/two-factor");
        (await browser.GetAsync("/home")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var code = await browser.PostFormAsync(answer.Headers.Location.OriginalString, new() { ["Code"] = App.NextTotpCode(user) });
        code.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        code.Headers.Location!.OriginalString.ShouldBe("/account");
        (await browser.GetAsync("/home")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task SignIn_ProviderMfaNotTrusted_StillAsksForTheCode()
    {
        var user = await App.CreateUserAsync(Role.Staff);
        await using var beacon = Beacon(("Authentication:Oidc:MfaFromIdentityProvider", "false"));
        var browser = Browser(beacon);

        var answer = await SignInAtProviderAsync(browser, Person(user.Email, amr: ["pwd", "mfa"]));

        answer.Headers.Location!.OriginalString.ShouldStartWith("/sign-in/two-factor");
        (await browser.GetAsync("/home")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task SignIn_ProviderSendsMappedRoles_ReplacesTheUsersRolesAndAuditsIt()
    {
        var organisation = await App.CreateOrganisationAsync();
        var user = await App.CreateUserAsync(organisation, [Role.Staff, Role.TrainingLead]);
        await using var beacon = Beacon();

        var answer = await SignInAtProviderAsync(Browser(beacon), Person(user.Email, ["beacon-first-responders", "BEACON-STAFF"]));

        answer.Headers.Location!.OriginalString.ShouldBe("/home");
        var roles = await App.QueryAsync(db => db.UserRoles.Where(r => r.UserId == user.Id).Select(r => r.Role).ToListAsync());
        roles.ShouldBe([Role.Staff, Role.FirstResponder], ignoreOrder: true);
        var audit = await App.QueryAsync(db => db.AuditEvents.SingleAsync(e => e.EntityId == user.Id && e.Action == "Access changed by identity provider"));
        audit.Changes.ShouldNotBeNull().ShouldContain("TrainingLead");

        // The same roles again: nothing to change, nothing audited.
        await SignInAtProviderAsync(Browser(beacon), Person(user.Email, ["beacon-first-responders", "beacon-staff"]));
        (await App.QueryAsync(db => db.AuditEvents.CountAsync(e => e.EntityId == user.Id && e.Action == "Access changed by identity provider"))).ShouldBe(1);
    }

    [Fact]
    public async Task SignIn_CancelledAtProvider_SaysWhatToDo()
    {
        await using var beacon = Beacon();

        var answer = await SignInAtProviderAsync(Browser(beacon), null);

        answer.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var page = await answer.GetDocumentAsync();
        page.QuerySelector("h1").Text().ShouldBe(Refused);
        page.QuerySelector("main").Text().ShouldContain("We could not confirm who you are with Testborough Council account");
    }

    [Fact]
    public async Task Callback_WithoutGoingToTheProvider_IsRefused()
    {
        await using var beacon = Beacon();

        var answer = await Browser(beacon).GetAsync(OidcSignIn.CallbackPage);

        answer.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        idp.TokensIssued.ShouldBe(0);
    }

    [Fact]
    public async Task SignInPage_ProviderConfigured_ShowsTheLink()
    {
        await using var beacon = Beacon();

        var page = await Browser(beacon).GetDocumentAsync("/sign-in?returnUrl=%2Faccount");

        var link = page.QuerySelector("#external-sign-in").ShouldNotBeNull();
        link.Text().ShouldBe("Sign in with Testborough Council account");
        link.GetAttribute("href").ShouldBe("/sign-in/external?returnUrl=%2Faccount");
    }

    [Fact]
    public async Task SignInPage_NoProviderConfigured_HasNoLinkAndNoExternalPages()
    {
        var browser = App.CreateBrowserClient();

        (await browser.GetDocumentAsync("/sign-in")).QuerySelector("#external-sign-in").ShouldBeNull();
        (await browser.GetAsync("/sign-in/external")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.GetAsync(OidcSignIn.CallbackPage)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public void Start_RoleMapNamesUnknownRole_RefusesNamingTheSetting()
    {
        using var beacon = Beacon(("Authentication:Oidc:RoleMap:wizards", "Wizard"));

        Should.Throw<Microsoft.Extensions.Options.OptionsValidationException>(() => beacon.Services).Message.ShouldContain("RoleMap:wizards");
    }
}
