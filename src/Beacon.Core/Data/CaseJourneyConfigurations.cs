using Beacon.Core.Accounts;
using Beacon.Core.Areas;
using Beacon.Core.Cases;
using Beacon.Core.Concerns;
using Beacon.Core.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Core.Data;

internal sealed class ConcernConfiguration : IEntityTypeConfiguration<Concern>
{
    public void Configure(EntityTypeBuilder<Concern> builder)
    {
        builder.ToTable("concerns");
        builder.HasKey(c => c.Id).HasName("pk_concerns");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Reference).HasMaxLength(40).IsRequired();
        builder.HasIndex(c => c.Reference).IsUnique().HasDatabaseName("ix_concerns_reference");

        // The journey's id: the same journey submitted twice makes one concern.
        builder.HasIndex(c => c.JourneyId).IsUnique().HasDatabaseName("ux_concerns_journey_id");
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Route).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.Rag).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.Age).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.Gender).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.PlaceType).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.WhatWasSeen).HasMaxLength(ReferralAnswers.MaxText).IsRequired();
        builder.Property(c => c.WhereSeen).HasMaxLength(2_000).IsRequired();
        builder.Property(c => c.Town).HasMaxLength(200);
        builder.Property(c => c.BusinessName).HasMaxLength(200);
        builder.Property(c => c.PersonName).HasMaxLength(300);
        builder.Property(c => c.PersonOtherNames).HasMaxLength(1_000);
        // Nationalities are held by the reference list's name (unique, never deleted, as the national form labels them).
        builder.Property(c => c.NationalityCode).HasMaxLength(200);
        builder.Property(c => c.PersonDescription).HasMaxLength(2_000);
        builder.Property(c => c.OwnWords).HasMaxLength(ReferralAnswers.MaxText);
        builder.Property(c => c.TriageNote).HasMaxLength(2_000);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<Area>().WithMany().HasForeignKey(c => c.AreaId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_concerns_area");
        builder.HasOne<BeaconUser>().WithMany().HasForeignKey(c => c.RaisedByUserId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_concerns_raised_by");
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.RaisedByOrganisationId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_concerns_raised_by_organisation");
        builder.HasOne<Team>().WithMany().HasForeignKey(c => c.TriageTeamId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_concerns_triage_team");
        builder.HasOne<BeaconUser>().WithMany().HasForeignKey(c => c.AssignedToUserId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_concerns_assigned_to");
        builder.HasOne<Case>().WithMany().HasForeignKey(c => c.CaseId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_concerns_case");

        // The work tray: a team's open concerns, oldest first.
        builder.HasIndex(c => new { c.TriageTeamId, c.Status, c.RaisedAt }).HasDatabaseName("ix_concerns_tray");
        builder.HasIndex(c => new { c.AreaId, c.RaisedAt }).HasDatabaseName("ix_concerns_area_id_raised_at")
            .IncludeProperties(c => new { c.PlaceType, c.Town, c.BusinessName, c.RaisedByOrganisationId });
        builder.HasIndex(c => c.RaisedByUserId).HasDatabaseName("ix_concerns_raised_by_user_id");
        builder.HasIndex(c => c.AssignedToUserId).HasDatabaseName("ix_concerns_assigned_to_user_id");
        builder.HasIndex(c => c.CaseId).HasDatabaseName("ix_concerns_case_id");
    }
}

internal sealed class CaseJourneyCaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.Property(c => c.Route).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.ClosureOutcome).HasConversion<string>().HasMaxLength(40);
        builder.Property(c => c.ClosureNote).HasMaxLength(2_000);
        builder.HasOne<BeaconUser>().WithMany().HasForeignKey(c => c.AssignedWorkerId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_cases_assigned_worker");
        builder.HasIndex(c => new { c.AssignedWorkerId, c.Status }).HasDatabaseName("ix_cases_assigned_worker_id_status");
        builder.HasIndex(c => new { c.OwningTeamId, c.Status, c.CreatedAt }).HasDatabaseName("ix_cases_owning_team_id_status_created_at");
        builder.HasOne(c => c.Person).WithOne().HasForeignKey<CasePerson>(p => p.CaseId)
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_case_people_case");
    }
}

internal sealed class CaseRouteChangeConfiguration : IEntityTypeConfiguration<CaseRouteChange>
{
    public void Configure(EntityTypeBuilder<CaseRouteChange> builder)
    {
        builder.ToTable("case_route_changes");
        builder.HasKey(r => r.Id).HasName("pk_case_route_changes");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.From).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.To).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.Reason).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Note).HasMaxLength(2_000);
        builder.HasOne<Case>().WithMany().HasForeignKey(r => r.CaseId)
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_case_route_changes_case");
        builder.HasIndex(r => new { r.CaseId, r.At }).HasDatabaseName("ix_case_route_changes_case_id_at");
    }
}

