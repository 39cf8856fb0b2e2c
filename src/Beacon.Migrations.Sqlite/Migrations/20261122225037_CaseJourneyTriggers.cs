using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CaseJourneyTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Apart from CaseJourney: SQLite rebuilds altered tables at the end of a migration,
            // and a trigger naming a table being rebuilt would break the rebuild.
            // Case notes are court-safe: a correction is an addendum, never an edit.
            migrationBuilder.Sql("CREATE TRIGGER trg_case_notes_no_update BEFORE UPDATE ON case_notes BEGIN SELECT RAISE(ABORT, 'case_notes is append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER trg_case_notes_no_delete BEFORE DELETE ON case_notes BEGIN SELECT RAISE(ABORT, 'case_notes is append-only'); END;");

            // s.52(3): nothing identifying about the person on an anonymous (Duty to Notify, no
            // co-operation) case, whichever code writes it.
            foreach (var (table, when) in new[]
            {
                ("case_people", "NEW.first_name IS NOT NULL OR NEW.last_name IS NOT NULL OR NEW.nickname IS NOT NULL OR NEW.date_of_birth IS NOT NULL OR NEW.phone IS NOT NULL OR NEW.email IS NOT NULL OR NEW.address IS NOT NULL OR NEW.home_office_reference IS NOT NULL"),
                ("person_aliases", "1"),
                ("concerns", "NEW.person_name IS NOT NULL OR NEW.person_other_names IS NOT NULL OR NEW.person_date_of_birth IS NOT NULL"),
            })
            {
                foreach (var operation in new[] { "INSERT", "UPDATE" })
                {
                    migrationBuilder.Sql($"CREATE TRIGGER trg_{table}_anonymous_{operation.ToLowerInvariant()} BEFORE {operation} ON {table} FOR EACH ROW WHEN ({when}) AND EXISTS (SELECT 1 FROM cases WHERE id = NEW.case_id AND is_anonymous) BEGIN SELECT RAISE(ABORT, 'identifying data refused on an anonymous case ({table})'); END;");
                }
            }

            migrationBuilder.Sql("""
                CREATE TRIGGER trg_cases_anonymous BEFORE UPDATE OF is_anonymous ON cases FOR EACH ROW
                WHEN NEW.is_anonymous AND NOT OLD.is_anonymous AND (
                    EXISTS (SELECT 1 FROM case_people p WHERE p.case_id = NEW.id AND (p.first_name IS NOT NULL OR p.last_name IS NOT NULL OR p.nickname IS NOT NULL OR p.date_of_birth IS NOT NULL OR p.phone IS NOT NULL OR p.email IS NOT NULL OR p.address IS NOT NULL OR p.home_office_reference IS NOT NULL))
                    OR EXISTS (SELECT 1 FROM person_aliases a WHERE a.case_id = NEW.id)
                    OR EXISTS (SELECT 1 FROM concerns c WHERE c.case_id = NEW.id AND (c.person_name IS NOT NULL OR c.person_other_names IS NOT NULL OR c.person_date_of_birth IS NOT NULL)))
                BEGIN SELECT RAISE(ABORT, 'a case cannot be made anonymous while it holds identifying data'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var name in new[] { "cases_anonymous", "case_people_anonymous_insert", "case_people_anonymous_update", "person_aliases_anonymous_insert", "person_aliases_anonymous_update", "concerns_anonymous_insert", "concerns_anonymous_update", "case_notes_no_update", "case_notes_no_delete" })
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS trg_{name};");
            }
        }
    }
}
