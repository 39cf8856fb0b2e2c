using System.Net;
using Beacon.Core.Accounts;
using Beacon.Core.Audit;
using Beacon.Core.Text;
using Beacon.Web.Pages.Audit;
using Beacon.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Beacon.Web.Tests.PageTests.Audit.AuditPagesTests;

namespace Beacon.Web.Tests.PageTests.Audit;

public class AuditExportTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private BeaconAppFactory App => app.Factory;

    [Fact]
    public async Task CaseExport_IsAnUncachedCsvAttachmentWithASafeName()
    {
        var scenario = await AuditScenario.CreateAsync(App);
        var auditor = await App.CreateUserAsync(Role.Auditor);
        var client = await App.SignInAsync(auditor);

        var response = await client.GetAsync($"/audit/case-access/{scenario.CaseId}?handler=Export");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        response.Content.Headers.ContentDisposition.FileName!.ShouldMatch(@"^beacon-case-T-[0-9A-F]{10}-access-history-to-\d{4}-\d{2}-\d{2}\.csv$");
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var rows = await ReadCsvAsync(response);
        rows[0].ShouldBe(AuditCsvResult.Header);
        rows.Count.ShouldBe(3);
        rows[1][Column("User email")].ShouldBe(scenario.Outsider.Email);
        rows[1][Column("Outcome")].ShouldBe("Denied");
        rows[2][Column("User email")].ShouldBe(scenario.Responder.Email);
        rows[2][Column("Outcome")].ShouldBe("Allowed");
        rows[2][Column("Subject")].ShouldBe(scenario.Reference);
        rows.SelectMany(r => r).ShouldNotContain(cell => cell.Contains(scenario.Summary, StringComparison.Ordinal));
        (await App.QueryAsync(db => db.AccessLog.AnyAsync(e => e.UserId == auditor.Id && e.ResourceType == "AccessLog" && e.ResourceId == scenario.CaseId && e.Action == "Export")))
            .ShouldBeTrue();
    }

    [Fact]
    public async Task UserExport_FormulaInAReason_IsNeutralised()
    {
        var scenario = await AuditScenario.CreateAsync(App);
        const string formula = "=HYPERLINK(\"https://attacker.example/steal\",\"Click for details\")";
        await AuditScenario.RecordAsync(App, scenario.Responder, "Case", scenario.CaseId, "Case closed", reason: formula);
        var auditor = await App.CreateUserAsync(Role.Auditor);
        var client = await App.SignInAsync(auditor);

        var response = await client.GetAsync($"/audit/users/{scenario.Responder.Id}?handler=Export");

        response.Content.Headers.ContentDisposition!.FileName!.ShouldMatch(@"^beacon-user-activity-to-\d{4}-\d{2}-\d{2}\.csv$");
        var text = await response.Content.ReadAsStringAsync();
        text.ShouldContain("\"'=HYPERLINK(\"\"https://attacker.example/steal\"\",\"\"Click for details\"\")\"");
        var rows = CsvReader.Read(new StringReader(text)).Select(r => r.Fields).ToList();
        rows.Count.ShouldBe(4, "a header, the change, the look and their sign-in");
        rows.ShouldContain(r => string.Join(',', r).Contains("Signed in", StringComparison.Ordinal));
        rows.ShouldContain(r => r[Column("Record")] == "Change" && r[Column("Reason")] == "'" + formula);
        rows.ShouldContain(r => r[Column("Record")] == "Access" && r[Column("Subject")] == scenario.Reference);
        (await App.QueryAsync(db => db.AccessLog.AnyAsync(e => e.UserId == auditor.Id && e.ResourceType == "User" && e.ResourceId == scenario.Responder.Id && e.Action == "Export")))
            .ShouldBeTrue();
    }

    [Fact]
    public async Task FullExport_DateRange_HasBothLogsForThoseDaysAndIsRecorded()
    {
        var before = await AuditScenario.CreateAsync(App);
        App.Time.Advance(TimeSpan.FromDays(2));
        var scenario = await AuditScenario.CreateAsync(App);
        var admin = await App.CreateUserAsync(Role.Administrator);
        await AuditScenario.RecordAsync(App, admin, "User", scenario.Outsider.Id, "Access changed", reason: "Moved team");
        var auditor = await App.CreateUserAsync(Role.Auditor);
        var client = await App.SignInAsync(auditor);
        var today = UkTime.Today(App.Time);

        var response = await client.GetAsync($"/audit/export?{DateQuery("From", today)}&{DateQuery("To", today)}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var name = $"beacon-access-log-{today:yyyy-MM-dd}-to-{today:yyyy-MM-dd}.csv";
        response.Content.Headers.ContentDisposition!.FileName.ShouldBe(name);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var rows = await ReadCsvAsync(response);
        rows[0].ShouldBe(AuditCsvResult.Header);
        rows.ShouldContain(r => r[Column("Subject ID")] == scenario.CaseId.ToString() && r[Column("Outcome")] == "Denied");
        rows.ShouldContain(r => r[Column("Record")] == "Change" && r[Column("Reason")] == "Moved team" && r[Column("User email")] == admin.Email);
        rows.ShouldNotContain(r => r[Column("Subject ID")] == before.CaseId.ToString());
        var exports = await App.QueryAsync(db => db.AccessLog.Where(e => e.UserId == auditor.Id && e.Action == "Export").Select(e => e.ResourceType).ToListAsync());
        exports.ShouldBe(["AccessLog", "AuditEvents"], ignoreOrder: true);
    }

    [Theory]
    [InlineData(-366, 0, null)]
    [InlineData(-366, 1, "The dates must cover 366 days or fewer")]
    [InlineData(0, -1, "End date must be the same as or after the start date")]
    public async Task FullExport_RangeRules_AreChecked(int fromDays, int toDays, string? error)
    {
        var client = await AuditScenario.SignInAuditorAsync(App);
        var today = UkTime.Today(App.Time);

        var response = await client.GetAsync($"/audit/export?{DateQuery("From", today.AddDays(fromDays))}&{DateQuery("To", today.AddDays(toDays - 1))}");

        if (error is null)
        {
            response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
            return;
        }

        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var page = await response.GetDocumentAsync();
        page.QuerySelector(".govuk-error-summary").Text().ShouldContain(error);
        page.QuerySelector("#To-error").Text().ShouldContain(error);
    }

    [Fact]
    public async Task FullExport_NoDates_AsksForBoth()
    {
        var client = await AuditScenario.SignInAuditorAsync(App);

        var page = await client.GetDocumentAsync("/audit/export?From.Day=&From.Month=&From.Year=&To.Day=&To.Month=&To.Year=");

        var summary = page.QuerySelector(".govuk-error-summary").Text();
        summary.ShouldContain("Enter a start date");
        summary.ShouldContain("Enter an end date");
    }

    private static int Column(string name) => AuditCsvResult.Header.ToList().IndexOf(name);

    private static async Task<List<IReadOnlyList<string>>> ReadCsvAsync(HttpResponseMessage response) =>
        [.. CsvReader.Read(new StringReader(await response.Content.ReadAsStringAsync())).Select(r => r.Fields)];
}
