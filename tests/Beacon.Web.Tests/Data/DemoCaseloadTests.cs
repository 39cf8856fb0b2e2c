using Beacon.Core.Accounts;
using Beacon.Core.Audit;
using Beacon.Core.Cases;
using Beacon.Core.Concerns;
using Beacon.Core.Data;
using Beacon.Core.Demo;
using Beacon.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Beacon.Web.Tests.Data;

/// <summary>The demo area generated once on PostgreSQL (with its triggers), for the caseload tests to read.</summary>
public sealed class DemoCaseload(PostgresServer server) : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    public PostgresApp App { get; } = new(server);

    public async ValueTask InitializeAsync()
    {
        await App.InitializeAsync();
        await using var scope = App.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await new DemoDataGenerator(db, new FakeTimeProvider(Now), scope.ServiceProvider.GetRequiredService<UserManager<BeaconUser>>()).GenerateAsync();
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}

public class DemoCaseloadTests(DemoCaseload demo) : IClassFixture<DemoCaseload>
{
    private BeaconAppFactory App => demo.App.Factory;

    [Fact]
    public async Task Generate_Caseload_HasAFewHundredCasesWithEverythingAroundThem()
    {
        var counts = await App.QueryAsync(async db => new
        {
            Cases = await db.Cases.CountAsync(),
            People = await db.CasePeople.CountAsync(),
            Concerns = await db.Concerns.CountAsync(),
            Referrals = await db.Referrals.CountAsync(),
            Decisions = await db.NrmDecisions.CountAsync(),
            Notes = await db.CaseNotes.CountAsync(),
            Actions = await db.SafeguardingActions.CountAsync(),
            Keys = await db.PersonNameKeys.CountAsync(),
            Reconsiderations = await db.Reconsiderations.CountAsync(),
            Escalations = await db.Escalations.CountAsync(),
            Shares = await db.CaseShares.CountAsync(),
            Events = await db.AuditEvents.CountAsync(e => e.EntityType == "Case"),
        });

        counts.Cases.ShouldBeInRange(250, 400);
        counts.People.ShouldBe(counts.Cases);
        counts.Concerns.ShouldBeInRange(counts.Cases + 20, counts.Cases * 2);
        counts.Referrals.ShouldBeInRange(counts.Cases * 8 / 10, counts.Cases);
        counts.Decisions.ShouldBeGreaterThan(counts.Cases / 2);
        counts.Notes.ShouldBeGreaterThan(counts.Cases);
        counts.Actions.ShouldBeGreaterThan(counts.Cases);
        counts.Keys.ShouldBeGreaterThan(counts.Cases);
        counts.Reconsiderations.ShouldBeGreaterThan(0);
        counts.Escalations.ShouldBeGreaterThan(0);
        counts.Shares.ShouldBeInRange(3, 6);
        counts.Events.ShouldBeGreaterThan(counts.Cases * 5);
    }

