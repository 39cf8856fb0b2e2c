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
            migrationBuilder.DropIndex(
                name: "ix_concerns_area_id_raised_at",
                table: "concerns");

            migrationBuilder.AddColumn<Guid>(
                name: "area_id",
                table: "safeguarding_actions",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "area_id",
                table: "referrals",
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

            migrationBuilder.CreateTable(
                name: "board_packs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    area_id = table.Column<Guid>(type: "uuid", nullable: true),
                    from_year = table.Column<int>(type: "integer", nullable: false),
                    from_quarter = table.Column<int>(type: "integer", nullable: false),
                    to_year = table.Column<int>(type: "integer", nullable: false),
                    to_quarter = table.Column<int>(type: "integer", nullable: false),
                    audience = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    narrative_json = table.Column<string>(type: "text", nullable: false),
                    actions_json = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_board_packs", x => x.id);
                    table.ForeignKey(
                        name: "fk_board_packs_area",
                        column: x => x.area_id,
                        principalTable: "areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_board_packs_created_by",
                        column: x => x.created_by_user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_board_packs_organisation",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_board_packs_updated_by",
                        column: x => x.updated_by_user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "board_pack_snapshots",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    pack_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    from_year = table.Column<int>(type: "integer", nullable: false),
                    from_quarter = table.Column<int>(type: "integer", nullable: false),
                    to_year = table.Column<int>(type: "integer", nullable: false),
                    to_quarter = table.Column<int>(type: "integer", nullable: false),
                    audience = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    content_json = table.Column<string>(type: "text", nullable: false),
                    pdf = table.Column<byte[]>(type: "bytea", nullable: false),
                    pdf_sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_board_pack_snapshots", x => x.id);
                    table.ForeignKey(
                        name: "fk_board_pack_snapshots_created_by",
                        column: x => x.created_by_user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_board_pack_snapshots_pack",
                        column: x => x.pack_id,
                        principalTable: "board_packs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

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

            migrationBuilder.CreateIndex(
                name: "ix_board_pack_snapshots_created_by_user_id",
                table: "board_pack_snapshots",
                column: "created_by_user_id");

            migrationBuilder.CreateIndex(
                name: "ux_board_pack_snapshots_pack_id_number",
                table: "board_pack_snapshots",
                columns: new[] { "pack_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_board_packs_area_id",
                table: "board_packs",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_board_packs_created_by_user_id",
                table: "board_packs",
                column: "created_by_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_board_packs_organisation_id_updated_at",
                table: "board_packs",
                columns: new[] { "organisation_id", "updated_at" });

            migrationBuilder.CreateIndex(
                name: "ix_board_packs_updated_by_user_id",
                table: "board_packs",
                column: "updated_by_user_id");
            // A version of a pack is never changed or removed: the database refuses it, as for the access log.
            migrationBuilder.Sql("CREATE TRIGGER trg_board_pack_snapshots_append_only BEFORE UPDATE OR DELETE ON board_pack_snapshots FOR EACH ROW EXECUTE FUNCTION beacon_append_only();");
            migrationBuilder.Sql("CREATE TRIGGER trg_board_pack_snapshots_no_truncate BEFORE TRUNCATE ON board_pack_snapshots FOR EACH STATEMENT EXECUTE FUNCTION beacon_append_only();");

            // Referrals submitted before these columns existed: where the case and the submitter are now
            // is the best record there is of where they were; the decision dates from their decisions.
            migrationBuilder.Sql("""
                UPDATE referrals SET
                    area_id = (SELECT c.area_id FROM cases c WHERE c.id = referrals.case_id),
                    route = (SELECT c.route FROM cases c WHERE c.id = referrals.case_id),
                    first_responder_organisation_id = (SELECT u.organisation_id FROM users u WHERE u.id = referrals.submitted_by_user_id),
                    first_responder_team_id = (SELECT u.team_id FROM users u WHERE u.id = referrals.submitted_by_user_id)
                WHERE status <> 'Draft' AND area_id IS NULL
                """);
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
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS trg_board_pack_snapshots_append_only ON board_pack_snapshots;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS trg_board_pack_snapshots_no_truncate ON board_pack_snapshots;");

            migrationBuilder.DropTable(
                name: "board_pack_snapshots");

            migrationBuilder.DropTable(
                name: "board_packs");

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
                name: "area_id",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "conclusive_grounds_on",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "conclusive_grounds_outcome",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "first_responder_organisation_id",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "first_responder_team_id",
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

            migrationBuilder.DropColumn(
                name: "route",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "business_name",
                table: "concerns");

            migrationBuilder.CreateIndex(
                name: "ix_concerns_area_id_raised_at",
                table: "concerns",
                columns: new[] { "area_id", "raised_at" });
        }
    }
}
