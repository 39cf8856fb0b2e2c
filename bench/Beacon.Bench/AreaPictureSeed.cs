using System.Diagnostics;
using System.Globalization;
using Beacon.Core.Accounts;
using Beacon.Core.Areas;
using Beacon.Core.Audit;
using Beacon.Core.Cases;
using Beacon.Core.Concerns;
using Beacon.Core.Data;
using Beacon.Core.Organisations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;

namespace Beacon.Bench;

/// <summary>What the area's picture seed made, for the measurements.</summary>
internal sealed record AreaPictureSeeded(
    string Email, string Secret, Guid UserId, Guid OrganisationId, Guid? TeamId, Guid BigArea, List<Guid> CoordinatorAreas,
    IReadOnlyList<(string Table, long Rows, double Seconds)> Tables);

/// <summary>
/// A lean seed for the area's picture: submitted referrals, one case each, and only what the
/// dashboard counts beside them (decisions, reconsiderations, safeguarding actions, concerns), by
/// binary COPY. No person rows, notes or audit events. Spread over 2019 to now in date order, with
/// referrals growing year on year (the national series roughly tripled), over ten areas, the first of them
/// (the coordinator's) holding about 65%; in the national mix of kind, age, gender, nationality,
/// exploitation type and location. Each referral's shape comes from its own seeded random, so
/// every table's pass agrees on it without holding a million referrals in memory.
/// </summary>
internal static class AreaPictureSeed
{
    public const int Areas = 10;
    public const double BigAreaShare = 0.65;

    /// <summary>Density of referral dates rises linearly from 1 at the start to 1 + Growth now.</summary>
    private const double Growth = 2.0;

    public static readonly DateOnly FirstDay = new(2019, 1, 1);

    private static readonly (string Name, int Weight)[] Nationalities =
    [
        ("British", 24), ("Albanian", 13), ("Vietnamese", 6), ("Eritrean", 6), ("Sudanese", 5), ("Afghan", 4), ("Romanian", 4),
        ("Indian", 3), ("Iranian", 3), ("Iraqi", 3), ("Chinese", 2), ("Nigerian", 2), ("Pakistani", 2), ("Polish", 2), ("Ethiopian", 2),
        ("Egyptian", 2), ("Bangladeshi", 2), ("Syrian", 2), ("Ghanaian", 1), ("Kuwaiti", 1),
    ];

    private const ExploitationComponents Criminal = ExploitationComponents.ForcedCriminality;
    private const ExploitationComponents Labour = ExploitationComponents.ForcedWorkForLittleOrNoPay;
    private const ExploitationComponents Sexual = ExploitationComponents.ForcedProstitution;

    private static readonly (ExploitationComponents Components, int Weight)[] ChildExploitation =
    [
        (Criminal, 60), (ExploitationComponents.ChildSexualExploitation, 12), (Labour, 6), (Criminal | ExploitationComponents.ChildSexualExploitation, 5),
        (Labour | Criminal, 3), (ExploitationComponents.DomesticServitude, 1), (ExploitationComponents.None, 10), (ExploitationComponents.Other, 3),
    ];

    private static readonly (ExploitationComponents Components, int Weight)[] AdultExploitation =
    [
        (Labour, 30), (ExploitationComponents.WagesTaken | Labour, 8), (Sexual, 13), (ExploitationComponents.HeldAndSexuallyAssaulted, 2), (Criminal, 12),
        (ExploitationComponents.DomesticServitude, 6), (Labour | Sexual, 3), (Labour | Criminal, 5), (Labour | ExploitationComponents.DomesticServitude, 2),
        (Labour | Sexual | Criminal, 1), (ExploitationComponents.ForcedFraud, 1), (ExploitationComponents.None, 14), (ExploitationComponents.Other, 3),
    ];

    private static readonly (PlaceType Place, int Weight)[] Places =
    [
        (PlaceType.NotKnown, 14), (PlaceType.CarWash, 12), (PlaceType.NailBar, 9), (PlaceType.Agriculture, 5), (PlaceType.Construction, 6), (PlaceType.Factory, 5),
        (PlaceType.Warehouse, 5), (PlaceType.Hospitality, 10), (PlaceType.PrivateHome, 9), (PlaceType.SexIndustry, 7), (PlaceType.CannabisFarm, 6),
        (PlaceType.Street, 7), (PlaceType.TransportHub, 3), (PlaceType.Other, 2),
    ];

    private static readonly string[] BusinessWords = ["Sparkle", "Crystal", "Elite", "Star", "Golden", "Royal", "Express", "City", "Diamond", "Supreme", "Premier", "Bright", "Fresh", "Lucky", "Happy", "Sunrise", "Park", "Bridge", "Valley", "Green"];

    /// <summary>One referral's shape, the same in every pass.</summary>
    private readonly record struct Plan(
        int Index, Guid CaseId, Guid ReferralId, int Area, int Organisation, int Team, DateOnly ReferredOn, DateTimeOffset SubmittedAt,
        ReferralKind Kind, ReferralStatus Status, AgeAnswer UnderEighteen, AgeAnswer? AtExploitation, bool? Cooperates, ConsentExplanations Explained,
        Gender Gender, string? Nationality, ExploitationComponents Exploitation, ExploitedIn ExploitedIn, DecisionMaker DecisionMaker)
    {
        public CaseRoute Route => ReferralRules.IsChild(UnderEighteen) ? CaseRoute.Child : CaseRoute.Adult;

        public bool Anonymous => Kind == ReferralKind.DutyToNotify && Cooperates != true;
    }

