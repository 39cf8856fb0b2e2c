using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ref_countries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    sort_order = table.Column<int>(type: "INTEGER", nullable: false),
                    is_active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ref_countries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "ref_first_responder_organisations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    sort_order = table.Column<int>(type: "INTEGER", nullable: false),
                    is_active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ref_first_responder_organisations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "ref_local_authorities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    sort_order = table.Column<int>(type: "INTEGER", nullable: false),
                    is_active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ref_local_authorities", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "ref_nationalities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    sort_order = table.Column<int>(type: "INTEGER", nullable: false),
                    is_active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ref_nationalities", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "ref_police_forces",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    sort_order = table.Column<int>(type: "INTEGER", nullable: false),
                    is_active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ref_police_forces", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "ref_regions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    sort_order = table.Column<int>(type: "INTEGER", nullable: false),
                    is_active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ref_regions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "areas",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    local_authority_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_areas", x => x.id);
                    table.ForeignKey(
                        name: "fk_areas_local_authority",
                        column: x => x.local_authority_id,
                        principalTable: "ref_local_authorities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_areas_local_authority_id",
                table: "areas",
                column: "local_authority_id");

            migrationBuilder.CreateIndex(
                name: "ix_areas_name",
                table: "areas",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_ref_countries_name",
                table: "ref_countries",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_ref_first_responder_organisations_name",
                table: "ref_first_responder_organisations",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_ref_local_authorities_name",
                table: "ref_local_authorities",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_ref_nationalities_name",
                table: "ref_nationalities",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_ref_police_forces_name",
                table: "ref_police_forces",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_ref_regions_name",
                table: "ref_regions",
                column: "name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "areas");

            migrationBuilder.DropTable(
                name: "ref_countries");

            migrationBuilder.DropTable(
                name: "ref_first_responder_organisations");

            migrationBuilder.DropTable(
                name: "ref_nationalities");

            migrationBuilder.DropTable(
                name: "ref_police_forces");

            migrationBuilder.DropTable(
                name: "ref_regions");

            migrationBuilder.DropTable(
                name: "ref_local_authorities");
        }
    }
}
