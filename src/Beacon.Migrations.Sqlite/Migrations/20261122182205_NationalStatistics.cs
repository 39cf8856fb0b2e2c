using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class NationalStatistics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "statistics_editions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    release_year = table.Column<int>(type: "INTEGER", nullable: false),
                    release_quarter = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_statistics_editions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "statistics_imports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    edition_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    table_kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    scope = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    imported_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    imported_at = table.Column<long>(type: "INTEGER", nullable: false),
                    figure_count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_statistics_imports", x => x.id);
                    table.ForeignKey(
                        name: "fk_statistics_imports_edition",
                        column: x => x.edition_id,
                        principalTable: "statistics_editions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "national_figures",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    edition_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    import_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    table_kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    quarter = table.Column<int>(type: "INTEGER", nullable: true),
                    age_at_exploitation = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    location_of_exploitation = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    gender = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    nationality = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    exploitation_type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    first_responder_type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    first_responder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    decision = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    value = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_national_figures", x => x.id);
                    table.ForeignKey(
                        name: "fk_national_figures_edition",
                        column: x => x.edition_id,
                        principalTable: "statistics_editions",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "fk_national_figures_import",
                        column: x => x.import_id,
                        principalTable: "statistics_imports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_national_figures_edition_id_table_kind_year_quarter",
                table: "national_figures",
                columns: new[] { "edition_id", "table_kind", "year", "quarter" });

            migrationBuilder.CreateIndex(
                name: "ix_national_figures_import_id",
                table: "national_figures",
                column: "import_id");

            migrationBuilder.CreateIndex(
                name: "ix_national_figures_table_kind_year_quarter",
                table: "national_figures",
                columns: new[] { "table_kind", "year", "quarter" });

            migrationBuilder.CreateIndex(
                name: "ix_statistics_editions_name",
                table: "statistics_editions",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_statistics_editions_release",
                table: "statistics_editions",
                columns: new[] { "release_year", "release_quarter" });

            migrationBuilder.CreateIndex(
                name: "ix_statistics_imports_edition_id_table_kind_scope",
                table: "statistics_imports",
                columns: new[] { "edition_id", "table_kind", "scope" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "national_figures");

            migrationBuilder.DropTable(
                name: "statistics_imports");

            migrationBuilder.DropTable(
                name: "statistics_editions");
        }
    }
}
