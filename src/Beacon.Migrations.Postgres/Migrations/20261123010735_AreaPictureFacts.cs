using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AreaPictureFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_referrals_area_referred_on",
                table: "referrals");

            migrationBuilder.DropIndex(
                name: "ix_concerns_area_id_raised_at",
                table: "concerns");

            migrationBuilder.AddColumn<Guid>(
                name: "area_id",
                table: "safeguarding_actions",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "conclusive_grounds_on",
                table: "referrals",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "conclusive_grounds_outcome",
                table: "referrals",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "positive_reasonable_grounds_on",
                table: "referrals",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "reasonable_grounds_on",
                table: "referrals",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reasonable_grounds_outcome",
                table: "referrals",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_safeguarding_actions_area_created_at",
                table: "safeguarding_actions",
                columns: new[] { "area_id", "created_at" })
                .Annotation("Npgsql:IndexInclude", new[] { "kind", "status", "due_at", "completed_at", "case_id" });

            migrationBuilder.CreateIndex(
                name: "ix_referrals_area_cg_on",
                table: "referrals",
                columns: new[] { "area_id", "conclusive_grounds_on" })
                .Annotation("Npgsql:IndexInclude", new[] { "kind", "status", "positive_reasonable_grounds_on", "conclusive_grounds_outcome", "first_responder_organisation_id" });

            migrationBuilder.CreateIndex(
                name: "ix_referrals_area_referred_on",
                table: "referrals",
                columns: new[] { "area_id", "referred_on" })
                .Annotation("Npgsql:IndexInclude", new[] { "kind", "status", "route", "under_eighteen_at_exploitation", "gender", "exploited_in", "exploitation", "nationality_code", "first_responder_organisation_id", "first_responder_team_id" });

            migrationBuilder.CreateIndex(
                name: "ix_referrals_area_rg_on",
                table: "referrals",
                columns: new[] { "area_id", "reasonable_grounds_on" })
                .Annotation("Npgsql:IndexInclude", new[] { "kind", "status", "referred_on", "decision_maker", "reasonable_grounds_outcome", "first_responder_organisation_id" });

            migrationBuilder.CreateIndex(
                name: "ix_referrals_area_waiting",
                table: "referrals",
                columns: new[] { "area_id", "positive_reasonable_grounds_on" },
                filter: "conclusive_grounds_on IS NULL AND positive_reasonable_grounds_on IS NOT NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "kind", "status", "referred_on", "first_responder_organisation_id" });

            migrationBuilder.CreateIndex(
                name: "ix_concerns_area_id_raised_at",
                table: "concerns",
                columns: new[] { "area_id", "raised_at" })
                .Annotation("Npgsql:IndexInclude", new[] { "place_type", "town", "business_name", "raised_by_organisation_id" });
            // Referrals and safeguarding actions recorded before these columns existed.
            migrationBuilder.Sql("""
                UPDATE referrals SET
                    reasonable_grounds_on = (SELECT MIN(d.decided_on) FROM nrm_decisions d WHERE d.referral_id = referrals.id AND d.kind = 'ReasonableGrounds'),
                    reasonable_grounds_outcome = (SELECT d.outcome FROM nrm_decisions d WHERE d.referral_id = referrals.id AND d.kind = 'ReasonableGrounds' ORDER BY d.decided_on, d.recorded_at LIMIT 1),
                    positive_reasonable_grounds_on = (SELECT MIN(d.decided_on) FROM nrm_decisions d WHERE d.referral_id = referrals.id AND d.kind = 'ReasonableGrounds' AND d.outcome = 'Positive'),
                    conclusive_grounds_on = (SELECT MIN(d.decided_on) FROM nrm_decisions d WHERE d.referral_id = referrals.id AND d.kind = 'ConclusiveGrounds'),
                    conclusive_grounds_outcome = (SELECT d.outcome FROM nrm_decisions d WHERE d.referral_id = referrals.id AND d.kind = 'ConclusiveGrounds' ORDER BY d.decided_on, d.recorded_at LIMIT 1)
                WHERE EXISTS (SELECT 1 FROM nrm_decisions d WHERE d.referral_id = referrals.id)
                """);
            migrationBuilder.Sql("""
                UPDATE safeguarding_actions SET area_id = (SELECT c.area_id FROM cases c WHERE c.id = safeguarding_actions.case_id)
                WHERE area_id IS NULL
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_safeguarding_actions_area_created_at",
                table: "safeguarding_actions");

            migrationBuilder.DropIndex(
                name: "ix_referrals_area_cg_on",
                table: "referrals");

            migrationBuilder.DropIndex(
                name: "ix_referrals_area_referred_on",
                table: "referrals");

            migrationBuilder.DropIndex(
                name: "ix_referrals_area_rg_on",
                table: "referrals");

            migrationBuilder.DropIndex(
                name: "ix_referrals_area_waiting",
                table: "referrals");

            migrationBuilder.DropIndex(
                name: "ix_concerns_area_id_raised_at",
                table: "concerns");

            migrationBuilder.DropColumn(
                name: "area_id",
                table: "safeguarding_actions");

            migrationBuilder.DropColumn(
                name: "conclusive_grounds_on",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "conclusive_grounds_outcome",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "positive_reasonable_grounds_on",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "reasonable_grounds_on",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "reasonable_grounds_outcome",
                table: "referrals");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_area_referred_on",
                table: "referrals",
                columns: new[] { "area_id", "referred_on" });

            migrationBuilder.CreateIndex(
                name: "ix_concerns_area_id_raised_at",
                table: "concerns",
                columns: new[] { "area_id", "raised_at" });
        }
    }
}
