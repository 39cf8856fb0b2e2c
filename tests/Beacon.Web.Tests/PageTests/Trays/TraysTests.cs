using System.Net;
using Beacon.Core.Accounts;
using Beacon.Core.Cases;
using Beacon.Core.Organisations;
using Beacon.Web.Tests.Infrastructure;
using Beacon.Web.Tests.PageTests.Concerns.Triage;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Tests.PageTests.Trays;

/// <summary>The work tray: a team's own queue only, the 24-hour clock, filters, and the case tabs.</summary>
public class TraysTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private BeaconAppFactory App => app.Factory;

    private async Task<string> ReferenceOfAsync(Guid concernId) =>
        await App.QueryAsync(db => db.Concerns.Where(c => c.Id == concernId).Select(c => c.Reference).SingleAsync());

    private static IEnumerable<string> References(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("[data-testid=concern] td:first-child").Select(td => td.Text());

    [Fact]
    public async Task Tray_MashWorker_SeesOnlyTheirTeamsConcerns()
    {
        var council = await App.CreateOrganisationAsync();
        var worker = await App.CreateUserAsync(council, [Role.FirstResponder]);
        var adultTriage = await App.CreateTeamAsync(council);
        var otherArea = await App.CreateOrganisationAsync();
        var otherOrganisation = await App.CreateOrganisationAsync(OrganisationType.LocalAuthority, council.AreaId);
        var ours = await App.CreateConcernAsync(council, worker.Id);
        var adults = await App.CreateConcernAsync(adultTriage, worker.Id, age: AgeAnswer.Adult);
        var elsewhere = await App.CreateConcernAsync(otherArea, worker.Id);
        var otherOrganisations = await App.CreateConcernAsync(otherOrganisation, worker.Id);
        var client = await App.SignInAsync(worker);

        var page = await client.GetDocumentAsync("/trays");

        References(page).ShouldBe([await ReferenceOfAsync(ours)]);
        page.QuerySelector("[data-testid=count]").Text().ShouldBe("1 concern");
        var html = page.Body!.InnerHtml;
        foreach (var hidden in new[] { adults, elsewhere, otherOrganisations })
        {
            html.ShouldNotContain(await ReferenceOfAsync(hidden));
        }

        page.QuerySelector(".govuk-service-navigation__list").Text().ShouldContain("Work tray");
    }

    [Theory]
    [InlineData(19 * 60, "Due in 5 hours")]
    [InlineData(24 * 60 - 1, "Due in less than an hour")]
    [InlineData(24 * 60, "Overdue by less than an hour")]
    [InlineData(26 * 60, "Overdue by 2 hours")]
    public async Task Tray_Clock_CountsTwentyFourHoursFromWhenTheConcernWasRaised(int minutesAgo, string expected)
    {
        var council = await App.CreateOrganisationAsync();
        var worker = await App.CreateUserAsync(council, [Role.FirstResponder]);
        var client = await App.SignInAsync(worker);
        await App.CreateConcernAsync(council, worker.Id, raisedAt: App.Time.GetUtcNow().AddMinutes(-minutesAgo));

        var page = await client.GetDocumentAsync("/trays");

        page.QuerySelector("[data-testid=clock]").Text().ShouldBe(expected);
    }

    [Fact]
    public async Task Tray_FilteredByRagAndSorted_ShowsTheMatchingConcernsInOrder()
    {
        var council = await App.CreateOrganisationAsync();
        var worker = await App.CreateUserAsync(council, [Role.FirstResponder]);
        var client = await App.SignInAsync(worker);
        var now = App.Time.GetUtcNow();
        var oldRed = await App.CreateConcernAsync(council, worker.Id, rag: RagRating.Red, raisedAt: now.AddHours(-5));
        var newRed = await App.CreateConcernAsync(council, worker.Id, rag: RagRating.Red, raisedAt: now.AddHours(-1));
        await App.CreateConcernAsync(council, worker.Id, rag: RagRating.Green, raisedAt: now.AddHours(-3));

        var oldestFirst = await client.GetDocumentAsync("/trays?tab=new&rag=Red");
        var newestFirst = await client.GetDocumentAsync("/trays?tab=new&rag=Red&sort=newest");

        References(oldestFirst).ShouldBe([await ReferenceOfAsync(oldRed), await ReferenceOfAsync(newRed)]);
        References(newestFirst).ShouldBe([await ReferenceOfAsync(newRed), await ReferenceOfAsync(oldRed)]);
    }

    [Fact]
    public async Task Tray_ManyConcerns_ArePaged()
    {
        var council = await App.CreateOrganisationAsync();
        var worker = await App.CreateUserAsync(council, [Role.FirstResponder]);
        var client = await App.SignInAsync(worker);
        for (var i = 0; i < 27; i++)
        {
            await App.CreateConcernAsync(council, worker.Id, raisedAt: App.Time.GetUtcNow().AddMinutes(-i));
        }

        var first = await client.GetDocumentAsync("/trays");
        var second = await client.GetDocumentAsync("/trays?tab=new&page=2");

        first.QuerySelector("[data-testid=count]").Text().ShouldBe("27 concerns");
        References(first).Count().ShouldBe(25);
        References(second).Count().ShouldBe(2);
        first.QuerySelector(".govuk-pagination__next a")!.GetAttribute("href").ShouldBe("/trays?tab=new&page=2");
    }

    [Fact]
    public async Task Tray_MyCases_ListsOpenCasesAssignedToMe()
    {
        var council = await App.CreateOrganisationAsync();
        var worker = await App.CreateUserAsync(council, [Role.FirstResponder]);
        var colleague = await App.CreateUserAsync(council, [Role.FirstResponder]);
        var mine = await App.CreateCaseAsync(council, worker.Id);
        var theirs = await App.CreateCaseAsync(council, worker.Id);
        await App.QueryAsync(async db =>
        {
            await db.Cases.Where(c => c.Id == mine).ExecuteUpdateAsync(s => s.SetProperty(c => c.AssignedWorkerId, worker.Id));
            await db.Cases.Where(c => c.Id == theirs).ExecuteUpdateAsync(s => s.SetProperty(c => c.AssignedWorkerId, colleague.Id));
            return 0;
        });
        var client = await App.SignInAsync(worker);

        var myCases = await client.GetDocumentAsync("/trays?tab=mine");
        var teamCases = await client.GetDocumentAsync("/trays?tab=team");

        myCases.QuerySelectorAll("[data-testid=case] a").Select(a => a.GetAttribute("href")).ShouldBe([$"/cases/{mine}"]);
        teamCases.QuerySelectorAll("[data-testid=case] a").Select(a => a.GetAttribute("href")).Order().ShouldBe(new[] { $"/cases/{mine}", $"/cases/{theirs}" }.Order());
    }

    [Fact]
    public async Task Tray_Coordinator_SeesTheAreasConcernsReadOnly()
    {
        var council = await App.CreateOrganisationAsync();
        var worker = await App.CreateUserAsync(council, [Role.FirstResponder]);
        var concernId = await App.CreateConcernAsync(council, worker.Id);
        var elsewhere = await App.CreateConcernAsync(await App.CreateOrganisationAsync(), worker.Id);
        var coordinator = await App.CreateUserAsync(await App.CreateOrganisationAsync(OrganisationType.LocalAuthority, council.AreaId), [Role.CommunitySafetyCoordinator], inTeam: false);
        var client = await App.SignInAsync(coordinator);

        var page = await client.GetDocumentAsync("/trays");

        page.QuerySelectorAll(".govuk-tabs__tab").Select(a => a.Text()).ShouldBe(["Area concerns"]);
        References(page).ShouldContain(await ReferenceOfAsync(concernId));
        page.Body!.InnerHtml.ShouldNotContain(await ReferenceOfAsync(elsewhere));
    }

    [Fact]
    public async Task Tray_WorkerWithoutATeam_IsToldSo()
    {
        var council = await App.CreateOrganisationAsync();
        var client = await App.SignInAsync(await App.CreateUserAsync(council, [Role.FirstResponder], inTeam: false));

        var response = await client.GetAsync("/trays");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.GetDocumentAsync()).QuerySelector("[data-testid=no-team]").ShouldNotBeNull();
    }
}