    /// <summary>The partnership's organisations: (name, type, areas, team names).</summary>
    private static readonly (string Name, OrganisationType Type, int[] Areas, string[] Teams)[] Organisations =
    [
        ("Bench County Council", OrganisationType.LocalAuthority, [0, 1], ["MASH", "Adult triage", "Children's social care", "Community safety"]),
        .. Enumerable.Range(2, Areas - 2).Select(a => ($"Bench District Council {a}", OrganisationType.LocalAuthority, new[] { a }, new[] { "MASH", "Adult triage", "Children's social care" })),
        ("Bench Police North", OrganisationType.Police, [0, 1, 2, 3], ["Modern slavery unit", "Child exploitation team", "Response"]),
        ("Bench Police South", OrganisationType.Police, [4, 5, 6], ["Modern slavery unit", "Response"]),
        ("Bench Police East", OrganisationType.Police, [7, 8, 9], ["Modern slavery unit", "Response"]),
        ("Bench Health NHS Trust", OrganisationType.Nhs, [0, 1, 2, 3, 4], ["Safeguarding team", "Emergency department"]),
        ("Bench Coast NHS Trust", OrganisationType.Nhs, [5, 6, 7, 8, 9], ["Safeguarding team"]),
        ("Bench Freedom Trust", OrganisationType.Charity, [.. Enumerable.Range(0, Areas)], ["Outreach", "Advocacy"]),
        ("Bench Refuge Network", OrganisationType.Charity, [0, 1, 2], ["Helpline"]),
        ("Home Office (bench)", OrganisationType.HomeOffice, [.. Enumerable.Range(0, Areas)], ["UK Visas and Immigration", "Border Force", "Immigration Enforcement"]),
    ];

