using Beacon.Core.Access;
using Beacon.Core.Accounts;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Web.Tests.Infrastructure;
using Beacon.Web.Tests.PageTests.Cases.Decisions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Web.Tests.PageTests.Trays;

/// <summary>Issue 4, clocks: overdue items on the worker's and the team's trays, and the daily reminder emails.</summary>
public class OverdueTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private BeaconAppFactory App => app.Factory;

    private Task<string> ReferenceAsync(Guid caseId) => App.QueryAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.Reference).SingleAsync());

    private async Task<int> RunRemindersAsync(DateTimeOffset now)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderJob>().RunOnceAsync(now, "https://beacon.test");
    }

    private Task<List<Beacon.Core.Email.OutboxEmail>> EmailsAboutAsync(string reference) =>
        App.QueryAsync(db => db.OutboxEmails.Where(e => e.Subject.Contains(reference)).OrderBy(e => e.CreatedAt).ToListAsync());

    [Fact]
    public async Task ReasonableGroundsOverdue_IsOnTheWorkersAndTeamsListsAndNotAnotherTeams()
    {
        var s = await DecisionScenario.CreateAsync(App, App.Today().AddDays(-20));
        var reference = await ReferenceAsync(s.CaseId);
        var teammate = await App.CreateUserAsync(s.Council, [Role.FirstResponder]);
        var elsewhere = await App.CreateUserAsync(await App.CreateOrganisationAsync(areaId: s.Council.AreaId), [Role.FirstResponder]);

        var mine = await s.Client.GetDocumentAsync("/trays/overdue");
        var team = await (await App.SignInAsync(teammate)).GetDocumentAsync("/trays/overdue");
        var other = await (await App.SignInAsync(elsewhere)).GetDocumentAsync("/trays/overdue");

        var item = mine.QuerySelector("[data-testid=overdue-mine]").Text();
        item.ShouldContain(reference);
        item.ShouldContain("Reasonable grounds decision overdue");
        item.ShouldContain("Overdue");
        mine.QuerySelector("[data-testid=overdue-team]").Text().ShouldContain(reference);
        team.QuerySelector("[data-testid=overdue-mine]").Text().ShouldNotContain(reference);
        team.QuerySelector("[data-testid=overdue-team]").Text().ShouldContain(reference);
        other.Body!.Text().ShouldNotContain(reference);
    }

    [Fact]
    public async Task ReasonableGrounds_Decided_IsNoLongerOverdue()
    {
        var s = await DecisionScenario.CreateAsync(App, App.Today().AddDays(-20));
        var reference = await ReferenceAsync(s.CaseId);
        await App.AddDecisionAsync(s.CaseId, s.ReferralId, DecisionKind.ReasonableGrounds, DecisionOutcome.Positive, App.Today().AddDays(-1));

        var mine = await s.Client.GetDocumentAsync("/trays/overdue");

        mine.Body!.Text().ShouldNotContain(reference);
    }

    [Fact]
    public async Task ConclusiveGrounds_AfterTheRecoveryPeriod_ShowsAsWaitingNotOverdue()
    {
        var s = await DecisionScenario.CreateAsync(App, App.Today().AddDays(-60));
        var reference = await ReferenceAsync(s.CaseId);
        await App.AddDecisionAsync(s.CaseId, s.ReferralId, DecisionKind.ReasonableGrounds, DecisionOutcome.Positive, App.Today().AddDays(-40));

        var row = (await s.Client.GetDocumentAsync("/trays/overdue")).QuerySelectorAll("[data-testid=overdue-mine] [data-testid=overdue-item]")
            .Single(r => r.Text().Contains(reference, StringComparison.Ordinal));

        row.Text().ShouldContain("Waiting for the conclusive grounds decision");
        row.Text().ShouldNotContain("Overdue");
    }

    [Fact]
    public async Task Reconsideration_WaitingMoreThan30Days_IsOverdue()
    {
        var s = await DecisionScenario.CreateAsync(App, App.Today().AddDays(-80));
        var reference = await ReferenceAsync(s.CaseId);
        var negative = await App.AddDecisionAsync(s.CaseId, s.ReferralId, DecisionKind.ReasonableGrounds, DecisionOutcome.Negative, App.Today().AddDays(-70));
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Scope = AccessScope.ForSystem();
            db.Reconsiderations.Add(new Reconsideration
            {
                Id = Guid.NewGuid(),
                CaseId = s.CaseId,
                DecisionId = negative,
                RequestedBy = ReconsiderationRequester.FirstResponder,
                RequesterName = "Alex Worker",
                RequestedOn = App.Today().AddDays(-31),
                Grounds = "New evidence",
                RecordedAt = App.Time.GetUtcNow(),
                Version = Guid.NewGuid(),
            });
            await db.SaveChangesAsync();
        }

        var row = (await s.Client.GetDocumentAsync("/trays/overdue")).QuerySelectorAll("[data-testid=overdue-mine] [data-testid=overdue-item]")
            .Single(r => r.Text().Contains(reference, StringComparison.Ordinal));

        row.Text().ShouldContain("has no outcome after 30 days");
        row.Text().ShouldContain("Overdue");
    }

    [Fact]
    public async Task ReminderJob_SendsOneEmailPerOverdueItemPerDay_WithNoPersonalData()
    {
        var s = await DecisionScenario.CreateAsync(App, App.Today().AddDays(-20));
        var reference = await ReferenceAsync(s.CaseId);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Scope = AccessScope.ForSystem();
            db.CasePeople.Add(new CasePerson { CaseId = s.CaseId, FirstName = "Zelinda", LastName = "Quarrington", Version = Guid.NewGuid() });
            await db.SaveChangesAsync();
        }

        // Noon, so that five minutes later is the same day whenever the test runs (it failed at 23:55).
        var clock = App.Time.GetUtcNow();
        var now = new DateTimeOffset(clock.UtcDateTime.Date.AddHours(12), TimeSpan.Zero);
        now = now < clock ? now.AddDays(1) : now;
        await RunRemindersAsync(now);
        await RunRemindersAsync(now.AddMinutes(5));

        var first = await EmailsAboutAsync(reference);
        var email = first.ShouldHaveSingleItem();
        email.To.ShouldBe(s.Worker.Email);
        email.Body.ShouldContain("Reasonable grounds decision overdue");
        email.Body.ShouldContain($"https://beacon.test/cases/{s.CaseId}/decisions");
        email.Body.ShouldNotContain("Zelinda");
        email.Body.ShouldNotContain("Quarrington");
        email.Subject.ShouldNotContain("Zelinda");
        email.Body.ShouldNotContain("car wash");

        await RunRemindersAsync(now.AddDays(1));

        (await EmailsAboutAsync(reference)).Count.ShouldBe(2);
        (await App.QueryAsync(db => db.RemindersSent.CountAsync(r => r.Key.StartsWith("rg-overdue/" + s.ReferralId)))).ShouldBe(2);
    }

    [Fact]
    public async Task ReminderJob_NoAssignedWorker_GoesToTheOwningTeam_AndAnOverdueActionToItsOwner()
    {
        var s = await DecisionScenario.CreateAsync(App, App.Today().AddDays(-20), assign: false);
        var reference = await ReferenceAsync(s.CaseId);
        var teammate = await App.CreateUserAsync(s.Council, [Role.FirstResponder]);
        await App.UpdateCaseAsync(s.CaseId, c => c.CreatedAt = App.Time.GetUtcNow().AddDays(-3));
        await s.Client.PostFormAsync($"/cases/{s.CaseId}/safeguarding/add", new Dictionary<string, string>
        {
            ["Kind"] = nameof(SafeguardingActionKind.FamilyWellbeingReferral),
            ["OwnerUserId"] = teammate.Id.ToString(),
        });

        await RunRemindersAsync(App.Time.GetUtcNow());

        var emails = await EmailsAboutAsync(reference);
        emails.Where(e => e.Body.Contains("Reasonable grounds", StringComparison.Ordinal)).Select(e => e.To).Order()
            .ShouldBe(new[] { s.Worker.Email, teammate.Email }.Order());
        emails.Where(e => e.Body.Contains("Family Wellbeing referral overdue", StringComparison.Ordinal)).Select(e => e.To).ShouldBe([teammate.Email]);
    }
}
