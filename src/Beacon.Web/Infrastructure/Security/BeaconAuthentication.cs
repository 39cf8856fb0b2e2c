using Beacon.Core.Accounts;
using Beacon.Core.Audit;
using Beacon.Core.Data;
using Beacon.Core.Email;
using Beacon.Core.Organisations;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Beacon.Web.Infrastructure.Security;

public static class BeaconAuthentication
{
    public const string SessionCookie = "__Host-beacon-session";

    public static IServiceCollection AddBeaconAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.AddScoped<IActorSource>(s => s.GetRequiredService<CurrentUser>());
        services.AddScoped<AuditTrail>();
        services.AddScoped<EmailOutbox>();
        services.AddScoped<SessionStore>();
        services.AddScoped<AccountTokens>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<OrganisationAdministration>();
        services.AddScoped<SessionCookieEvents>();
        services.AddScoped<PasswordTiming>();
        services.AddScoped<OneTimeLinkCookie>();

        // Keys in the database: they survive restarts and restores, and every instance shares
        // them. Without them no cookie can be read, so everyone is signed out (fails closed).
        var dataProtection = services.AddDataProtection()
            .SetApplicationName("Beacon")
            .PersistKeysToDbContext<AppDbContext>();

        // In production, encrypt the keys at rest with a certificate (a copy of the database alone
        // then cannot forge a cookie). Without one, ASP.NET Core warns at start.
        if (configuration["DataProtection:CertificatePath"] is { Length: > 0 } certificatePath)
        {
            dataProtection.ProtectKeysWithCertificate(
                System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(certificatePath, configuration["DataProtection:CertificatePassword"]));
        }

        services.AddIdentityCore<BeaconUser>(options =>
            {
                // NCSC: length, not composition. The deny-list is DenyListPasswordValidator.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.User.AllowedUserNameCharacters += "'";
                options.Tokens.AuthenticatorTokenProvider = TotpTokenProvider.Name;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddUserStore<ProtectedTokenUserStore>()
            .AddSignInManager()
            .AddErrorDescriber<BeaconIdentityErrorDescriber>()
            .AddPasswordValidator<DenyListPasswordValidator>()
            .AddTokenProvider<TotpTokenProvider>(TotpTokenProvider.Name);

        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddIdentityCookies();
        services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IWebHostEnvironment>((options, environment) =>
            {
                ConfigureCookie(options.Cookie, SessionCookie, environment);
                options.LoginPath = "/sign-in";
                options.LogoutPath = "/sign-out";
                options.ReturnUrlParameter = "returnUrl";
                // A backstop only: the server-side session ends first and says why.
                options.ExpireTimeSpan = SessionStore.AbsoluteTimeout + TimeSpan.FromMinutes(10);
                options.SlidingExpiration = false;
                options.EventsType = typeof(SessionCookieEvents);
            });
        services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme)
            .Configure<IWebHostEnvironment>((options, environment) =>
            {
                ConfigureCookie(options.Cookie, "__Host-beacon-sign-in", environment);
                options.ExpireTimeSpan = TimeSpan.FromMinutes(5);
            });
        services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.ExternalScheme)
            .Configure<IWebHostEnvironment>((options, environment) =>
            {
                ConfigureCookie(options.Cookie, "__Host-beacon-external", environment);
                options.ExpireTimeSpan = TimeSpan.FromMinutes(5);
            });

        // Beacon checks the session and security stamp on every request itself (SessionCookieEvents).
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromDays(1));
        return services;
    }

    /// <summary>
    /// <c>__Host-</c>, Secure, HttpOnly, SameSite=Lax (Lax so that a council identity provider's
    /// redirect back still carries it; every state change also needs an antiforgery token).
    /// Under <c>dotnet run</c> on http://localhost the Secure flag (and so the prefix) is dropped.
    /// </summary>
    private static void ConfigureCookie(CookieBuilder cookie, string name, IWebHostEnvironment environment)
    {
        var development = environment.IsDevelopment();
        cookie.Name = development ? name.Replace("__Host-", string.Empty, StringComparison.Ordinal) : name;
        cookie.HttpOnly = true;
        cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        cookie.SameSite = SameSiteMode.Lax;
        cookie.Path = "/";
        cookie.IsEssential = true;
    }
}