    public static async Task<AreaPictureSeeded> RunAsync(BenchApp app, string connectionString, int count, DateTimeOffset now)
    {
        CheckTemplates();
        var today = UkTime.Today(TimeProvider.System);
        var setUp = await SetUpAsync(app, now);
        var plans = new PlanSource(count, today, setUp);
        var tables = new List<(string, long, double)>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var deferred = await DeferIndexesAndForeignKeysAsync(connection, ["cases", "concerns", "referrals", "nrm_decisions", "reconsiderations", "safeguarding_actions"]);

        await Copy(connection, tables, "cases", ["id", "reference", "area_id", "owning_organisation_id", "owning_team_id", "created_by_user_id", "created_at", "summary", "route", "status", "assigned_worker_id", "is_anonymous", "closed_at", "closure_outcome", "closure_note", "retain_until", "version"], plans, (w, p, r) =>
        {
            var worker = setUp.Workers[p.Organisation][p.Team];
            var opened = p.SubmittedAt.AddDays(-2 - r.Next(20));
            var closed = today.DayNumber - p.ReferredOn.DayNumber > 730 ? opened.AddDays(400 + r.Next(300)) : (DateTimeOffset?)null;
            w.StartRow();
            w.Write(p.CaseId, NpgsqlDbType.Uuid);
            w.Write(string.Create(CultureInfo.InvariantCulture, $"MS-AP-{p.Index:D7}"), NpgsqlDbType.Varchar);
            w.Write(setUp.Areas[p.Area], NpgsqlDbType.Uuid);
            w.Write(setUp.OrganisationIds[p.Organisation], NpgsqlDbType.Uuid);
            w.Write(setUp.TeamIds[p.Organisation][p.Team], NpgsqlDbType.Uuid);
            w.Write(worker, NpgsqlDbType.Uuid);
            w.Write(opened, NpgsqlDbType.TimestampTz);
            w.Write("An invented case for the area's picture benchmark.", NpgsqlDbType.Varchar);
            w.Write(p.Route.ToString(), NpgsqlDbType.Varchar);
            w.Write(closed is null ? nameof(CaseStatus.Open) : nameof(CaseStatus.Closed), NpgsqlDbType.Varchar);
            w.Write(worker, NpgsqlDbType.Uuid);
            w.Write(p.Anonymous, NpgsqlDbType.Boolean);
            Nullable(w, closed, NpgsqlDbType.TimestampTz);
            Nullable(w, closed is null ? null : nameof(ClosureOutcome.SafeAndSupported), NpgsqlDbType.Varchar);
            Nullable(w, closed is null ? null : "Settled with support in place.", NpgsqlDbType.Varchar);
            Nullable(w, closed is { } c ? DateOnly.FromDateTime(c.UtcDateTime).AddYears(6) : (DateOnly?)null, NpgsqlDbType.Date);
            w.Write(Guid.NewGuid(), NpgsqlDbType.Uuid);
        });

        // Most cases began with a concern; anonymous ones hold no name, as the triggers insist.
        await Copy(connection, tables, "concerns", ["id", "reference", "area_id", "raised_by_user_id", "raised_by_organisation_id", "raised_at", "journey_id", "status", "route", "triage_team_id", "assigned_to_user_id", "assigned_at", "rag", "indicators", "what_was_seen", "seen_on", "where_seen", "place_type", "town", "business_name", "person_known", "age", "immediate_danger", "case_id", "triaged_at", "triaged_by_user_id", "version"], plans, (w, p, r) =>
        {
            if (r.Next(100) >= 70)
            {
                return;
            }

            var id = Id(5, p.Index, 0);
            var raised = p.SubmittedAt.AddDays(-3 - r.Next(20)).AddMinutes(-r.Next(600));
            var place = Pick(r, Places);
            var (town, business) = Where(r, p.Area, place);
            var triage = setUp.Triage[p.Area][p.Route == CaseRoute.Child ? 0 : 1];
            w.StartRow();
            w.Write(id, NpgsqlDbType.Uuid);
            w.Write(string.Create(CultureInfo.InvariantCulture, $"C-AP-{p.Index:D7}"), NpgsqlDbType.Varchar);
            w.Write(setUp.Areas[p.Area], NpgsqlDbType.Uuid);
            w.Write(setUp.Workers[p.Organisation][p.Team], NpgsqlDbType.Uuid);
            w.Write(setUp.OrganisationIds[p.Organisation], NpgsqlDbType.Uuid);
            w.Write(raised, NpgsqlDbType.TimestampTz);
            w.Write(id, NpgsqlDbType.Uuid);
            w.Write(nameof(ConcernStatus.CaseOpened), NpgsqlDbType.Varchar);
            w.Write(p.Route.ToString(), NpgsqlDbType.Varchar);
            w.Write(triage.Team, NpgsqlDbType.Uuid);
            w.Write(triage.Worker, NpgsqlDbType.Uuid);
            w.Write(raised.AddHours(1), NpgsqlDbType.TimestampTz);
            w.Write(((RagRating)r.Next(3)).ToString(), NpgsqlDbType.Varchar);
            w.Write((long)(Indicators.FearOrAnxiety | Indicators.LittleOrNoPay | Indicators.ExcessiveHours), NpgsqlDbType.Bigint);
            w.Write("Seen working long hours in the cold, collected by older men in a van every evening.", NpgsqlDbType.Varchar);
            w.Write(DateOnly.FromDateTime(raised.UtcDateTime), NpgsqlDbType.Date);
            w.Write("Near the station", NpgsqlDbType.Varchar);
            w.Write(place.ToString(), NpgsqlDbType.Varchar);
            Nullable(w, town, NpgsqlDbType.Varchar);
            Nullable(w, business, NpgsqlDbType.Varchar);
            w.Write(false, NpgsqlDbType.Boolean);
            w.Write(p.Route == CaseRoute.Child ? nameof(AgeAnswer.Under18) : nameof(AgeAnswer.Adult), NpgsqlDbType.Varchar);
            w.Write(false, NpgsqlDbType.Boolean);
            w.Write(p.CaseId, NpgsqlDbType.Uuid);
            w.Write(raised.AddHours(3), NpgsqlDbType.TimestampTz);
            w.Write(triage.Worker, NpgsqlDbType.Uuid);
            w.Write(Guid.NewGuid(), NpgsqlDbType.Uuid);
        });

        await Copy(connection, tables, "referrals", ["id", "case_id", "kind", "status", "answers_json", "under_eighteen", "under_eighteen_at_exploitation", "consent_given", "explanations_given", "agrees_to_cooperate", "exploitation", "exploited_in", "gender", "nationality_code", "decision_maker", "started_at", "started_by_user_id", "submitted_at", "submitted_by_user_id", "referred_on", "area_id", "first_responder_organisation_id", "first_responder_team_id", "route", "status_changed_at", "status_reason", "version",
            "reasonable_grounds_on", "reasonable_grounds_outcome", "positive_reasonable_grounds_on", "conclusive_grounds_on", "conclusive_grounds_outcome"], plans, (w, p, r) =>
        {
            var worker = setUp.Workers[p.Organisation][p.Team];
            var facts = Facts(p, today);
            var adult = p.UnderEighteen == AgeAnswer.Adult;
            w.StartRow();
            w.Write(p.ReferralId, NpgsqlDbType.Uuid);
            w.Write(p.CaseId, NpgsqlDbType.Uuid);
            w.Write(p.Kind.ToString(), NpgsqlDbType.Varchar);
            w.Write(p.Status.ToString(), NpgsqlDbType.Varchar);
            w.Write(p.Kind == ReferralKind.DutyToNotify ? (p.Cooperates == true ? DutyToNotifyCooperatingJson : DutyToNotifyJson) : adult ? AdultJson : ChildJson, NpgsqlDbType.Text);
            w.Write(p.UnderEighteen.ToString(), NpgsqlDbType.Varchar);
            Nullable(w, p.AtExploitation?.ToString(), NpgsqlDbType.Varchar);
            Nullable(w, adult ? p.Kind == ReferralKind.Nrm : (bool?)null, NpgsqlDbType.Boolean);
            w.Write((int)p.Explained, NpgsqlDbType.Integer);
            Nullable(w, p.Kind == ReferralKind.DutyToNotify ? p.Cooperates : null, NpgsqlDbType.Boolean);
            w.Write((int)p.Exploitation, NpgsqlDbType.Integer);
            w.Write(p.ExploitedIn.ToString(), NpgsqlDbType.Varchar);
            w.Write(p.Gender.ToString(), NpgsqlDbType.Varchar);
            Nullable(w, p.Nationality, NpgsqlDbType.Varchar);
            w.Write(p.DecisionMaker.ToString(), NpgsqlDbType.Varchar);
            w.Write(p.SubmittedAt.AddDays(-1 - r.Next(5)), NpgsqlDbType.TimestampTz);
            w.Write(worker, NpgsqlDbType.Uuid);
            w.Write(p.SubmittedAt, NpgsqlDbType.TimestampTz);
            w.Write(worker, NpgsqlDbType.Uuid);
            w.Write(p.ReferredOn, NpgsqlDbType.Date);
            w.Write(setUp.Areas[p.Area], NpgsqlDbType.Uuid);
            w.Write(setUp.OrganisationIds[p.Organisation], NpgsqlDbType.Uuid);
            w.Write(setUp.TeamIds[p.Organisation][p.Team], NpgsqlDbType.Uuid);
            w.Write(p.Route.ToString(), NpgsqlDbType.Varchar);
            Nullable(w, p.Status == ReferralStatus.Submitted ? null : (DateTimeOffset?)p.SubmittedAt.AddDays(30), NpgsqlDbType.TimestampTz);
            Nullable(w, p.Status == ReferralStatus.Submitted ? null : "The person asked to stop.", NpgsqlDbType.Varchar);
            w.Write(Guid.NewGuid(), NpgsqlDbType.Uuid);
            Nullable(w, facts.ReasonableGroundsOn, NpgsqlDbType.Date);
            Nullable(w, facts.ReasonableGroundsOutcome?.ToString(), NpgsqlDbType.Varchar);
            Nullable(w, facts.PositiveReasonableGroundsOn, NpgsqlDbType.Date);
            Nullable(w, facts.ConclusiveGroundsOn, NpgsqlDbType.Date);
            Nullable(w, facts.ConclusiveGroundsOutcome?.ToString(), NpgsqlDbType.Varchar);
        });

        await Copy(connection, tables, "nrm_decisions", ["id", "case_id", "referral_id", "kind", "outcome", "decided_on", "decision_maker", "recorded_at", "recorded_by_user_id"], plans, (w, p, r) =>
        {
            foreach (var d in Decisions(p, today))
            {
                w.StartRow();
                w.Write(Id(8, p.Index, d.N), NpgsqlDbType.Uuid);
                w.Write(p.CaseId, NpgsqlDbType.Uuid);
                w.Write(p.ReferralId, NpgsqlDbType.Uuid);
                w.Write(d.Kind.ToString(), NpgsqlDbType.Varchar);
                w.Write(d.Outcome.ToString(), NpgsqlDbType.Varchar);
                w.Write(d.On, NpgsqlDbType.Date);
                w.Write(p.DecisionMaker.ToString(), NpgsqlDbType.Varchar);
                w.Write(new DateTimeOffset(d.On.ToDateTime(new TimeOnly(11, 0)), TimeSpan.Zero), NpgsqlDbType.TimestampTz);
                w.Write(setUp.Workers[p.Organisation][p.Team], NpgsqlDbType.Uuid);
            }
        });

        await Copy(connection, tables, "reconsiderations", ["id", "case_id", "decision_id", "requested_by", "requester_name", "requested_on", "grounds", "outcome", "outcome_on", "recorded_at", "recorded_by_user_id", "version"], plans, (w, p, r) =>
        {
            foreach (var d in Decisions(p, today).Where(d => d.Reconsideration is not null))
            {
                var (requested, outcome, outcomeOn) = d.Reconsideration!.Value;
                w.StartRow();
                w.Write(Id(13, p.Index, d.N), NpgsqlDbType.Uuid);
                w.Write(p.CaseId, NpgsqlDbType.Uuid);
                w.Write(Id(8, p.Index, d.N), NpgsqlDbType.Uuid);
                w.Write(nameof(ReconsiderationRequester.FirstResponder), NpgsqlDbType.Varchar);
                w.Write("Bench Responder", NpgsqlDbType.Varchar);
                w.Write(requested, NpgsqlDbType.Date);
                w.Write("New evidence of the exploitation has come to light.", NpgsqlDbType.Varchar);
                w.Write(outcome.ToString(), NpgsqlDbType.Varchar);
                Nullable(w, outcomeOn, NpgsqlDbType.Date);
                w.Write(new DateTimeOffset(requested.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero), NpgsqlDbType.TimestampTz);
                w.Write(setUp.Workers[p.Organisation][p.Team], NpgsqlDbType.Uuid);
                w.Write(Guid.NewGuid(), NpgsqlDbType.Uuid);
            }
        });

        await Copy(connection, tables, "safeguarding_actions", ["id", "case_id", "area_id", "kind", "details", "owner_user_id", "due_at", "status", "outcome", "completed_at", "created_at", "created_by_user_id", "version"], plans, (w, p, r) =>
        {
            var child = p.Route == CaseRoute.Child;
            if (r.Next(100) >= (child ? 70 : 25))
            {
                return;
            }

            var actions = 1 + r.Next(3);
            for (var a = 0; a < actions; a++)
            {
                var (kind, hours) = child
                    ? a switch { 0 => (SafeguardingActionKind.StrategyMeeting, 72), 1 => (SafeguardingActionKind.FamilyWellbeingReferral, 24), _ => (SafeguardingActionKind.ChildProtectionEnquiry, 240) }
                    : a switch { 0 => (SafeguardingActionKind.SupportOrganisationReferral, 48), 1 => (SafeguardingActionKind.Housing, 168), _ => (r.Next(2) == 0 ? SafeguardingActionKind.CareActEnquiry : SafeguardingActionKind.Other, 336) };
                var created = p.SubmittedAt.AddDays(-2).AddHours(r.Next(48));
                var due = created.AddHours(hours);
                var cancelled = r.Next(100) < 3;
                var settled = due < now.AddDays(-30) || r.Next(3) > 0;
                DateTimeOffset? completed = cancelled || !settled ? null
                    : r.Next(100) < 78 ? created.AddMinutes((due - created).TotalMinutes * (0.2 + (0.8 * r.NextDouble())))
                    : due.AddHours(1 + r.Next(20 * 24));
                if (completed > now)
                {
                    completed = null;
                }

                var status = cancelled ? SafeguardingActionStatus.Cancelled : completed is not null ? SafeguardingActionStatus.Done : r.Next(2) == 0 ? SafeguardingActionStatus.InProgress : SafeguardingActionStatus.NotStarted;
                w.StartRow();
                w.Write(Id(9, p.Index, a), NpgsqlDbType.Uuid);
                w.Write(p.CaseId, NpgsqlDbType.Uuid);
                w.Write(setUp.Areas[p.Area], NpgsqlDbType.Uuid);
                w.Write(kind.ToString(), NpgsqlDbType.Varchar);
                w.Write("An invented safeguarding action for the benchmark.", NpgsqlDbType.Varchar);
                w.Write(setUp.Workers[p.Organisation][p.Team], NpgsqlDbType.Uuid);
                w.Write(due, NpgsqlDbType.TimestampTz);
                w.Write(status.ToString(), NpgsqlDbType.Varchar);
                Nullable(w, completed is null ? null : "Done.", NpgsqlDbType.Varchar);
                Nullable(w, completed, NpgsqlDbType.TimestampTz);
                w.Write(created, NpgsqlDbType.TimestampTz);
                w.Write(setUp.Workers[p.Organisation][p.Team], NpgsqlDbType.Uuid);
                w.Write(Guid.NewGuid(), NpgsqlDbType.Uuid);
            }
        });

        var rebuilt = Stopwatch.StartNew();
        foreach (var statement in deferred)
        {
            await using var command = new NpgsqlCommand(statement, connection) { CommandTimeout = 1200 };
            await command.ExecuteNonQueryAsync();
        }

        tables.Add(($"({deferred.Count} indexes, keys)", 0, rebuilt.Elapsed.TotalSeconds));
        var analyse = Stopwatch.StartNew();
        await using (var command = new NpgsqlCommand("VACUUM (ANALYZE)", connection) { CommandTimeout = 1200 })
        {
            await command.ExecuteNonQueryAsync();
        }

        tables.Add(("(vacuum analyze)", 0, analyse.Elapsed.TotalSeconds));
        return new AreaPictureSeeded(setUp.Email, setUp.Secret, setUp.UserId, setUp.OrganisationIds[0], setUp.TeamIds[0][3], setUp.Areas[0], [setUp.Areas[0], setUp.Areas[1]], tables);
    }

