using System.Net;
using Beacon.Core.Accounts;
using Beacon.Core.Cases;
using Beacon.Web.Tests.Infrastructure;
using Beacon.Web.Tests.PageTests.Cases.Decisions;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Tests.PageTests.Cases.Safeguarding;

/// <summary>Issue 4, safeguarding from day one: actions with owner, due, status and outcome.</summary>
public class SafeguardingTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private BeaconAppFactory App => app.Factory;

    private async Task<(TestOrganisation Council, TestUser Worker, Guid CaseId, HttpClient Client)> ScenarioAsync(TimeSpan? openedAgo = null)
    {
        var council = await App.CreateOrganisationAsync();
        var worker = await App.CreateUserAsync(council, [Role.FirstResponder]);
        var caseId = await App.CreateCaseAsync(council, worker.Id, "Seen working at a nail bar late at night.");
        if (openedAgo is { } ago)
        {
            await App.UpdateCaseAsync(caseId, c => c.CreatedAt = App.Time.GetUtcNow() - ago);
        }

        return (council, worker, caseId, await App.SignInAsync(worker));
    }

    private static Dictionary<string, string> AddForm(SafeguardingActionKind kind, Guid owner, DateOnly? due = null, string details = "")
    {
        var form = new Dictionary<string, string> { ["Kind"] = kind.ToString(), ["OwnerUserId"] = owner.ToString(), ["Details"] = details };
        if (due is { } d)
        {
            foreach (var (key, value) in DecisionScenario.DateFields("DueOn", d))
            {
                form[key] = value;
            }
        }

        return form;
    }

    [Fact]
    public async Task Add_FamilyWellbeingWithoutADate_IsDue24HoursAfterTheCaseOpened()
    {
        var (_, worker, caseId, client) = await ScenarioAsync();
        var opened = await App.QueryAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.CreatedAt).SingleAsync());

        var response = await client.PostFormAsync($"/cases/{caseId}/safeguarding/add", AddForm(SafeguardingActionKind.FamilyWellbeingReferral, worker.Id));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var action = await App.QueryAsync(db => db.SafeguardingActions.SingleAsync(a => a.CaseId == caseId));
        action.DueAt.ShouldBe(opened.AddHours(24), TimeSpan.FromMilliseconds(1));
        action.Status.ShouldBe(SafeguardingActionStatus.NotStarted);
        action.OwnerUserId.ShouldBe(worker.Id);
        (await App.AuditActionsAsync(caseId)).ShouldContain("Safeguarding action added: Family Wellbeing referral");
    }

    [Fact]
    public async Task Add_WithoutADateForAKindWithNoDefault_OrAnOwnerFromAnotherOrganisation_IsRefused()
    {
        var (_, worker, caseId, client) = await ScenarioAsync();
        var outsider = await App.CreateUserAsync(Role.FirstResponder);

        var noDate = await client.PostFormAsync($"/cases/{caseId}/safeguarding/add", AddForm(SafeguardingActionKind.Housing, worker.Id, details: "Emergency accommodation"));
        var stranger = await client.PostFormAsync($"/cases/{caseId}/safeguarding/add", AddForm(SafeguardingActionKind.Housing, outsider.Id, App.Today().AddDays(3)));

        var page = await noDate.GetDocumentAsync();
        page.QuerySelector(".govuk-error-summary").Text().ShouldContain("Enter the date the action is due");
        page.QuerySelector("textarea[name=Details]")!.TextContent.ShouldContain("Emergency accommodation");
        (await stranger.GetDocumentAsync()).QuerySelector(".govuk-error-summary").Text().ShouldContain("Select who owns the action");
        (await App.QueryAsync(db => db.SafeguardingActions.CountAsync(a => a.CaseId == caseId))).ShouldBe(0);
    }

    [Fact]
    public async Task Action_Lifecycle_InProgressThenDone_WithTheOutcome()
    {
        var (_, worker, caseId, client) = await ScenarioAsync();
        await client.PostFormAsync($"/cases/{caseId}/safeguarding/add", AddForm(SafeguardingActionKind.Housing, worker.Id, App.Today().AddDays(3)));
        var actionId = await App.QueryAsync(db => db.SafeguardingActions.Where(a => a.CaseId == caseId).Select(a => a.Id).SingleAsync());
        var path = $"/cases/{caseId}/safeguarding/{actionId}";

        var started = await client.PostFormAsync(path, await FormFromPageAsync(client, path, ("Status", "InProgress")));
        started.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await App.QueryAsync(db => db.SafeguardingActions.SingleAsync(a => a.Id == actionId))).DueAt
            .ShouldBe(Beacon.Core.Audit.UkTime.StartOf(App.Today().AddDays(4)));

        var noOutcome = await client.PostFormAsync(path, await FormFromPageAsync(client, path, ("Status", "Done"), ("Outcome", "")));
        (await noOutcome.GetDocumentAsync()).QuerySelector(".govuk-error-summary").Text().ShouldContain("Enter the outcome of the action");

        var done = await client.PostFormAsync(path, await FormFromPageAsync(client, path, ("Status", "Done"), ("Outcome", "Placed in safe accommodation")));

        done.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var action = await App.QueryAsync(db => db.SafeguardingActions.SingleAsync(a => a.Id == actionId));
        action.Status.ShouldBe(SafeguardingActionStatus.Done);
        action.Outcome.ShouldBe("Placed in safe accommodation");
        action.CompletedAt.ShouldNotBeNull();
        (await App.AuditActionsAsync(caseId)).ShouldBe(["Safeguarding action added: Housing", "Safeguarding action updated: Housing", "Safeguarding action done: Housing"]);
        var list = await client.GetDocumentAsync($"/cases/{caseId}/safeguarding");
        list.QuerySelector("[data-testid=action-status]").Text().ShouldContain("Done");
    }

    [Fact]
    public async Task Action_TwoWorkersEditing_TheSecondGetsAConflictNotALostUpdate()
    {
        var (council, worker, caseId, client) = await ScenarioAsync();
        var colleague = await App.CreateUserAsync(council, [Role.FirstResponder]);
        var other = await App.SignInAsync(colleague);
        await client.PostFormAsync($"/cases/{caseId}/safeguarding/add", AddForm(SafeguardingActionKind.SupportOrganisationReferral, worker.Id, App.Today().AddDays(5)));
        var actionId = await App.QueryAsync(db => db.SafeguardingActions.Where(a => a.CaseId == caseId).Select(a => a.Id).SingleAsync());
        var path = $"/cases/{caseId}/safeguarding/{actionId}";
        var mine = await FormFromPageAsync(client, path, ("Status", "InProgress"), ("Outcome", "Called the charity"));
        var theirs = await FormFromPageAsync(other, path, ("Status", "Cancelled"), ("Outcome", "Person moved away"));

        (await client.PostFormAsync(path, mine)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var conflict = await other.PostFormAsync(path, theirs);

        conflict.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await conflict.GetDocumentAsync()).QuerySelector(".govuk-error-summary").Text().ShouldContain("Someone else changed this");
        var action = await App.QueryAsync(db => db.SafeguardingActions.SingleAsync(a => a.Id == actionId));
        action.Status.ShouldBe(SafeguardingActionStatus.InProgress);
        action.Outcome.ShouldBe("Called the charity");
    }

    [Fact]
    public async Task ActionsList_PastItsDueTime_IsTaggedOverdue()
    {
        var (_, worker, caseId, client) = await ScenarioAsync(openedAgo: TimeSpan.FromHours(30));

        await client.PostFormAsync($"/cases/{caseId}/safeguarding/add", AddForm(SafeguardingActionKind.FamilyWellbeingReferral, worker.Id));
        var page = await client.GetDocumentAsync($"/cases/{caseId}/safeguarding");

        page.QuerySelector("[data-testid=action-status]").Text().ShouldContain("Overdue");
    }

    /// <summary>The action page's form as loaded (with its version), with some fields changed.</summary>
    private static async Task<Dictionary<string, string>> FormFromPageAsync(HttpClient client, string path, params (string Name, string Value)[] changes)
    {
        var page = await client.GetDocumentAsync(path);
        var form = new Dictionary<string, string>
        {
            ["Version"] = page.QuerySelector("input[name=Version]")!.GetAttribute("value")!,
            ["Status"] = page.QuerySelector("input[name=Status][checked]")?.GetAttribute("value") ?? string.Empty,
            ["OwnerUserId"] = page.QuerySelector("select[name=OwnerUserId] option[selected]")?.GetAttribute("value") ?? string.Empty,
            ["DueOn.Day"] = page.QuerySelector("input[name='DueOn.Day']")?.GetAttribute("value") ?? string.Empty,
            ["DueOn.Month"] = page.QuerySelector("input[name='DueOn.Month']")?.GetAttribute("value") ?? string.Empty,
            ["DueOn.Year"] = page.QuerySelector("input[name='DueOn.Year']")?.GetAttribute("value") ?? string.Empty,
            ["Details"] = page.QuerySelector("textarea[name=Details]")?.TextContent.Trim() ?? string.Empty,
            ["Outcome"] = page.QuerySelector("textarea[name=Outcome]")?.TextContent.Trim() ?? string.Empty,
        };
        foreach (var (name, value) in changes)
        {
            form[name] = value;
        }

        return form;
    }
}
