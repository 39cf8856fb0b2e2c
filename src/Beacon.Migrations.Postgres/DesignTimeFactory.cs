using Beacon.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Beacon.Migrations.Postgres;

/// <summary>Lets `dotnet ef migrations add` build the model for this provider without starting the web app.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var settings = DatabaseSettings.From("Postgres", "Host=localhost;Database=beacon_design_time", Path.GetTempPath());
        var options = new DbContextOptionsBuilder<AppDbContext>();
        settings.Apply(options);
        return new AppDbContext(options.Options);
    }
}
