using Beacon.Core.Access;
using Beacon.Core.Accounts;
using Beacon.Core.Areas;
using Beacon.Core.Audit;
using Beacon.Core.Cases;
using Beacon.Core.Email;
using Beacon.Core.Organisations;
using Beacon.Core.ReferenceData;
using Beacon.Core.Statistics;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Core.Data;

public class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityUserContext<BeaconUser, Guid>(options), IDataProtectionKeyContext
{
    /// <summary>
    /// Who is asking. Cases are filtered by it in every query (lists, searches, counts, single
    /// reads); it starts as <see cref="AccessScope.Nobody"/>, so a context nobody scoped sees no case.
    /// </summary>
    public AccessScope Scope { get; set; } = AccessScope.Nobody;

    public DbSet<Area> Areas => Set<Area>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<OrganisationArea> OrganisationAreas => Set<OrganisationArea>();

    public DbSet<Team> Teams => Set<Team>();

    public DbSet<UserRoleAssignment> UserRoles => Set<UserRoleAssignment>();

    public DbSet<UserSession> UserSessions => Set<UserSession>();

    public DbSet<AccountToken> AccountTokens => Set<AccountToken>();

    public DbSet<Case> Cases => Set<Case>();

    public DbSet<CaseMember> CaseMembers => Set<CaseMember>();

    public DbSet<CaseShare> CaseShares => Set<CaseShare>();

    public DbSet<AccessLogEntry> AccessLog => Set<AccessLogEntry>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<OutboxEmail> OutboxEmails => Set<OutboxEmail>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<FirstResponderOrganisation> FirstResponderOrganisations => Set<FirstResponderOrganisation>();

    public DbSet<LocalAuthority> LocalAuthorities => Set<LocalAuthority>();

    public DbSet<PoliceForce> PoliceForces => Set<PoliceForce>();

    public DbSet<Nationality> Nationalities => Set<Nationality>();

    public DbSet<Country> Countries => Set<Country>();

    public DbSet<Region> Regions => Set<Region>();

    public DbSet<StatisticsEdition> StatisticsEditions => Set<StatisticsEdition>();

    public DbSet<StatisticsImport> StatisticsImports => Set<StatisticsImport>();

    public DbSet<NationalFigure> NationalFigures => Set<NationalFigure>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        // Record-level access, once for every query of cases. It must agree with
        // CaseAccessPolicy, which then decides the sections of a case this lets through.
        builder.Entity<Case>().HasQueryFilter(c =>
            Scope.IsSystem
            || (Scope.SeesOwnConcerns && c.CreatedByUserId == Scope.UserId)
            || (Scope.WorksTeamCases && c.OwningTeamId == Scope.TeamId)
            || (Scope.SeesAreaCases && Scope.AreaIds.Contains(c.AreaId))

            // IN (uncorrelated subquery), not EXISTS: PostgreSQL hashes it once per query instead
            // of probing per case, which keeps lists and counts fast at 100,000 cases.
            || Set<CaseMember>().Where(m => m.UserId == Scope.UserId).Select(m => m.CaseId).Contains(c.Id)
            || (Scope.SeesSharedCases && Set<CaseShare>().Where(s => s.OrganisationId == Scope.OrganisationId && s.RevokedAt == null).Select(s => s.CaseId).Contains(c.Id)));
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
