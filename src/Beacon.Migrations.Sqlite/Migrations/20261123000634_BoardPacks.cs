using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Migrations.Sqlite.Migrations
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
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    area_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    from_year = table.Column<int>(type: "INTEGER", nullable: false),
                    from_quarter = table.Column<int>(type: "INTEGER", nullable: false),
                    to_year = table.Column<int>(type: "INTEGER", nullable: false),
                    to_quarter = table.Column<int>(type: "INTEGER", nullable: false),
                    audience = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    narrative_json = table.Column<string>(type: "TEXT", nullable: false),
                    actions_json = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    created_by_user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_by_user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    pack_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    created_by_user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    from_year = table.Column<int>(type: "INTEGER", nullable: false),
                    from_quarter = table.Column<int>(type: "INTEGER", nullable: false),
                    to_year = table.Column<int>(type: "INTEGER", nullable: false),
                    to_quarter = table.Column<int>(type: "INTEGER", nullable: false),
                    audience = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    content_json = table.Column<string>(type: "TEXT", nullable: false),
                    pdf = table.Column<byte[]>(type: "BLOB", nullable: false),
                    pdf_sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false)
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
            migrationBuilder.Sql("CREATE TRIGGER trg_board_pack_snapshots_no_update BEFORE UPDATE ON board_pack_snapshots BEGIN SELECT RAISE(ABORT, 'board_pack_snapshots is append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER trg_board_pack_snapshots_no_delete BEFORE DELETE ON board_pack_snapshots BEGIN SELECT RAISE(ABORT, 'board_pack_snapshots is append-only'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS trg_board_pack_snapshots_no_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS trg_board_pack_snapshots_no_delete;");

            migrationBuilder.DropTable(
                name: "board_pack_snapshots");

            migrationBuilder.DropTable(
                name: "board_packs");
        }
    }
}