    [Fact]
    public async Task Generate_Caseload_HasEveryStateOfTheJourney()
    {
        var states = await App.QueryAsync(async db => new
        {
            Concerns = await db.Concerns.Select(c => c.Status).Distinct().ToListAsync(),
            Cases = await db.Cases.Select(c => c.Status).Distinct().ToListAsync(),
            Routes = await db.Cases.Select(c => c.Route).Distinct().ToListAsync(),
            Moves = await db.CaseRouteChanges.Select(r => r.Reason).Distinct().ToListAsync(),
            Referrals = await db.Referrals.Select(r => r.Status).Distinct().ToListAsync(),
            Kinds = await db.Referrals.Select(r => r.Kind).Distinct().ToListAsync(),
            Decisions = await db.NrmDecisions.Select(d => new { d.Kind, d.Outcome }).Distinct().ToListAsync(),
            Makers = await db.NrmDecisions.Select(d => d.DecisionMaker).Distinct().ToListAsync(),
            Reconsiderations = await db.Reconsiderations.Select(r => r.Outcome).Distinct().ToListAsync(),
            Actions = await db.SafeguardingActions.Select(a => a.Status).Distinct().ToListAsync(),
            Overdue = await db.SafeguardingActions.CountAsync(a => (a.Status == SafeguardingActionStatus.NotStarted || a.Status == SafeguardingActionStatus.InProgress) && a.DueAt < DemoCaseload.Now),
            AwaitingRg = await db.Referrals.CountAsync(r => r.Kind == ReferralKind.Nrm && r.Status == ReferralStatus.Submitted && !db.NrmDecisions.Any(d => d.ReferralId == r.Id)),
            AwaitingCg = await db.Referrals.CountAsync(r => db.NrmDecisions.Any(d => d.ReferralId == r.Id && d.Kind == DecisionKind.ReasonableGrounds && d.Outcome == DecisionOutcome.Positive)
                && !db.NrmDecisions.Any(d => d.ReferralId == r.Id && d.Kind == DecisionKind.ConclusiveGrounds)),
            Addenda = await db.CaseNotes.CountAsync(n => n.AddendumToNoteId != null),
            Anonymous = await db.Cases.CountAsync(c => c.IsAnonymous),
            Retained = await db.Cases.CountAsync(c => c.Status == CaseStatus.Closed && c.RetainUntil != null && c.ClosureOutcome != null),
        });

        states.Concerns.Order().ShouldBe(Enum.GetValues<ConcernStatus>());
        states.Cases.Order().ShouldBe(Enum.GetValues<CaseStatus>());
        states.Routes.Order().ShouldBe(Enum.GetValues<CaseRoute>());
        states.Moves.Order().ShouldBe([RouteChangeReason.Opened, RouteChangeReason.AgeAssessment, RouteChangeReason.EighteenthBirthday]);
        states.Referrals.ShouldContain(ReferralStatus.Submitted);
        states.Referrals.ShouldContain(ReferralStatus.Draft);
        states.Kinds.ShouldBe([ReferralKind.Nrm, ReferralKind.DutyToNotify], ignoreOrder: true);
        states.Decisions.Count.ShouldBe(4);
        states.Makers.Count.ShouldBe(3);
        states.Reconsiderations.ShouldContain(ReconsiderationOutcome.Pending);
        states.Actions.ShouldContain(SafeguardingActionStatus.Done);
        states.Actions.ShouldContain(SafeguardingActionStatus.InProgress);
        states.Overdue.ShouldBeGreaterThan(0);
        states.AwaitingRg.ShouldBeGreaterThan(0);
        states.AwaitingCg.ShouldBeGreaterThan(10);
        states.Addenda.ShouldBeGreaterThan(0);
        states.Anonymous.ShouldBeGreaterThan(0);
        states.Retained.ShouldBeGreaterThan(20);
    }

    [Fact]
    public async Task Generate_DutyToNotifyWithoutCooperation_HoldsNothingIdentifying()
    {
        var leaks = await App.QueryAsync(async db =>
        {
            var anonymous = db.Cases.Where(c => c.IsAnonymous).Select(c => c.Id);
            return new
            {
                People = await db.CasePeople.CountAsync(p => anonymous.Contains(p.CaseId)
                    && (p.FirstName != null || p.LastName != null || p.Nickname != null || p.DateOfBirth != null || p.Phone != null
                        || p.Email != null || p.Address != null || p.HomeOfficeReference != null || p.ContactSafetyNotes != null)),
                Aliases = await db.PersonAliases.CountAsync(a => anonymous.Contains(a.CaseId)),
                Keys = await db.PersonNameKeys.CountAsync(k => anonymous.Contains(k.CaseId)),
                Concerns = await db.Concerns.CountAsync(c => c.CaseId != null && anonymous.Contains(c.CaseId.Value)
                    && (c.PersonName != null || c.PersonOtherNames != null || c.PersonDateOfBirth != null || c.PersonDescription != null || c.OwnWords != null)),
                Referrals = (await db.Referrals.Where(r => anonymous.Contains(r.CaseId)).Select(r => r.AnswersJson).ToListAsync())
                    .Count(json => DutyToNotifyPrivacy.Identifies(System.Text.Json.JsonSerializer.Deserialize<ReferralAnswers>(json, DutyToNotifyPrivacy.Json)!)),
                NotDutyToNotify = await db.Cases.CountAsync(c => c.IsAnonymous
                    && !db.Referrals.Any(r => r.CaseId == c.Id && r.Kind == ReferralKind.DutyToNotify && r.AgreesToCooperate == false)),
            };
        });

        leaks.ShouldBe(new { People = 0, Aliases = 0, Keys = 0, Concerns = 0, Referrals = 0, NotDutyToNotify = 0 });
    }

    [Fact]
    public async Task Generate_Mix_FollowsTheNationalStatisticsForLocalAuthorities()
    {
        var referrals = await App.QueryAsync(db => db.Referrals.Select(r => new { r.Kind, r.UnderEighteen, r.Exploitation, r.Gender, r.NationalityCode }).ToListAsync());
        var children = referrals.Where(r => r.UnderEighteen != AgeAnswer.Adult).ToList();
        var adults = referrals.Where(r => r.UnderEighteen == AgeAnswer.Adult).ToList();

        children.Count.ShouldBeGreaterThan(adults.Count * 2);
        children.Count(r => r.Exploitation.HasFlag(ExploitationComponents.ForcedCriminality)).ShouldBeGreaterThan(children.Count / 2);
        adults.Count(r => r.Exploitation.HasFlag(ExploitationComponents.ForcedWorkForLittleOrNoPay)).ShouldBeGreaterThan(adults.Count * 4 / 10);
        ((double)adults.Count(r => r.Kind == ReferralKind.DutyToNotify) / adults.Count).ShouldBeInRange(0.12, 0.40);
        referrals.Count(r => r.Gender == Gender.Male).ShouldBeGreaterThan(referrals.Count * 6 / 10);
        referrals.GroupBy(r => r.NationalityCode).OrderByDescending(g => g.Count()).First().Key.ShouldBe("British");
        referrals.Select(r => r.NationalityCode).Distinct().Count().ShouldBeGreaterThan(8);
    }

