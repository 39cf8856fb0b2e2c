using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Beacon.Core.Accounts;
using Beacon.Core.Areas;
using Beacon.Core.Cases;
using Beacon.Core.Concerns;
using Beacon.Core.Data;
using Beacon.Core.Organisations;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;

namespace Beacon.Bench;

/// <summary>What the seed made, for the measurements.</summary>
internal sealed record Seeded(string Email, string Secret, List<Guid> TeamCases, List<Guid> TrayConcerns, int Cases, IReadOnlyList<(string Table, long Rows, double Seconds)> Tables);

/// <summary>
/// Fills the bench database at the case journey's realistic ratios with PostgreSQL binary COPY:
/// per case a person and name keys, ~1.2 concerns, ~0.8 referrals, their decisions, safeguarding
/// actions, ~5 notes and ~10 audit events; 20 teams, the first of them the MASH team of the
/// signed-in worker (so ~5% of the cases and a few hundred concerns waiting in its tray). Each
/// table is one pass over the cases; a case's shape comes from its own seeded random, so every
/// pass agrees on it without holding 100,000 cases in memory.
/// </summary>
internal static class BulkSeed
{
    public const string Password = "quartz lagoon velvet harbour";
    private const int Teams = 20;
    private const int TrayConcernsPerTriageTeam = 300;
    private const int WorkersPerTeam = 4;

    private static readonly string[] Syllables = ["ka", "lo", "mi", "ren", "sa", "tor", "vi", "an", "bel", "da", "fen", "gri", "ho", "jun", "ko", "lum", "mar", "nor", "pa", "qui", "ros", "ste", "tam", "ul", "ver", "wen", "xa", "yor", "zel", "bri"];

    private static readonly string AnswersJson = JsonSerializer.Serialize(new ReferralAnswers
    {
        FirstResponder = new() { WorkEmail = "bench@example.test", OwnReference = "BENCH", OrganisationCode = "Bench Council", Nation = UkNation.England },
        Age = new() { UnderEighteen = AgeAnswer.Under18, UnderEighteenAtExploitation = AgeAnswer.Under18, LocalAuthorityContactName = "Bench Responder" },
        Background = new() { Birthplace = "An invented town", Family = "Lives with a parent and two siblings.", Education = "On roll at a secondary school, attendance poor." },
        Exploitation = new()
        {
            MoreThanOneSituation = YesNoNotSure.No,
            WhenAndTypes = "Criminal exploitation over several months.",
            HowItStarted = "Befriended by older boys who gave food and a phone, then said they owed money.",
            AverageDay = "Travelled by train to another town to sell drugs, returning late at night.",
            LivingConditions = "At home, but often missing overnight.",
            Treatment = "Threatened with violence against them and their family.",
            StillInSituation = false,
            LastContactWithExploiters = LastContact.WithinAMonth,
            ReportedBefore = YesNoNotSure.No,
        },
        Insight = new() { IndicatorsIdentified = true, Indicators = Indicators.GoingMissing | Indicators.CountyLines | Indicators.OlderAssociates, WhyReferring = "Indicators and account meet the threshold." },
        Where = new() { ExploitedIn = ExploitedIn.Uk, UkTowns = ["Benchtown"], CurrentTown = "Benchtown" },
        Exploiters = new() { WhoTheyAre = "A group of older men.", Components = ExploitationComponents.ForcedCriminality, OtherVictims = YesNoNotSure.NotSure, ReExploitationConcern = true },
        Person = new() { FirstName = "Invented", LastName = "Person", EstimatedAge = 15, Gender = Gender.Male, NationalityCode = "British" },
        Contact = new() { Recipient = DecisionRecipient.SupportWorker, RecipientName = "Bench Responder", Email = "bench@example.test", SafeToEmail = true },
    }, DutyToNotifyPrivacy.Json);

    /// <summary>One case's shape, the same in every pass.</summary>
    private readonly record struct Plan(
        int Index, Guid Id, int Team, int Area, DateTimeOffset Opened, CaseRoute Route, DateTimeOffset? Closed, int Worker,
        bool Referral, bool DutyToNotify, int Decisions, int Notes, int Actions, bool LinkedConcern, string First, string Last, string? Alias);