    /// <summary>What an earlier run seeded, found again in its kept database.</summary>
    public static async Task<AreaPictureSeeded> FindAsync(BenchApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BeaconUser>>();
        var coordinator = await users.FindByEmailAsync("coordinator@example.test") ?? throw new InvalidOperationException("No bench coordinator in that database.");
        var secret = (await users.GetAuthenticatorKeyAsync(coordinator))!;
        var areas = await db.OrganisationAreas.AsNoTracking().Where(a => a.OrganisationId == coordinator.OrganisationId).Select(a => a.AreaId).ToListAsync();
        var city = await db.Areas.AsNoTracking().Where(a => a.Name == "Bench City").Select(a => a.Id).SingleAsync();
        return new AreaPictureSeeded(coordinator.Email!, secret, coordinator.Id, coordinator.OrganisationId, coordinator.TeamId, city, [city, .. areas.Where(a => a != city)], []);
    }

    /// <summary>A decision: its number among the referral's, and any reconsideration asked for.</summary>
    private readonly record struct Decision(int N, DecisionKind Kind, DecisionOutcome Outcome, DateOnly On, (DateOnly Requested, ReconsiderationOutcome Outcome, DateOnly? On)? Reconsideration);

    /// <summary>
    /// Reasonable grounds for about 85% of NRM referrals: a quarter within a week, the rest in weeks to
    /// months; conclusive grounds after a year or two for the positive ones, so many are still waiting;
    /// reconsiderations of a third of the negative decisions, a third of those changed.
    /// </summary>
    private static List<Decision> Decisions(Plan p, DateOnly today)
    {
        var list = new List<Decision>(4);
        if (p.Kind != ReferralKind.Nrm || p.Status == ReferralStatus.Withdrawn)
        {
            return list;
        }

        var r = new Random(p.Index ^ 0x5EED);
        if (r.Next(100) >= 92)
        {
            return list;
        }

        var days = r.Next(100) < 25 ? 1 + r.Next(7) : (int)Math.Min(400, Math.Round(8 + LogNormal(r, Math.Log(p.DecisionMaker == DecisionMaker.DevolvedPanel ? 30 : 35), 0.8)));
        var rgOn = p.ReferredOn.AddDays(days);
        if (rgOn > today)
        {
            return list;
        }

        var rgPositive = r.Next(100) < (p.Route == CaseRoute.Child ? 93 : 86);
        var rg = new Decision(0, DecisionKind.ReasonableGrounds, rgPositive ? DecisionOutcome.Positive : DecisionOutcome.Negative, rgOn, null);
        var positiveSince = rgPositive ? rgOn : (DateOnly?)null;
        if (!rgPositive && r.Next(3) == 0)
        {
            var (reconsideration, changedOn) = Reconsider(r, rgOn, today);
            rg = rg with { Reconsideration = reconsideration };
            if (changedOn is { } on)
            {
                list.Add(rg);
                rg = new Decision(1, DecisionKind.ReasonableGrounds, DecisionOutcome.Positive, on, null);
                positiveSince = on;
            }
        }

        list.Add(rg);
        if (positiveSince is not { } since)
        {
            return list;
        }

        var cgOn = since.AddDays((int)Math.Round(60 + LogNormal(r, Math.Log(420), 0.45)));
        if (cgOn > today)
        {
            return list;
        }

        var cgPositive = r.Next(100) < 92;
        var cg = new Decision(2, DecisionKind.ConclusiveGrounds, cgPositive ? DecisionOutcome.Positive : DecisionOutcome.Negative, cgOn, null);
        if (!cgPositive && r.Next(3) == 0)
        {
            var (reconsideration, changedOn) = Reconsider(r, cgOn, today);
            cg = cg with { Reconsideration = reconsideration };
            if (changedOn is { } on)
            {
                list.Add(cg);
                cg = new Decision(3, DecisionKind.ConclusiveGrounds, DecisionOutcome.Positive, on, null);
            }
        }

        list.Add(cg);
        return list;
    }

