using Beacon.Core.Accounts;
using Beacon.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Tests.PageTests.Admin.Users;

public class IndexTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private BeaconAppFactory App => app.Factory;

    [Fact]
    public async Task Get_FilteredByOrganisation_ShowsOnlyItsUsersWithTheirStatus()
    {
        var admin = await AdminClient.SignInAsync(App);
        var organisation = await App.CreateOrganisationAsync();
        var active = await App.CreateUserAsync(organisation, [Role.Staff, Role.Auditor]);
        var notSetUp = await App.CreateUserAsync(organisation, [Role.Staff]);
        await App.QueryAsync(db => db.Users.Where(u => u.Id == notSetUp.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.PasswordHash, (string?)null)));

        var page = await admin.GetAsync($"/admin/users?organisation={organisation.Id}&page=1");

        page.QuerySelector(".govuk-error-summary").ShouldBeNull();
        page.QuerySelector("[data-testid=user-count]").Text().ShouldBe("2 users in this organisation.");
        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.Text()).ToList();
        rows.ShouldContain(r => r.Contains(active.Email) && r.Contains("Staff, Auditor") && r.EndsWith("Active"));
        rows.ShouldContain(r => r.Contains(notSetUp.Email) && r.EndsWith("Invited"));
        page.QuerySelector("main").Text().ShouldNotContain(admin.Administrator.Email);
    }
}