internal sealed class CasePersonConfiguration : IEntityTypeConfiguration<CasePerson>
{
    public void Configure(EntityTypeBuilder<CasePerson> builder)
    {
        builder.ToTable("case_people");
        builder.HasKey(p => p.CaseId).HasName("pk_case_people");
        builder.Property(p => p.FirstName).HasMaxLength(200);
        builder.Property(p => p.LastName).HasMaxLength(200);
        builder.Property(p => p.Nickname).HasMaxLength(200);
        builder.Property(p => p.Gender).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.NationalityCode).HasMaxLength(200);
        builder.Property(p => p.SecondNationalityCode).HasMaxLength(200);
        builder.Property(p => p.Languages).HasMaxLength(500);
        builder.Property(p => p.InterpreterLanguage).HasMaxLength(200);
        builder.Property(p => p.CommunicationNeeds).HasMaxLength(2_000);
        builder.Property(p => p.SafeToContact).HasConversion<string>().HasMaxLength(10);
        builder.Property(p => p.ContactSafetyNotes).HasMaxLength(2_000);
        builder.Property(p => p.Phone).HasMaxLength(50);
        builder.Property(p => p.Email).HasMaxLength(320);
        builder.Property(p => p.Address).HasMaxLength(1_000);
        builder.Property(p => p.HomeOfficeReference).HasMaxLength(200);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasMany(p => p.Aliases).WithOne().HasForeignKey(a => a.CaseId).HasPrincipalKey(p => p.CaseId)
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_person_aliases_person");
        builder.HasIndex(p => p.DateOfBirth).HasDatabaseName("ix_case_people_date_of_birth");
    }
}

internal sealed class PersonAliasConfiguration : IEntityTypeConfiguration<PersonAlias>
{
    public void Configure(EntityTypeBuilder<PersonAlias> builder)
    {
        builder.ToTable("person_aliases");
        builder.HasKey(a => a.Id).HasName("pk_person_aliases");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Name).HasMaxLength(300).IsRequired();
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(40);
        builder.HasIndex(a => a.CaseId).HasDatabaseName("ix_person_aliases_case_id");
    }
}

internal sealed class PersonNameKeyConfiguration : IEntityTypeConfiguration<PersonNameKey>
{
    public void Configure(EntityTypeBuilder<PersonNameKey> builder)
    {
        builder.ToTable("person_name_keys");
        builder.HasKey(k => new { k.Key, k.CaseId }).HasName("pk_person_name_keys");
        builder.Property(k => k.Key).HasMaxLength(60);
        builder.HasOne<Case>().WithMany().HasForeignKey(k => k.CaseId)
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_person_name_keys_case");
        builder.HasIndex(k => k.CaseId).HasDatabaseName("ix_person_name_keys_case_id");
    }
}

internal sealed class CaseNoteConfiguration : IEntityTypeConfiguration<CaseNote>
{
    public void Configure(EntityTypeBuilder<CaseNote> builder)
    {
        builder.ToTable("case_notes");
        builder.HasKey(n => n.Id).HasName("pk_case_notes");
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Text).HasMaxLength(ReferralAnswers.MaxText).IsRequired();

