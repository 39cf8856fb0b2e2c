using System.Net;
using Beacon.Core.Accounts;
using Beacon.Core.Organisations;
using Beacon.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Tests.PageTests.Cases;

/// <summary>Security standard item 3: taking someone off a case team takes effect on their next request.</summary>
public class TeamTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private BeaconAppFactory App => app.Factory;

    [Fact]
    public async Task AddThenRemove_TheMemberSeesTheCaseThenLosesItOnTheirNextRequest()
    {
        var council = await App.CreateOrganisationAsync();
        var worker = await App.CreateUserAsync(council, [Role.FirstResponder]);
        var caseId = await App.CreateCaseAsync(council, worker.Id);
        var police = await App.CreateOrganisationAsync(OrganisationType.Police, council.AreaId);
        var officer = await App.CreateUserAsync(police, [Role.Partner]);
        var workerClient = await App.SignInAsync(worker);
        var officerClient = await App.SignInAsync(officer);
        (await officerClient.GetAsync($"/cases/{caseId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var page = await workerClient.GetDocumentAsync($"/cases/{caseId}/team");
        page.QuerySelectorAll("select[name=UserId] option").Select(o => o.GetAttribute("value")).ShouldContain(officer.Id.ToString());
        var added = await workerClient.PostFormAsync($"/cases/{caseId}/team", new() { ["UserId"] = officer.Id.ToString() });
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await officerClient.GetAsync($"/cases/{caseId}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var noReason = await workerClient.PostFormAsync($"/cases/{caseId}/team/{officer.Id}/remove", new() { ["Reason"] = " " });
        (await noReason.GetDocumentAsync()).QuerySelector(".govuk-error-summary").Text().ShouldContain("Enter why you are taking them off the case team");
        var removed = await workerClient.PostFormAsync($"/cases/{caseId}/team/{officer.Id}/remove", new() { ["Reason"] = "Investigation closed" });

        removed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await officerClient.GetAsync($"/cases/{caseId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var events = await App.QueryAsync(db => db.AuditEvents.Where(e => e.EntityId == caseId).OrderBy(e => e.At).Select(e => new { e.Action, e.Reason, e.UserId }).ToListAsync());
        events.Select(e => e.Action).ShouldBe(["Test User added to the case team", "Test User taken off the case team"]);
        events[1].Reason.ShouldBe("Investigation closed");
        events.ShouldAllBe(e => e.UserId == worker.Id);
    }

    [Fact]
    public async Task Add_SomeoneWhoDoesNotWorkOnCases_IsRefused()
    {
        var council = await App.CreateOrganisationAsync();
        var worker = await App.CreateUserAsync(council, [Role.FirstResponder]);
        var caseId = await App.CreateCaseAsync(council, worker.Id);
        var buyer = await App.CreateUserAsync(council, [Role.Procurement]);
        var client = await App.SignInAsync(worker);

        var response = await client.PostFormAsync($"/cases/{caseId}/team", new() { ["UserId"] = buyer.Id.ToString() });

        (await response.GetDocumentAsync()).QuerySelector(".govuk-error-summary").Text().ShouldContain("Select a person who works on cases");
        (await App.QueryAsync(db => db.CaseMembers.CountAsync(m => m.CaseId == caseId))).ShouldBe(0);
    }

    [Fact]
    public async Task Member_FromAnotherOrganisation_CanSeeTheTeamButNotChangeIt()
    {
        var council = await App.CreateOrganisationAsync();
        var worker = await App.CreateUserAsync(council, [Role.FirstResponder]);
        var caseId = await App.CreateCaseAsync(council, worker.Id);
        var police = await App.CreateOrganisationAsync(OrganisationType.Police, council.AreaId);
        var officer = await App.CreateUserAsync(police, [Role.Partner]);
        var colleague = await App.CreateUserAsync(police, [Role.Partner]);
        await App.AddCaseMemberAsync(caseId, officer.Id, worker.Id);
        var client = await App.SignInAsync(officer);

        var page = await client.GetDocumentAsync($"/cases/{caseId}/team");
        var post = await client.PostFormAsync($"/cases/{caseId}/team", new() { ["UserId"] = colleague.Id.ToString() });

        page.QuerySelector("form select[name=UserId]").ShouldBeNull();
        post.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await App.QueryAsync(db => db.CaseMembers.CountAsync(m => m.CaseId == caseId))).ShouldBe(1);
    }
}
