using System.Net;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Web.Tests.PageTests.Cases.Referral;

/// <summary>The NRM referral and Duty to Notify journey: the route rules, s.52(3), submission once, conflicts.</summary>
public class ReferralJourneyTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private BeaconAppFactory App => app.Factory;

    [Fact]
    public async Task Start_Twice_ResumesTheSameDraft()
    {
        var (driver, _, _) = await ReferralDriver.StartAsync(App);
        var first = driver.ReferralId;

        await driver.StartDraftAsync();

        driver.ReferralId.ShouldBe(first);
        (await App.QueryAsync(db => db.Referrals.CountAsync(r => r.CaseId == driver.CaseId))).ShouldBe(1);
    }

    [Fact]
    public async Task Child_ForgedNoToConsent_IsStillAnNrmReferral()
    {
        var (driver, _, _) = await ReferralDriver.StartAsync(App, CaseRoute.Child);
        await driver.SectionAsync("age", ("UnderEighteen", "NotSure"), ("ContactName", "Duty social worker"));

        var consent = await driver.PostAsync($"{driver.Base}/consent", [new("Consents", "no")], tokenFrom: driver.Base);
        var warning = await driver.PostAsync($"{driver.Base}/duty-to-notify-warning", [], tokenFrom: driver.Base);
        var cooperation = await driver.PostAsync($"{driver.Base}/co-operation", [new("Agrees", "no")], tokenFrom: driver.Base);

        consent.Headers.Location!.OriginalString.ShouldBe(driver.Base);
        warning.Headers.Location!.OriginalString.ShouldBe(driver.Base);
        cooperation.Headers.Location!.OriginalString.ShouldBe(driver.Base);
        var referral = await driver.ReferralAsync();
        referral.Kind.ShouldBe(ReferralKind.Nrm);
        referral.ConsentGiven.ShouldBeNull();
        referral.UnderEighteenAtExploitation.ShouldBe(AgeAnswer.Under18);
        (await App.QueryAsync(db => db.Cases.Where(c => c.Id == driver.CaseId).Select(c => c.IsAnonymous).SingleAsync())).ShouldBeFalse();
    }

    [Fact]
    public async Task Child_CodeThatMarksItDutyToNotify_IsRefusedOnSave()
    {
        var (driver, _, _) = await ReferralDriver.StartAsync(App, CaseRoute.Child);
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Scope = Beacon.Core.Access.AccessScope.ForSystem();
        var referral = await db.Referrals.SingleAsync(r => r.Id == driver.ReferralId);
        referral.Kind = ReferralKind.DutyToNotify;

        await Should.ThrowAsync<ReferralRuleException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Adult_NrmWithoutAllFourExplanations_IsRefused()
    {
        var (driver, _, _) = await ReferralDriver.StartAsync(App, CaseRoute.Adult);
        await driver.AdultAsync();

        var partial = await driver.SectionAsync("explanations", ("Explained", "WhatTheNrmIs"), ("Explained", "SupportAvailable"));
        var consent = await driver.SectionAsync("consent", ("Consents", "yes"));

        (await partial.GetDocumentAsync()).QuerySelector(".govuk-error-summary").Text().ShouldContain("Explain all four things");
        (await consent.GetDocumentAsync()).QuerySelector(".govuk-error-summary").Text().ShouldContain("Explain all four things");
        (await driver.ReferralAsync()).Kind.ShouldBeNull();

        await driver.ExplainAllAsync();
        (await driver.SectionAsync("consent", ("Consents", "yes"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var referral = await driver.ReferralAsync();
        referral.Kind.ShouldBe(ReferralKind.Nrm);
        referral.ExplanationsGiven.ShouldBe(ConsentExplanations.All);
    }

    [Fact]
    public async Task Adult_DeclinesAndWillNotCooperate_NothingIdentifyingIsLeftAnywhere()
    {
        var name = "Zorbanel" + Guid.NewGuid().ToString("N")[..6];
        var (driver, _, _) = await ReferralDriver.StartAsync(App, CaseRoute.Adult, name);
        (await App.QueryAsync(db => db.Referrals.AnyAsync(r => r.Id == driver.ReferralId && r.AnswersJson.Contains(name)))).ShouldBeTrue("the draft starts from the case's person");
        await driver.AdultAsync();
        await driver.ExplainAllAsync();

        var consent = await driver.SectionAsync("consent", ("Consents", "no"));
        consent.Headers.Location!.OriginalString.ShouldEndWith("/duty-to-notify-warning");
        (await driver.Client.GetDocumentAsync(consent.Headers.Location.OriginalString)).QuerySelector("main").Text()
            .ShouldContain("Nothing that identifies them will be kept in Beacon unless they agree to co-operate with the authorities");
        (await driver.SectionAsync("duty-to-notify-warning")).Headers.Location!.OriginalString.ShouldEndWith("/co-operation");
        (await driver.SectionAsync("co-operation", ("Agrees", "no"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await driver.SectionAsync("duty-to-notify", ("WhyNoReferral", "Afraid of the exploiters"), ("Gender", "Male"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await driver.SectionAsync("first-responder", ("WorkEmail", "worker@council.example"), ("Nation", "England"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await driver.PostAsync($"{driver.Base}/cooperating-person", [new("FirstName", name)], tokenFrom: driver.Base)).Headers.Location!.OriginalString.ShouldBe(driver.Base, "the name page is only for a person who co-operates");

        var submitted = await driver.SubmitAsync();

        submitted.Headers.Location!.OriginalString.ShouldEndWith("/submitted");
        var referral = await driver.ReferralAsync();
        referral.Kind.ShouldBe(ReferralKind.DutyToNotify);
        referral.Status.ShouldBe(ReferralStatus.Submitted);
        referral.Gender.ShouldBe(Gender.Male);
        await App.QueryAsync(async db =>
        {
            (await db.Cases.Where(c => c.Id == driver.CaseId).Select(c => c.IsAnonymous).SingleAsync()).ShouldBeTrue();
            (await db.CasePeople.AnyAsync(p => p.FirstName == name)).ShouldBeFalse();
            (await db.CasePeople.AnyAsync(p => p.CaseId == driver.CaseId && (p.FirstName != null || p.LastName != null || p.DateOfBirth != null || p.Phone != null))).ShouldBeFalse();
            (await db.PersonAliases.AnyAsync(a => a.CaseId == driver.CaseId || a.Name.Contains(name))).ShouldBeFalse();
            (await db.PersonNameKeys.AnyAsync(k => k.CaseId == driver.CaseId)).ShouldBeFalse();
            (await db.Concerns.AnyAsync(c => (c.PersonName != null && c.PersonName.Contains(name)) || (c.PersonOtherNames != null && c.PersonOtherNames.Contains(name)))).ShouldBeFalse();
            (await db.Concerns.AnyAsync(c => c.CaseId == driver.CaseId && c.PersonDateOfBirth != null)).ShouldBeFalse();
            (await db.Referrals.AnyAsync(r => r.AnswersJson.Contains(name) || (r.CaseId == driver.CaseId && r.AnswersJson.Contains("07700")))).ShouldBeFalse();
            (await db.AuditEvents.AnyAsync(e => e.EntityId == driver.CaseId && e.Action == "Duty to Notify report submitted")).ShouldBeTrue();
            return true;
        });
    }

    [Fact]
    public async Task Adult_DeclinesButCooperates_TheNameIsKept()
    {
        var name = "Quillamir" + Guid.NewGuid().ToString("N")[..6];
        var (driver, _, _) = await ReferralDriver.StartAsync(App, CaseRoute.Adult, name);
        await driver.AdultAsync();
        await driver.ExplainAllAsync();
        await driver.SectionAsync("consent", ("Consents", "no"));
        await driver.SectionAsync("duty-to-notify-warning");

        (await driver.SectionAsync("co-operation", ("Agrees", "yes"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await driver.SectionAsync("cooperating-person", ("FirstName", name), ("LastName", "Testperson"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var referral = await driver.ReferralAsync();
        referral.Kind.ShouldBe(ReferralKind.DutyToNotify);
        referral.AgreesToCooperate.ShouldBe(true);
        referral.AnswersJson.ShouldContain(name);
        (await App.QueryAsync(db => db.CasePeople.AnyAsync(p => p.CaseId == driver.CaseId && p.FirstName == name))).ShouldBeTrue();
        (await App.QueryAsync(db => db.Cases.Where(c => c.Id == driver.CaseId).Select(c => c.IsAnonymous).SingleAsync())).ShouldBeFalse();
    }

    [Fact]
    public async Task Submit_Incomplete_ListsWhatIsMissingWithLinksToTheSectionPages()
    {
        var (driver, _, _) = await ReferralDriver.StartAsync(App);

        var response = await driver.SubmitAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.GetDocumentAsync();
        page.Title!.ShouldStartWith("Error:");
        var links = page.QuerySelectorAll(".govuk-error-summary a").Select(a => a.GetAttribute("href")).ToList();
        links.ShouldContain($"{driver.Base}/first-responder");
        links.ShouldContain($"{driver.Base}/exploiters");
        (await driver.ReferralAsync()).Status.ShouldBe(ReferralStatus.Draft);
    }

    [Fact]
    public async Task Submit_Twice_MakesOneSubmittedReferral()
    {
        var (driver, council, _) = await ReferralDriver.StartAsync(App);
        var safety = await App.CreateUserAsync(council, [Beacon.Core.Accounts.Role.CommunitySafetyCoordinator]);
        await App.QueryAsync(async db =>
        {
            var team = await db.Teams.SingleAsync(t => t.Id == council.TeamId);
            team.Function = Beacon.Core.Organisations.TeamFunction.CommunitySafety;
            await db.SaveChangesAsync();
            return true;
        });
        await driver.CompleteChildNrmAsync();
        var (token, version) = await driver.FormOfAsync($"{driver.Base}/check");

        var first = await driver.PostWithAsync($"{driver.Base}/check", [], token, version);
        var second = await driver.PostWithAsync($"{driver.Base}/check", [], token, version);

        first.Headers.Location!.OriginalString.ShouldEndWith("/submitted");
        second.Headers.Location!.OriginalString.ShouldEndWith("/submitted");
        var referral = await driver.ReferralAsync();
        referral.Status.ShouldBe(ReferralStatus.Submitted);
        referral.ReferredOn.ShouldBe(Beacon.Core.Audit.UkTime.Today(App.Time));
        referral.Exploitation.ShouldBe(ExploitationComponents.ForcedCriminality);
        referral.ExploitedIn.ShouldBe(ExploitedIn.Uk);
        (await App.QueryAsync(db => db.AuditEvents.CountAsync(e => e.EntityId == driver.CaseId && e.Action == "NRM referral submitted"))).ShouldBe(1);
        var emails = await App.QueryAsync(db => db.OutboxEmails.Where(e => e.To == safety.Email).ToListAsync());
        emails.Count.ShouldBe(1);
        emails[0].Body.ShouldNotContain("Duty social worker");
    }

    [Fact]
    public async Task Submit_TwiceAtOnce_MakesOneSubmittedReferral()
    {
        var (driver, _, _) = await ReferralDriver.StartAsync(App);
        await driver.CompleteChildNrmAsync();
        var (token, version) = await driver.FormOfAsync($"{driver.Base}/check");

        var responses = await Task.WhenAll(
            driver.PostWithAsync($"{driver.Base}/check", [], token, version),
            driver.PostWithAsync($"{driver.Base}/check", [], token, version));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Redirect);
        (await App.QueryAsync(db => db.Referrals.CountAsync(r => r.CaseId == driver.CaseId && r.Status == ReferralStatus.Submitted))).ShouldBe(1);
        (await App.QueryAsync(db => db.AuditEvents.CountAsync(e => e.EntityId == driver.CaseId && e.Action == "NRM referral submitted"))).ShouldBe(1);
    }

    [Fact]
    public async Task EditDraft_TwoWorkersAtOnce_TheSecondGetsAConflict()
    {
        var (driver, _, _) = await ReferralDriver.StartAsync(App);
        var path = $"{driver.Base}/background";
        var (token, version) = await driver.FormOfAsync(path);

        var first = await driver.PostWithAsync(path, [new("Family", "Lives with an aunt")], token, version);
        var second = await driver.PostWithAsync(path, [new("Family", "Lives alone")], token, version);

        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await second.GetDocumentAsync();
        page.QuerySelector(".govuk-error-summary").Text().ShouldContain("Someone else changed this referral");
        page.QuerySelector("textarea[name=Family]")!.TextContent.ShouldBe("Lives alone");
        ReferralRules.Read(await driver.ReferralAsync()).Background.Family.ShouldBe("Lives with an aunt");
    }

    [Fact]
    public async Task Section_TextOverTheLimit_IsRefusedAndKept()
    {
        var (driver, _, _) = await ReferralDriver.StartAsync(App);

        var response = await driver.SectionAsync("background", ("Education", new string('x', ReferralAnswers.MaxText + 1)));

        (await response.GetDocumentAsync()).QuerySelector(".govuk-error-summary").Text().ShouldContain("15,000 characters or fewer");
    }

    [Fact]
    public async Task Print_ShowsTheSectionsInTheNationalFormsOrder()
    {
        var (driver, _, _) = await ReferralDriver.StartAsync(App);
        await driver.CompleteChildNrmAsync();

        var page = await driver.Client.GetDocumentAsync($"/cases/{driver.CaseId}/referral/print");

        var headings = page.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()[..2]).ToList();
        headings.ShouldBe(["A.", "B.", "C.", "D.", "E.", "F.", "G.", "J.", "K.", "K."]);
        page.QuerySelector("main").Text().ShouldContain("Bradford");
        (await App.QueryAsync(db => db.AccessLog.AnyAsync(r => r.ResourceId == driver.CaseId && r.Action == "Print"))).ShouldBeTrue();
    }

    [Fact]
    public async Task NationalReference_AfterSubmission_IsRecordedInCapitals()
    {
        var (driver, _, _) = await ReferralDriver.StartAsync(App);
        await driver.CompleteChildNrmAsync();
        await driver.SubmitAsync();

        var bad = await driver.SectionAsync("national-reference", ("NationalReference", "NRM 2026/1"));
        var good = await driver.SectionAsync("national-reference", ("NationalReference", "nrm-2026-000123"));

        (await bad.GetDocumentAsync()).QuerySelector(".govuk-error-summary").Text().ShouldContain("only letters, numbers and hyphens");
        good.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await driver.ReferralAsync()).NationalReference.ShouldBe("NRM-2026-000123");
    }

    [Fact]
    public async Task CheckAnswers_ChildNrm_ShowsThePublishedCategoriesDerivedFromTheAnswers()
    {
        var (driver, _, _) = await ReferralDriver.StartAsync(App);
        await driver.CompleteChildNrmAsync();

        var card = (await driver.Client.GetDocumentAsync($"{driver.Base}/check")).QuerySelector("[data-testid=published-categories]")!.TextContent;
        card.ShouldContain("Criminal");
        card.ShouldContain("Child (17 or under)");
        card.ShouldContain("UK");
        card.ShouldContain("Male");
    }
}
