using System.Net;
using AngleSharp.Dom;
using Beacon.Core.Accounts;

namespace Beacon.Web.Tests.Infrastructure;

/// <summary>Signs in through the real pages: password, then a TOTP code computed from the user's secret.</summary>
public static class SignIn
{
    public static async Task<HttpClient> SignInAsync(this BeaconAppFactory app, TestUser user) =>
        (await app.SignInWithCookieAsync(user)).Client;

    /// <summary>Signs in and also returns the session cookie as sent (<c>name=value</c>), to replay it later.</summary>
    public static async Task<(HttpClient Client, string SessionCookie)> SignInWithCookieAsync(this BeaconAppFactory app, TestUser user)
    {
        var client = app.CreateBrowserClient();
        var password = await client.PostFormAsync("/sign-in", new() { ["Email"] = user.Email, ["Password"] = user.Password });
        password.StatusCode.ShouldBe(HttpStatusCode.Redirect, "the password step should pass");
        if (string.IsNullOrEmpty(user.TotpSecret))
        {
            return (client, SessionCookieOf(password));
        }

        password.Headers.Location!.OriginalString.ShouldStartWith("/sign-in/two-factor");
        var code = await client.PostFormAsync("/sign-in/two-factor", new() { ["Code"] = app.NextTotpCode(user) });
        code.StatusCode.ShouldBe(HttpStatusCode.Redirect, "the code step should pass");
        return (client, SessionCookieOf(code));
    }

    public static string SessionCookieOf(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("__Host-beacon-session=", StringComparison.Ordinal));

    /// <summary>A client with no cookie jar that sends exactly this cookie, as an attacker replaying it would.</summary>
    public static HttpClient ClientWithCookie(this BeaconAppFactory app, string cookie)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = BeaconAppFactory.BaseAddress, AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    /// <summary>
    /// A code for a time step no earlier sign-in used: the app's clock moves on 30 seconds first
    /// (codes are single-use, so two sign-ins in one step would be refused, as they should be).
    /// </summary>
    public static string NextTotpCode(this BeaconAppFactory app, TestUser user)
    {
        app.Time.Advance(TimeSpan.FromSeconds(Totp.StepSeconds));
        return Totp.Code(Base32.Decode(user.TotpSecret), Totp.TimeStep(app.Time.GetUtcNow()));
    }

    /// <summary>GETs the page for its antiforgery token, then posts the fields with it.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string path, Dictionary<string, string> fields, string? tokenFrom = null)
    {
        var page = await client.GetDocumentAsync(tokenFrom ?? path);
        var token = page.AntiforgeryToken();
        fields["__RequestVerificationToken"] = token;
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    public static string AntiforgeryToken(this IDocument page) =>
        page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
        ?? throw new InvalidOperationException("The page has no form with an antiforgery token.");
}
