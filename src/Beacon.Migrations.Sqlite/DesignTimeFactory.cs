using Beacon.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Beacon.Migrations.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the model for this provider without starting the web app.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var settings = DatabaseSettings.From("Sqlite", "Data Source=design-time.db", Path.GetTempPath());
        var options = new DbContextOptionsBuilder<AppDbContext>();
        settings.Apply(options);
        return new AppDbContext(options.Options);
    }
}
