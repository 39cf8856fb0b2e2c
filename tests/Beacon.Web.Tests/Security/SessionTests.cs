using System.Net;
using Beacon.Core.Accounts;
using Beacon.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Web.Tests.Security;

/// <summary>Security standard items 3, 11 and 12: sessions held on the server, timeouts, cookies, antiforgery.</summary>
public class SessionTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private BeaconAppFactory App => app.Factory;

    [Fact]
    public async Task SignIn_Twice_GivesANewSessionEachTime()
    {
        var user = await App.CreateUserAsync(Role.Staff);

        var (_, first) = await App.SignInWithCookieAsync(user);
        var (_, second) = await App.SignInWithCookieAsync(user);

        second.ShouldNotBe(first);
        (await App.QueryAsync(db => db.UserSessions.CountAsync(s => s.UserId == user.Id))).ShouldBe(2);
    }

    [Fact]
    public async Task SignOut_EndsTheSessionOnTheServer_TheOldCookieNoLongerWorks()
    {
        var user = await App.CreateUserAsync(Role.Staff);
        var (client, cookie) = await App.SignInWithCookieAsync(user);
        (await App.ClientWithCookie(cookie).GetAsync("/home")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var signOut = await client.PostFormAsync("/sign-out", [], tokenFrom: "/home");

        signOut.Headers.Location!.OriginalString.ShouldBe("/sign-in?signedOut=yes");
        var replay = await App.ClientWithCookie(cookie).GetAsync("/home");
        replay.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        replay.Headers.Location!.OriginalString.ShouldContain("/sign-in");
        (await App.QueryAsync(db => db.UserSessions.SingleAsync(s => s.UserId == user.Id))).EndReason.ShouldBe(SessionEndReason.SignedOut);
        var events = await App.QueryAsync(db => db.AuditEvents.Where(e => e.UserId == user.Id).OrderBy(e => e.At).Select(e => e.Action).ToListAsync());
        events.ShouldBe(["Signed in", "Signed out"]);
    }

    [Fact]
    public async Task Idle_ThirtyMinutes_SignsOutAndSaysWhy()
    {
        var user = await App.CreateUserAsync(Role.Staff);
        var (_, cookie) = await App.SignInWithCookieAsync(user);
        var client = App.ClientWithCookie(cookie);

        App.Time.Advance(TimeSpan.FromMinutes(29));
        (await client.GetAsync("/home")).StatusCode.ShouldBe(HttpStatusCode.OK, "29 minutes idle is still signed in");
        App.Time.Advance(TimeSpan.FromMinutes(29));
        (await client.GetAsync("/home")).StatusCode.ShouldBe(HttpStatusCode.OK, "activity restarts the idle clock");
        App.Time.Advance(TimeSpan.FromMinutes(31));
        var response = await client.GetAsync("/home");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("signedOut=idle");
        var page = await App.CreateBrowserClient().GetDocumentAsync(response.Headers.Location.OriginalString);
        page.QuerySelector(".govuk-notification-banner").Text().ShouldContain("30 minutes");
    }

    [Fact]
    public async Task Active_TwelveHours_SignsOutAnyway()
    {
        var user = await App.CreateUserAsync(Role.Staff);
        var (_, cookie) = await App.SignInWithCookieAsync(user);
        var client = App.ClientWithCookie(cookie);

        for (var hour = 0; hour < 11; hour++)
        {
            App.Time.Advance(TimeSpan.FromMinutes(25));
            (await client.GetAsync("/home")).StatusCode.ShouldBe(HttpStatusCode.OK);
            App.Time.Advance(TimeSpan.FromMinutes(25));
            (await client.GetAsync("/home")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        App.Time.Advance(TimeSpan.FromMinutes(70));
        (await client.GetAsync("/home")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await App.QueryAsync(db => db.UserSessions.SingleAsync(s => s.UserId == user.Id))).EndReason
            .ShouldBeOneOf(SessionEndReason.AbsoluteTimeout, SessionEndReason.IdleTimeout);
    }

    [Fact]
    public async Task Active_TwelveHoursExactly_IsTheAbsoluteTimeout()
    {
        var user = await App.CreateUserAsync(Role.Staff);
        var (_, cookie) = await App.SignInWithCookieAsync(user);
        var client = App.ClientWithCookie(cookie);

        for (var step = 0; step < 35; step++)
        {
            App.Time.Advance(TimeSpan.FromMinutes(20));
            (await client.GetAsync("/home")).StatusCode.ShouldBe(HttpStatusCode.OK, $"after {(step + 1) * 20} minutes");
        }

        App.Time.Advance(TimeSpan.FromMinutes(21));
        var response = await client.GetAsync("/home");

        response.Headers.Location!.OriginalString.ShouldContain("signedOut=expired");
        (await App.QueryAsync(db => db.UserSessions.SingleAsync(s => s.UserId == user.Id))).EndReason.ShouldBe(SessionEndReason.AbsoluteTimeout);
    }

    [Fact]
    public async Task Deactivated_EndsTheSessionOnTheNextRequest()
    {
        var user = await App.CreateUserAsync(Role.Staff);
        var client = await App.SignInAsync(user);
        (await client.GetAsync("/home")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await using (var scope = App.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<UserAdministration>().DeactivateAsync(user.Id, "Left the council");
            result.Succeeded.ShouldBeTrue();
        }

        var response = await client.GetAsync("/home");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("/sign-in");
        var again = await App.CreateBrowserClient().PostFormAsync("/sign-in", new() { ["Email"] = user.Email, ["Password"] = user.Password });
        again.StatusCode.ShouldBe(HttpStatusCode.OK, "a deactivated account cannot sign in");
    }

    [Fact]
    public async Task SessionCookie_IsHostPrefixedSecureHttpOnlySameSite()
    {
        var user = await App.CreateUserAsync(Role.Staff);
        var client = App.CreateBrowserClient();
        await client.PostFormAsync("/sign-in", new() { ["Email"] = user.Email, ["Password"] = user.Password });

        var response = await client.PostFormAsync("/sign-in/two-factor", new() { ["Code"] = App.NextTotpCode(user) });

        var setCookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-beacon-session=", StringComparison.Ordinal)).ToLowerInvariant();
        setCookie.ShouldContain("; secure");
        setCookie.ShouldContain("; httponly");
        setCookie.ShouldContain("; samesite=lax");
        setCookie.ShouldContain("; path=/");
        setCookie.ShouldNotContain("domain=");
        setCookie.ShouldNotContain("expires=", Case.Insensitive, "a session cookie, gone when the browser closes");
    }

    [Fact]
    public async Task EveryCookieBeaconSets_IsHostPrefixedSecureAndHttpOnly()
    {
        var user = await App.CreateUserAsync(Role.Administrator);
        var client = App.CreateBrowserClient();
        var responses = new List<HttpResponseMessage>
        {
            await client.GetAsync("/sign-in"),
            await client.PostFormAsync("/sign-in", new() { ["Email"] = user.Email, ["Password"] = user.Password }),
            await client.PostFormAsync("/sign-in/two-factor", new() { ["Code"] = App.NextTotpCode(user) }),
            await client.GetAsync("/admin/areas/add"),
            await client.PostFormAsync("/admin/areas/add", new() { ["Name"] = TestData.Unique("Area") }),
            await App.CreateBrowserClient().GetAsync($"/account/invitation/{new string('x', 43)}"),
            await App.CreateBrowserClient().GetAsync($"/account/reset-password/new/{new string('y', 43)}"),
        };

        var cookies = responses.SelectMany(r => r.Headers.TryGetValues("Set-Cookie", out var values) ? values : []).ToList();
        cookies.Count.ShouldBeGreaterThanOrEqualTo(6);
        cookies.Select(c => c.Split('=')[0]).Distinct().Count().ShouldBeGreaterThanOrEqualTo(5, "antiforgery, sign-in step, session, notice, one-time links");
        foreach (var cookie in cookies.Select(c => c.ToLowerInvariant()))
        {
            cookie.ShouldStartWith("__host-");
            cookie.ShouldContain("; secure");
            cookie.ShouldContain("; httponly");
            cookie.ShouldContain("; path=/");
            cookie.ShouldContain("; samesite=");
        }
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_Is400AndChangesNothing()
    {
        var user = await App.CreateUserAsync(Role.Staff);
        var client = await App.SignInAsync(user);

        var response = await client.PostAsync("/sign-out", new FormUrlEncodedContent([]));
        var wrong = await client.PostAsync("/sign-out", new FormUrlEncodedContent([new("__RequestVerificationToken", "not-a-token")]));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        wrong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.GetAsync("/home")).StatusCode.ShouldBe(HttpStatusCode.OK, "still signed in");
    }

    [Fact]
    public async Task SignOut_ByGet_ChangesNothing()
    {
        var user = await App.CreateUserAsync(Role.Staff);
        var client = await App.SignInAsync(user);

        await client.GetAsync("/sign-out");

        (await client.GetAsync("/home")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task SignedInPage_HasTheTimeoutWarningAndKeepAliveWorks()
    {
        var user = await App.CreateUserAsync(Role.Staff);
        var (client, cookie) = await App.SignInWithCookieAsync(user);
        var page = await client.GetDocumentAsync("/home");
        var dialog = page.QuerySelector("dialog[data-module=app-timeout-warning]");
        dialog.ShouldNotBeNull();
        dialog.GetAttribute("data-timeout-seconds").ShouldBe("1800");

        App.Time.Advance(TimeSpan.FromMinutes(28));
        var keepAlive = await client.PostAsync("/account/keep-alive", new FormUrlEncodedContent([new("__RequestVerificationToken", dialog.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!)]));
        keepAlive.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        App.Time.Advance(TimeSpan.FromMinutes(28));

        (await App.ClientWithCookie(cookie).GetAsync("/home")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