    public static async Task<Seeded> RunAsync(BenchApp app, string connectionString, int count, DateTimeOffset now)
    {
        var (userEmail, secret, userId, council, areas, teams, workers) = await SetUpAsync(app, now);
        var plans = new PlanSource(count, now, teams.Count);
        var tables = new List<(string, long, double)>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();

        Guid WorkerOf(Plan p) => p.Worker < 0 ? userId : workers[p.Team][p.Worker];
        var mash = teams[0];
        var teamCases = new List<Guid>();
        var trayConcerns = new List<Guid>();

        await CopyAsync(connection, tables, "cases", ["id", "reference", "area_id", "owning_organisation_id", "owning_team_id", "created_by_user_id", "created_at", "summary", "route", "status", "assigned_worker_id", "is_anonymous", "closed_at", "closure_outcome", "closure_note", "retain_until", "version"], plans, (w, p, _) =>
        {
            if (p.Team == 0)
            {
                teamCases.Add(p.Id);
            }

            w.StartRow();
            w.Write(p.Id, NpgsqlDbType.Uuid);
            w.Write(string.Create(CultureInfo.InvariantCulture, $"MS-B-{p.Index:D7}"), NpgsqlDbType.Varchar);
            w.Write(areas[p.Area], NpgsqlDbType.Uuid);
            w.Write(council, NpgsqlDbType.Uuid);
            w.Write(teams[p.Team], NpgsqlDbType.Uuid);
            w.Write(WorkerOf(p), NpgsqlDbType.Uuid);
            w.Write(p.Opened, NpgsqlDbType.TimestampTz);
            w.Write("An invented concern for the benchmark: seen working long hours at a car wash, collected by older men.", NpgsqlDbType.Varchar);
            w.Write(p.Route.ToString(), NpgsqlDbType.Varchar);
            w.Write(p.Closed is null ? "Open" : "Closed", NpgsqlDbType.Varchar);
            w.Write(WorkerOf(p), NpgsqlDbType.Uuid);
            w.Write(false, NpgsqlDbType.Boolean);
            Nullable(w, p.Closed, NpgsqlDbType.TimestampTz);
            Nullable(w, p.Closed is null ? null : nameof(ClosureOutcome.SafeAndSupported), NpgsqlDbType.Varchar);
            Nullable(w, p.Closed is null ? null : "Settled with support in place.", NpgsqlDbType.Varchar);
            Nullable(w, p.Closed is { } c ? DateOnly.FromDateTime(c.UtcDateTime).AddYears(6) : (DateOnly?)null, NpgsqlDbType.Date);
            w.Write(Guid.NewGuid(), NpgsqlDbType.Uuid);
        });

        await CopyAsync(connection, tables, "case_people", ["case_id", "first_name", "last_name", "estimated_age", "age_estimated_on", "gender", "nationality_code", "languages", "interpreter_needed", "safe_to_contact", "version"], plans, (w, p, r) =>
        {
            w.StartRow();
            w.Write(p.Id, NpgsqlDbType.Uuid);
            w.Write(p.First, NpgsqlDbType.Varchar);
            w.Write(p.Last, NpgsqlDbType.Varchar);
            w.Write(p.Route == CaseRoute.Child ? 13 + r.Next(5) : 18 + r.Next(40), NpgsqlDbType.Integer);
            w.Write(DateOnly.FromDateTime(p.Opened.UtcDateTime), NpgsqlDbType.Date);
            w.Write(r.Next(5) == 0 ? nameof(Gender.Female) : nameof(Gender.Male), NpgsqlDbType.Varchar);
            w.Write(r.Next(2) == 0 ? "British" : "Albanian", NpgsqlDbType.Varchar);
            w.Write("English", NpgsqlDbType.Varchar);
            w.Write(false, NpgsqlDbType.Boolean);
            w.Write(nameof(SafeToContact.NotKnown), NpgsqlDbType.Varchar);
            w.Write(Guid.NewGuid(), NpgsqlDbType.Uuid);
        });

        await CopyAsync(connection, tables, "person_aliases", ["id", "case_id", "name", "kind"], plans, (w, p, _) =>
        {
            if (p.Alias is not null)
            {
                w.StartRow();
                w.Write(Id(3, p.Index, 0), NpgsqlDbType.Uuid);
                w.Write(p.Id, NpgsqlDbType.Uuid);
                w.Write(p.Alias, NpgsqlDbType.Varchar);
                w.Write(nameof(AliasKind.Alias), NpgsqlDbType.Varchar);
            }
        });

        await CopyAsync(connection, tables, "person_name_keys", ["key", "case_id"], plans, (w, p, _) =>
        {
            foreach (var key in new[] { p.First, p.Last, p.Alias?.Split(' ')[0] }.OfType<string>().Select(k => k.ToLowerInvariant()).Distinct())
            {
                w.StartRow();
                w.Write(key, NpgsqlDbType.Varchar);
                w.Write(p.Id, NpgsqlDbType.Uuid);
            }
        });

        await CopyAsync(connection, tables, "case_route_changes", ["id", "case_id", "from", "to", "reason", "at", "by_user_id"], plans, (w, p, _) =>
        {
            w.StartRow();
            w.Write(Id(4, p.Index, 0), NpgsqlDbType.Uuid);
            w.Write(p.Id, NpgsqlDbType.Uuid);
            w.WriteNull();
            w.Write(p.Route.ToString(), NpgsqlDbType.Varchar);
            w.Write(nameof(RouteChangeReason.Opened), NpgsqlDbType.Varchar);
            w.Write(p.Opened, NpgsqlDbType.TimestampTz);
            w.Write(WorkerOf(p), NpgsqlDbType.Uuid);
        });

        var concernColumns = new[] { "id", "reference", "area_id", "raised_by_user_id", "raised_by_organisation_id", "raised_at", "journey_id", "status", "route", "triage_team_id", "assigned_to_user_id", "assigned_at", "rag", "indicators", "what_was_seen", "seen_on", "where_seen", "place_type", "town", "person_known", "person_name", "age", "immediate_danger", "case_id", "triaged_at", "triaged_by_user_id", "version" };
        void Concern(NpgsqlBinaryImporter w, Guid id, string reference, Guid area, DateTimeOffset raisedAt, ConcernStatus status, CaseRoute route, Guid team, Guid? assignedTo, string? personName, Guid? caseId, Guid? triagedBy, Random r)
        {
            w.StartRow();
            w.Write(id, NpgsqlDbType.Uuid);
            w.Write(reference, NpgsqlDbType.Varchar);
            w.Write(area, NpgsqlDbType.Uuid);
            w.Write(workers[r.Next(Teams)][0], NpgsqlDbType.Uuid);
            w.Write(council, NpgsqlDbType.Uuid);
            w.Write(raisedAt, NpgsqlDbType.TimestampTz);
            w.Write(id, NpgsqlDbType.Uuid);
            w.Write(status.ToString(), NpgsqlDbType.Varchar);
            w.Write(route.ToString(), NpgsqlDbType.Varchar);
            w.Write(team, NpgsqlDbType.Uuid);
            Nullable(w, assignedTo, NpgsqlDbType.Uuid);
            Nullable(w, assignedTo is null ? null : (DateTimeOffset?)raisedAt.AddHours(1), NpgsqlDbType.TimestampTz);
            w.Write(((RagRating)r.Next(3)).ToString(), NpgsqlDbType.Varchar);
            w.Write((long)(Indicators.FearOrAnxiety | Indicators.LittleOrNoPay | Indicators.ExcessiveHours), NpgsqlDbType.Bigint);
            w.Write("Seen working long hours at a hand car wash in the cold, collected by older men in a van every evening.", NpgsqlDbType.Varchar);
            w.Write(DateOnly.FromDateTime(raisedAt.UtcDateTime), NpgsqlDbType.Date);
            w.Write("Canal Street, Benchtown", NpgsqlDbType.Varchar);
            w.Write(nameof(PlaceType.CarWash), NpgsqlDbType.Varchar);
            w.Write("Benchtown", NpgsqlDbType.Varchar);
            w.Write(personName is not null, NpgsqlDbType.Boolean);
            Nullable(w, personName, NpgsqlDbType.Varchar);
            w.Write(route == CaseRoute.Child ? nameof(AgeAnswer.Under18) : nameof(AgeAnswer.Adult), NpgsqlDbType.Varchar);
            w.Write(false, NpgsqlDbType.Boolean);
            Nullable(w, caseId, NpgsqlDbType.Uuid);
            Nullable(w, triagedBy is null ? null : (DateTimeOffset?)raisedAt.AddHours(3), NpgsqlDbType.TimestampTz);
            Nullable(w, triagedBy, NpgsqlDbType.Uuid);
            w.Write(Guid.NewGuid(), NpgsqlDbType.Uuid);
        }

        var concernNumber = 0;
        await CopyAsync(connection, tables, "concerns", concernColumns, plans, (w, p, r) =>
        {
            var worker = WorkerOf(p);
            Concern(w, Id(5, p.Index, 0), $"C-B-{++concernNumber:D7}", areas[p.Area], p.Opened.AddHours(-3), ConcernStatus.CaseOpened, p.Route, teams[p.Team], worker, $"{p.First} {p.Last}", p.Id, worker, r);
            if (p.LinkedConcern)
            {
                Concern(w, Id(5, p.Index, 1), $"C-B-{++concernNumber:D7}", areas[p.Area], p.Opened.AddDays(20), ConcernStatus.LinkedToCase, p.Route, teams[p.Team], worker, $"{p.First} {p.Last}", p.Id, worker, r);
            }
        }, after: w =>
        {
            // The trays: a few hundred concerns waiting in the MASH and adult triage teams' queues.
            var r = new Random(7);
            for (var team = 0; team < 2; team++)
            {
                for (var i = 0; i < TrayConcernsPerTriageTeam; i++)
                {
                    var id = Id(6, (team * TrayConcernsPerTriageTeam) + i, 0);
                    if (team == 0)
                    {
                        trayConcerns.Add(id);
                    }

                    var assigned = i % 3 == 0 ? workers[team][r.Next(WorkersPerTeam)] : (Guid?)null;
                    Concern(w, id, $"C-B-{++concernNumber:D7}", areas[0], now.AddMinutes(-r.Next(5 * 24 * 60)), assigned is null ? ConcernStatus.New : ConcernStatus.Assigned, team == 0 ? CaseRoute.Child : CaseRoute.Adult, teams[team], assigned, $"{plans.FirstName(r)} {plans.LastName(r)}", null, null, r);
                }
            }
        });

        await CopyAsync(connection, tables, "referrals", ["id", "case_id", "kind", "status", "answers_json", "under_eighteen", "under_eighteen_at_exploitation", "consent_given", "explanations_given", "agrees_to_cooperate", "exploitation", "exploited_in", "gender", "nationality_code", "decision_maker", "started_at", "started_by_user_id", "submitted_at", "submitted_by_user_id", "referred_on", "version"], plans, (w, p, r) =>
        {
            if (!p.Referral)
            {
                return;
            }

            var submitted = p.Opened.AddDays(3);
            w.StartRow();
            w.Write(Id(7, p.Index, 0), NpgsqlDbType.Uuid);
            w.Write(p.Id, NpgsqlDbType.Uuid);
            w.Write(p.DutyToNotify ? nameof(ReferralKind.DutyToNotify) : nameof(ReferralKind.Nrm), NpgsqlDbType.Varchar);
            w.Write(nameof(ReferralStatus.Submitted), NpgsqlDbType.Varchar);
            w.Write(p.DutyToNotify ? "{}" : AnswersJson, NpgsqlDbType.Text);
            w.Write(p.Route == CaseRoute.Child ? nameof(AgeAnswer.Under18) : nameof(AgeAnswer.Adult), NpgsqlDbType.Varchar);
            w.Write(p.Route == CaseRoute.Child ? nameof(AgeAnswer.Under18) : nameof(AgeAnswer.Adult), NpgsqlDbType.Varchar);
            Nullable(w, p.Route == CaseRoute.Adult ? !p.DutyToNotify : (bool?)null, NpgsqlDbType.Boolean);
            w.Write((int)(p.Route == CaseRoute.Adult ? ConsentExplanations.All : ConsentExplanations.None), NpgsqlDbType.Integer);
            Nullable(w, p.DutyToNotify ? true : (bool?)null, NpgsqlDbType.Boolean);
            w.Write((int)(p.Route == CaseRoute.Child ? ExploitationComponents.ForcedCriminality : ExploitationComponents.ForcedWorkForLittleOrNoPay), NpgsqlDbType.Integer);
            w.Write(nameof(ExploitedIn.Uk), NpgsqlDbType.Varchar);
            w.Write(nameof(Gender.Male), NpgsqlDbType.Varchar);
            w.Write("British", NpgsqlDbType.Varchar);
            w.Write(nameof(DecisionMaker.SingleCompetentAuthority), NpgsqlDbType.Varchar);
            w.Write(p.Opened.AddDays(1), NpgsqlDbType.TimestampTz);
            w.Write(WorkerOf(p), NpgsqlDbType.Uuid);
            w.Write(submitted, NpgsqlDbType.TimestampTz);
            w.Write(WorkerOf(p), NpgsqlDbType.Uuid);
            w.Write(DateOnly.FromDateTime(submitted.UtcDateTime), NpgsqlDbType.Date);
            w.Write(Guid.NewGuid(), NpgsqlDbType.Uuid);
        });

        await CopyAsync(connection, tables, "nrm_decisions", ["id", "case_id", "referral_id", "kind", "outcome", "decided_on", "decision_maker", "recorded_at", "recorded_by_user_id"], plans, (w, p, r) =>
        {
            for (var d = 0; d < p.Decisions; d++)
            {
                var decided = DateOnly.FromDateTime(p.Opened.UtcDateTime).AddDays(d == 0 ? 8 : 120);
                w.StartRow();
                w.Write(Id(8, p.Index, d), NpgsqlDbType.Uuid);
                w.Write(p.Id, NpgsqlDbType.Uuid);
                w.Write(Id(7, p.Index, 0), NpgsqlDbType.Uuid);
                w.Write(d == 0 ? nameof(DecisionKind.ReasonableGrounds) : nameof(DecisionKind.ConclusiveGrounds), NpgsqlDbType.Varchar);
                w.Write(r.Next(8) == 0 ? nameof(DecisionOutcome.Negative) : nameof(DecisionOutcome.Positive), NpgsqlDbType.Varchar);
                w.Write(decided, NpgsqlDbType.Date);
                w.Write(nameof(DecisionMaker.SingleCompetentAuthority), NpgsqlDbType.Varchar);
                w.Write(new DateTimeOffset(decided.ToDateTime(new TimeOnly(11, 0)), TimeSpan.Zero), NpgsqlDbType.TimestampTz);
                w.Write(WorkerOf(p), NpgsqlDbType.Uuid);
            }
        });

        await CopyAsync(connection, tables, "safeguarding_actions", ["id", "case_id", "kind", "details", "owner_user_id", "due_at", "status", "outcome", "completed_at", "created_at", "created_by_user_id", "version"], plans, (w, p, r) =>
        {
            for (var a = 0; a < p.Actions; a++)
            {
                var due = p.Closed is null && a == p.Actions - 1 ? now.AddDays(r.Next(-10, 20)) : p.Opened.AddDays(1 + (a * 5));
                var done = p.Closed is not null || due < now.AddDays(-10) || r.Next(3) == 0;
                w.StartRow();
                w.Write(Id(9, p.Index, a), NpgsqlDbType.Uuid);
                w.Write(p.Id, NpgsqlDbType.Uuid);
                w.Write(((SafeguardingActionKind)(a % 6)).ToString(), NpgsqlDbType.Varchar);
                w.Write("An invented safeguarding action for the benchmark.", NpgsqlDbType.Varchar);
                w.Write(WorkerOf(p), NpgsqlDbType.Uuid);
                w.Write(due, NpgsqlDbType.TimestampTz);
                w.Write(done ? nameof(SafeguardingActionStatus.Done) : nameof(SafeguardingActionStatus.InProgress), NpgsqlDbType.Varchar);
                Nullable(w, done ? "Done." : null, NpgsqlDbType.Varchar);
                Nullable(w, done ? (due < now ? due : now) : (DateTimeOffset?)null, NpgsqlDbType.TimestampTz);
                w.Write(p.Opened, NpgsqlDbType.TimestampTz);
                w.Write(WorkerOf(p), NpgsqlDbType.Uuid);
                w.Write(Guid.NewGuid(), NpgsqlDbType.Uuid);
            }
        });

        await CopyAsync(connection, tables, "case_notes", ["id", "case_id", "addendum_to_note_id", "text", "written_by_user_id", "written_at"], plans, (w, p, r) =>
        {
            var end = p.Closed ?? now;
            for (var n = 0; n < p.Notes; n++)
            {
                w.StartRow();
                w.Write(Id(10, p.Index, n), NpgsqlDbType.Uuid);
                w.Write(p.Id, NpgsqlDbType.Uuid);
                Nullable(w, n > 0 && n % 7 == 0 ? Id(10, p.Index, n - 1) : (Guid?)null, NpgsqlDbType.Uuid);
                w.Write("Home visit with an interpreter. They were calmer today and spoke about the journey for the first time; safety plan reviewed.", NpgsqlDbType.Varchar);
                w.Write(WorkerOf(p), NpgsqlDbType.Uuid);
                w.Write(p.Opened.AddMinutes((end - p.Opened).TotalMinutes * (n + 1) / (p.Notes + 1)), NpgsqlDbType.TimestampTz);
            }
        });

        await CopyAsync(connection, tables, "audit_events", ["id", "at", "user_id", "organisation_id", "entity_type", "entity_id", "action", "changes", "reason"], plans, (w, p, r) =>
        {
            var n = 0;
            var worker = WorkerOf(p);
            void Event(DateTimeOffset at, string action, string? changes = null)
            {
                w.StartRow();
                w.Write(Id(11, p.Index, n++), NpgsqlDbType.Uuid);
                w.Write(at, NpgsqlDbType.TimestampTz);
                w.Write(worker, NpgsqlDbType.Uuid);
                w.Write(council, NpgsqlDbType.Uuid);
                w.Write("Case", NpgsqlDbType.Varchar);
                w.Write(p.Id, NpgsqlDbType.Uuid);
                w.Write(action, NpgsqlDbType.Varchar);
                Nullable(w, changes, NpgsqlDbType.Varchar);
                w.WriteNull();
            }

            Event(p.Opened, $"Case opened from concern C-B-{p.Index:D7}", "{\"Route\":[null,\"Child\"]}");
            Event(p.Opened.AddMinutes(1), "Worker assigned");
            if (p.Referral)
            {
                Event(p.Opened.AddDays(1), p.DutyToNotify ? "Duty to Notify report started" : "NRM referral started");
                Event(p.Opened.AddDays(3), p.DutyToNotify ? "Duty to Notify report submitted" : "NRM referral submitted", "{\"Kind\":[null,\"Nrm\"]}");
            }

            for (var d = 0; d < p.Decisions; d++)
            {
                Event(p.Opened.AddDays(d == 0 ? 8 : 120), d == 0 ? "Reasonable grounds: positive (SCA)" : "Conclusive grounds: positive (SCA)");
            }

            for (var a = 0; a < p.Actions; a++)
            {
                Event(p.Opened.AddMinutes(5 + a), "Safeguarding action added: strategy meeting");
            }

            var end = p.Closed ?? now;
            for (var note = 0; note < p.Notes; note++)
            {
                Event(p.Opened.AddMinutes((end - p.Opened).TotalMinutes * (note + 1) / (p.Notes + 1)), "Note added");
            }

            if (p.Closed is { } closed)
            {
                Event(closed, "Case closed", "{\"Outcome\":[null,\"SafeAndSupported\"]}");
            }
        });

        await CopyAsync(connection, tables, "case_shares", ["id", "case_id", "organisation_id", "sections", "purpose", "legal_basis", "consent", "shared_by_user_id", "shared_at"], plans, (w, p, r) =>
        {
            if (r.Next(10) == 0)
            {
                w.StartRow();
                w.Write(Id(12, p.Index, 0), NpgsqlDbType.Uuid);
                w.Write(p.Id, NpgsqlDbType.Uuid);
                w.Write(app.PoliceId, NpgsqlDbType.Uuid);
                w.Write((int)CaseSections.Summary, NpgsqlDbType.Integer);
                w.Write("Bench", NpgsqlDbType.Varchar);
                w.Write(nameof(LegalBasis.SafeguardingChildrenAndAdultsAtRisk), NpgsqlDbType.Varchar);
                w.Write(nameof(ShareConsent.Given), NpgsqlDbType.Varchar);
                w.Write(userId, NpgsqlDbType.Uuid);
                w.Write(now, NpgsqlDbType.TimestampTz);
            }
        });

        var analyse = Stopwatch.StartNew();
        await using (var command = new NpgsqlCommand("ANALYZE", connection) { CommandTimeout = 600 })
        {
            await command.ExecuteNonQueryAsync();
        }

        tables.Add(("(analyze)", 0, analyse.Elapsed.TotalSeconds));
        return new Seeded(userEmail, secret, teamCases, trayConcerns, count, tables);
    }

