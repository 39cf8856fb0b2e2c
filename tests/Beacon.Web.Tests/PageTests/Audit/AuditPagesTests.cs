using System.Globalization;
using System.Net;
using Beacon.Core.Accounts;
using Beacon.Core.Audit;
using Beacon.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Tests.PageTests.Audit;

public class AuditPagesTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private BeaconAppFactory App => app.Factory;

    [Fact]
    public async Task CaseAccess_AllowedAndDeniedLooks_ShowsBothWithoutCaseContent()
    {
        var scenario = await AuditScenario.CreateAsync(App);
        var auditor = await AuditScenario.SignInAuditorAsync(App);

        var response = await auditor.GetAsync($"/audit/case-access/{scenario.CaseId}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldNotContain(scenario.Summary);
        var page = await response.GetDocumentAsync();
        page.QuerySelector("h1").Text().ShouldBe($"Who looked at case {scenario.Reference}");
        var rows = page.QuerySelectorAll("[data-testid=looks] tbody tr").Select(r => r.Text()).ToList();
        rows.Count.ShouldBe(2);
        rows[0].ShouldContain(scenario.Outsider.Email);
        rows[0].ShouldContain("Denied");
        rows[0].ShouldContain("First responder");
        rows[1].ShouldContain(scenario.Responder.Email);
        rows[1].ShouldContain("Allowed");
        rows[1].ShouldContain("View");
    }

    [Fact]
    public async Task CaseAccess_CaseChange_ShowsTheFieldsChangedNotTheirValues()
    {
        var scenario = await AuditScenario.CreateAsync(App, look: false);
        await AuditScenario.RecordAsync(App, scenario.Responder, "Case", scenario.CaseId, "Summary changed",
            AuditTrail.Changes(("Summary", "old words about the person", "new words about the person")));
        var auditor = await AuditScenario.SignInAuditorAsync(App);

        var response = await auditor.GetAsync($"/audit/case-access/{scenario.CaseId}");

        var html = await response.Content.ReadAsStringAsync();
        html.ShouldNotContain("words about the person");
        var change = (await response.GetDocumentAsync()).QuerySelector("[data-testid=changes] tbody tr").Text();
        change.ShouldContain("Summary changed");
        change.ShouldContain("Changed: Summary");
        change.ShouldContain(scenario.Responder.Email);
    }

    [Fact]
    public async Task CaseAccess_UnknownCase_Is404()
    {
        var auditor = await AuditScenario.SignInAuditorAsync(App);

        (await auditor.GetAsync($"/audit/case-access/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task CaseAccess_DateRange_ShowsOnlyLooksOnThoseDays()
    {
        var scenario = await AuditScenario.CreateAsync(App);
        App.Time.Advance(TimeSpan.FromDays(3));
        (await (await App.SignInAsync(scenario.Responder)).GetAsync($"/cases/{scenario.CaseId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var auditor = await AuditScenario.SignInAuditorAsync(App);
        var today = UkTime.Today(App.Time);

        var page = await auditor.GetDocumentAsync($"/audit/case-access/{scenario.CaseId}?{DateQuery("From", today)}&{DateQuery("To", today)}");

        page.QuerySelectorAll("[data-testid=looks] tbody tr").Length.ShouldBe(1);
        page.QuerySelector("input[name='From.Day']")!.GetAttribute("value").ShouldBe(today.Day.ToString(CultureInfo.InvariantCulture));
        page.QuerySelector("a[download]")!.GetAttribute("href")!.ShouldContain($"From.Year={today.Year}");
    }

    [Fact]
    public async Task CaseAccess_StartAfterEnd_ShowsTheErrorAndNoRows()
    {
        var scenario = await AuditScenario.CreateAsync(App);
        var auditor = await AuditScenario.SignInAuditorAsync(App);
        var today = UkTime.Today(App.Time);

        var page = await auditor.GetDocumentAsync($"/audit/case-access/{scenario.CaseId}?{DateQuery("From", today)}&{DateQuery("To", today.AddDays(-1))}");

        page.Title!.ShouldStartWith("Error:");
        page.QuerySelector(".govuk-error-summary").Text().ShouldContain("End date must be the same as or after the start date");
        page.QuerySelector("[data-testid=looks]").ShouldBeNull();
    }

    [Fact]
    public async Task CaseAccess_MoreThanOnePage_PagesNewestFirst()
    {
        var scenario = await AuditScenario.CreateAsync(App, look: false);
        var start = App.Time.GetUtcNow();
        await App.QueryAsync(async db =>
        {
            for (var i = 0; i < 55; i++)
            {
                db.AccessLog.Add(new AccessLogEntry
                {
                    Id = Guid.NewGuid(),
                    At = start.AddMinutes(-i),
                    UserId = scenario.Responder.Id,
                    OrganisationId = scenario.Responder.OrganisationId,
                    Roles = "FirstResponder",
                    ResourceType = "Case",
                    ResourceId = scenario.CaseId,
                    Action = "View",
                    Outcome = AccessOutcome.Allowed,
                    CorrelationId = $"look-{i:00}",
                });
            }

            return await db.SaveChangesAsync();
        });
        var auditor = await AuditScenario.SignInAuditorAsync(App);

        var first = await auditor.GetDocumentAsync($"/audit/case-access/{scenario.CaseId}");
        var second = await auditor.GetDocumentAsync(first.QuerySelector(".govuk-pagination__next a")!.GetAttribute("href")!);

        first.QuerySelector("[data-testid=looks-count]").Text().ShouldBe("Showing 1 to 50 of 55 looks, newest first.");
        first.QuerySelectorAll("[data-testid=looks] tbody tr")[0].Text().ShouldContain("look-00");
        first.QuerySelector(".govuk-pagination__item--current")!.Text().ShouldBe("1");
        var last = second.QuerySelectorAll("[data-testid=looks] tbody tr");
        last.Length.ShouldBe(5);
        last[^1].Text().ShouldContain("look-54");
    }

    [Fact]
    public async Task Search_Reference_RedirectsToTheCasesAccess()
    {
        var scenario = await AuditScenario.CreateAsync(App, look: false);
        var auditor = await AuditScenario.SignInAuditorAsync(App);

        var response = await auditor.GetAsync($"/audit?Reference={scenario.Reference.ToLowerInvariant()}");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe($"/audit/case-access/{scenario.CaseId}");
    }

    [Theory]
    [InlineData("", "Enter a case reference")]
    [InlineData("T-NOSUCHCASE", "There is no case with that reference")]
    public async Task Search_NoOrUnknownReference_ShowsError(string reference, string error)
    {
        var auditor = await AuditScenario.SignInAuditorAsync(App);

        var page = await auditor.GetDocumentAsync($"/audit?Reference={reference}");

        page.QuerySelector(".govuk-error-summary").Text().ShouldContain(error);
        page.QuerySelector("#Reference-error").Text().ShouldContain(error);
        page.QuerySelector("input[name=Reference]")!.GetAttribute("value").ShouldBe(reference);
    }

    [Fact]
    public async Task FindUser_Email_RedirectsToTheirActivityWithoutTheEmailInTheAddress()
    {
        var user = await App.CreateUserAsync(Role.Staff);
        var auditor = await AuditScenario.SignInAuditorAsync(App);

        var response = await auditor.PostFormAsync("/audit?handler=FindUser", new() { ["Email"] = user.Email.ToUpperInvariant() }, tokenFrom: "/audit");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe($"/audit/users/{user.Id}");
    }

    [Fact]
    public async Task FindUser_UnknownEmail_ShowsErrorAndKeepsWhatWasTyped()
    {
        var auditor = await AuditScenario.SignInAuditorAsync(App);

        var response = await auditor.PostFormAsync("/audit?handler=FindUser", new() { ["Email"] = "nobody-here@example.test" }, tokenFrom: "/audit");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.GetDocumentAsync();
        page.QuerySelector(".govuk-error-summary").Text().ShouldContain("There is no user with that email address");
        page.QuerySelector("input[name=Email]")!.GetAttribute("value").ShouldBe("nobody-here@example.test");
    }

    [Fact]
    public async Task ChooseUser_FromTheList_RedirectsToTheirActivity()
    {
        var user = await App.CreateUserAsync(Role.Staff);
        var auditor = await AuditScenario.SignInAuditorAsync(App);
        var page = await auditor.GetDocumentAsync("/audit");
        page.QuerySelectorAll("select[name=UserId] option").Select(o => o.GetAttribute("value")).ShouldContain(user.Id.ToString());

        var response = await auditor.PostFormAsync("/audit?handler=ChooseUser", new() { ["UserId"] = user.Id.ToString() }, tokenFrom: "/audit");

        response.Headers.Location!.OriginalString.ShouldBe($"/audit/users/{user.Id}");
    }

    [Fact]
    public async Task UserActivity_ShowsTheirLooksAndChangesAndChangesToTheirAccount()
    {
        var scenario = await AuditScenario.CreateAsync(App);
        var admin = await App.CreateUserAsync(Role.Administrator);
        await AuditScenario.RecordAsync(App, admin, "User", scenario.Responder.Id, "Roles changed", AuditTrail.Changes(("Roles", "Staff", "FirstResponder")));
        await AuditScenario.RecordAsync(App, scenario.Responder, "Case", scenario.CaseId, "Case closed", reason: "Referred to the police");
        var auditor = await AuditScenario.SignInAuditorAsync(App);

        var response = await auditor.GetAsync($"/audit/users/{scenario.Responder.Id}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain(scenario.Summary);
        var page = await response.GetDocumentAsync();
        var activity = page.QuerySelectorAll("[data-testid=activity] tbody tr").Select(r => r.Text()).ToList();
        activity.Count.ShouldBe(3, "the look, the change and their sign-in");
        activity.ShouldContain(a => a.Contains("Signed in", StringComparison.Ordinal));
        var closed = activity.Single(a => a.Contains("Case closed", StringComparison.Ordinal));
        closed.ShouldContain($"Case {scenario.Reference}");
        closed.ShouldContain("Reason: Referred to the police");
        var look = activity.Single(a => a.Contains("Allowed", StringComparison.Ordinal));
        look.ShouldContain($"Case {scenario.Reference}");
        page.QuerySelector($"[data-testid=activity] a[href='/audit/case-access/{scenario.CaseId}']").ShouldNotBeNull();
        var change = page.QuerySelector("[data-testid=account-changes] tbody tr").Text();
        change.ShouldContain("Roles changed");
        change.ShouldContain("Roles: Staff → FirstResponder");
        change.ShouldContain(admin.Email);
    }

    [Fact]
    public async Task AuditPages_Viewed_AreThemselvesInTheAccessLog()
    {
        var scenario = await AuditScenario.CreateAsync(App, look: false);
        var auditor = await App.CreateUserAsync(Role.Auditor);
        var client = await App.SignInAsync(auditor);

        (await client.GetAsync($"/audit/case-access/{scenario.CaseId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync($"/audit/users/{scenario.Responder.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var logged = await App.QueryAsync(db => db.AccessLog.Where(e => e.UserId == auditor.Id)
            .Select(e => new { e.ResourceType, e.ResourceId, e.Action, e.Outcome, e.Roles }).ToListAsync());
        logged.ShouldContain(e => e.ResourceType == "AccessLog" && e.ResourceId == scenario.CaseId && e.Action == "View" && e.Outcome == AccessOutcome.Allowed);
        logged.ShouldContain(e => e.ResourceType == "User" && e.ResourceId == scenario.Responder.Id && e.Action == "View" && e.Roles == "Auditor");
        var page = await client.GetDocumentAsync($"/audit/users/{auditor.Id}");
        page.QuerySelector("[data-testid=activity]").Text().ShouldContain($"Access history of case {scenario.Reference}");
    }

    [Theory]
    [InlineData(Role.Administrator)]
    [InlineData(Role.Staff)]
    [InlineData(Role.FirstResponder)]
    public async Task AuditPages_NotAnAuditor_Get403(Role role)
    {
        var scenario = await AuditScenario.CreateAsync(App, look: false);
        var client = await App.SignInAsync(await App.CreateUserAsync(role));
        var today = UkTime.Today(App.Time);

        string[] paths =
        [
            "/audit",
            $"/audit?Reference={scenario.Reference}",
            $"/audit/case-access/{scenario.CaseId}",
            $"/audit/case-access/{scenario.CaseId}?handler=Export",
            $"/audit/users/{scenario.Responder.Id}",
            $"/audit/users/{scenario.Responder.Id}?handler=Export",
            "/audit/export",
            $"/audit/export?{DateQuery("From", today)}&{DateQuery("To", today)}",
        ];
        foreach (var path in paths)
        {
            (await client.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, path);
        }

        (await App.QueryAsync(db => db.AccessLog.CountAsync(e => e.ResourceType == "AccessLog" && e.ResourceId == scenario.CaseId))).ShouldBe(0);
    }

    internal static string DateQuery(string name, DateOnly date) =>
        $"{name}.Day={date.Day}&{name}.Month={date.Month}&{name}.Year={date.Year}";
}