    [Fact]
    public async Task Generate_Children_NeverGoDownDutyToNotify()
    {
        var childReports = await App.QueryAsync(db => db.Referrals.CountAsync(r => r.Kind == ReferralKind.DutyToNotify
            && (r.UnderEighteen != AgeAnswer.Adult
                || db.CaseRouteChanges.Any(c => c.CaseId == r.CaseId && c.To == CaseRoute.Child))));

        childReports.ShouldBe(0);
    }

    [Fact]
    public async Task Generate_Dates_AreWithinTheLastEightQuarters()
    {
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var range = await App.QueryAsync(async db => new
        {
            Cases = await db.Cases.MinAsync(c => c.CreatedAt),
            Concerns = await db.Concerns.MinAsync(c => c.RaisedAt),
            LatestConcern = await db.Concerns.MaxAsync(c => c.RaisedAt),
            LatestCase = await db.Cases.MaxAsync(c => c.CreatedAt),
            LatestNote = await db.CaseNotes.MaxAsync(n => n.WrittenAt),
            LatestEvent = await db.AuditEvents.Where(e => e.EntityType == "Case" || e.EntityType == "Concern").MaxAsync(e => e.At),
            LatestDecision = await db.NrmDecisions.MaxAsync(d => d.RecordedAt),
            LatestClosure = await db.Cases.MaxAsync(c => c.ClosedAt),
            Quarters = (await db.Cases.Select(c => c.CreatedAt).ToListAsync()).Select(d => (d.Year * 4) + ((d.Month - 1) / 3)).Distinct().Count(),
        });

        range.Cases.ShouldBeGreaterThanOrEqualTo(start);
        range.Concerns.ShouldBeGreaterThanOrEqualTo(start);
        new[] { range.LatestConcern, range.LatestCase, range.LatestNote, range.LatestEvent, range.LatestDecision, range.LatestClosure!.Value }
            .ShouldAllBe(d => d <= DemoCaseload.Now);
        range.Quarters.ShouldBe(8);
    }

    [Fact]
    public async Task Generate_SameSeedAndClock_GivesTheSameCaseload()
    {
        var first = await App.QueryAsync(db => Fingerprint(db));
        var sqlite = new SqliteApp();
        await sqlite.InitializeAsync();
        try
        {
            await using var scope = sqlite.Factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var started = System.Diagnostics.Stopwatch.StartNew();
            await new DemoDataGenerator(db, new FakeTimeProvider(DemoCaseload.Now), scope.ServiceProvider.GetRequiredService<UserManager<BeaconUser>>()).GenerateAsync();
            started.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(30), "generation stays quick on SQLite");
            var second = await sqlite.Factory.QueryAsync(Fingerprint);

            second.ShouldBe(first);
        }
        finally
        {
            await sqlite.DisposeAsync();
        }
    }

    [Fact]
    public async Task Generate_References_ContinueFromTheCounters()
    {
        var numbers = await App.QueryAsync(async db => new
        {
            Counter = await db.ReferenceCounters.Where(c => c.Series == "MS-2026").Select(c => c.Next).SingleAsync(),
            Last = await db.Cases.Where(c => c.Reference.StartsWith("MS-2026-")).MaxAsync(c => c.Reference),
        });

        numbers.Last.ShouldBe($"MS-2026-{numbers.Counter:D5}");
    }

    private static async Task<string> Fingerprint(AppDbContext db)
    {
        var cases = (await db.Cases.OrderBy(c => c.Reference).Select(c => new { c.Reference, c.Status, c.Route, c.CreatedAt }).ToListAsync())
            .Select(c => $"{c.Reference} {c.Status} {c.Route} {c.CreatedAt.ToUnixTimeSeconds()}");
        var concerns = (await db.Concerns.OrderBy(c => c.Reference).Select(c => new { c.Reference, c.Status }).ToListAsync())
            .Select(c => $"{c.Reference} {c.Status}");
        var decisions = (await db.NrmDecisions.OrderBy(d => d.Id).Select(d => new { d.Id, d.DecidedOn }).ToListAsync())
            .Select(d => $"{d.Id} {d.DecidedOn:O}");
        return string.Join('|', cases.Concat(concerns).Concat(decisions));
    }
}
