using Beacon.Core.Data;
using Beacon.Core.Demo;
using Beacon.Web.Infrastructure;
using Beacon.Web.Infrastructure.Email;
using Beacon.Web.Infrastructure.Security;
using Beacon.Web.Api;

if (BeaconCommandLine.TryRunTool(args))
{
    return;
}

var command = BeaconCommandLine.Parse(args);
var builder = WebApplication.CreateBuilder(command.HostArgs);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
if (command.Demo)
{
    BeaconCommandLine.UseFreshDemoDatabase(builder);
}

// Read when first needed, not now, so that test hosts and --demo can still set the configuration.
builder.Services.AddSingleton(services =>
{
    var configuration = services.GetRequiredService<IConfiguration>();
    return DatabaseSettings.From(
        configuration["Database:Provider"],
        configuration.GetConnectionString("Beacon"),
        services.GetRequiredService<IWebHostEnvironment>().ContentRootPath);
});
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddDbContext<AppDbContext>((services, options) => services.GetRequiredService<DatabaseSettings>().Apply(options));
builder.Services.AddScoped<DatabaseInitializer>();
builder.Services.AddScoped<DemoDataGenerator>();
builder.Services.Configure<BeaconOptions>(builder.Configuration.GetSection(BeaconOptions.Section));
builder.Services.AddBeaconWeb();
builder.Services.AddBeaconAuthentication(builder.Configuration);
builder.Services.AddBeaconOidc();
builder.Services.AddBeaconAuthorization();
builder.Services.AddBeaconRateLimits();
builder.Services.AddBeaconHealthChecks();
builder.Services.AddBeaconEmail();

var app = builder.Build();

if (command.Migrate)
{
    await BeaconCommandLine.MigrateAsync(app);
    return;
}

if (!await BeaconCommandLine.PrepareDatabaseAsync(app, command.Demo))
{
    Environment.ExitCode = 1;
    return;
}

if (command.InviteAdmin is { } invitation)
{
    Environment.ExitCode = await BeaconCommandLine.InviteAdministratorAsync(app.Services, invitation) is null ? 1 : 0;
    return;
}

app.UseForwardedHeaders();
app.UseBeaconSecurityHeaders();
app.UseBeaconCorrelationId();
if (app.Environment.IsDevelopment())
{
    app.UseDeveloperExceptionPage();
}
else
{
    app.UseExceptionHandler(new ExceptionHandlerOptions
    {
        ExceptionHandlingPath = "/error",
        // The built-in log line carries the exception's message, which may quote user input;
        // the error page logs the type and stack trace instead.
        SuppressDiagnosticsCallback = _ => true,
    });
    app.UseHsts();
    app.UseHttpsRedirection();
}

app.UseStatusCodePagesWithReExecute("/status/{0}");
app.UseBeaconStaticFiles();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.MapBeaconHealthChecks();
app.MapRazorPages();
app.MapCaseApi();

app.Run();

/// <summary>Visible to the web tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;
