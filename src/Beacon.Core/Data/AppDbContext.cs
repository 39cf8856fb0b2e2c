using Beacon.Core.Areas;
using Beacon.Core.ReferenceData;
using Beacon.Core.Statistics;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Core.Data;

public class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
{
    public DbSet<Area> Areas => Set<Area>();

    public DbSet<FirstResponderOrganisation> FirstResponderOrganisations => Set<FirstResponderOrganisation>();

    public DbSet<LocalAuthority> LocalAuthorities => Set<LocalAuthority>();

    public DbSet<PoliceForce> PoliceForces => Set<PoliceForce>();

    public DbSet<Nationality> Nationalities => Set<Nationality>();

    public DbSet<Country> Countries => Set<Country>();

    public DbSet<Region> Regions => Set<Region>();

    public DbSet<StatisticsEdition> StatisticsEditions => Set<StatisticsEdition>();

    public DbSet<StatisticsImport> StatisticsImports => Set<StatisticsImport>();

    public DbSet<NationalFigure> NationalFigures => Set<NationalFigure>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset; storing UTC ticks keeps both providers alike.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
        }
    }
}
