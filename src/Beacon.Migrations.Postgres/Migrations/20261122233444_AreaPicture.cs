using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AreaPicture : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "area_id",
                table: "referrals",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "first_responder_organisation_id",
                table: "referrals",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "first_responder_team_id",
                table: "referrals",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "route",
                table: "referrals",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "business_name",
                table: "concerns",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_referrals_area_referred_on",
                table: "referrals",
                columns: new[] { "area_id", "referred_on" });

            // Referrals submitted before these columns existed: where the case and the submitter are now
            // is the best record there is of where they were.
            migrationBuilder.Sql("""
                UPDATE referrals SET
                    area_id = (SELECT c.area_id FROM cases c WHERE c.id = referrals.case_id),
                    route = (SELECT c.route FROM cases c WHERE c.id = referrals.case_id),
                    first_responder_organisation_id = (SELECT u.organisation_id FROM users u WHERE u.id = referrals.submitted_by_user_id),
                    first_responder_team_id = (SELECT u.team_id FROM users u WHERE u.id = referrals.submitted_by_user_id)
                WHERE status <> 'Draft' AND area_id IS NULL
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_referrals_area_referred_on",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "area_id",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "first_responder_organisation_id",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "first_responder_team_id",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "route",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "business_name",
                table: "concerns");
        }
    }
}
