using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CaseJourneyTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Apart from CaseJourney to match the SQLite set, where it must be apart.
            // Case notes are court-safe: a correction is an addendum, never an edit.
            migrationBuilder.Sql("CREATE TRIGGER trg_case_notes_append_only BEFORE UPDATE OR DELETE ON case_notes FOR EACH ROW EXECUTE FUNCTION beacon_append_only();");
            migrationBuilder.Sql("CREATE TRIGGER trg_case_notes_no_truncate BEFORE TRUNCATE ON case_notes FOR EACH STATEMENT EXECUTE FUNCTION beacon_append_only();");

            // s.52(3): nothing identifying about the person on an anonymous (Duty to Notify, no
            // co-operation) case, whichever code writes it.
            migrationBuilder.Sql("""
                CREATE FUNCTION beacon_refuse_identifying() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF EXISTS (SELECT 1 FROM cases WHERE id = NEW.case_id AND is_anonymous) THEN
                        RAISE EXCEPTION 'identifying data refused on an anonymous case (%)', TG_TABLE_NAME USING ERRCODE = 'check_violation';
                    END IF;
                    RETURN NEW;
                END
                $$;
                """);
            migrationBuilder.Sql("CREATE TRIGGER trg_case_people_anonymous BEFORE INSERT OR UPDATE ON case_people FOR EACH ROW WHEN (NEW.first_name IS NOT NULL OR NEW.last_name IS NOT NULL OR NEW.nickname IS NOT NULL OR NEW.date_of_birth IS NOT NULL OR NEW.phone IS NOT NULL OR NEW.email IS NOT NULL OR NEW.address IS NOT NULL OR NEW.home_office_reference IS NOT NULL) EXECUTE FUNCTION beacon_refuse_identifying();");
            migrationBuilder.Sql("CREATE TRIGGER trg_person_aliases_anonymous BEFORE INSERT OR UPDATE ON person_aliases FOR EACH ROW EXECUTE FUNCTION beacon_refuse_identifying();");
            migrationBuilder.Sql("CREATE TRIGGER trg_concerns_anonymous BEFORE INSERT OR UPDATE ON concerns FOR EACH ROW WHEN (NEW.case_id IS NOT NULL AND (NEW.person_name IS NOT NULL OR NEW.person_other_names IS NOT NULL OR NEW.person_date_of_birth IS NOT NULL)) EXECUTE FUNCTION beacon_refuse_identifying();");
            migrationBuilder.Sql("""
                CREATE FUNCTION beacon_refuse_anonymising_identified() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF EXISTS (SELECT 1 FROM case_people p WHERE p.case_id = NEW.id AND (p.first_name IS NOT NULL OR p.last_name IS NOT NULL OR p.nickname IS NOT NULL OR p.date_of_birth IS NOT NULL OR p.phone IS NOT NULL OR p.email IS NOT NULL OR p.address IS NOT NULL OR p.home_office_reference IS NOT NULL))
                        OR EXISTS (SELECT 1 FROM person_aliases a WHERE a.case_id = NEW.id)
                        OR EXISTS (SELECT 1 FROM concerns c WHERE c.case_id = NEW.id AND (c.person_name IS NOT NULL OR c.person_other_names IS NOT NULL OR c.person_date_of_birth IS NOT NULL)) THEN
                        RAISE EXCEPTION 'a case cannot be made anonymous while it holds identifying data' USING ERRCODE = 'check_violation';
                    END IF;
                    RETURN NEW;
                END
                $$;
                """);
            migrationBuilder.Sql("CREATE TRIGGER trg_cases_anonymous BEFORE UPDATE OF is_anonymous ON cases FOR EACH ROW WHEN (NEW.is_anonymous AND NOT OLD.is_anonymous) EXECUTE FUNCTION beacon_refuse_anonymising_identified();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS trg_cases_anonymous ON cases;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS trg_concerns_anonymous ON concerns;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS trg_person_aliases_anonymous ON person_aliases;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS trg_case_people_anonymous ON case_people;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS trg_case_notes_append_only ON case_notes;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS trg_case_notes_no_truncate ON case_notes;");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS beacon_refuse_anonymising_identified();");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS beacon_refuse_identifying();");
        }
    }
}
