using System.Diagnostics;

namespace Beacon.Web.Infrastructure;

/// <summary>
/// One id per request, made here (never taken from the caller), shown on the error page and put on
/// every log line, so a user's report can be matched to the logs without any personal data.
/// </summary>
public static class CorrelationId
{
    private const string Key = "Beacon.CorrelationId";
    public const string HeaderName = "X-Correlation-Id";

    public static string GetCorrelationId(this HttpContext context) =>
        context.Items[Key] as string ?? context.TraceIdentifier;

    public static IApplicationBuilder UseBeaconCorrelationId(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("Beacon.Request");
        return app.Use(async (context, next) =>
        {
            var id = Activity.Current?.TraceId.ToHexString() ?? Guid.NewGuid().ToString("N");
            context.Items[Key] = id;
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[HeaderName] = id;
                return Task.CompletedTask;
            });
            using (logger.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = id }))
            {
                await next(context);
            }
        });
    }
}