    /// <summary>
    /// The referral's decision dates as the app keeps them on save, from the same decisions the
    /// nrm_decisions pass writes: written by the COPY rather than back-filled afterwards, which
    /// would rewrite every decided referral (a million-row UPDATE) after the load.
    /// </summary>
    private static Referral Facts(Plan p, DateOnly today)
    {
        var referral = new Referral { AnswersJson = "" };
        foreach (var d in Decisions(p, today))
        {
            ReferralDecisionFacts.Record(referral, new NrmDecision { Kind = d.Kind, Outcome = d.Outcome, DecidedOn = d.On });
        }

        return referral;
    }

    private static ((DateOnly, ReconsiderationOutcome, DateOnly?)? Reconsideration, DateOnly? ChangedOn) Reconsider(Random r, DateOnly decided, DateOnly today)
    {
        var requested = decided.AddDays(10 + r.Next(50));
        if (requested > today)
        {
            return (null, null);
        }

        var answered = requested.AddDays(30 + r.Next(90));
        if (answered > today)
        {
            return ((requested, ReconsiderationOutcome.Pending, null), null);
        }

        return r.Next(3) == 0
            ? ((requested, ReconsiderationOutcome.Overturned, answered), answered)
            : ((requested, ReconsiderationOutcome.Upheld, answered), null);
    }

