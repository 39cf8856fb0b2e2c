using Beacon.Core.Accounts;
using Beacon.Core.Audit;
using Beacon.Core.Cases;
using Beacon.Core.Email;
using Beacon.Core.Organisations;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Core.Data;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("organisations");
        builder.HasKey(o => o.Id).HasName("pk_organisations");
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Name).HasMaxLength(200).IsRequired();
        builder.HasIndex(o => o.Name).IsUnique().HasDatabaseName("ix_organisations_name");
        builder.Property(o => o.Type).HasConversion<string>().HasMaxLength(40);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasOne(o => o.FirstResponderOrganisation).WithMany().HasForeignKey(o => o.FirstResponderOrganisationId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_organisations_first_responder");
        builder.HasIndex(o => o.FirstResponderOrganisationId).HasDatabaseName("ix_organisations_first_responder_organisation_id");
        builder.HasMany(o => o.Areas).WithOne().HasForeignKey(a => a.OrganisationId)
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_organisation_areas_organisation");
        builder.HasMany(o => o.Teams).WithOne(t => t.Organisation).HasForeignKey(t => t.OrganisationId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_teams_organisation");
    }
}

internal sealed class OrganisationAreaConfiguration : IEntityTypeConfiguration<OrganisationArea>
{
    public void Configure(EntityTypeBuilder<OrganisationArea> builder)
    {
        builder.ToTable("organisation_areas");
        builder.HasKey(a => new { a.OrganisationId, a.AreaId }).HasName("pk_organisation_areas");
        builder.HasOne(a => a.Area).WithMany().HasForeignKey(a => a.AreaId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_organisation_areas_area");
        builder.HasIndex(a => a.AreaId).HasDatabaseName("ix_organisation_areas_area_id");
    }
}

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> builder)
    {
        builder.ToTable("teams");
        builder.HasKey(t => t.Id).HasName("pk_teams");
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Name).HasMaxLength(200).IsRequired();
        builder.HasIndex(t => new { t.OrganisationId, t.Name }).IsUnique().HasDatabaseName("ix_teams_organisation_id_name");
        builder.Property(t => t.Function).HasConversion<string>().HasMaxLength(40);
        builder.Property(t => t.Version).IsConcurrencyToken();
    }
}

internal sealed class BeaconUserConfiguration : IEntityTypeConfiguration<BeaconUser>
{
    public void Configure(EntityTypeBuilder<BeaconUser> builder)
    {
        builder.ToTable("users");
        builder.Property(u => u.DisplayName).HasMaxLength(200).IsRequired();
        builder.HasOne(u => u.Organisation).WithMany().HasForeignKey(u => u.OrganisationId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_users_organisation");
        builder.HasOne(u => u.Team).WithMany().HasForeignKey(u => u.TeamId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_users_team");
        builder.HasIndex(u => u.OrganisationId).HasDatabaseName("ix_users_organisation_id");
        builder.HasIndex(u => u.TeamId).HasDatabaseName("ix_users_team_id");
        builder.Property(u => u.ExternalSubject).HasMaxLength(200);
        builder.HasIndex(u => u.ExternalSubject).IsUnique().HasDatabaseName("ix_users_external_subject");
        builder.HasMany(u => u.Roles).WithOne().HasForeignKey(r => r.UserId)
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_user_roles_user");
        builder.Ignore(u => u.IsActive);
    }
}

internal sealed class IdentityTablesConfiguration :
    IEntityTypeConfiguration<IdentityUserClaim<Guid>>,
    IEntityTypeConfiguration<IdentityUserLogin<Guid>>,
    IEntityTypeConfiguration<IdentityUserToken<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserClaim<Guid>> builder) => builder.ToTable("user_claims");

    public void Configure(EntityTypeBuilder<IdentityUserLogin<Guid>> builder) => builder.ToTable("user_logins");

