using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.StaticFiles;
using Beacon.Web.Infrastructure.Security;

namespace Beacon.Web.Infrastructure;

public static class WebSetup
{
    public static IServiceCollection AddBeaconWeb(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
        {
            options.Conventions.Add(new KebabCaseRouteConvention());
            options.Conventions.AddPageAccess();
        })
        .AddMvcOptions(options =>
        {
            // Antiforgery on every unsafe request, pages and any future handler alike.
            options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            options.ModelBinderProviders.Insert(0, new GovUk.DateInputModelBinderProvider());
            options.Filters.Add<Security.TamperedIdentifierFilter>(order: -100);
            options.Filters.Add<Security.CaseAccessFilter>();
            options.Filters.Add<Security.ConcernAccessFilter>();
        })
        .AddCookieTempDataProvider(options =>
        {
            // Carries only the one-line notice shown after a redirect ("Organisation added").
            options.Cookie.Name = "__Host-beacon-notice";
            options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.IsEssential = true;
        });
        services.AddOptions<CookieTempDataProviderOptions>().Configure<IWebHostEnvironment>((options, environment) =>
        {
            if (environment.IsDevelopment())
            {
                options.Cookie.Name = "beacon-notice";
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            }
        });

        services.AddScoped<Beacon.Core.Access.CaseAccess>();
        services.AddScoped<CaseAccessFilter>();
        services.AddScoped<Beacon.Core.Access.ConcernAccess>();
        services.AddScoped<ConcernAccessFilter>();
        services.AddScoped<Beacon.Core.Cases.References>();
        services.AddScoped<Beacon.Core.Cases.CaseSharing>();
        services.AddScoped<Beacon.Core.Cases.ReferralService>();
        services.AddScoped<Beacon.Core.Cases.EvidenceFiles>();
        services.AddScoped<Beacon.Core.Cases.DuplicateCheck>();
        services.AddScoped<Beacon.Core.Concerns.TriageService>();
        services.AddScoped<Beacon.Core.Cases.CaseTeam>();
        services.AddScoped<Beacon.Core.Concerns.ConcernService>();
        services.AddScoped<Pages.Concerns.New.ConcernDraftStore>();
        services.AddScoped<Beacon.Core.Cases.CaseService>();
        services.AddSingleton(provider => new Beacon.Core.Cases.CaseRetention(provider.GetRequiredService<IConfiguration>().GetValue<int?>("Beacon:Retention:Years") ?? Beacon.Core.Cases.CaseRetention.DefaultYears));
        services.AddScoped<Beacon.Core.Cases.DecisionService>();
        services.AddScoped<Beacon.Core.AreaPicture.AreaPictureService>();
        services.AddScoped<Beacon.Core.AreaPicture.Packs.PackComparison>();
        services.AddScoped<Beacon.Core.AreaPicture.Packs.BoardPackService>();
        services.AddScoped<Beacon.Core.Cases.SafeguardingService>();
        services.AddScoped<Beacon.Core.Cases.OverdueItems>();
        services.AddScoped<Beacon.Core.Cases.ReminderJob>();
        services.AddHostedService<ReminderService>();
        services.AddScoped<Beacon.Core.ReferenceData.ReferenceDataAdministration>();
        services.AddScoped<Beacon.Core.Statistics.NationalStatisticsImporter>();
        services.AddScoped<Beacon.Core.Statistics.NationalStatistics>();
        services.AddScoped<Beacon.Core.AreaPicture.NationalComparison>();

        services.Configure<RouteOptions>(options =>
        {
            options.LowercaseUrls = true;
            options.LowercaseQueryStrings = false;
        });

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "__Host-beacon-antiforgery";
            options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.FormFieldName = "__RequestVerificationToken";
            options.HeaderName = "X-CSRF-TOKEN";
        });
        services.AddOptions<AntiforgeryOptions>().Configure<IWebHostEnvironment>((options, environment) =>
        {
            if (environment.IsDevelopment())
            {
                // `dotnet run` serves plain http://localhost, where a Secure (and so a __Host-) cookie
                // cannot be set; everywhere else the cookie is __Host- and Secure.
                options.Cookie.Name = "beacon-antiforgery";
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            }
        });

        // Behind a council's TLS-terminating proxy the port is 443; ASPNETCORE_HTTPS_PORT overrides it.
        services.AddOptions<HttpsRedirectionOptions>().Configure<IConfiguration>((options, configuration) =>
            options.HttpsPort = configuration.GetValue<int?>("HTTPS_PORT") ?? configuration.GetValue<int?>("ASPNETCORE_HTTPS_PORT") ?? 443);

        // Behind the council's proxy, the client address (for sign-in throttling) and the scheme come
        // from X-Forwarded-*, trusted only from the proxies named in Beacon:KnownProxies.
        services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in (configuration["Beacon:KnownProxies"] ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
        });

        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });

        return services;
    }

    /// <summary>
    /// wwwroot only (the front-end build copies GOV.UK and MOJ assets there). Versioned links
    /// (<c>asp-append-version</c>) may be cached for a year; anything else for an hour.
    /// </summary>
    public static IApplicationBuilder UseBeaconStaticFiles(this IApplicationBuilder app)
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".webmanifest"] = "application/manifest+json";
        return app.UseStaticFiles(new StaticFileOptions
        {
            ContentTypeProvider = types,
            OnPrepareResponse = context =>
            {
                var versioned = context.Context.Request.Query.ContainsKey("v");
                context.Context.Response.Headers.CacheControl = versioned ? "public, max-age=31536000, immutable" : "public, max-age=3600";
            },
        });
    }
}