    private static async Task<(string Email, string Secret, Guid UserId, Guid Council, List<Guid> Areas, List<Guid> Teams, List<Guid>[] Workers)> SetUpAsync(BenchApp app, DateTimeOffset now)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BeaconUser>>();
        var areas = Enumerable.Range(1, 5).Select(i => new Area { Id = Guid.NewGuid(), Name = $"Bench area {i}", CreatedAt = now, Version = Guid.NewGuid() }).ToList();
        var council = new Organisation { Id = Guid.NewGuid(), Name = "Bench Council", Type = OrganisationType.LocalAuthority, CreatedAt = now, Version = Guid.NewGuid(), Areas = [.. areas.Select(a => new OrganisationArea { AreaId = a.Id })] };
        var police = new Organisation { Id = app.PoliceId, Name = "Bench Police", Type = OrganisationType.Police, CreatedAt = now, Version = Guid.NewGuid(), Areas = [.. areas.Select(a => new OrganisationArea { AreaId = a.Id })] };
        var teams = Enumerable.Range(0, Teams).Select(i => new Team
        {
            Id = Guid.NewGuid(),
            OrganisationId = council.Id,
            Name = i switch { 0 => "MASH", 1 => "Adult triage", _ => $"Team {i}" },
            Function = i switch { 0 => TeamFunction.ChildrenMash, 1 => TeamFunction.AdultTriage, _ => TeamFunction.Other },
            CreatedAt = now,
            Version = Guid.NewGuid(),
        }).ToList();
        db.AddRange(areas);
        db.AddRange(council, police);
        db.AddRange(teams);
        await db.SaveChangesAsync();