    private static double LogNormal(Random r, double mu, double sigma)
    {
        var u1 = 1.0 - r.NextDouble();
        var u2 = r.NextDouble();
        return Math.Exp(mu + (sigma * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2)));
    }

    /// <summary>The town (each area has a few, some written differently), and now and then a named business from a pool that recurs.</summary>
    private static (string? Town, string? Business) Where(Random r, int area, PlaceType place)
    {
        var roll = r.Next(100);
        string? town = roll < 8 ? null : roll < 15 ? $"Elsewhere {r.Next(40)}" : $"Benchtown {area}-{Zipf(r, 6)}";
        if (town is not null && r.Next(20) == 0)
        {
            town = town.ToUpperInvariant();
        }

        var named = place is PlaceType.CarWash or PlaceType.NailBar or PlaceType.Hospitality or PlaceType.Agriculture or PlaceType.Factory or PlaceType.Warehouse or PlaceType.Construction;
        if (!named || r.Next(100) >= 45)
        {
            return (town, null);
        }

        var n = Zipf(r, 400);
        var name = $"{BusinessWords[n % BusinessWords.Length]} {BusinessWords[(n / BusinessWords.Length) % BusinessWords.Length]} {place switch { PlaceType.CarWash => "Hand Car Wash", PlaceType.NailBar => "Nails", PlaceType.Hospitality => "Kitchen", PlaceType.Agriculture => "Farms", PlaceType.Factory => "Manufacturing", PlaceType.Warehouse => "Logistics", _ => "Builders" }} {area}";
        return (town, r.Next(4) == 0 ? name + " Ltd" : r.Next(10) == 0 ? name.ToLowerInvariant() : name);
    }

    /// <summary>0 to n-1, the small ones far more often.</summary>
    private static int Zipf(Random r, int n) => Math.Min(n - 1, (int)Math.Floor(Math.Pow(n + 1, r.NextDouble())) - 1);

    private static T Pick<T>(Random r, (T Value, int Weight)[] weighted)
    {
        var total = 0;
        foreach (var (_, weight) in weighted)
        {
            total += weight;
        }

        var roll = r.Next(total);
        foreach (var (value, weight) in weighted)
        {
            if ((roll -= weight) < 0)
            {
                return value;
            }
        }

        return weighted[^1].Value;
    }

    // The answers documents: one per kind of referral, built by the journey's own rules and checked
    // against them, so the templates are what a submitted referral of that kind holds.
    private static readonly string ChildJson = Answers(AgeAnswer.Under18, null, null, null);
    private static readonly string AdultJson = Answers(AgeAnswer.Adult, AgeAnswer.Adult, true, null);
    private static readonly string DutyToNotifyJson = Answers(AgeAnswer.Adult, AgeAnswer.Adult, false, false);
    private static readonly string DutyToNotifyCooperatingJson = Answers(AgeAnswer.Adult, AgeAnswer.Adult, false, true);

    private static string Answers(AgeAnswer age, AgeAnswer? atExploitation, bool? consents, bool? cooperates)
    {
        var answers = new ReferralAnswers
        {
            FirstResponder = new() { WorkEmail = "bench@example.test", OwnReference = "BENCH", OrganisationCode = "Bench County Council", Nation = UkNation.England },
            Age = new() { UnderEighteen = age, UnderEighteenAtExploitation = atExploitation, LocalAuthorityContactName = age == AgeAnswer.Under18 ? "Bench Responder" : null },
            Background = new() { Birthplace = "An invented town", Family = "Lives with a parent and two siblings.", Education = "On roll at a secondary school, attendance poor." },
            Exploitation = new()
            {
                MoreThanOneSituation = YesNoNotSure.No,
                WhenAndTypes = "Exploitation over several months.",
                HowItStarted = "Befriended by older men who gave food and a phone, then said they owed money.",
                AverageDay = "Worked long days for little or no pay, moved between towns at night.",
                LivingConditions = "Shared a room with several others.",
                Treatment = "Threatened with violence against them and their family.",
                StillInSituation = false,
                LastContactWithExploiters = LastContact.WithinAMonth,
                ReportedBefore = YesNoNotSure.No,
            },
            Insight = new() { IndicatorsIdentified = true, Indicators = Indicators.GoingMissing | Indicators.OlderAssociates, WhyReferring = "Indicators and account meet the threshold." },
            Where = new() { ExploitedIn = ExploitedIn.Uk, UkTowns = ["Benchtown"], CurrentTown = "Benchtown" },
            Exploiters = new() { WhoTheyAre = "A group of older men.", Components = ExploitationComponents.ForcedCriminality, OtherVictims = YesNoNotSure.NotSure, ReExploitationConcern = true },
            Consent = new() { Consents = consents, Explained = age == AgeAnswer.Under18 ? ConsentExplanations.None : ConsentExplanations.All },
            DutyToNotify = new() { AgreesToCooperate = cooperates, Gender = Gender.Male, NationalityCode = "Albanian", WhyNoReferral = cooperates is null ? null : "Did not want to be referred." },
            Person = new() { FirstName = "Invented", LastName = "Person", EstimatedAge = age == AgeAnswer.Under18 ? 15 : 30, Gender = Gender.Male, NationalityCode = "British" },
            Contact = new() { Recipient = DecisionRecipient.SupportWorker, RecipientName = "Bench Responder", Email = "bench@example.test", SafeToEmail = true },
        };
        var referral = new Referral { AnswersJson = "{}" };
        ReferralRules.Derive(referral, answers);
        DutyToNotifyPrivacy.Check(referral);
        return referral.AnswersJson;
    }

    /// <summary>The templates are what the journey makes of each kind: a child NRM, a consenting adult NRM, Duty to Notify with and without co-operation.</summary>
    private static void CheckTemplates()
    {
        foreach (var (json, kind, cooperates) in new[] { (ChildJson, ReferralKind.Nrm, (bool?)null), (AdultJson, ReferralKind.Nrm, null), (DutyToNotifyJson, ReferralKind.DutyToNotify, false), (DutyToNotifyCooperatingJson, ReferralKind.DutyToNotify, true) })
        {
            var referral = new Referral { AnswersJson = json };
            ReferralRules.Derive(referral, ReferralRules.Read(json));
            if (referral.Kind != kind || (kind == ReferralKind.DutyToNotify && referral.AgreesToCooperate != cooperates))
            {
                throw new InvalidOperationException($"An answers template derives {referral.Kind}, not {kind}.");
            }

            DutyToNotifyPrivacy.Check(referral);
        }
    }

    private sealed record SetUp(
        string Email, string Secret, Guid UserId, List<Guid> Areas, List<Guid> OrganisationIds, List<List<Guid>> TeamIds, List<List<Guid>> Workers,
        List<(Guid Team, Guid Worker)[]> Triage, List<int>[] OrganisationsOfArea);

    private static async Task<SetUp> SetUpAsync(BenchApp app, DateTimeOffset now)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BeaconUser>>();
        var areas = Enumerable.Range(0, Areas).Select(i => new Area { Id = Guid.NewGuid(), Name = i == 0 ? "Bench City" : $"Bench area {i}", CreatedAt = now, Version = Guid.NewGuid() }).ToList();
        var organisations = new List<Organisation>();
        var teams = new List<List<Team>>();
        foreach (var (name, type, orgAreas, teamNames) in Organisations)
        {
            var organisation = new Organisation { Id = Guid.NewGuid(), Name = name, Type = type, CreatedAt = now, Version = Guid.NewGuid(), Areas = [.. orgAreas.Select(a => new OrganisationArea { AreaId = areas[a].Id })] };
            organisations.Add(organisation);
            teams.Add([.. teamNames.Select(t => new Team
            {
                Id = Guid.NewGuid(),
                OrganisationId = organisation.Id,
                Name = t,
                Function = t switch { "MASH" => TeamFunction.ChildrenMash, "Adult triage" => TeamFunction.AdultTriage, _ => TeamFunction.Other },
                CreatedAt = now,
                Version = Guid.NewGuid(),
            })]);
        }

        db.AddRange(areas);
        db.AddRange(organisations);
        db.AddRange(teams.SelectMany(t => t));
        await db.SaveChangesAsync();

        var coordinator = new BeaconUser
        {
            Id = Guid.NewGuid(),
            UserName = "coordinator@example.test",
            Email = "coordinator@example.test",
            DisplayName = "Bench Coordinator",
            OrganisationId = organisations[0].Id,
            TeamId = teams[0][3].Id,
            CreatedAt = now,
            LockoutEnabled = true,
            Roles = [new UserRoleAssignment { Role = Role.CommunitySafetyCoordinator }],
        };
        if (!(await users.CreateAsync(coordinator, BulkSeed.Password)).Succeeded)
        {
            throw new InvalidOperationException("The bench coordinator was not created.");
        }

        await users.ResetAuthenticatorKeyAsync(coordinator);
        await users.SetTwoFactorEnabledAsync(coordinator, true);
        var secret = (await users.GetAuthenticatorKeyAsync(coordinator))!;

        var workers = new List<List<Guid>>();
        for (var o = 0; o < organisations.Count; o++)
        {
            workers.Add([]);
            foreach (var team in teams[o])
            {
                var worker = new BeaconUser
                {
                    Id = Guid.NewGuid(),
                    UserName = $"worker{o}.{workers[o].Count}@example.test",
                    Email = $"worker{o}.{workers[o].Count}@example.test",
                    DisplayName = $"Worker {o}.{workers[o].Count}",
                    OrganisationId = organisations[o].Id,
                    TeamId = team.Id,
                    CreatedAt = now,
                    LockoutEnabled = true,
                    Roles = [new UserRoleAssignment { Role = Role.FirstResponder }],
                };
                if (!(await users.CreateAsync(worker)).Succeeded)
                {
                    throw new InvalidOperationException("A bench worker was not created.");
                }

                workers[o].Add(worker.Id);
            }
        }

        // Each area's council runs its MASH (team 0) and adult triage (team 1).
        var triage = Enumerable.Range(0, Areas).Select(a =>
        {
            var council = a < 2 ? 0 : a - 1;
            return new[] { (teams[council][0].Id, workers[council][0]), (teams[council][1].Id, workers[council][1]) };
        }).ToList();
        var ofArea = Enumerable.Range(0, Areas).Select(a => Enumerable.Range(0, Organisations.Length).Where(o => Organisations[o].Areas.Contains(a)).ToList()).ToArray();
        return new SetUp(coordinator.Email, secret, coordinator.Id, [.. areas.Select(a => a.Id)], [.. organisations.Select(o => o.Id)],
            [.. teams.Select(t => t.Select(x => x.Id).ToList())], workers, triage, ofArea);
    }

    /// <summary>
    /// The usual bulk load: drops the tables' secondary indexes and foreign keys (primary keys and
    /// checks stay) and returns the statements that put them back exactly as the migrations made
    /// them, from the catalogue; re-adding a foreign key checks every row in one join, so nothing
    /// goes unchecked, and building an index once is far cheaper than a million inserts into it.
    /// </summary>
    private static async Task<List<string>> DeferIndexesAndForeignKeysAsync(NpgsqlConnection connection, string[] tables)
    {
        var restore = new List<string>();
        var drop = new List<string>();
        await using (var command = new NpgsqlCommand(
            """
            SELECT format('ALTER TABLE %I DROP CONSTRAINT %I', c.conrelid::regclass::text, c.conname),
                   format('ALTER TABLE %I ADD CONSTRAINT %I %s', c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid)), 1
            FROM pg_constraint c WHERE c.contype = 'f' AND c.conrelid::regclass::text = ANY($1)
            UNION ALL
            SELECT format('DROP INDEX %I', i.indexrelid::regclass::text), pg_get_indexdef(i.indexrelid), 0
            FROM pg_index i
            WHERE i.indrelid::regclass::text = ANY($1) AND NOT i.indisprimary
              AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
            ORDER BY 3
            """, connection))
        {
            command.Parameters.Add(new() { Value = tables });
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                drop.Add(reader.GetString(0));
                restore.Add(reader.GetString(1));
            }
        }

        foreach (var statement in drop)
        {
            await using var command = new NpgsqlCommand(statement, connection);
            await command.ExecuteNonQueryAsync();
        }

        restore.Insert(0, "SET maintenance_work_mem = '256MB'");
        return restore;
    }

    private static async Task Copy(NpgsqlConnection connection, List<(string, long, double)> tables, string table, string[] columns, PlanSource plans, Action<NpgsqlBinaryImporter, Plan, Random> write)
    {
        var started = Stopwatch.StartNew();
        var salt = table.Length * 7919;
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {table} ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)");
        importer.Timeout = TimeSpan.FromMinutes(20);
        for (var i = 0; i < plans.Count; i++)
        {
            write(importer, plans.Get(i), new Random((i * 31) + salt));
        }

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

    /// <summary>Ids from (table, referral, n): unique, cheap and the same in every pass.</summary>
    private static Guid Id(int table, int index, int n) => new(index, (short)table, (short)n, 0xA9, 0xEA, 0, 0, 0, 0, 0, 1);

    private sealed class PlanSource(int count, DateOnly today, SetUp setUp)
    {
        private readonly int span = today.DayNumber - FirstDay.DayNumber;

        public int Count => count;

        public Plan Get(int i)
        {
            var r = new Random(i);

            // Inverse of the linear density's distribution function: more referrals each year. In
            // the order they were made, as the table fills in production, so a period's rows lie
            // together on disk rather than across the whole table.
            var u = (i + r.NextDouble()) / count;
            var t = (-1 + Math.Sqrt(1 + (2 * Growth * u * (1 + (Growth / 2))))) / Growth;
            var referredOn = FirstDay.AddDays(Math.Min(span - 1, (int)(t * span)));
            var submitted = new DateTimeOffset(referredOn.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero).AddMinutes(r.Next(8 * 60));

            var area = r.NextDouble() < BigAreaShare ? 0 : 1 + r.Next(Areas - 1);
            var kindRoll = r.Next(100);
            ReferralKind kind;
            AgeAnswer age;
            AgeAnswer? atExploitation;
            bool? cooperates = null;
            var explained = ConsentExplanations.All;
            if (kindRoll < 20)
            {
                // Duty to Notify: adults who do not consent; told some or all of the four things.
                kind = ReferralKind.DutyToNotify;
                age = AgeAnswer.Adult;
                atExploitation = r.Next(10) == 0 ? null : AgeAnswer.Adult;
                cooperates = r.Next(100) < 15;
                explained = r.Next(10) < 7 ? ConsentExplanations.All : (ConsentExplanations)r.Next(16);
            }
            else
            {
                kind = ReferralKind.Nrm;
                var ageRoll = r.Next(100);
                age = ageRoll < 46 ? AgeAnswer.Under18 : ageRoll < 48 ? AgeAnswer.NotSure : AgeAnswer.Adult;
                explained = ReferralRules.IsChild(age) ? ConsentExplanations.None : ConsentExplanations.All;
                atExploitation = ReferralRules.IsChild(age) ? AgeAnswer.Under18 : r.Next(100) switch { < 78 => AgeAnswer.Adult, < 90 => AgeAnswer.Under18, < 94 => AgeAnswer.NotSure, _ => null };
            }

            var child = ReferralRules.IsChild(age);
            var genderRoll = r.Next(1000);
            var gender = genderRoll < 5 ? Gender.DoesNotIdentifyAsEither : genderRoll < 15 ? Gender.NotKnown : genderRoll < (child ? 215 : 300) ? Gender.Female : Gender.Male;
            var nationality = r.Next(100) < 3 ? null : child && r.Next(100) < 35 ? "British" : Pick(r, Nationalities);
            var exploitation = Pick(r, child ? ChildExploitation : AdultExploitation);
            var whereRoll = r.Next(100);
            var exploitedIn = child
                ? whereRoll switch { < 85 => ExploitedIn.Uk, < 91 => ExploitedIn.Overseas, < 95 => ExploitedIn.UkAndOverseas, _ => ExploitedIn.NotKnown }
                : whereRoll switch { < 38 => ExploitedIn.Uk, < 80 => ExploitedIn.Overseas, < 92 => ExploitedIn.UkAndOverseas, _ => ExploitedIn.NotKnown };
            var makerRoll = r.Next(100);
            var maker = child ? (makerRoll < 4 ? DecisionMaker.DevolvedPanel : DecisionMaker.SingleCompetentAuthority)
                : nationality is not null and not "British" && makerRoll < 15 ? DecisionMaker.ImmigrationEnforcementCompetentAuthority : DecisionMaker.SingleCompetentAuthority;
            var statusRoll = r.Next(1000);
            var status = statusRoll < 20 ? ReferralStatus.Withdrawn : statusRoll < 25 ? ReferralStatus.Suspended : ReferralStatus.Submitted;

            // Who referred: the area's council most, then the police, the Home Office, charities, the NHS.
            var organisations = setUp.OrganisationsOfArea[area];
            var typeRoll = r.Next(100);
            var type = typeRoll switch { < 42 => OrganisationType.LocalAuthority, < 66 => OrganisationType.Police, < 84 => OrganisationType.HomeOffice, < 94 => OrganisationType.Charity, _ => OrganisationType.Nhs };
            var candidates = organisations.Where(o => Organisations[o].Type == type).ToList();
            var organisation = candidates.Count > 0 ? candidates[r.Next(candidates.Count)] : organisations[0];
            var team = r.Next(Organisations[organisation].Teams.Length);

            return new Plan(i, Id(1, i, 0), Id(7, i, 0), area, organisation, team, referredOn, submitted, kind, status, age, atExploitation, cooperates, explained,
                gender, nationality, exploitation, exploitedIn, maker);
        }
    }
}
