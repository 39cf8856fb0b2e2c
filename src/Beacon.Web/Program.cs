using Beacon.Core.Data;
using Beacon.Core.Demo;
using Beacon.Web.Infrastructure;

var command = BeaconCommandLine.Parse(args);
var builder = WebApplication.CreateBuilder(command.HostArgs);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
if (command.Demo)
{
    BeaconCommandLine.UseFreshDemoDatabase(builder);
}

var database = DatabaseSettings.From(
    builder.Configuration["Database:Provider"],
    builder.Configuration.GetConnectionString("Beacon"),
    builder.Environment.ContentRootPath);

builder.Services.AddSingleton(database);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddDbContext<AppDbContext>(database.Apply);
builder.Services.AddScoped<DatabaseInitializer>();
builder.Services.AddScoped<DemoDataGenerator>();
builder.Services.Configure<BeaconOptions>(builder.Configuration.GetSection(BeaconOptions.Section));
builder.Services.AddBeaconWeb();
builder.Services.AddBeaconHealthChecks();

var app = builder.Build();

if (command.Migrate)
{
    await BeaconCommandLine.MigrateAsync(app);
    return;
}

await BeaconCommandLine.PrepareDatabaseAsync(app, database, command.Demo);

app.UseBeaconSecurityHeaders();
app.UseBeaconCorrelationId();
if (app.Environment.IsDevelopment())
{
    app.UseDeveloperExceptionPage();
}
else
{
    app.UseExceptionHandler("/error");
    app.UseHsts();
    app.UseHttpsRedirection();
}

app.UseStatusCodePagesWithReExecute("/status/{0}");
app.UseBeaconStaticFiles();
app.UseRouting();
app.UseAuthorization();
app.MapBeaconHealthChecks();
app.MapRazorPages();

app.Run();

/// <summary>Visible to the web tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;