        var user = new BeaconUser
        {
            Id = Guid.NewGuid(),
            UserName = "bench@example.test",
            Email = "bench@example.test",
            DisplayName = "Bench Responder",
            OrganisationId = council.Id,
            TeamId = teams[0].Id,
            CreatedAt = now,
            LockoutEnabled = true,
            Roles = [new UserRoleAssignment { Role = Role.FirstResponder }],
        };
        if (!(await users.CreateAsync(user, Password)).Succeeded)
        {
            throw new InvalidOperationException("The bench user was not created.");
        }

        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        var secret = (await users.GetAuthenticatorKeyAsync(user))!;

        var workers = new List<Guid>[Teams];
        for (var t = 0; t < Teams; t++)
        {
            workers[t] = [];
            for (var i = 0; i < WorkersPerTeam; i++)
            {
                var worker = new BeaconUser
                {
                    Id = Guid.NewGuid(),
                    UserName = $"worker{t}.{i}@example.test",
                    Email = $"worker{t}.{i}@example.test",
                    DisplayName = $"Worker {t}.{i}",
                    OrganisationId = council.Id,
                    TeamId = teams[t].Id,
                    CreatedAt = now,
                    LockoutEnabled = true,
                    Roles = [new UserRoleAssignment { Role = Role.FirstResponder }],
                };
                if (!(await users.CreateAsync(worker)).Succeeded)
                {
                    throw new InvalidOperationException("A bench worker was not created.");
                }

                workers[t].Add(worker.Id);
            }
        }

