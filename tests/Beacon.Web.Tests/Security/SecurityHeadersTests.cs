using System.Net;
using System.Text.RegularExpressions;
using Beacon.Web.Tests.Infrastructure;

namespace Beacon.Web.Tests.Security;

public partial class SecurityHeadersTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    public static TheoryData<string> Paths =>
    [
        "/",
        "/spot-the-signs",
        "/accessibility",
        "/no-such-page",
        "/status/500",
        "/error",
        "/css/beacon.css",
        "/js/beacon.js",
        "/lib/govuk/govuk-frontend.min.js",
        "/images/favicon.svg",
        "/health/live",
        "/health/ready",
    ];

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Get_AnyResponse_CarriesTheSecurityHeaders(string path)
    {
        var response = await app.Factory.CreateBrowserClient().GetAsync(path);

        SecurityHeaderAssertions.AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_Is400WithTheSecurityHeaders()
    {
        var response = await app.Factory.CreateBrowserClient().PostAsync("/", new FormUrlEncodedContent([new("anything", "x")]));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        SecurityHeaderAssertions.AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Get_Page_ScriptNonceMatchesTheCspAndChangesEveryRequest()
    {
        var client = app.Factory.CreateBrowserClient();
        var nonces = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            var response = await client.GetAsync("/");
            var csp = response.Headers.GetValues("Content-Security-Policy").Single();
            var nonce = NonceInCsp().Match(csp).Groups[1].Value;
            var document = await response.GetDocumentAsync();

            var inlineScripts = document.QuerySelectorAll("script:not([src])").ToList();
            inlineScripts.ShouldNotBeEmpty();
            inlineScripts.ShouldAllBe(s => s.GetAttribute("nonce") == nonce);
            nonces.Add(nonce);
        }

        nonces.Distinct().Count().ShouldBe(2);
    }

    [Fact]
    public async Task Get_Page_IsNeverCachedButVersionedAssetsAre()
    {
        var client = app.Factory.CreateBrowserClient();
        var document = await client.GetDocumentAsync("/");
        var stylesheet = document.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        (await client.GetAsync("/")).Headers.CacheControl!.NoStore.ShouldBeTrue();
        stylesheet.ShouldContain("?v=");
        var asset = await client.GetAsync(stylesheet);
        asset.StatusCode.ShouldBe(HttpStatusCode.OK);
        asset.Headers.CacheControl!.MaxAge.ShouldBe(TimeSpan.FromDays(365));
    }

    [Fact]
    public async Task Get_OverPlainHttp_RedirectsToHttps()
    {
        var client = app.Factory.CreateClient(new() { BaseAddress = new Uri("http://beacon.test/"), AllowAutoRedirect = false });

        var response = await client.GetAsync("/spot-the-signs");

        response.StatusCode.ShouldBe(HttpStatusCode.TemporaryRedirect);
        response.Headers.Location!.ToString().ShouldBe("https://beacon.test/spot-the-signs");
    }

    [Fact]
    public async Task Get_Page_AntiforgeryCookieIsHostPrefixedSecureHttpOnlyStrict()
    {
        // Any page with a form sets it: the component gallery has one and is served in the Testing environment.
        var response = await app.Factory.CreateBrowserClient().GetAsync("/design/components");

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-beacon-antiforgery=", StringComparison.Ordinal));
        cookie.ShouldContain("secure", Case.Insensitive);
        cookie.ShouldContain("httponly", Case.Insensitive);
        cookie.ShouldContain("samesite=strict", Case.Insensitive);
        cookie.ShouldContain("path=/", Case.Insensitive);
        cookie.ShouldNotContain("domain=", Case.Insensitive);
    }

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex NonceInCsp();
}
