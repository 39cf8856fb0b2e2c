using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Beacon.Web.Tests.Infrastructure;

/// <summary>The person the test provider signs in next. Null <see cref="IdpUser"/> means they cancel.</summary>
public sealed record IdpUser(string Subject, string? Email, string[] Roles, string[] Amr, string? Name = "Sam Example", bool? EmailVerified = null);

/// <summary>
/// A minimal real OpenID Connect provider, in memory: discovery, JWKS (an RSA key), an authorize
/// endpoint that signs in <see cref="NextUser"/> and redirects back with a code, and a token
/// endpoint that checks the client, the redirect URI and PKCE before it returns a signed id_token.
/// Beacon reaches it through <see cref="Handler"/> (the backchannel); a test plays the browser.
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    public const string Authority = "https://idp.test";
    public const string ClientId = "beacon-test-client";
    public const string ClientSecret = "test client secret, not a real one";
    public const string RedirectUri = "https://beacon.test/signin-oidc";

    private readonly RSA rsa = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, Grant> grants = new();
    private WebApplication? app;

    private static readonly Dictionary<string, object> Discovery = new()
    {
        ["issuer"] = Authority,
        ["authorization_endpoint"] = $"{Authority}/authorize",
        ["token_endpoint"] = $"{Authority}/token",
        ["jwks_uri"] = $"{Authority}/jwks",
        ["response_types_supported"] = new[] { "code" },
        ["subject_types_supported"] = new[] { "public" },
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        ["code_challenge_methods_supported"] = new[] { "S256" },
        ["scopes_supported"] = new[] { "openid", "profile", "email" },
    };

    private sealed record Grant(IdpUser User, string Nonce, string CodeChallenge);

    public IdpUser? NextUser { get; set; }

    /// <summary>Codes exchanged at the token endpoint (each works once).</summary>
    public int TokensIssued { get; private set; }

    public HttpMessageHandler Handler => Server.CreateHandler();

    private TestServer Server => app!.GetTestServer();

    public static async Task<TestIdentityProvider> StartAsync()
    {
        var provider = new TestIdentityProvider();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        provider.app = builder.Build();
        provider.Map(provider.app);
        await provider.app.StartAsync();
        return provider;
    }

    /// <summary>The browser at the provider: follows the challenge to the authorize endpoint, returns where it sends the browser back to.</summary>
    public async Task<Uri> AuthorizeAsync(Uri authorizeUrl)
    {
        using var browser = Server.CreateClient();
        var response = await browser.GetAsync(authorizeUrl);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return response.Headers.Location!;
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        rsa.Dispose();
    }

    private RsaSecurityKey SigningKey => new(rsa) { KeyId = "test-key-1" };

    private void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/.well-known/openid-configuration", () => Results.Json(Discovery));

        endpoints.MapGet("/jwks", () =>
        {
            var parameters = rsa.ExportParameters(includePrivateParameters: false);
            return Results.Json(new
            {
                keys = new[]
                {
                    new { kty = "RSA", use = "sig", alg = "RS256", kid = SigningKey.KeyId, n = Base64UrlEncoder.Encode(parameters.Modulus), e = Base64UrlEncoder.Encode(parameters.Exponent) },
                },
            });
        });

        endpoints.MapGet("/authorize", (HttpRequest request) =>
        {
            var query = request.Query;
            if (query["client_id"] != ClientId || query["redirect_uri"] != RedirectUri || query["response_type"] != "code"
                || query["code_challenge_method"] != "S256" || string.IsNullOrEmpty(query["code_challenge"]) || string.IsNullOrEmpty(query["nonce"])
                || !query["scope"].ToString().Split(' ').Contains("openid"))
            {
                return Results.BadRequest("The authorization request is not what Beacon should send.");
            }

            if (NextUser is null)
            {
                return Results.Redirect(QueryHelpers.AddQueryString(RedirectUri, new Dictionary<string, string?> { ["error"] = "access_denied", ["state"] = query["state"] }));
            }

            var code = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
            grants[code] = new Grant(NextUser, query["nonce"]!, query["code_challenge"]!);
            return Results.Redirect(QueryHelpers.AddQueryString(RedirectUri, new Dictionary<string, string?> { ["code"] = code, ["state"] = query["state"], ["iss"] = Authority }));
        });

        endpoints.MapPost("/token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            if (form["grant_type"] != "authorization_code" || form["redirect_uri"] != RedirectUri
                || form["client_id"] != ClientId || form["client_secret"] != ClientSecret
                || !grants.TryRemove(form["code"].ToString(), out var grant))
            {
                return Results.Json(new { error = "invalid_grant" }, statusCode: 400);
            }

            var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(form["code_verifier"].ToString())));
            if (challenge != grant.CodeChallenge)
            {
                return Results.Json(new { error = "invalid_grant", error_description = "PKCE" }, statusCode: 400);
            }

            TokensIssued++;
            var accessToken = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
            return Results.Json(new { access_token = accessToken, token_type = "Bearer", expires_in = 300, id_token = IdToken(grant, accessToken) });
        });
    }

    private string IdToken(Grant grant, string accessToken)
    {
        var claims = new Dictionary<string, object>
        {
            ["sub"] = grant.User.Subject,
            ["nonce"] = grant.Nonce,
            ["amr"] = grant.User.Amr,
            ["roles"] = grant.User.Roles,
            ["at_hash"] = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(accessToken))[..16]),
        };
        if (grant.User.Email is not null)
        {
            claims["email"] = grant.User.Email;
        }

        if (grant.User.EmailVerified is { } verified)
        {
            claims["email_verified"] = verified;
        }

        if (grant.User.Name is not null)
        {
            claims["name"] = grant.User.Name;
        }

        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = ClientId,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            Claims = claims,
            SigningCredentials = new SigningCredentials(SigningKey, SecurityAlgorithms.RsaSha256),
        });
    }
}
