using System.Net;
using Beacon.Core.Accounts;
using Beacon.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Tests.PageTests.Admin.Users;

public class InviteTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private BeaconAppFactory App => app.Factory;

    [Fact]
    public async Task Invite_NewPerson_CreatesTheAccountEmailAndAuditEvent()
    {
        var admin = await AdminClient.SignInAsync(App);
        var organisation = await App.CreateOrganisationAsync();
        var email = $"new-{Guid.NewGuid():N}@example.test";

        var choose = await admin.Client.GetAsync($"/admin/users/invite?organisation={organisation.Id}");
        choose.Location().ShouldBe($"/admin/users/invite/{organisation.Id}");
        var response = await admin.PostAsync(choose.Location(),
            ("Input.DisplayName", "Sam Example"), ("Input.Email", email), ("Input.TeamId", organisation.TeamId.ToString()),
            ("Input.Roles", "FirstResponder"), ("Input.Roles", "Partner"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var user = await App.QueryAsync(db => db.Users.Include(u => u.Roles).SingleAsync(u => u.Email == email));
        response.Location().ShouldBe($"/admin/users/{user.Id}");
        user.DisplayName.ShouldBe("Sam Example");
        user.OrganisationId.ShouldBe(organisation.Id);
        user.TeamId.ShouldBe(organisation.TeamId);
        user.PasswordHash.ShouldBeNull();
        user.Roles.Select(r => r.Role).Order().ShouldBe([Role.FirstResponder, Role.Partner]);
        var sent = await App.QueryAsync(db => db.OutboxEmails.SingleAsync(e => e.To == email));
        sent.Body.ShouldContain("https://beacon.test/account/invitation/");
        var audit = await App.QueryAsync(db => db.AuditEvents.SingleAsync(e => e.EntityId == user.Id));
        audit.Action.ShouldBe("User invited");
        audit.UserId.ShouldBe(admin.Administrator.Id);

        var page = await admin.GetAsync(response.Location());
        page.QuerySelector(".govuk-notification-banner--success").Text().ShouldContain("Invitation sent");
        page.QuerySelector("h1").Text().ShouldBe("Sam Example Invited");
    }

    [Fact]
    public async Task Invite_EmailAlreadyUsed_IsRefusedWithWhatWasTypedKept()
    {
        var admin = await AdminClient.SignInAsync(App);
        var existing = await App.CreateUserAsync(admin.Organisation, [Role.Staff]);
        var path = $"/admin/users/invite/{admin.Organisation.Id}";

        var response = await admin.PostAsync(path, ("Input.DisplayName", "Alex Duplicate"), ("Input.Email", existing.Email), ("Input.TeamId", ""), ("Input.Roles", "Staff"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.GetDocumentAsync();
        page.ErrorSummary().ShouldContain("There is already an account with this email address");
        page.InputValue("Input.DisplayName").ShouldBe("Alex Duplicate");
        page.CheckedValues("Input.Roles").ShouldBe(["Staff"]);
        (await App.QueryAsync(db => db.Users.CountAsync(u => u.Email == existing.Email))).ShouldBe(1);
    }

    [Fact]
    public async Task Invite_TeamOfAnotherOrganisation_IsRefused()
    {
        var admin = await AdminClient.SignInAsync(App);
        var other = await App.CreateOrganisationAsync();
        var email = $"cross-{Guid.NewGuid():N}@example.test";

        var response = await admin.PostAsync($"/admin/users/invite/{admin.Organisation.Id}",
            ("Input.DisplayName", "Jo Example"), ("Input.Email", email), ("Input.TeamId", other.TeamId.ToString()), ("Input.Roles", "Staff"));

        (await response.GetDocumentAsync()).ErrorSummary().ShouldContain("Select a team in the user's organisation");
        (await App.QueryAsync(db => db.Users.AnyAsync(u => u.Email == email))).ShouldBeFalse();
    }

    [Fact]
    public async Task Invite_NoOrganisationChosen_AsksForOne()
    {
        var admin = await AdminClient.SignInAsync(App);

        var page = await admin.GetAsync("/admin/users/invite?organisation=");

        page.ErrorSummary().ShouldContain("Select the organisation they work for");
        page.QuerySelector("select[name=organisation]").ShouldNotBeNull();
    }
}
