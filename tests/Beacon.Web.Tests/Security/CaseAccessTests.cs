using System.Net;
using Beacon.Core.Accounts;
using Beacon.Core.Audit;
using Beacon.Core.Cases;
using Beacon.Core.Organisations;
using Beacon.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Web.Tests.Security;

/// <summary>Security standard items 1, 2, 3, 4 and 6: who sees which case, on every case route.</summary>
public class CaseAccessTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private const string Summary = "Seen at a car wash on a school day; older men collect him.";
    private const string PoliceNote = "Linked to operation Kestrel; do not alert the family.";
    private const string HealthNote = "Treated for untreated injuries; interpreter used.";

    private BeaconAppFactory App => app.Factory;

    /// <summary>Every route in the app that names a case, pages and API alike, found from the app itself.</summary>
    private IReadOnlyList<string> CaseRouteTemplates() =>
        [.. App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText ?? string.Empty)
            .Where(t => t.Contains("{caseId", StringComparison.OrdinalIgnoreCase))
            .Distinct()];

    /// <summary>The case's id in its place; any other id (a share, a file) a random one.</summary>
    private static string Fill(string template, Guid caseId) =>
        "/" + System.Text.RegularExpressions.Regex.Replace(
            System.Text.RegularExpressions.Regex.Replace(template.TrimStart('/'), @"\{caseId[^}]*\}", caseId.ToString(), System.Text.RegularExpressions.RegexOptions.IgnoreCase),
            @"\{[^}]+\}",
            Guid.NewGuid().ToString());

    private static bool NamesOnlyTheCase(string template) => template.Count(c => c == '{') == 1;

    [Fact]
    public void CaseRoutes_AreFound_ViewPrintAndApi()
    {
        var templates = CaseRouteTemplates();

        templates.ShouldContain(t => t.EndsWith("/print", StringComparison.Ordinal));
        templates.ShouldContain(t => t.StartsWith("api/", StringComparison.Ordinal) || t.StartsWith("/api/", StringComparison.Ordinal));
        templates.Count.ShouldBeGreaterThanOrEqualTo(3);
    }

    [Fact]
    public async Task EveryCaseRoute_OtherOrganisation_Is404WithNoCaseDataAndADeniedRow()
    {
        var owner = await App.CreateOrganisationAsync();
        var raiser = await App.CreateUserAsync(owner, [Role.FirstResponder]);
        var caseId = await App.CreateCaseAsync(owner, raiser.Id, Summary, PoliceNote, HealthNote);
        var reference = await App.QueryAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.Reference).SingleAsync());
        var stranger = await App.CreateUserAsync(await App.CreateOrganisationAsync(OrganisationType.Police), [Role.Partner, Role.FirstResponder, Role.CommunitySafetyCoordinator]);
        var client = await App.SignInAsync(stranger);

        foreach (var template in CaseRouteTemplates())
        {
            var response = await client.GetAsync(Fill(template, caseId));
            var body = await response.Content.ReadAsStringAsync();

            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, template);
            body.ShouldNotContain(Summary);
            body.ShouldNotContain(PoliceNote);
            body.ShouldNotContain(reference);
        }

        var rows = await App.QueryAsync(db => db.AccessLog.Where(r => r.ResourceId == caseId && r.UserId == stranger.Id).ToListAsync());
        rows.Count.ShouldBe(CaseRouteTemplates().Count);
        rows.ShouldAllBe(r => r.Outcome == AccessOutcome.Denied && r.OrganisationId == stranger.OrganisationId && r.CorrelationId != null);
    }

    [Fact]
    public async Task CaseThatDoesNotExist_IsTheSame404AsOneYouMayNotSee()
    {
        var user = await App.CreateUserAsync(Role.FirstResponder);
        var client = await App.SignInAsync(user);
        var owner = await App.CreateOrganisationAsync();
        var hidden = await App.CreateCaseAsync(owner, (await App.CreateUserAsync(owner, [Role.Staff])).Id);

        var missing = await client.GetAsync($"/cases/{Guid.NewGuid()}");
        var forbidden = await client.GetAsync($"/cases/{hidden}");

        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        forbidden.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await forbidden.GetDocumentAsync()).QuerySelector("main").Text()
            .ShouldBe((await missing.GetDocumentAsync()).QuerySelector("main").Text());
    }

    [Fact]
    public async Task EveryCaseRoute_OwningTeam_SeesItAndEachLookWritesExactlyOneAllowedRow()
    {
        var owner = await App.CreateOrganisationAsync();
        var worker = await App.CreateUserAsync(owner, [Role.FirstResponder]);
        var caseId = await App.CreateCaseAsync(owner, worker.Id, Summary);
        var reference = await App.QueryAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.Reference).SingleAsync());
        var client = await App.SignInAsync(worker);

        var templates = CaseRouteTemplates().Where(NamesOnlyTheCase).ToList();
        foreach (var template in templates)
        {
            var response = await client.GetAsync(Fill(template, caseId));

            response.StatusCode.ShouldBe(HttpStatusCode.OK, template);
            (await response.Content.ReadAsStringAsync()).ShouldContain(reference, Shouldly.Case.Sensitive, template);
            response.Headers.CacheControl!.NoStore.ShouldBeTrue(template);
        }

        var rows = await App.QueryAsync(db => db.AccessLog.Where(r => r.ResourceId == caseId).ToListAsync());
        rows.Count.ShouldBe(templates.Count);
        rows.ShouldAllBe(r => r.Outcome == AccessOutcome.Allowed && r.UserId == worker.Id && r.Roles == "FirstResponder");
        rows.Select(r => r.Action).Distinct().Order().ShouldBe(["Api", "Print", "View"]);
    }

    [Fact]
    public async Task CaseList_ShowsAndCountsOnlyWhatTheUserMaySee()
    {
        var owner = await App.CreateOrganisationAsync();
        var worker = await App.CreateUserAsync(owner, [Role.FirstResponder]);
        var mine = await App.CreateCaseAsync(owner, worker.Id);
        var otherTeam = await App.CreateOrganisationAsync(areaId: owner.AreaId);
        var notMine = await App.CreateCaseAsync(otherTeam, (await App.CreateUserAsync(otherTeam, [Role.Staff])).Id);
        var client = await App.SignInAsync(worker);

        var page = await client.GetDocumentAsync("/cases");

        var links = page.QuerySelectorAll("table a").Select(a => a.GetAttribute("href")).ToList();
        links.ShouldBe([$"/cases/{mine}"]);
        page.QuerySelector("[data-testid=case-count]").Text().ShouldStartWith("1 case");
        links.ShouldNotContain($"/cases/{notMine}");
    }

    [Fact]
    public async Task Coordinator_SeesEveryCaseInTheirAreasOnly()
    {
        var council = await App.CreateOrganisationAsync();
        var coordinator = await App.CreateUserAsync(council, [Role.CommunitySafetyCoordinator]);
        var police = await App.CreateOrganisationAsync(OrganisationType.Police, council.AreaId);
        var inArea = await App.CreateCaseAsync(police, (await App.CreateUserAsync(police, [Role.Staff])).Id);
        var elsewhere = await App.CreateOrganisationAsync();
        var outOfArea = await App.CreateCaseAsync(elsewhere, (await App.CreateUserAsync(elsewhere, [Role.Staff])).Id);
        var client = await App.SignInAsync(coordinator);

        (await client.GetAsync($"/cases/{inArea}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync($"/cases/{outOfArea}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Staff_SeeTheConcernTheyRaisedButNotAColleagues()
    {
        var council = await App.CreateOrganisationAsync();
        var raiser = await App.CreateUserAsync(council, [Role.Staff]);
        var colleague = await App.CreateUserAsync(council, [Role.Staff]);
        var raised = await App.CreateCaseAsync(council, raiser.Id, Summary);
        var client = await App.SignInAsync(colleague);
        var own = await App.SignInAsync(raiser);

        (await own.GetAsync($"/cases/{raised}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync($"/cases/{raised}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Partner_SeesOnlySharedSections_PoliceAndHealthFieldsAbsentFromHtmlAndJson()
    {
        var council = await App.CreateOrganisationAsync();
        var worker = await App.CreateUserAsync(council, [Role.FirstResponder]);
        var caseId = await App.CreateCaseAsync(council, worker.Id, Summary, PoliceNote, HealthNote);
        var charity = await App.CreateOrganisationAsync(OrganisationType.Charity, council.AreaId);
        var police = await App.CreateOrganisationAsync(OrganisationType.Police, council.AreaId);
        var nhs = await App.CreateOrganisationAsync(OrganisationType.Nhs, council.AreaId);
        foreach (var partner in new[] { charity, police, nhs })
        {
            await App.ShareCaseAsync(caseId, partner.Id, CaseSections.Summary, worker.Id);
        }

        var charityClient = await App.SignInAsync(await App.CreateUserAsync(charity, [Role.Partner]));
        var policeClient = await App.SignInAsync(await App.CreateUserAsync(police, [Role.Partner]));
        var nhsClient = await App.SignInAsync(await App.CreateUserAsync(nhs, [Role.Partner]));
        var ownerClient = await App.SignInAsync(worker);

        var charityHtml = await (await charityClient.GetAsync($"/cases/{caseId}")).Content.ReadAsStringAsync();
        var charityJson = await (await charityClient.GetAsync($"/api/cases/{caseId}")).Content.ReadAsStringAsync();
        charityHtml.ShouldContain(Summary);
        foreach (var text in new[] { charityHtml, charityJson })
        {
            text.ShouldNotContain(PoliceNote);
            text.ShouldNotContain(HealthNote);
        }

        charityJson.ShouldNotContain("policeInformation");
        charityJson.ShouldNotContain("healthInformation");

        (await (await policeClient.GetAsync($"/api/cases/{caseId}")).Content.ReadAsStringAsync()).ShouldSatisfyAllConditions(
            json => json.ShouldContain(PoliceNote),
            json => json.ShouldNotContain(HealthNote),
            json => json.ShouldNotContain("healthInformation"));
        (await (await nhsClient.GetAsync($"/cases/{caseId}")).Content.ReadAsStringAsync()).ShouldSatisfyAllConditions(
            html => html.ShouldContain(HealthNote),
            html => html.ShouldNotContain(PoliceNote));

        // The owning council sees its own sections, but not the police's or the NHS's.
        var ownerHtml = await (await ownerClient.GetAsync($"/cases/{caseId}")).Content.ReadAsStringAsync();
        ownerHtml.ShouldContain(Summary);
        ownerHtml.ShouldNotContain(PoliceNote);
        ownerHtml.ShouldNotContain(HealthNote);
    }

    [Fact]
    public async Task Partner_SectionNotShared_IsAbsent()
    {
        var council = await App.CreateOrganisationAsync();
        var worker = await App.CreateUserAsync(council, [Role.FirstResponder]);
        var caseId = await App.CreateCaseAsync(council, worker.Id, Summary);
        var charity = await App.CreateOrganisationAsync(OrganisationType.Charity, council.AreaId);
        await App.ShareCaseAsync(caseId, charity.Id, CaseSections.Safeguarding, worker.Id);
        var client = await App.SignInAsync(await App.CreateUserAsync(charity, [Role.Partner]));

        var json = await (await client.GetAsync($"/api/cases/{caseId}")).Content.ReadAsStringAsync();

        json.ShouldNotContain(Summary);
        json.ShouldNotContain("\"summary\"");
    }

    [Fact]
    public async Task RevokedShare_EndsThePartnersAccessOnTheirNextRequest()
    {
        var council = await App.CreateOrganisationAsync();
        var worker = await App.CreateUserAsync(council, [Role.FirstResponder]);
        var caseId = await App.CreateCaseAsync(council, worker.Id);
        var charity = await App.CreateOrganisationAsync(OrganisationType.Charity, council.AreaId);
        await App.ShareCaseAsync(caseId, charity.Id, CaseSections.Summary, worker.Id);
        var client = await App.SignInAsync(await App.CreateUserAsync(charity, [Role.Partner]));
        (await client.GetAsync($"/cases/{caseId}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await App.QueryAsync(db => db.CaseShares.Where(s => s.CaseId == caseId).ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedAt, DateTimeOffset.UtcNow)));

        (await client.GetAsync($"/cases/{caseId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task RemovedFromCaseTeam_LosesTheCaseOnTheNextRequest()
    {
        var council = await App.CreateOrganisationAsync();
        var worker = await App.CreateUserAsync(council, [Role.FirstResponder]);
        var caseId = await App.CreateCaseAsync(council, worker.Id);
        var police = await App.CreateOrganisationAsync(OrganisationType.Police, council.AreaId);
        var officer = await App.CreateUserAsync(police, [Role.Partner]);
        await App.AddCaseMemberAsync(caseId, officer.Id, worker.Id);
        var client = await App.SignInAsync(officer);
        (await client.GetAsync($"/cases/{caseId}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await App.QueryAsync(db => db.CaseMembers.Where(m => m.CaseId == caseId && m.UserId == officer.Id).ExecuteDeleteAsync());

        (await client.GetAsync($"/cases/{caseId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task RoleRemoved_TakesEffectOnTheNextRequest()
    {
        var council = await App.CreateOrganisationAsync();
        var worker = await App.CreateUserAsync(council, [Role.FirstResponder]);
        var caseId = await App.CreateCaseAsync(council, (await App.CreateUserAsync(council, [Role.Staff])).Id);
        var client = await App.SignInAsync(worker);
        (await client.GetAsync($"/cases/{caseId}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await App.QueryAsync(async db =>
        {
            db.UserRoles.Add(new UserRoleAssignment { UserId = worker.Id, Role = Role.Auditor });
            await db.SaveChangesAsync();
            return await db.UserRoles.Where(r => r.UserId == worker.Id && r.Role == Role.FirstResponder).ExecuteDeleteAsync();
        });

        // No case capability left: the whole folder is refused, the same for any id, so nothing is hinted.
        (await client.GetAsync($"/cases/{caseId}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync($"/cases/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync("/cases")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
