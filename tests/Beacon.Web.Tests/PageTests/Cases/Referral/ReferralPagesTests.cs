using System.Net;
using Beacon.Core.Accounts;
using Beacon.Core.Cases;
using Beacon.Core.Organisations;
using Beacon.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Tests.PageTests.Cases.Referral;

/// <summary>The referral's task list, check your answers, re-referral and who may see the pages.</summary>
public class ReferralPagesTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private BeaconAppFactory App => app.Factory;

    [Fact]
    public async Task TaskList_NewChildReferral_ShowsTheNrmSectionsAndTheirStatus()
    {
        var (driver, _, _) = await ReferralDriver.StartAsync(App);
        await driver.SectionAsync("first-responder", ("WorkEmail", "worker@council.example"), ("Nation", "Wales"));

        var page = await driver.Client.GetDocumentAsync(driver.Base);

        var items = page.QuerySelectorAll(".govuk-task-list__item").Select(i => i.Text()).ToList();
        items[0].ShouldContain("A. First responder");
        items[0].ShouldContain("Completed");
        items.ShouldContain(i => i.Contains("G. Exploiters and the exploitation") && i.Contains("Not yet started"));
        items.ShouldNotContain(i => i.Contains("Consent"));
        items.ShouldNotContain(i => i.Contains("Duty to Notify"));
    }

    [Fact]
    public async Task AdultWhoConsents_AsksForSupportAndShowsConsentOnTheCheckPage()
    {
        var (driver, _, _) = await ReferralDriver.StartAsync(App, CaseRoute.Adult);
        await driver.AdultAsync();
        await driver.ExplainAllAsync();
        await driver.SectionAsync("consent", ("Consents", "yes"));
        (await driver.SectionAsync("support", ("WantsSupport", "true"), ("ContactMethod", "NoPhone"), ("NoContactReason", "The exploiters check the phone"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var tasks = await driver.Client.GetDocumentAsync(driver.Base);
        var check = await driver.Client.GetDocumentAsync($"{driver.Base}/check");

        tasks.QuerySelectorAll(".govuk-task-list__item").Select(i => i.Text()).ShouldContain(i => i.Contains("H. Support"));
        var text = check.QuerySelector("main").Text();
        text.ShouldContain("H. Consent and support");
        text.ShouldContain("The exploiters check the phone");
        check.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ShouldContain($"{driver.Base}/support");
        (await driver.ReferralAsync()).ConsentGiven.ShouldBe(true);
    }

    [Fact]
    public async Task ReRefer_AfterSubmission_StartsADraftFromTheSameAnswers()
    {
        var (driver, _, _) = await ReferralDriver.StartAsync(App);
        await driver.CompleteChildNrmAsync();
        await driver.SubmitAsync();
        var first = driver.ReferralId;

        var response = await driver.PostAsync($"/cases/{driver.CaseId}/referral?handler=ReRefer", [new("previousId", first.ToString())], tokenFrom: $"/cases/{driver.CaseId}/referral");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var again = await App.QueryAsync(db => db.Referrals.SingleAsync(r => r.CaseId == driver.CaseId && r.Status == ReferralStatus.Draft));
        again.PreviousReferralId.ShouldBe(first);
        ReferralRules.Read(again).Where.UkTowns.ShouldBe(["Leeds", "Bradford"]);
        response.Headers.Location!.OriginalString.ShouldBe($"/cases/{driver.CaseId}/referral/{again.Id}");
    }

    [Fact]
    public async Task Partner_SharedOnlyTheSummary_CannotSeeTheReferral()
    {
        var (driver, council, worker) = await ReferralDriver.StartAsync(App);
        var police = await App.CreateOrganisationAsync(OrganisationType.Police, council.AreaId);
        var officer = await App.CreateUserAsync(police, [Role.Partner]);
        await App.ShareCaseAsync(driver.CaseId, police.Id, CaseSections.Summary, worker.Id);
        var client = await App.SignInAsync(officer);

        (await client.GetAsync($"/cases/{driver.CaseId}/referral")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync(driver.Base)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/cases/{driver.CaseId}/referral/print")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Referral_OfAnotherCase_Is404ThroughThisCase()
    {
        var (first, _, _) = await ReferralDriver.StartAsync(App);
        var (second, _, _) = await ReferralDriver.StartAsync(App);

        (await second.Client.GetAsync($"/cases/{second.CaseId}/referral/{first.ReferralId}/age")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
