using System.Security.Claims;
using Beacon.Core.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Beacon.Web.Infrastructure.Security;

/// <summary>The <c>Authentication:Oidc</c> section: a council's own identity provider, when it has one.</summary>
public sealed class OidcSettings
{
    public const string Section = "Authentication:Oidc";

    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>Finishes "Sign in with …", like "Northbridge Council account".</summary>
    public string DisplayName { get; set; } = "your council account";

    /// <summary>Space-separated; <c>openid</c> is always asked for.</summary>
    public string Scopes { get; set; } = "openid profile email";

    public string EmailClaim { get; set; } = "email";

    public string RoleClaim { get; set; } = "roles";

    /// <summary>The provider's role or group value → a Beacon <see cref="Role"/> name (or several, comma-separated).</summary>
    public Dictionary<string, string> RoleMap { get; set; } = [];

    /// <summary>The Beacon organisation that accounts made from the provider belong to.</summary>
    public Guid? OrganisationId { get; set; }

    /// <summary>Make an account for someone the provider knows and Beacon does not (with a mapped role).</summary>
    public bool AutoProvision { get; set; }

    /// <summary>
    /// Trust the provider's own multi-factor authentication (its <c>amr</c> claim) as Beacon's second
    /// factor. When false, people still use Beacon's authenticator code after the provider.
    /// </summary>
    public bool MfaFromIdentityProvider { get; set; } = true;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);

    public IEnumerable<string> ScopeList() =>
        Scopes.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Prepend("openid").Distinct(StringComparer.Ordinal);

    /// <summary>The Beacon roles the provider's values map to; values with no mapping are ignored.</summary>
    public IReadOnlyCollection<Role> MapRoles(IEnumerable<string> values)
    {
        var map = new Dictionary<string, string>(RoleMap, StringComparer.OrdinalIgnoreCase);
        return [.. values.SelectMany(v => map.TryGetValue(v, out var names) ? ParseRoles(names) : []).Distinct().Order()];
    }

    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!IsEnabled)
        {
            return problems;
        }

        if (!Uri.TryCreate(Authority, UriKind.Absolute, out _))
        {
            problems.Add("Authentication:Oidc:Authority is not an absolute URL.");
        }

        foreach (var (value, names) in RoleMap)
        {
            if (names.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Any(n => !Enum.TryParse<Role>(n, ignoreCase: true, out _)))
            {
                problems.Add($"Authentication:Oidc:RoleMap:{value} names a role Beacon does not have. Roles: {string.Join(", ", Enum.GetNames<Role>())}.");
            }
        }

        if (AutoProvision && OrganisationId is null)
        {
            problems.Add("Authentication:Oidc:AutoProvision is true but Authentication:Oidc:OrganisationId is not set.");
        }

        return problems;
    }

    private static IEnumerable<Role> ParseRoles(string names) =>
        names.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(n => Enum.TryParse<Role>(n, ignoreCase: true, out var role) ? role : (Role?)null)
            .OfType<Role>();
}

/// <summary>
/// Sign-in with a council's own OpenID Connect provider: authorization code flow with PKCE, the
/// provider's answer held only briefly in the external cookie, then a Beacon session for the
/// matching account (pages <c>/sign-in/external</c> and <c>/sign-in/external/callback</c>).
/// </summary>
public static class OidcSignIn
{
    public const string Scheme = "oidc";

    public const string CallbackPage = "/sign-in/external/callback";

    /// <summary>
    /// <c>amr</c> values (RFC 8176 and common use) that mean more than one factor was used, or that
    /// the factor was a possession one added to the provider's own sign-in.
    /// </summary>
    public static readonly IReadOnlySet<string> MultiFactorMethods = new HashSet<string>(["mfa", "mca", "otp", "hwk", "swk", "sc", "fido"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Registers the scheme only when <c>Authority</c> and <c>ClientId</c> are set. Decided when the
    /// authentication options are first built, not now, so that test hosts can still set them.
    /// </summary>
    public static IServiceCollection AddBeaconOidc(this IServiceCollection services)
    {
        services.AddScoped<ExternalAccounts>();
        services.AddOptions<OidcSettings>().BindConfiguration(OidcSettings.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OidcSettings>, OidcSettingsValidator>();

        services.AddOptions<AuthenticationOptions>().Configure<IOptions<OidcSettings>>((authentication, settings) =>
        {
            if (settings.Value.IsEnabled)
            {
                authentication.AddScheme<OpenIdConnectHandler>(Scheme, settings.Value.DisplayName);
            }
        });
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<OpenIdConnectOptions>, OpenIdConnectPostConfigureOptions>());
        services.AddOptions<OpenIdConnectOptions>(Scheme)
            .Configure<IOptions<OidcSettings>, IWebHostEnvironment>((options, settings, environment) => Configure(options, settings.Value, environment))
            .Validate(options =>
            {
                options.Validate(Scheme);
                return true;
            });
        return services;
    }

    /// <summary>What the provider said about the person, from the external sign-in.</summary>
    public static ExternalIdentity ReadIdentity(ClaimsPrincipal principal, OidcSettings settings) => new(
        principal.FindFirstValue("sub") ?? string.Empty,
        principal.FindFirstValue(settings.EmailClaim),
        !string.Equals(principal.FindFirstValue("email_verified"), "false", StringComparison.OrdinalIgnoreCase),
        principal.FindFirstValue("name"),
        settings.MapRoles(principal.FindAll(settings.RoleClaim).Select(c => c.Value)));

    public static bool AssertsMultiFactor(ClaimsPrincipal principal) =>
        principal.FindAll("amr").Any(c => MultiFactorMethods.Contains(c.Value));

    private static void Configure(OpenIdConnectOptions options, OidcSettings settings, IWebHostEnvironment environment)
    {
        if (!settings.IsEnabled)
        {
            return;
        }

        options.Authority = settings.Authority;
        options.ClientId = settings.ClientId;
        options.ClientSecret = string.IsNullOrEmpty(settings.ClientSecret) ? null : settings.ClientSecret;
        options.SignInScheme = IdentityConstants.ExternalScheme;
        options.ResponseType = OpenIdConnectResponseType.Code;
        options.ResponseMode = OpenIdConnectResponseMode.Query;
        options.UsePkce = true;
        options.SaveTokens = false;
        options.MapInboundClaims = false;
        options.GetClaimsFromUserInfoEndpoint = false;
        options.UseTokenLifetime = false;
        options.DisableTelemetry = true;
        options.CallbackPath = "/signin-oidc";
        options.Scope.Clear();
        foreach (var scope in settings.ScopeList())
        {
            options.Scope.Add(scope);
        }

        options.TokenValidationParameters.NameClaimType = "name";
        options.TokenValidationParameters.RoleClaimType = settings.RoleClaim;

        // A provider on plain http://localhost is for development only.
        options.RequireHttpsMetadata = !environment.IsDevelopment();
        if (environment.IsDevelopment())
        {
            options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        }

        // Cancelled at the provider, a stale link, a bad token: the callback page says what to do,
        // rather than the error page. The exception's message may quote the provider: type only.
        options.Events.OnRemoteFailure = context =>
        {
            var logger = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OidcSignIn));
            SecurityLog.ExternalSignInFailed(logger, context.Failure?.GetType().Name ?? "unknown");
            context.Response.Redirect(CallbackPage);
            context.HandleResponse();
            return Task.CompletedTask;
        };
    }

    private sealed class OidcSettingsValidator : IValidateOptions<OidcSettings>
    {
        public ValidateOptionsResult Validate(string? name, OidcSettings options) =>
            options.Problems() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}
