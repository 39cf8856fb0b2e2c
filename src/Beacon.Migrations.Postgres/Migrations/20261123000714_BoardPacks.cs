using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class BoardPacks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            // A version of a pack is what was issued: never changed, never deleted.
            migrationBuilder.Sql("CREATE TRIGGER trg_board_pack_snapshots_append_only BEFORE UPDATE OR DELETE ON board_pack_snapshots FOR EACH ROW EXECUTE FUNCTION beacon_append_only();");
            migrationBuilder.Sql("CREATE TRIGGER trg_board_pack_snapshots_no_truncate BEFORE TRUNCATE ON board_pack_snapshots FOR EACH STATEMENT EXECUTE FUNCTION beacon_append_only();");
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
        }
    }
}
