using System.Net;
using Beacon.Core.Accounts;
using Beacon.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Tests.PageTests.Admin.Organisations;

public class TeamTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private BeaconAppFactory App => app.Factory;

    [Fact]
    public async Task Add_NewName_AddsItToTheOrganisation()
    {
        var admin = await AdminClient.SignInAsync(App);
        var organisation = await App.CreateOrganisationAsync();

        var response = await admin.PostAsync($"/admin/organisations/{organisation.Id}/teams/add", ("Name", "Adult triage"));

        response.Location().ShouldBe($"/admin/organisations/{organisation.Id}");
        var team = await App.QueryAsync(db => db.Teams.SingleAsync(t => t.OrganisationId == organisation.Id && t.Name == "Adult triage"));
        (await App.QueryAsync(db => db.AuditEvents.SingleAsync(e => e.EntityId == team.Id))).Action.ShouldBe("Team added");
        var page = await admin.GetAsync(response.Location());
        page.QuerySelector(".govuk-notification-banner--success").Text().ShouldContain("Team added");
        page.QuerySelector("main").Text().ShouldContain("Adult triage");
    }

    [Fact]
    public async Task Add_NameTakenInThatOrganisation_IsRefused()
    {
        var admin = await AdminClient.SignInAsync(App);
        var organisation = await App.CreateOrganisationAsync();
        var existing = await App.QueryAsync(db => db.Teams.Where(t => t.Id == organisation.TeamId).Select(t => t.Name).SingleAsync());

        var response = await admin.PostAsync($"/admin/organisations/{organisation.Id}/teams/add", ("Name", existing));

        var page = await response.GetDocumentAsync();
        page.ErrorSummary().ShouldContain($"This organisation already has a team called {existing}");
        page.InputValue("Name").ShouldBe(existing);
        (await App.QueryAsync(db => db.Teams.CountAsync(t => t.OrganisationId == organisation.Id))).ShouldBe(1);
    }

    [Fact]
    public async Task Change_RenameAndDeactivate_SavesOnlyWhenTheTeamIsEmpty()
    {
        var admin = await AdminClient.SignInAsync(App);
        var organisation = await App.CreateOrganisationAsync();
        var member = await App.CreateUserAsync(organisation, [Role.Staff]);
        var path = $"/admin/organisations/{organisation.Id}/teams/{organisation.TeamId}/change";
        var version = (await admin.GetAsync(path)).HiddenValue("Version");

        var refused = await admin.PostAsync(path, ("Version", version), ("Input.Name", "MASH"), ("Input.Status", "inactive"));
        (await refused.GetDocumentAsync()).ErrorSummary().ShouldContain("This team has 1 active user. Move them to another team before you make this team inactive");

        await App.QueryAsync(db => db.Users.Where(u => u.Id == member.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.TeamId, (Guid?)null)));
        var saved = await admin.PostAsync(path, ("Version", version), ("Input.Name", "MASH"), ("Input.Status", "inactive"));

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var team = await App.QueryAsync(db => db.Teams.SingleAsync(t => t.Id == organisation.TeamId));
        team.Name.ShouldBe("MASH");
        team.IsActive.ShouldBeFalse();
        team.Version.ToString().ShouldNotBe(version);
        (await App.QueryAsync(db => db.AuditEvents.SingleAsync(e => e.EntityId == team.Id))).Action.ShouldBe("Team deactivated");
    }

    [Fact]
    public async Task Change_Function_MakesTheTeamTheAreasMashAndIsAudited()
    {
        var admin = await AdminClient.SignInAsync(App);
        var organisation = await App.CreateOrganisationAsync();
        var path = $"/admin/organisations/{organisation.Id}/teams/{organisation.TeamId}/change";
        var version = (await admin.GetAsync(path)).HiddenValue("Version");

        var saved = await admin.PostAsync(path, ("Version", version), ("Input.Name", "Children's MASH"), ("Input.Status", "active"), ("Input.Function", "ChildrenMash"));

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await App.QueryAsync(db => db.Teams.SingleAsync(t => t.Id == organisation.TeamId))).Function.ShouldBe(Beacon.Core.Organisations.TeamFunction.ChildrenMash);
        (await App.QueryAsync(db => db.AuditEvents.SingleAsync(e => e.EntityId == organisation.TeamId))).Action.ShouldBe("Team renamed");
        (await admin.GetAsync(path)).HiddenValue("Version").ShouldNotBe(version);
    }
}