        // No cascade: notes are append-only, so a case with notes is never deleted by accident;
        // retention deletes them deliberately, with the trigger's say-so.
        builder.HasOne<Case>().WithMany().HasForeignKey(n => n.CaseId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_case_notes_case");
        builder.HasOne<CaseNote>().WithMany().HasForeignKey(n => n.AddendumToNoteId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_case_notes_addendum_to");
        builder.HasOne<BeaconUser>().WithMany().HasForeignKey(n => n.WrittenByUserId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_case_notes_written_by");
        builder.HasIndex(n => new { n.CaseId, n.WrittenAt }).HasDatabaseName("ix_case_notes_case_id_written_at");
        builder.HasIndex(n => n.AddendumToNoteId).HasDatabaseName("ix_case_notes_addendum_to_note_id");
    }
}

internal sealed class SafeguardingActionConfiguration : IEntityTypeConfiguration<SafeguardingAction>
{
    public void Configure(EntityTypeBuilder<SafeguardingAction> builder)
    {
        builder.ToTable("safeguarding_actions");
        builder.HasKey(a => a.Id).HasName("pk_safeguarding_actions");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Details).HasMaxLength(2_000);
        builder.Property(a => a.Outcome).HasMaxLength(2_000);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne<Case>().WithMany().HasForeignKey(a => a.CaseId)
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_safeguarding_actions_case");
        builder.HasOne<BeaconUser>().WithMany().HasForeignKey(a => a.OwnerUserId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_safeguarding_actions_owner");
        builder.HasIndex(a => a.CaseId).HasDatabaseName("ix_safeguarding_actions_case_id");
        builder.HasIndex(a => new { a.AreaId, a.CreatedAt }).HasDatabaseName("ix_safeguarding_actions_area_created_at")
            .IncludeProperties(a => new { a.Kind, a.Status, a.DueAt, a.CompletedAt, a.CaseId });

        // Trays: what each worker has due.
        builder.HasIndex(a => new { a.OwnerUserId, a.Status, a.DueAt }).HasDatabaseName("ix_safeguarding_actions_owner_due");
    }
}

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.ToTable("referrals");
        builder.HasKey(r => r.Id).HasName("pk_referrals");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.AnswersJson).IsRequired();
        builder.Property(r => r.UnderEighteen).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.UnderEighteenAtExploitation).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.Exploitation).HasConversion<int>();
        builder.Property(r => r.ExplanationsGiven).HasConversion<int>();
        builder.Property(r => r.ExploitedIn).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Gender).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.NationalityCode).HasMaxLength(200);
        builder.Property(r => r.DecisionMaker).HasConversion<string>().HasMaxLength(50);
        builder.Property(r => r.NationalReference).HasMaxLength(60);
        builder.Property(r => r.StatusReason).HasMaxLength(2_000);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<Case>().WithMany().HasForeignKey(r => r.CaseId)
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_referrals_case");
        builder.HasOne<Referral>().WithMany().HasForeignKey(r => r.PreviousReferralId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_referrals_previous");
        // Named indexes: two unnamed HasIndex calls on the same column are one index to EF, and the
        // filtered unique one would silently replace the plain one every case page needs.
        builder.HasIndex(r => r.CaseId, "ix_referrals_case_id").HasDatabaseName("ix_referrals_case_id");

        // One draft at a time per case: starting a referral twice resumes the same draft.
        builder.HasIndex(r => r.CaseId, "ux_referrals_one_draft").IsUnique().HasFilter("status = 'Draft'").HasDatabaseName("ux_referrals_one_draft");
        builder.HasIndex(r => r.SubmittedAt).HasDatabaseName("ix_referrals_submitted_at");
        builder.HasIndex(r => r.NationalReference).HasDatabaseName("ix_referrals_national_reference");
        builder.Property(r => r.Route).HasConversion<string>().HasMaxLength(10);

        builder.Property(r => r.ReasonableGroundsOutcome).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.ConclusiveGroundsOutcome).HasConversion<string>().HasMaxLength(10);

        // The area's picture: a period's referrals in the asker's areas. On PostgreSQL the indexes
        // carry every column the dashboard groups by, so its reads never touch the wide rows (the
        // answers document); SQLite ignores the INCLUDE.
        builder.HasIndex(r => new { r.AreaId, r.ReferredOn }).HasDatabaseName("ix_referrals_area_referred_on")
            .IncludeProperties(r => new { r.Kind, r.Status, r.Route, r.UnderEighteenAtExploitation, r.Gender, r.ExploitedIn, r.Exploitation, r.NationalityCode, r.FirstResponderOrganisationId, r.FirstResponderTeamId });
        builder.HasIndex(r => new { r.AreaId, r.ReasonableGroundsOn }).HasDatabaseName("ix_referrals_area_rg_on")
            .IncludeProperties(r => new { r.Kind, r.Status, r.ReferredOn, r.DecisionMaker, r.ReasonableGroundsOutcome, r.FirstResponderOrganisationId });
        builder.HasIndex(r => new { r.AreaId, r.ConclusiveGroundsOn }).HasDatabaseName("ix_referrals_area_cg_on")
            .IncludeProperties(r => new { r.Kind, r.Status, r.PositiveReasonableGroundsOn, r.ConclusiveGroundsOutcome, r.FirstResponderOrganisationId });

        // Waiting for conclusive grounds now: the few with a positive decision and no conclusive one yet.
        builder.HasIndex(r => new { r.AreaId, r.PositiveReasonableGroundsOn }).HasDatabaseName("ix_referrals_area_waiting")
            .HasFilter("conclusive_grounds_on IS NULL AND positive_reasonable_grounds_on IS NOT NULL")
            .IncludeProperties(r => new { r.Kind, r.Status, r.ReferredOn, r.FirstResponderOrganisationId });
    }
}

