using System.Net;
using Beacon.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Tests.PageTests.Admin.Areas;

public class AreaTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private BeaconAppFactory App => app.Factory;

    [Fact]
    public async Task Add_WithLocalAuthority_SavesItAndListsIt()
    {
        var admin = await AdminClient.SignInAsync(App);
        var localAuthority = await App.QueryAsync(db => db.LocalAuthorities.OrderBy(l => l.SortOrder).FirstAsync());
        var name = TestData.Unique("Northshire");

        var response = await admin.PostAsync("/admin/areas/add", ("Input.Name", name), ("Input.LocalAuthorityId", localAuthority.Id.ToString()));

        response.Location().ShouldBe("/admin/areas");
        var area = await App.QueryAsync(db => db.Areas.SingleAsync(a => a.Name == name));
        area.LocalAuthorityId.ShouldBe(localAuthority.Id);
        var audit = await App.QueryAsync(db => db.AuditEvents.SingleAsync(e => e.EntityType == "Area" && e.EntityId == area.Id));
        audit.Action.ShouldBe("Area added");
        audit.UserId.ShouldBe(admin.Administrator.Id);
        var list = await admin.GetAsync("/admin/areas");
        list.QuerySelector(".govuk-notification-banner--success").Text().ShouldContain("Area added");
        list.QuerySelectorAll("tbody tr").Select(r => string.Join(" | ", r.Children.Select(c => c.Text())))
            .ShouldContain(r => r.StartsWith($"{name} | {localAuthority.Name} | 0 |", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Add_NameTaken_IsRefusedWithTheNameKept()
    {
        var admin = await AdminClient.SignInAsync(App);
        var name = TestData.Unique("Riverside");
        await App.CreateAreaAsync(name);

        var response = await admin.PostAsync("/admin/areas/add", ("Input.Name", name), ("Input.LocalAuthorityId", ""));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.GetDocumentAsync();
        page.ErrorSummary().ShouldContain($"There is already an area called {name}");
        page.InputValue("Input.Name").ShouldBe(name);
        (await App.QueryAsync(db => db.Areas.CountAsync(a => a.Name == name))).ShouldBe(1);
    }
}
