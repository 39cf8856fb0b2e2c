using Beacon.Core.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Beacon.Web.Infrastructure.Security;

/// <summary>Policy names. Each capability is also a policy of its own name.</summary>
public static class Policies
{
    /// <summary>Signed in with a password, two-factor not yet set up: only the set-up pages.</summary>
    public const string SignedIn = "SignedIn";

    /// <summary>Any work on cases: raising concerns, team, area or shared cases.</summary>
    public const string CaseWork = "CaseWork";

    /// <summary>The triage work trays: team case workers and the area's coordinators.</summary>
    public const string Triage = "Triage";

    public static string For(Capability capability) => capability.ToString();
}

/// <summary>Needs at least one of the capabilities, read from the database on this request.</summary>
public sealed class CapabilityRequirement(params Capability[] anyOf) : IAuthorizationRequirement
{
    public IReadOnlyList<Capability> AnyOf { get; } = anyOf;
}

/// <summary>Needs the second factor: the sign-in that made this session included a TOTP or recovery code.</summary>
public sealed class TwoFactorRequirement : IAuthorizationRequirement
{
    public const string AmrClaim = "amr";
    public const string MfaValue = "mfa";
}

public sealed class CapabilityHandler(CurrentUser currentUser) : AuthorizationHandler<CapabilityRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, CapabilityRequirement requirement)
    {
        if (currentUser.IsSignedIn && requirement.AnyOf.Any(currentUser.Has))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

public sealed class TwoFactorHandler : AuthorizationHandler<TwoFactorRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, TwoFactorRequirement requirement)
    {
        if (context.User.HasClaim(TwoFactorRequirement.AmrClaim, TwoFactorRequirement.MfaValue))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

/// <summary>
/// A signed-in user who has not finished two-factor sign-in is sent to set it up, whatever page
/// they asked for; anyone else who is refused gets the 403 page, and anyone not signed in the
/// sign-in page (both done by the cookie events).
/// </summary>
public sealed class TwoFactorFirstResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler inner = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        // No endpoint matched: there is nothing to protect, so the public 404 page, not sign-in.
        if (context.GetEndpoint() is null)
        {
            return next(context);
        }

        if (authorizeResult.Forbidden
            && context.User.Identity?.IsAuthenticated == true
            && authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<TwoFactorRequirement>().Any() == true
            && HttpMethods.IsGet(context.Request.Method))
        {
            context.Response.Redirect("/account/set-up-two-factor");
            return Task.CompletedTask;
        }

        return inner.HandleAsync(next, context, policy, authorizeResult);
    }
}

public static class BeaconAuthorization
{
    public static IServiceCollection AddBeaconAuthorization(this IServiceCollection services)
    {
        services.AddScoped<IAuthorizationHandler, CapabilityHandler>();
        services.AddSingleton<IAuthorizationHandler, TwoFactorHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, TwoFactorFirstResultHandler>();
        services.AddAuthorizationBuilder()
            // Deny by default: every page and endpoint needs a full (two-factor) sign-in unless it
            // says [AllowAnonymous] or names a policy of its own.
            .SetFallbackPolicy(FullySignedIn().Build())
            .SetDefaultPolicy(FullySignedIn().Build())
            .AddPolicy(Policies.SignedIn, p => p.RequireAuthenticatedUser())
            .AddPolicy(Policies.CaseWork, p => FullySignedIn(p).AddRequirements(new CapabilityRequirement(
                Capability.ConcernsRaise, Capability.CasesWorkTeam, Capability.CasesViewArea, Capability.CasesViewShared)))
            .AddPolicy(Policies.Triage, p => FullySignedIn(p).AddRequirements(new CapabilityRequirement(
                Capability.CasesWorkTeam, Capability.CasesViewArea)));
        services.AddAuthorization(options =>
        {
            foreach (var capability in Enum.GetValues<Capability>())
            {
                options.AddPolicy(Policies.For(capability), p => FullySignedIn(p).AddRequirements(new CapabilityRequirement(capability)));
            }
        });
        return services;
    }

    /// <summary>Who may open each folder of pages. One table; the web tests check every role against it.</summary>
    public static void AddPageAccess(this PageConventionCollection conventions)
    {
        conventions.AllowAnonymousToPage("/Index");
        conventions.AllowAnonymousToPage("/Error");
        conventions.AllowAnonymousToPage("/Status");
        conventions.AllowAnonymousToFolder("/Guidance");
        conventions.AllowAnonymousToFolder("/Design");
        conventions.AllowAnonymousToFolder("/SignIn");
        conventions.AuthorizeFolder("/Account", Policies.SignedIn);
        conventions.AllowAnonymousToFolder("/Account/Invitation");
        conventions.AllowAnonymousToFolder("/Account/ResetPassword");
        conventions.AuthorizeFolder("/Cases", Policies.CaseWork);
        conventions.AuthorizeFolder("/Concerns", Policies.For(Capability.ConcernsRaise));
        conventions.AuthorizeFolder("/Concerns/Triage", Policies.Triage);
        conventions.AuthorizeFolder("/Trays", Policies.Triage);
        conventions.AuthorizeFolder("/Admin", Policies.For(Capability.UsersManage));
        conventions.AuthorizeFolder("/Admin/ReferenceData", Policies.For(Capability.ReferenceDataManage));
        conventions.AuthorizeFolder("/Audit", Policies.For(Capability.AuditView));
        conventions.AuthorizeFolder("/AreaPicture", Policies.For(Capability.AreaPictureView));
        conventions.AuthorizeFolder("/AreaPicture/Packs/Manage", Policies.For(Capability.AreaPictureManage));
        conventions.AuthorizePage("/AreaPicture/National/Import", Policies.For(Capability.AreaPictureManage));
    }

    private static AuthorizationPolicyBuilder FullySignedIn(AuthorizationPolicyBuilder? builder = null) =>
        (builder ?? new AuthorizationPolicyBuilder()).RequireAuthenticatedUser().AddRequirements(new TwoFactorRequirement());
}
