using System.Net;
using Beacon.Core.Audit;
using Beacon.Web.Tests.Infrastructure;

namespace Beacon.Web.Tests.PageTests.Audit;

/// <summary>The embedded database runs the same merged, paged and filtered queries.</summary>
public class SqliteAuditPagesTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private BeaconAppFactory App => app.Factory;

    [Fact]
    public async Task AuditPages_OnSqlite_ShowLooksChangesAndExport()
    {
        var scenario = await AuditScenario.CreateAsync(App);
        await AuditScenario.RecordAsync(App, scenario.Responder, "Case", scenario.CaseId, "Case closed", reason: "Referred to the police");
        var auditor = await AuditScenario.SignInAuditorAsync(App);
        var today = UkTime.Today(App.Time);
        var range = $"{AuditPagesTests.DateQuery("From", today)}&{AuditPagesTests.DateQuery("To", today)}";

        var casePage = await auditor.GetDocumentAsync($"/audit/case-access/{scenario.CaseId}?{range}");
        var userPage = await auditor.GetDocumentAsync($"/audit/users/{scenario.Responder.Id}?{range}");
        var export = await auditor.GetAsync($"/audit/export?{range}");

        casePage.QuerySelectorAll("[data-testid=looks] tbody tr").Length.ShouldBe(2);
        casePage.QuerySelectorAll("[data-testid=changes] tbody tr").Length.ShouldBe(1);
        userPage.QuerySelectorAll("[data-testid=activity] tbody tr").Length.ShouldBe(3, "a look, a change and the sign-in");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        var csv = await export.Content.ReadAsStringAsync();
        csv.ShouldContain(scenario.Outsider.Email);
        csv.ShouldContain("Referred to the police");
    }
}
