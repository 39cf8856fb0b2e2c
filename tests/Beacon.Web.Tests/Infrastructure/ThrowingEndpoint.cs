using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Web.Tests.Infrastructure;

/// <summary>
/// Adds, behind the app's own pipeline, a path that throws, so tests can see what an unexpected
/// error looks like from outside. The app itself has no such route.
/// </summary>
public sealed class ThrowingEndpoint : IStartupFilter
{
    public const string Path = "/__test/throw";
    public const string SecretInMessage = "Secret detail: Jane Doe, 01/02/2003";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.Use((HttpContext context, RequestDelegate nextDelegate) =>
            context.Request.Path == Path ? throw new InvalidOperationException(SecretInMessage) : nextDelegate(context));
    };
}

public sealed class ThrowingAppFactory(string connectionString)
    : BeaconAppFactory(Core.Data.DatabaseProvider.Postgres, connectionString)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ThrowingEndpoint>());
    }
}
