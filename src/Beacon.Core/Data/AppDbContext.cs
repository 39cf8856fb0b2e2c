using Beacon.Core.Access;
using Beacon.Core.Accounts;
using Beacon.Core.AreaPicture.Packs;
using Beacon.Core.Areas;
using Beacon.Core.Audit;
using Beacon.Core.Cases;
using Beacon.Core.Concerns;
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

    public DbSet<Concern> Concerns => Set<Concern>();

    public DbSet<CasePerson> CasePeople => Set<CasePerson>();

    public DbSet<PersonAlias> PersonAliases => Set<PersonAlias>();

    public DbSet<PersonNameKey> PersonNameKeys => Set<PersonNameKey>();

    public DbSet<CaseRouteChange> CaseRouteChanges => Set<CaseRouteChange>();

    public DbSet<CaseNote> CaseNotes => Set<CaseNote>();

    public DbSet<SafeguardingAction> SafeguardingActions => Set<SafeguardingAction>();

    public DbSet<Referral> Referrals => Set<Referral>();

    public DbSet<NrmDecision> NrmDecisions => Set<NrmDecision>();

    public DbSet<Reconsideration> Reconsiderations => Set<Reconsideration>();

    public DbSet<Escalation> Escalations => Set<Escalation>();

    public DbSet<EvidenceFile> EvidenceFiles => Set<EvidenceFile>();

    public DbSet<EvidenceFileContent> EvidenceFileContents => Set<EvidenceFileContent>();

    public DbSet<ReminderSent> RemindersSent => Set<ReminderSent>();

    public DbSet<ReferenceCounter> ReferenceCounters => Set<ReferenceCounter>();

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

    public DbSet<BoardPack> BoardPacks => Set<BoardPack>();

    public DbSet<BoardPackSnapshot> BoardPackSnapshots => Set<BoardPackSnapshot>();

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

        // Everything that belongs to a case is seen only through a case the filter above lets
        // through, so a query across cases (trays, the duplicate check, reminders) can never reach
        // a row of a case the user may not see. Which sections a page shows is still the grant's.
        builder.Entity<CasePerson>().HasQueryFilter(x => Set<Case>().Any(c => c.Id == x.CaseId));
        builder.Entity<PersonAlias>().HasQueryFilter(x => Set<Case>().Any(c => c.Id == x.CaseId));
        builder.Entity<PersonNameKey>().HasQueryFilter(x => Set<Case>().Any(c => c.Id == x.CaseId));
        builder.Entity<CaseRouteChange>().HasQueryFilter(x => Set<Case>().Any(c => c.Id == x.CaseId));
        builder.Entity<CaseNote>().HasQueryFilter(x => Set<Case>().Any(c => c.Id == x.CaseId));
        builder.Entity<SafeguardingAction>().HasQueryFilter(x => Set<Case>().Any(c => c.Id == x.CaseId));
        builder.Entity<Referral>().HasQueryFilter(x => Set<Case>().Any(c => c.Id == x.CaseId));
        builder.Entity<NrmDecision>().HasQueryFilter(x => Set<Case>().Any(c => c.Id == x.CaseId));
        builder.Entity<Reconsideration>().HasQueryFilter(x => Set<Case>().Any(c => c.Id == x.CaseId));
        builder.Entity<Escalation>().HasQueryFilter(x => Set<Case>().Any(c => c.Id == x.CaseId));
        builder.Entity<EvidenceFile>().HasQueryFilter(x => Set<Case>().Any(c => c.Id == x.CaseId));
        builder.Entity<EvidenceFileContent>().HasQueryFilter(x => Set<EvidenceFile>().Any(f => f.Id == x.FileId));

        // A concern is seen by whoever raised it, the team whose queue it is in, the area's
        // coordinators, and, once it is on a case, those who work that case: its owning team and
        // its named members in the owning organisation. Not a partner the case is shared with: a
        // concern holds the person's name and words, which are the Person section's to share.
        builder.Entity<Concern>().HasQueryFilter(x =>
            Scope.IsSystem
            || (Scope.IsUser && x.RaisedByUserId == Scope.UserId)
            || (Scope.WorksTeamCases && x.TriageTeamId == Scope.TeamId)
            || (Scope.SeesAreaCases && Scope.AreaIds.Contains(x.AreaId))
            || (x.CaseId != null && Set<Case>().Any(c => c.Id == x.CaseId
                && ((Scope.WorksTeamCases && c.OwningTeamId == Scope.TeamId)
                    || (c.OwningOrganisationId == Scope.OrganisationId && c.Members.Any(m => m.UserId == Scope.UserId))))));
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        ReferralDecisionFacts.Apply(ChangeTracker, id => Referrals.IgnoreQueryFilters().SingleOrDefault(r => r.Id == id));
        foreach (var action in NewActionsWithoutArea())
        {
            action.AreaId = Cases.IgnoreQueryFilters().Where(c => c.Id == action.CaseId).Select(c => (Guid?)c.AreaId).SingleOrDefault();
        }

        DutyToNotifyPrivacy.Enforce(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (ChangeTracker.Entries<NrmDecision>().Any(e => e.State == EntityState.Added))
        {
            // Load the decisions' referrals first, so the facts are set on tracked entities without blocking.
            var ids = ChangeTracker.Entries<NrmDecision>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.ReferralId).Distinct().ToList();
            await Referrals.IgnoreQueryFilters().Where(r => ids.Contains(r.Id)).LoadAsync(cancellationToken);
            ReferralDecisionFacts.Apply(ChangeTracker, _ => null);
        }

        foreach (var action in NewActionsWithoutArea())
        {
            action.AreaId = ChangeTracker.Entries<Case>().FirstOrDefault(e => e.Entity.Id == action.CaseId)?.Entity.AreaId
                ?? await Cases.IgnoreQueryFilters().Where(c => c.Id == action.CaseId).Select(c => (Guid?)c.AreaId).SingleOrDefaultAsync(cancellationToken);
        }

        DutyToNotifyPrivacy.Enforce(ChangeTracker);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>Safeguarding actions being added without their case's area, which the area's picture counts them by.</summary>
    private List<SafeguardingAction> NewActionsWithoutArea() =>
        [.. ChangeTracker.Entries<SafeguardingAction>().Where(e => e.State == EntityState.Added && e.Entity.AreaId == null).Select(e => e.Entity)];

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset; storing UTC ticks keeps both providers alike.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
        }
    }
}
