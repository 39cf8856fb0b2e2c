using System.Net;
using Beacon.Core.Accounts;
using Beacon.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Tests.PageTests.Admin.Users;

public class AccessTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private BeaconAppFactory App => app.Factory;

    [Fact]
    public async Task Change_Roles_TakeEffectOnTheUsersNextRequest()
    {
        var admin = await AdminClient.SignInAsync(App);
        var user = await App.CreateUserAsync(admin.Organisation, [Role.Auditor]);
        var userClient = await App.SignInAsync(user);
        (await userClient.GetAsync("/cases")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var path = $"/admin/users/{user.Id}/access";

        var give = await admin.PostAsync(path, ("ConcurrencyStamp", (await admin.GetAsync(path)).HiddenValue("ConcurrencyStamp")),
            ("Input.TeamId", user.TeamId.ToString()!), ("Input.Roles", "Auditor"), ("Input.Roles", "Staff"), ("Input.Reason", "Joined the partnership team"));

        give.Location().ShouldBe($"/admin/users/{user.Id}");
        (await userClient.GetAsync("/cases")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var take = await admin.PostAsync(path, ("ConcurrencyStamp", (await admin.GetAsync(path)).HiddenValue("ConcurrencyStamp")),
            ("Input.TeamId", user.TeamId.ToString()!), ("Input.Roles", "Auditor"), ("Input.Reason", ""));

        take.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await userClient.GetAsync("/cases")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var audit = await App.QueryAsync(db => db.AuditEvents.Where(e => e.EntityId == user.Id && e.Action == "Access changed").OrderBy(e => e.At).ToListAsync());
        audit.Count.ShouldBe(2);
        audit[0].Reason.ShouldBe("Joined the partnership team");
        audit[0].UserId.ShouldBe(admin.Administrator.Id);
    }

    [Fact]
    public async Task Change_StaleConcurrencyStamp_ShowsTheErrorAndChangesNothing()
    {
        var admin = await AdminClient.SignInAsync(App);
        var user = await App.CreateUserAsync(admin.Organisation, [Role.Staff]);
        var path = $"/admin/users/{user.Id}/access";
        var stamp = (await admin.GetAsync(path)).HiddenValue("ConcurrencyStamp");
        (await admin.PostAsync(path, ("ConcurrencyStamp", stamp), ("Input.Roles", "Staff"), ("Input.Roles", "Partner"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var stale = await admin.PostAsync(path, ("ConcurrencyStamp", stamp), ("Input.Roles", "Procurement"));

        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await stale.GetDocumentAsync();
        page.ErrorSummary().ShouldContain("Someone else changed this account while you were editing it");
        page.CheckedValues("Input.Roles").ShouldBe(["Procurement"]);
        var roles = await App.QueryAsync(db => db.UserRoles.Where(r => r.UserId == user.Id).Select(r => r.Role).ToListAsync());
        roles.Order().ShouldBe([Role.Staff, Role.Partner]);
    }

    [Fact]
    public async Task Change_RemovingOwnAdministratorRole_IsRefused()
    {
        var admin = await AdminClient.SignInAsync(App);
        var path = $"/admin/users/{admin.Administrator.Id}/access";

        var response = await admin.PostAsync(path, ("ConcurrencyStamp", (await admin.GetAsync(path)).HiddenValue("ConcurrencyStamp")), ("Input.Roles", "Staff"));

        (await response.GetDocumentAsync()).ErrorSummary().ShouldContain("You cannot remove your own administrator role");
        (await App.QueryAsync(db => db.UserRoles.AnyAsync(r => r.UserId == admin.Administrator.Id && r.Role == Role.Administrator))).ShouldBeTrue();
    }
}
