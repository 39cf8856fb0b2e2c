using System.Threading.RateLimiting;

namespace Beacon.Web.Infrastructure.Security;

/// <summary>
/// Sign-in attempts (password, code, recovery code, password reset requests) are limited per
/// client address, against password spraying across many accounts; lockout covers one account.
/// </summary>
public static class RateLimits
{
    private static readonly string[] SignInPaths = ["/sign-in", "/sign-in/two-factor", "/sign-in/recovery-code", "/account/reset-password"];

    public static IServiceCollection AddBeaconRateLimits(this IServiceCollection services)
    {
        services.AddOptions<SignInRateLimitOptions>().BindConfiguration(SignInRateLimitOptions.Section);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (!HttpMethods.IsPost(context.Request.Method)
                    || !SignInPaths.Any(p => context.Request.Path.Equals(p, StringComparison.OrdinalIgnoreCase)))
                {
                    return RateLimitPartition.GetNoLimiter(string.Empty);
                }

                var settings = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<SignInRateLimitOptions>>().Value;
                var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = settings.PermitLimit,
                    Window = TimeSpan.FromSeconds(settings.WindowSeconds),
                    QueueLimit = 0,
                });
            });
            options.OnRejected = (context, _) =>
            {
                SecurityLog.SignInThrottled(context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimits)));
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }
}

public sealed class SignInRateLimitOptions
{
    public const string Section = "Beacon:SignInRateLimit";

    /// <summary>Attempts allowed from one address in a window; generous for a shared office address.</summary>
    public int PermitLimit { get; set; } = 30;

    public int WindowSeconds { get; set; } = 300;
}
