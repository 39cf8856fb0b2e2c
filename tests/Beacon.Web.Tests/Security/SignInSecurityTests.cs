using System.Net;
using Beacon.Core.Accounts;
using Beacon.Web.Infrastructure.Security;
using Beacon.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Web.Tests.Security;

/// <summary>Security standard items 8, 9, 10 and 16: lockout, passwords, two-factor, nothing secret in logs or addresses.</summary>
public class SignInSecurityTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private BeaconAppFactory App => app.Factory;

    private static async Task<string> ErrorOf(HttpResponseMessage response) =>
        (await response.GetDocumentAsync()).QuerySelector(".govuk-error-summary__list").Text();

    [Fact]
    public async Task WrongPassword_FiveTimes_LocksTheAccountForAtLeastFiveMinutes()
    {
        var user = await App.CreateUserAsync(Role.Staff);
        var client = App.CreateBrowserClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            (await ErrorOf(await client.PostFormAsync("/sign-in", new() { ["Email"] = user.Email, ["Password"] = "not the password at all" })))
                .ShouldBe(Pages.SignIn.IndexModel.Refused);
        }

        var right = await client.PostFormAsync("/sign-in", new() { ["Email"] = user.Email, ["Password"] = user.Password });

        right.StatusCode.ShouldBe(HttpStatusCode.OK, "the right password is refused while locked");
        (await ErrorOf(right)).ShouldBe(Pages.SignIn.IndexModel.Refused);
        var lockoutEnd = await App.QueryAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.LockoutEnd).SingleAsync());
        lockoutEnd.ShouldNotBeNull();
        (lockoutEnd.Value - DateTimeOffset.UtcNow).ShouldBeGreaterThan(TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task UnknownAndKnownUsers_GetTheSameAnswerAfterTheSameHashingWork()
    {
        var user = await App.CreateUserAsync(Role.Staff);
        var client = App.CreateBrowserClient();
        var before = PasswordTiming.Checks;

        var unknown = await client.PostFormAsync("/sign-in", new() { ["Email"] = "nobody-here@example.test", ["Password"] = "a guessed password" });
        var known = await client.PostFormAsync("/sign-in", new() { ["Email"] = user.Email, ["Password"] = "a guessed password" });

        (await ErrorOf(unknown)).ShouldBe(await ErrorOf(known));
        unknown.StatusCode.ShouldBe(known.StatusCode);
        PasswordTiming.Checks.ShouldBeGreaterThan(before, "an unknown user still costs one password hash check");
    }

    [Fact]
    public async Task ManySignInAttemptsFromOneAddress_AreThrottledWith429()
    {
        await using var throttled = new BeaconAppFactory(App.Provider, await app.Server.CreateDatabaseAsync(), new Dictionary<string, string?>
        {
            ["Beacon:SignInRateLimit:PermitLimit"] = "3",
            ["Beacon:SignInRateLimit:WindowSeconds"] = "600",
        });
        var client = throttled.CreateBrowserClient();
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            statuses.Add((await client.PostFormAsync("/sign-in", new() { ["Email"] = $"spray-{attempt}@example.test", ["Password"] = "Winter2026!Winter" })).StatusCode);
        }

        statuses.Take(3).ShouldAllBe(s => s == HttpStatusCode.OK);
        statuses.Skip(3).ShouldAllBe(s => s == HttpStatusCode.TooManyRequests);
        (await client.GetAsync("/sign-in")).StatusCode.ShouldBe(HttpStatusCode.OK, "reading the page is not limited");
    }

    [Theory]
    [InlineData("too short", "12 characters or more")]
    [InlineData("qwertyuiop123", "common or breached")]
    [InlineData("password1234", "common or breached")]
    [InlineData("iloveyou!!!!!!", "common or breached")]
    [InlineData("aaaaaaaaaaaaaaaa", "common or breached")]
    public async Task Invitation_WeakPassword_IsRefusedWithTheReason(string password, string reason)
    {
        var (client, _) = await InvitedUserAsync();

        var response = await client.PostFormAsync("/account/invitation", new() { ["Password"] = password });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ErrorOf(response)).ShouldContain(reason);
    }

    [Theory]
    [InlineData("lantern river oyster quietly")]
    [InlineData("ÜBER-straße-ɐɯɐ 東京 ☕☕")]
    [InlineData("alllowercaselettersnodigits")]
    public async Task Invitation_LongPasswordOfAnyCharacters_IsAcceptedWithoutCompositionRules(string password)
    {
        var (client, userId) = await InvitedUserAsync();

        var response = await client.PostFormAsync("/account/invitation", new() { ["Password"] = password });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/account/set-up-two-factor");
        (await App.QueryAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.PasswordHash).SingleAsync())).ShouldNotBeNull();
    }

    [Fact]
    public async Task Invitation_Journey_PasswordThenAuthenticatorThenRecoveryCodes()
    {
        var (client, userId) = await InvitedUserAsync();
        (await client.PostFormAsync("/account/invitation", new() { ["Password"] = "lantern river oyster quietly" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // Password only: every other page sends them to set up two-factor first.
        var home = await client.GetAsync("/home");
        home.Headers.Location!.OriginalString.ShouldBe("/account/set-up-two-factor");
        (await client.GetAsync("/cases")).Headers.Location!.OriginalString.ShouldBe("/account/set-up-two-factor");

        var setUpResponse = await client.GetAsync("/account/set-up-two-factor");
        setUpResponse.StatusCode.ShouldBe(HttpStatusCode.OK, await setUpResponse.Content.ReadAsStringAsync());
        var setUp = await setUpResponse.GetDocumentAsync();
        var secret = setUp.QuerySelector("[data-testid=totp-secret]").Text().Replace(" ", "", StringComparison.Ordinal);
        setUp.QuerySelector("img.app-qr-code")!.GetAttribute("src")!.ShouldStartWith("data:image/png;base64,");
        var wrong = await client.PostFormAsync("/account/set-up-two-factor", new() { ["Code"] = "000000" });
        (await ErrorOf(wrong)).ShouldContain("not right");

        App.Time.Advance(TimeSpan.FromSeconds(30));
        var code = Totp.Code(Base32.Decode(secret), Totp.TimeStep(App.Time.GetUtcNow()));
        var done = await client.PostFormAsync("/account/set-up-two-factor", new() { ["Code"] = code });

        var page = await done.GetDocumentAsync();
        page.QuerySelectorAll("[data-testid=recovery-codes] li").Length.ShouldBe(10);
        (await client.GetAsync("/home")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var events = await App.QueryAsync(db => db.AuditEvents.Where(e => e.EntityId == userId).Select(e => e.Action).ToListAsync());
        events.ShouldContain("Invitation accepted");
        events.ShouldContain("Two-factor authentication set up");
    }

    [Fact]
    public async Task InvitationLink_WorksOnce_AndLeavesTheAddressBar()
    {
        var (client, _, token) = await InvitedUserWithTokenAsync();
        var landing = await App.CreateBrowserClient().GetAsync($"/account/invitation/{token}");
        landing.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        landing.Headers.Location!.OriginalString.ShouldBe("/account/invitation", "the token is moved out of the address at once");

        (await client.PostFormAsync("/account/invitation", new() { ["Password"] = "lantern river oyster quietly" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var reuse = App.CreateBrowserClient();
        await reuse.GetAsync($"/account/invitation/{token}");
        (await reuse.GetDocumentAsync("/account/invitation")).QuerySelector("h1").Text().ShouldBe("This link does not work");
    }

    [Fact]
    public async Task TotpCode_CannotBeUsedTwice()
    {
        var user = await App.CreateUserAsync(Role.Staff);
        var code = App.NextTotpCode(user);
        var first = App.CreateBrowserClient();
        await first.PostFormAsync("/sign-in", new() { ["Email"] = user.Email, ["Password"] = user.Password });
        (await first.PostFormAsync("/sign-in/two-factor", new() { ["Code"] = code })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var second = App.CreateBrowserClient();
        await second.PostFormAsync("/sign-in", new() { ["Email"] = user.Email, ["Password"] = user.Password });
        var replay = await second.PostFormAsync("/sign-in/two-factor", new() { ["Code"] = code });

        replay.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ErrorOf(replay)).ShouldContain("has been used already");
        (await second.GetAsync("/home")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task RecoveryCode_SignsInOnce()
    {
        var user = await App.CreateUserAsync(Role.Staff);
        string recovery;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<BeaconUser>>();
            recovery = (await users.GenerateNewTwoFactorRecoveryCodesAsync((await users.FindByIdAsync(user.Id.ToString()))!, 10))!.First();
        }

        async Task<HttpResponseMessage> UseAsync()
        {
            var client = App.CreateBrowserClient();
            await client.PostFormAsync("/sign-in", new() { ["Email"] = user.Email, ["Password"] = user.Password });
            return await client.PostFormAsync("/sign-in/recovery-code", new() { ["Code"] = recovery });
        }

        (await UseAsync()).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ErrorOf(await UseAsync())).ShouldContain("has been used already");
    }

    [Fact]
    public async Task AuthenticatorSecretAndRecoveryCodes_AreEncryptedInTheDatabase()
    {
        var user = await App.CreateUserAsync(Role.Staff);
        string code;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<BeaconUser>>();
            code = (await users.GenerateNewTwoFactorRecoveryCodesAsync((await users.FindByIdAsync(user.Id.ToString()))!, 10))!.First();
        }

        var stored = await App.QueryAsync(db => db.UserTokens.Where(t => t.UserId == user.Id).Select(t => t.Value).ToListAsync());

        stored.Count.ShouldBe(2);
        stored.ShouldAllBe(v => v != null && !v.Contains(user.TotpSecret) && !v.Contains(code));
        await App.SignInAsync(user);
    }

    [Fact]
    public async Task PasswordReset_StillNeedsTheSecondFactor()
    {
        var user = await App.CreateUserAsync(Role.Staff);
        var (_, oldCookie) = await App.SignInWithCookieAsync(user);
        var requested = await App.CreateBrowserClient().PostFormAsync("/account/reset-password", new() { ["Email"] = user.Email });
        (await requested.GetDocumentAsync()).QuerySelector("h1").Text().ShouldBe("Check your email");
        var link = await App.QueryAsync(db => db.OutboxEmails.Where(e => e.To == user.Email).Select(e => e.Body).SingleAsync());
        var path = new Uri(link.Split('\n').Single(l => l.StartsWith("http", StringComparison.Ordinal))).AbsolutePath;
        var client = App.CreateBrowserClient();
        await client.GetAsync(path);

        var withoutCode = await client.PostFormAsync("/account/reset-password/new", new() { ["Password"] = "a brand new passphrase here" });
        var wrongCode = await client.PostFormAsync("/account/reset-password/new", new() { ["Password"] = "a brand new passphrase here", ["Code"] = "123456" });

        (await ErrorOf(withoutCode)).ShouldContain("Enter the code");
        (await ErrorOf(wrongCode)).ShouldContain("not right");
        var changed = await client.PostFormAsync("/account/reset-password/new", new() { ["Password"] = "a brand new passphrase here", ["Code"] = App.NextTotpCode(user) });
        changed.Headers.Location!.OriginalString.ShouldBe("/sign-in?signedOut=password-reset");
        (await App.ClientWithCookie(oldCookie).GetAsync("/home")).StatusCode.ShouldBe(HttpStatusCode.Redirect, "sessions end when the password changes");
        await App.SignInAsync(user with { Password = "a brand new passphrase here" });
    }

    [Fact]
    public async Task PasswordReset_ForgedHostHeader_LinkUsesTheConfiguredAddress()
    {
        await using var configured = new BeaconAppFactory(App.Provider, await app.Server.CreateDatabaseAsync(), new Dictionary<string, string?>
        {
            ["Beacon:PublicBaseUrl"] = "https://beacon.northbridge.example/",
        });
        var user = await configured.CreateUserAsync(Role.Staff);
        var client = configured.CreateBrowserClient();
        var page = await client.GetDocumentAsync("/account/reset-password");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/reset-password")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = user.Email, ["__RequestVerificationToken"] = page.AntiforgeryToken() }),
        };
        request.Headers.Host = "attacker.example";

        (await client.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var body = await configured.QueryAsync(db => db.OutboxEmails.Where(e => e.To == user.Email).Select(e => e.Body).SingleAsync());
        body.ShouldContain("https://beacon.northbridge.example/account/reset-password/new/");
        body.ShouldNotContain("attacker.example");
    }

    [Fact]
    public async Task PasswordReset_UnknownEmail_GetsTheSameAnswerAndNoEmail()
    {
        var response = await App.CreateBrowserClient().PostFormAsync("/account/reset-password", new() { ["Email"] = "nobody-at-all@example.test" });

        (await response.GetDocumentAsync()).QuerySelector("h1").Text().ShouldBe("Check your email");
        (await App.QueryAsync(db => db.OutboxEmails.CountAsync(e => e.To == "nobody-at-all@example.test"))).ShouldBe(0);
    }

    [Fact]
    public async Task LogsAndAddresses_NeverHoldEmailsPasswordsCodesOrCookies()
    {
        var user = await App.CreateUserAsync(Role.Staff);
        var client = App.CreateBrowserClient();
        var locations = new List<string>();
        var password = await client.PostFormAsync("/sign-in", new() { ["Email"] = user.Email + "\r\nFORGED log line", ["Password"] = user.Password });
        var refused = await client.PostFormAsync("/sign-in", new() { ["Email"] = user.Email, ["Password"] = "wrong password here" });
        var ok = await client.PostFormAsync("/sign-in", new() { ["Email"] = user.Email, ["Password"] = user.Password });
        var code = App.NextTotpCode(user);
        var signedIn = await client.PostFormAsync("/sign-in/two-factor", new() { ["Code"] = code });
        foreach (var response in new[] { password, refused, ok, signedIn })
        {
            if (response.Headers.Location is { } location)
            {
                locations.Add(location.OriginalString);
            }
        }

        var cookie = SignIn.SessionCookieOf(signedIn).Split('=', 2)[1];
        var logs = App.Logs.AllText;
        foreach (var secret in new[] { user.Email, user.Password, "wrong password here", code, cookie, "FORGED" })
        {
            logs.ShouldNotContain(secret);
            locations.ShouldAllBe(l => !l.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }

        logs.ShouldContain("signed in with");
    }

    private async Task<(HttpClient Client, Guid UserId)> InvitedUserAsync()
    {
        var (client, userId, _) = await InvitedUserWithTokenAsync();
        return (client, userId);
    }

    private async Task<(HttpClient Client, Guid UserId, string Token)> InvitedUserWithTokenAsync()
    {
        var organisation = await App.CreateOrganisationAsync();
        string? token = null;
        Guid userId;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var admin = scope.ServiceProvider.GetRequiredService<UserAdministration>();
            var result = await admin.InviteAsync(new InviteUserOptions($"invited-{Guid.NewGuid():N}@example.test", "Invited Person", organisation.Id, organisation.TeamId, [Role.Staff]), t => token = t);
            result.Succeeded.ShouldBeTrue();
            userId = result.Id!.Value;
        }

        var client = App.CreateBrowserClient();
        await client.GetAsync($"/account/invitation/{token}");
        return (client, userId, token!);
    }
}
