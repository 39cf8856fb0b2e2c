namespace Beacon.Web.Tests.Infrastructure;

public static class SecurityHeaderAssertions
{
    public static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        string Header(string name) => response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : "";

        var csp = Header("Content-Security-Policy");
        csp.ShouldContain("default-src 'self'");
        csp.ShouldMatch("script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}'");
        csp.ShouldNotContain("unsafe-inline");
        csp.ShouldNotContain("unsafe-eval");
        csp.ShouldContain("object-src 'none'");
        csp.ShouldContain("base-uri 'none'");
        csp.ShouldContain("frame-ancestors 'none'");
        Header("Strict-Transport-Security").ShouldContain("max-age=31536000");
        Header("X-Content-Type-Options").ShouldBe("nosniff");
        Header("X-Frame-Options").ShouldBe("DENY");
        Header("Referrer-Policy").ShouldBe("no-referrer");
        Header("X-Correlation-Id").ShouldMatch("^[0-9a-f]{32}$");
        Header("Server").ShouldBeEmpty();
    }
}
