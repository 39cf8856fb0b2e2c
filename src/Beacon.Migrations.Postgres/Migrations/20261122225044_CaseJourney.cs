using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CaseJourney : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "function",
                table: "teams",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Other");

            migrationBuilder.AddColumn<Guid>(
                name: "assigned_worker_id",
                table: "cases",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "closed_at",
                table: "cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "closure_note",
                table: "cases",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "closure_outcome",
                table: "cases",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "is_anonymous",
                table: "cases",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "retain_until",
                table: "cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "route",
                table: "cases",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "Child");

            migrationBuilder.AddColumn<string>(
                name: "status",
                table: "cases",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "Open");

            migrationBuilder.CreateTable(
                name: "case_notes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    addendum_to_note_id = table.Column<Guid>(type: "uuid", nullable: true),
                    text = table.Column<string>(type: "character varying(15000)", maxLength: 15000, nullable: false),
                    written_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    written_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_notes", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_notes_addendum_to",
                        column: x => x.addendum_to_note_id,
                        principalTable: "case_notes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_case_notes_case",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_case_notes_written_by",
                        column: x => x.written_by_user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "case_people",
                columns: table => new
                {
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    first_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    last_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    nickname = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    date_of_birth = table.Column<DateOnly>(type: "date", nullable: true),
                    estimated_age = table.Column<int>(type: "integer", nullable: true),
                    age_estimated_on = table.Column<DateOnly>(type: "date", nullable: true),
                    gender = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    nationality_code = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    second_nationality_code = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    languages = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    interpreter_needed = table.Column<bool>(type: "boolean", nullable: true),
                    interpreter_language = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    communication_needs = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    safe_to_contact = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    contact_safety_notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    phone = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    address = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    home_office_reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_people", x => x.case_id);
                    table.ForeignKey(
                        name: "fk_case_people_case",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_route_changes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    to = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    reason = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    by_user_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_route_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_route_changes_case",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "concerns",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    reference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    raised_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    raised_by_organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    raised_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    journey_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    route = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    triage_team_id = table.Column<Guid>(type: "uuid", nullable: false),
                    assigned_to_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    assigned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    rag = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    indicators = table.Column<long>(type: "bigint", nullable: false),
                    what_was_seen = table.Column<string>(type: "character varying(15000)", maxLength: 15000, nullable: false),
                    seen_on = table.Column<DateOnly>(type: "date", nullable: true),
                    where_seen = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    place_type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    town = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    person_known = table.Column<bool>(type: "boolean", nullable: false),
                    person_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    person_other_names = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    person_date_of_birth = table.Column<DateOnly>(type: "date", nullable: true),
                    age = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    estimated_age = table.Column<int>(type: "integer", nullable: true),
                    gender = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    nationality_code = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    person_description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    own_words = table.Column<string>(type: "character varying(15000)", maxLength: 15000, nullable: true),
                    immediate_danger = table.Column<bool>(type: "boolean", nullable: false),
                    police_called = table.Column<bool>(type: "boolean", nullable: true),
                    case_id = table.Column<Guid>(type: "uuid", nullable: true),
                    triaged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    triaged_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    triage_note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_concerns", x => x.id);
                    table.ForeignKey(
                        name: "fk_concerns_area",
                        column: x => x.area_id,
                        principalTable: "areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_concerns_assigned_to",
                        column: x => x.assigned_to_user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_concerns_case",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_concerns_raised_by",
                        column: x => x.raised_by_user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_concerns_raised_by_organisation",
                        column: x => x.raised_by_organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_concerns_triage_team",
                        column: x => x.triage_team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "person_name_keys",
                columns: table => new
                {
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_person_name_keys", x => new { x.key, x.case_id });
                    table.ForeignKey(
                        name: "fk_person_name_keys_case",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reference_counters",
                columns: table => new
                {
                    series = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    next = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reference_counters", x => x.series);
                });

            migrationBuilder.CreateTable(
                name: "referrals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    previous_referral_id = table.Column<Guid>(type: "uuid", nullable: true),
                    answers_json = table.Column<string>(type: "text", nullable: false),
                    under_eighteen = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    under_eighteen_at_exploitation = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    consent_given = table.Column<bool>(type: "boolean", nullable: true),
                    explanations_given = table.Column<int>(type: "integer", nullable: false),
                    agrees_to_cooperate = table.Column<bool>(type: "boolean", nullable: true),
                    exploitation = table.Column<int>(type: "integer", nullable: false),
                    exploited_in = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    gender = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    nationality_code = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    decision_maker = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    started_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    submitted_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    referred_on = table.Column<DateOnly>(type: "date", nullable: true),
                    national_reference = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    status_changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    status_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_referrals", x => x.id);
                    table.ForeignKey(
                        name: "fk_referrals_case",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_referrals_previous",
                        column: x => x.previous_referral_id,
                        principalTable: "referrals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "reminders_sent",
                columns: table => new
                {
                    key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reminders_sent", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "safeguarding_actions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    details = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    owner_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    outcome = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_safeguarding_actions", x => x.id);
                    table.ForeignKey(
                        name: "fk_safeguarding_actions_case",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_safeguarding_actions_owner",
                        column: x => x.owner_user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "person_aliases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_person_aliases", x => x.id);
                    table.ForeignKey(
                        name: "fk_person_aliases_person",
                        column: x => x.case_id,
                        principalTable: "case_people",
                        principalColumn: "case_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "evidence_files",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: true),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    length = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    document_date = table.Column<DateOnly>(type: "date", nullable: true),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    uploaded_by_user_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evidence_files", x => x.id);
                    table.ForeignKey(
                        name: "fk_evidence_files_case",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_evidence_files_referral",
                        column: x => x.referral_id,
                        principalTable: "referrals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "nrm_decisions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    outcome = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: false),
                    decision_maker = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by_user_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_nrm_decisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_nrm_decisions_case",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_nrm_decisions_referral",
                        column: x => x.referral_id,
                        principalTable: "referrals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "evidence_file_contents",
                columns: table => new
                {
                    file_id = table.Column<Guid>(type: "uuid", nullable: false),
                    bytes = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evidence_file_contents", x => x.file_id);
                    table.ForeignKey(
                        name: "fk_evidence_file_contents_file",
                        column: x => x.file_id,
                        principalTable: "evidence_files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "escalations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    decision_id = table.Column<Guid>(type: "uuid", nullable: true),
                    board = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    escalated_on = table.Column<DateOnly>(type: "date", nullable: false),
                    concerns = table.Column<string>(type: "character varying(15000)", maxLength: 15000, nullable: false),
                    outcome = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    outcome_on = table.Column<DateOnly>(type: "date", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_escalations", x => x.id);
                    table.ForeignKey(
                        name: "fk_escalations_case",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_escalations_decision",
                        column: x => x.decision_id,
                        principalTable: "nrm_decisions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "reconsiderations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    decision_id = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_by = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    requester_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    requested_on = table.Column<DateOnly>(type: "date", nullable: false),
                    grounds = table.Column<string>(type: "character varying(15000)", maxLength: 15000, nullable: false),
                    outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    outcome_on = table.Column<DateOnly>(type: "date", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reconsiderations", x => x.id);
                    table.ForeignKey(
                        name: "fk_reconsiderations_case",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_reconsiderations_decision",
                        column: x => x.decision_id,
                        principalTable: "nrm_decisions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_cases_assigned_worker_id_status",
                table: "cases",
                columns: new[] { "assigned_worker_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_cases_owning_team_id_status_created_at",
                table: "cases",
                columns: new[] { "owning_team_id", "status", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_case_notes_addendum_to_note_id",
                table: "case_notes",
                column: "addendum_to_note_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_notes_case_id_written_at",
                table: "case_notes",
                columns: new[] { "case_id", "written_at" });

            migrationBuilder.CreateIndex(
                name: "ix_case_notes_written_by_user_id",
                table: "case_notes",
                column: "written_by_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_people_date_of_birth",
                table: "case_people",
                column: "date_of_birth");

            migrationBuilder.CreateIndex(
                name: "ix_case_route_changes_case_id_at",
                table: "case_route_changes",
                columns: new[] { "case_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_concerns_area_id_raised_at",
                table: "concerns",
                columns: new[] { "area_id", "raised_at" });

            migrationBuilder.CreateIndex(
                name: "ix_concerns_assigned_to_user_id",
                table: "concerns",
                column: "assigned_to_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_concerns_case_id",
                table: "concerns",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_concerns_raised_by_organisation_id",
                table: "concerns",
                column: "raised_by_organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_concerns_raised_by_user_id",
                table: "concerns",
                column: "raised_by_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_concerns_reference",
                table: "concerns",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_concerns_tray",
                table: "concerns",
                columns: new[] { "triage_team_id", "status", "raised_at" });

            migrationBuilder.CreateIndex(
                name: "ux_concerns_journey_id",
                table: "concerns",
                column: "journey_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_escalations_case_id",
                table: "escalations",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_escalations_decision_id",
                table: "escalations",
                column: "decision_id");

            migrationBuilder.CreateIndex(
                name: "ix_evidence_files_case_id",
                table: "evidence_files",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_evidence_files_referral_id",
                table: "evidence_files",
                column: "referral_id");

            migrationBuilder.CreateIndex(
                name: "ix_nrm_decisions_case_id",
                table: "nrm_decisions",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_nrm_decisions_referral_id_kind",
                table: "nrm_decisions",
                columns: new[] { "referral_id", "kind" });

            migrationBuilder.CreateIndex(
                name: "ix_person_aliases_case_id",
                table: "person_aliases",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_person_name_keys_case_id",
                table: "person_name_keys",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_reconsiderations_case_id",
                table: "reconsiderations",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_reconsiderations_decision_id",
                table: "reconsiderations",
                column: "decision_id");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_case_id",
                table: "referrals",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ux_referrals_one_draft",
                table: "referrals",
                column: "case_id",
                unique: true,
                filter: "status = 'Draft'");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_national_reference",
                table: "referrals",
                column: "national_reference");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_previous_referral_id",
                table: "referrals",
                column: "previous_referral_id");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_submitted_at",
                table: "referrals",
                column: "submitted_at");

            migrationBuilder.CreateIndex(
                name: "ix_safeguarding_actions_case_id",
                table: "safeguarding_actions",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_safeguarding_actions_owner_due",
                table: "safeguarding_actions",
                columns: new[] { "owner_user_id", "status", "due_at" });

            migrationBuilder.AddForeignKey(
                name: "fk_cases_assigned_worker",
                table: "cases",
                column: "assigned_worker_id",
                principalTable: "users",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_cases_assigned_worker",
                table: "cases");

            migrationBuilder.DropTable(
                name: "case_notes");

            migrationBuilder.DropTable(
                name: "case_route_changes");

            migrationBuilder.DropTable(
                name: "concerns");

            migrationBuilder.DropTable(
                name: "escalations");

            migrationBuilder.DropTable(
                name: "evidence_file_contents");

            migrationBuilder.DropTable(
                name: "person_aliases");

            migrationBuilder.DropTable(
                name: "person_name_keys");

            migrationBuilder.DropTable(
                name: "reconsiderations");

            migrationBuilder.DropTable(
                name: "reference_counters");

            migrationBuilder.DropTable(
                name: "reminders_sent");

            migrationBuilder.DropTable(
                name: "safeguarding_actions");

            migrationBuilder.DropTable(
                name: "evidence_files");

            migrationBuilder.DropTable(
                name: "case_people");

            migrationBuilder.DropTable(
                name: "nrm_decisions");

            migrationBuilder.DropTable(
                name: "referrals");

            migrationBuilder.DropIndex(
                name: "ix_cases_assigned_worker_id_status",
                table: "cases");

            migrationBuilder.DropIndex(
                name: "ix_cases_owning_team_id_status_created_at",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "function",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "assigned_worker_id",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "closed_at",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "closure_note",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "closure_outcome",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "is_anonymous",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "retain_until",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "route",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "status",
                table: "cases");
        }
    }
}