internal sealed class NrmDecisionConfiguration : IEntityTypeConfiguration<NrmDecision>
{
    public void Configure(EntityTypeBuilder<NrmDecision> builder)
    {
        builder.ToTable("nrm_decisions");
        builder.HasKey(d => d.Id).HasName("pk_nrm_decisions");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.Outcome).HasConversion<string>().HasMaxLength(10);
        builder.Property(d => d.DecisionMaker).HasConversion<string>().HasMaxLength(50);
        builder.HasOne<Case>().WithMany().HasForeignKey(d => d.CaseId)
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_nrm_decisions_case");
        builder.HasOne<Referral>().WithMany().HasForeignKey(d => d.ReferralId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_nrm_decisions_referral");
        builder.HasIndex(d => d.CaseId).HasDatabaseName("ix_nrm_decisions_case_id");
        builder.HasIndex(d => new { d.ReferralId, d.Kind }).HasDatabaseName("ix_nrm_decisions_referral_id_kind");
    }
}

internal sealed class ReconsiderationConfiguration : IEntityTypeConfiguration<Reconsideration>
{
    public void Configure(EntityTypeBuilder<Reconsideration> builder)
    {
        builder.ToTable("reconsiderations");
        builder.HasKey(r => r.Id).HasName("pk_reconsiderations");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.RequestedBy).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.RequesterName).HasMaxLength(300).IsRequired();
        builder.Property(r => r.Grounds).HasMaxLength(ReferralAnswers.MaxText).IsRequired();
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<Case>().WithMany().HasForeignKey(r => r.CaseId)
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_reconsiderations_case");
        builder.HasOne<NrmDecision>().WithMany().HasForeignKey(r => r.DecisionId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_reconsiderations_decision");
        builder.HasIndex(r => r.CaseId).HasDatabaseName("ix_reconsiderations_case_id");
        builder.HasIndex(r => r.DecisionId).HasDatabaseName("ix_reconsiderations_decision_id");
    }
}

internal sealed class EscalationConfiguration : IEntityTypeConfiguration<Escalation>
{
    public void Configure(EntityTypeBuilder<Escalation> builder)
    {
        builder.ToTable("escalations");
        builder.HasKey(e => e.Id).HasName("pk_escalations");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Board).HasConversion<string>().HasMaxLength(50);
        builder.Property(e => e.Concerns).HasMaxLength(ReferralAnswers.MaxText).IsRequired();
        builder.Property(e => e.Outcome).HasMaxLength(2_000);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasOne<Case>().WithMany().HasForeignKey(e => e.CaseId)
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_escalations_case");
        builder.HasOne<NrmDecision>().WithMany().HasForeignKey(e => e.DecisionId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_escalations_decision");
        builder.HasIndex(e => e.CaseId).HasDatabaseName("ix_escalations_case_id");
    }
}

internal sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> builder)
    {
        builder.ToTable("evidence_files");
        builder.HasKey(f => f.Id).HasName("pk_evidence_files");
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.FileName).HasMaxLength(255).IsRequired();
        builder.Property(f => f.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(f => f.Sha256).HasMaxLength(64).IsRequired();
        builder.Property(f => f.Description).HasMaxLength(2_000).IsRequired();
        builder.HasOne<Case>().WithMany().HasForeignKey(f => f.CaseId)
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_evidence_files_case");
        builder.HasOne<Referral>().WithMany().HasForeignKey(f => f.ReferralId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_evidence_files_referral");
        builder.HasIndex(f => f.CaseId).HasDatabaseName("ix_evidence_files_case_id");
        builder.HasIndex(f => f.ReferralId).HasDatabaseName("ix_evidence_files_referral_id");
    }
}

internal sealed class EvidenceFileContentConfiguration : IEntityTypeConfiguration<EvidenceFileContent>
{
    public void Configure(EntityTypeBuilder<EvidenceFileContent> builder)
    {
        builder.ToTable("evidence_file_contents");
        builder.HasKey(c => c.FileId).HasName("pk_evidence_file_contents");
        builder.Property(c => c.Bytes).IsRequired();
        builder.HasOne<EvidenceFile>().WithOne().HasForeignKey<EvidenceFileContent>(c => c.FileId)
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_evidence_file_contents_file");
    }
}

internal sealed class ReminderSentConfiguration : IEntityTypeConfiguration<ReminderSent>
{
    public void Configure(EntityTypeBuilder<ReminderSent> builder)
    {
        builder.ToTable("reminders_sent");
        builder.HasKey(r => r.Key).HasName("pk_reminders_sent");
        builder.Property(r => r.Key).HasMaxLength(200);
    }
}

internal sealed class ReferenceCounterConfiguration : IEntityTypeConfiguration<ReferenceCounter>
{
    public void Configure(EntityTypeBuilder<ReferenceCounter> builder)
    {
        builder.ToTable("reference_counters");
        builder.HasKey(r => r.Series).HasName("pk_reference_counters");
        builder.Property(r => r.Series).HasMaxLength(40);
    }
}