    public void Configure(EntityTypeBuilder<IdentityUserToken<Guid>> builder) => builder.ToTable("user_tokens");
}

internal sealed class UserRoleAssignmentConfiguration : IEntityTypeConfiguration<UserRoleAssignment>
{
    public void Configure(EntityTypeBuilder<UserRoleAssignment> builder)
    {
        builder.ToTable("user_roles");
        builder.HasKey(r => new { r.UserId, r.Role }).HasName("pk_user_roles");
        builder.Property(r => r.Role).HasConversion<string>().HasMaxLength(40);
    }
}

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> builder)
    {
        builder.ToTable("user_sessions");
        builder.HasKey(s => s.Id).HasName("pk_user_sessions");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.EndReason).HasConversion<string>().HasMaxLength(40);
        builder.HasOne<BeaconUser>().WithMany().HasForeignKey(s => s.UserId)
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_user_sessions_user");
        builder.HasIndex(s => s.UserId).HasDatabaseName("ix_user_sessions_user_id");
    }
}

internal sealed class AccountTokenConfiguration : IEntityTypeConfiguration<AccountToken>
{
    public void Configure(EntityTypeBuilder<AccountToken> builder)
    {
        builder.ToTable("account_tokens");
        builder.HasKey(t => t.Id).HasName("pk_account_tokens");
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Purpose).HasConversion<string>().HasMaxLength(40);
        builder.Property(t => t.TokenHash).HasMaxLength(32).IsRequired();
        builder.HasIndex(t => t.TokenHash).IsUnique().HasDatabaseName("ix_account_tokens_token_hash");
        builder.HasOne<BeaconUser>().WithMany().HasForeignKey(t => t.UserId)
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_account_tokens_user");
        builder.HasIndex(t => t.UserId).HasDatabaseName("ix_account_tokens_user_id");
    }
}

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.ToTable("cases");
        builder.HasKey(c => c.Id).HasName("pk_cases");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Reference).HasMaxLength(40).IsRequired();
        builder.HasIndex(c => c.Reference).IsUnique().HasDatabaseName("ix_cases_reference");
        builder.Property(c => c.Summary).HasMaxLength(10_000).IsRequired();
        builder.Property(c => c.PoliceInformation).HasMaxLength(10_000);
        builder.Property(c => c.HealthInformation).HasMaxLength(10_000);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<Areas.Area>().WithMany().HasForeignKey(c => c.AreaId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_cases_area");
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OwningOrganisationId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_cases_owning_organisation");
        builder.HasOne<Team>().WithMany().HasForeignKey(c => c.OwningTeamId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_cases_owning_team");
        builder.HasOne<BeaconUser>().WithMany().HasForeignKey(c => c.CreatedByUserId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_cases_created_by");
        builder.HasIndex(c => c.AreaId).HasDatabaseName("ix_cases_area_id");
        builder.HasIndex(c => c.OwningOrganisationId).HasDatabaseName("ix_cases_owning_organisation_id");
        builder.HasIndex(c => c.OwningTeamId).HasDatabaseName("ix_cases_owning_team_id");
        builder.HasIndex(c => c.CreatedByUserId).HasDatabaseName("ix_cases_created_by_user_id");
        builder.HasIndex(c => c.CreatedAt).HasDatabaseName("ix_cases_created_at");
        builder.HasMany(c => c.Members).WithOne().HasForeignKey(m => m.CaseId)
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_case_members_case");
        builder.HasMany(c => c.Shares).WithOne().HasForeignKey(s => s.CaseId)
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_case_shares_case");
    }
}

internal sealed class CaseMemberConfiguration : IEntityTypeConfiguration<CaseMember>
{
    public void Configure(EntityTypeBuilder<CaseMember> builder)
    {
        builder.ToTable("case_members");
        builder.HasKey(m => new { m.CaseId, m.UserId }).HasName("pk_case_members");
        builder.HasOne<BeaconUser>().WithMany().HasForeignKey(m => m.UserId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_case_members_user");
        builder.HasIndex(m => m.UserId).HasDatabaseName("ix_case_members_user_id");
    }
}

internal sealed class CaseShareConfiguration : IEntityTypeConfiguration<CaseShare>
{
    public void Configure(EntityTypeBuilder<CaseShare> builder)
    {
        builder.ToTable("case_shares");
        builder.HasKey(s => s.Id).HasName("pk_case_shares");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Purpose).HasMaxLength(2_000).IsRequired();
        builder.Property(s => s.LegalBasis).HasConversion<string>().HasMaxLength(60);
        builder.Property(s => s.Consent).HasConversion<string>().HasMaxLength(40);
        builder.Property(s => s.ConsentOverrideReason).HasMaxLength(2_000);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_case_shares_organisation");
        builder.HasIndex(s => new { s.OrganisationId, s.CaseId }).HasDatabaseName("ix_case_shares_organisation_id_case_id");

        // One active share per case and organisation, so a double-posted share makes one row.
        builder.HasIndex(s => new { s.CaseId, s.OrganisationId }).IsUnique().HasFilter("revoked_at IS NULL")
            .HasDatabaseName("ux_case_shares_active");
        builder.HasIndex(s => s.CaseId).HasDatabaseName("ix_case_shares_case_id");
    }
}

internal sealed class AccessLogEntryConfiguration : IEntityTypeConfiguration<AccessLogEntry>
{
    public void Configure(EntityTypeBuilder<AccessLogEntry> builder)
    {
        builder.ToTable("access_log");
        builder.HasKey(e => e.Id).HasName("pk_access_log");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Roles).HasMaxLength(400).IsRequired();
        builder.Property(e => e.ResourceType).HasMaxLength(40).IsRequired();
        builder.Property(e => e.Action).HasMaxLength(40).IsRequired();
        builder.Property(e => e.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.CorrelationId).HasMaxLength(100);
        builder.HasIndex(e => new { e.ResourceType, e.ResourceId, e.At }).HasDatabaseName("ix_access_log_resource");
        builder.HasIndex(e => new { e.UserId, e.At }).HasDatabaseName("ix_access_log_user_id_at");
        builder.HasIndex(e => e.At).HasDatabaseName("ix_access_log_at");
    }
}

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.ToTable("audit_events");
        builder.HasKey(e => e.Id).HasName("pk_audit_events");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.EntityType).HasMaxLength(40).IsRequired();
        builder.Property(e => e.Action).HasMaxLength(100).IsRequired();
        builder.Property(e => e.Changes).HasMaxLength(20_000);
        builder.Property(e => e.Reason).HasMaxLength(2_000);
        builder.Property(e => e.CorrelationId).HasMaxLength(100);
        builder.HasIndex(e => new { e.EntityType, e.EntityId, e.At }).HasDatabaseName("ix_audit_events_entity");
        builder.HasIndex(e => new { e.UserId, e.At }).HasDatabaseName("ix_audit_events_user_id_at");
        builder.HasIndex(e => e.At).HasDatabaseName("ix_audit_events_at");
    }
}

internal sealed class OutboxEmailConfiguration : IEntityTypeConfiguration<OutboxEmail>
{
    public void Configure(EntityTypeBuilder<OutboxEmail> builder)
    {
        builder.ToTable("email_outbox");
        builder.HasKey(e => e.Id).HasName("pk_email_outbox");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.To).HasMaxLength(320).IsRequired();
        builder.Property(e => e.Subject).HasMaxLength(200).IsRequired();
        builder.Property(e => e.Body).HasMaxLength(20_000).IsRequired();
        builder.Property(e => e.LastError).HasMaxLength(200);
        builder.HasIndex(e => new { e.SentAt, e.NextAttemptAt }).HasDatabaseName("ix_email_outbox_pending");
    }
}

internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder) => builder.ToTable("data_protection_keys");
}