        return (user.Email, secret, user.Id, council.Id, areas.Select(a => a.Id).ToList(), teams.Select(t => t.Id).ToList(), workers);
    }

    private static async Task CopyAsync(NpgsqlConnection connection, List<(string, long, double)> tables, string table, string[] columns, PlanSource plans, Action<NpgsqlBinaryImporter, Plan, Random> write, Action<NpgsqlBinaryImporter>? after = null)
    {
        var started = Stopwatch.StartNew();
        var salt = table.Length * 7919;
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {table} ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)");
        for (var i = 0; i < plans.Count; i++)
        {
            write(importer, plans.Get(i), new Random((i * 31) + salt));
        }

        after?.Invoke(importer);
        var rows = await importer.CompleteAsync();
        tables.Add((table, (long)rows, started.Elapsed.TotalSeconds));
    }

    private static void Nullable<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type)
        where T : struct
    {
        if (value is { } v)
        {
            writer.Write(v, type);
        }
        else
        {
            writer.WriteNull();
        }
    }

    private static void Nullable(NpgsqlBinaryImporter writer, string? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            writer.WriteNull();
        }
        else
        {
            writer.Write(value, type);
        }
    }

    /// <summary>Ids from (table, case, n): unique, cheap and the same in every pass.</summary>
    private static Guid Id(int table, int index, int n) => new(index, (short)table, (short)n, 0xBE, 0xAC, 0, 0, 0, 0, 0, 1);

    private sealed class PlanSource(int count, DateTimeOffset now, int teams)
    {
        private readonly string[] firstNames = Names(400, 2, 11);
        private readonly string[] lastNames = Names(3_000, 3, 13);

        public int Count => count;

        public string FirstName(Random r) => firstNames[r.Next(firstNames.Length)];

        public string LastName(Random r) => lastNames[r.Next(lastNames.Length)];

        public Plan Get(int i)
        {
            var r = new Random(i);
            var team = i % teams;
            var opened = now.AddMinutes(-(730.0 * 24 * 60 * (count - i) / count) - 60);
            var ageDays = (now - opened).TotalDays;
            var route = team == 0 || (team != 1 && r.Next(100) < 78) ? CaseRoute.Child : CaseRoute.Adult;
            var closed = ageDays > 100 && r.NextDouble() < Math.Min(0.8, (ageDays - 100) / 400) ? opened.AddDays(60 + r.Next((int)Math.Min(400, ageDays - 60))) : (DateTimeOffset?)null;
            if (closed > now.AddDays(-1))
            {
                closed = null;
            }

            var referral = r.Next(100) < 80;
            var dutyToNotify = referral && route == CaseRoute.Adult && r.Next(4) == 0;
            var decisions = !referral || dutyToNotify ? 0 : ageDays < 10 ? 0 : ageDays < 150 || r.Next(2) == 0 ? 1 : 2;

            // The MASH worker holds a caseload of a few dozen; the team's other workers share the rest.
            var worker = team == 0 && (i / teams) % 100 == 0 ? -1 : r.Next(WorkersPerTeam);
            var first = FirstName(r);
            var last = LastName(r);
            return new Plan(i, Id(1, i, 0), team, (i / teams) % 5, opened, route, closed, worker, referral, dutyToNotify, decisions,
                2 + r.Next(7), 1 + r.Next(3), r.Next(5) == 0, first, last, r.Next(10) == 0 ? $"{FirstName(r)} {last}" : null);
        }

        private static string[] Names(int count, int syllables, int seed)
        {
            var r = new Random(seed);
            var names = new HashSet<string>();
            while (names.Count < count)
            {
                var name = string.Concat(Enumerable.Range(0, 1 + r.Next(syllables)).Select(_ => Syllables[r.Next(Syllables.Length)]));
                if (name.Length >= 3)
                {
                    names.Add(char.ToUpperInvariant(name[0]) + name[1..]);
                }
            }

            return [.. names];
        }
    }
}
