using System.Net;
using Beacon.Core.Accounts;
using Beacon.Core.Cases;
using Beacon.Core.Concerns;
using Beacon.Core.Organisations;
using Beacon.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Tests.PageTests.Concerns.Triage;

/// <summary>Triage of a concern: assign, RAG, the duplicate check, open a case, link, no further action.</summary>
public class TriageTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private BeaconAppFactory App => app.Factory;

    private async Task<(TestOrganisation Mash, TestUser Worker, HttpClient Client)> MashAsync()
    {
        var council = await App.CreateOrganisationAsync();
        var worker = await App.CreateUserAsync(council, [Role.FirstResponder]);
        return (council, worker, await App.SignInAsync(worker));
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, AngleSharp.Dom.IDocument page, string path, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = page.AntiforgeryToken();
        fields["Version"] = page.VersionOf().ToString();
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task Assign_ToMe_AssignsTheConcernAndAuditsIt()
    {
        var (mash, worker, client) = await MashAsync();
        var concernId = await App.CreateConcernAsync(mash, worker.Id);
        var page = await client.GetDocumentAsync($"/concerns/{concernId}/triage");

        // The button's own form, as the browser sends it: a form posting to another page must carry its own token.
        var form = page.QuerySelector($"form[action='/concerns/{concernId}/triage/assign']")!;
        form.QuerySelector("input[name=__RequestVerificationToken]").ShouldNotBeNull();
        var response = await PostAsync(client, page, $"/concerns/{concernId}/triage/assign", new() { ["AssignTo"] = worker.Id.ToString() });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var concern = await App.QueryAsync(db => db.Concerns.SingleAsync(c => c.Id == concernId));
        concern.Status.ShouldBe(ConcernStatus.Assigned);
        concern.AssignedToUserId.ShouldBe(worker.Id);
        (await App.QueryAsync(db => db.AuditEvents.AnyAsync(e => e.EntityId == concernId && e.Action == "Concern taken"))).ShouldBeTrue();
    }

    [Fact]
    public async Task Assign_ToSomeoneOutsideTheTeam_IsRefused()
    {
        var (mash, worker, client) = await MashAsync();
        var concernId = await App.CreateConcernAsync(mash, worker.Id);
        var outsider = await App.CreateUserAsync(await App.CreateOrganisationAsync(), [Role.FirstResponder]);

        var response = await client.PostFormAsync($"/concerns/{concernId}/triage/assign", new() { ["AssignTo"] = outsider.Id.ToString(), ["Version"] = (await App.QueryAsync(db => db.Concerns.Where(c => c.Id == concernId).Select(c => c.Version).SingleAsync())).ToString() });

        (await response.GetDocumentAsync()).QuerySelector(".govuk-error-summary").Text().ShouldContain("Select who will work on this concern");
        (await App.QueryAsync(db => db.Concerns.SingleAsync(c => c.Id == concernId))).AssignedToUserId.ShouldBeNull();
    }

    [Fact]
    public async Task Assign_TwoWorkersAtOnce_TheSecondGetsAConflictAndNothingIsOverwritten()
    {
        var (mash, first, firstClient) = await MashAsync();
        var second = await App.CreateUserAsync(mash, [Role.FirstResponder]);
        var secondClient = await App.SignInAsync(second);
        var concernId = await App.CreateConcernAsync(mash, first.Id);
        var firstPage = await firstClient.GetDocumentAsync($"/concerns/{concernId}/triage/assign");
        var secondPage = await secondClient.GetDocumentAsync($"/concerns/{concernId}/triage/assign");

        var firstPost = await PostAsync(firstClient, firstPage, $"/concerns/{concernId}/triage/assign", new() { ["AssignTo"] = first.Id.ToString() });
        var secondPost = await PostAsync(secondClient, secondPage, $"/concerns/{concernId}/triage/assign", new() { ["AssignTo"] = second.Id.ToString() });

        firstPost.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        secondPost.StatusCode.ShouldBe(HttpStatusCode.OK);
        var error = await secondPost.GetDocumentAsync();
        error.QuerySelector(".govuk-error-summary").Text().ShouldContain("This concern has changed since you opened it");
        error.Title!.ShouldStartWith("Error: ");
        (await App.QueryAsync(db => db.Concerns.SingleAsync(c => c.Id == concernId))).AssignedToUserId.ShouldBe(first.Id);
    }

    [Fact]
    public async Task Rag_Changed_IsSavedAndAudited()
    {
        var (mash, worker, client) = await MashAsync();
        var concernId = await App.CreateConcernAsync(mash, worker.Id, rag: RagRating.Green);
        var page = await client.GetDocumentAsync($"/concerns/{concernId}/triage/rag");

        var response = await PostAsync(client, page, $"/concerns/{concernId}/triage/rag", new() { ["Rag"] = "Red" });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await App.QueryAsync(db => db.Concerns.SingleAsync(c => c.Id == concernId))).Rag.ShouldBe(RagRating.Red);
        (await App.QueryAsync(db => db.AuditEvents.AnyAsync(e => e.EntityId == concernId && e.Action == "RAG rating changed to red"))).ShouldBeTrue();
    }

    [Fact]
    public async Task DuplicateCheck_FindsAVariantSpeltPersonTheWorkerMaySee_AndNotOneInAnotherAreasCase()
    {
        var (mash, worker, client) = await MashAsync();
        var family = "Nguyen" + Guid.NewGuid().ToString("N")[..4].Replace("0", "x", StringComparison.Ordinal);
        var dob = new DateOnly(2009, 3, 14);
        var visible = await App.CreateCaseWithPersonAsync(mash, worker.Id, "Mohammed", family, dob);
        var elsewhere = await App.CreateOrganisationAsync();
        var elsewhereWorker = await App.CreateUserAsync(elsewhere, [Role.FirstResponder]);
        var hidden = await App.CreateCaseWithPersonAsync(elsewhere, elsewhereWorker.Id, "Mohammed", family, dob);
        var concernId = await App.CreateConcernAsync(mash, worker.Id, personName: $"Muhamad {family}", dateOfBirth: dob);

        var page = await client.GetDocumentAsync($"/concerns/{concernId}/triage/duplicates");

        var matches = page.QuerySelectorAll("[data-testid=match]");
        matches.Length.ShouldBe(1);
        matches[0].QuerySelector("a")!.GetAttribute("href").ShouldBe($"/cases/{visible}");
        page.Body!.InnerHtml.ShouldNotContain(hidden.ToString());
        page.QuerySelector($"input[name=Choice][value='{visible}']").ShouldNotBeNull();
        page.QuerySelector("input[name=Choice][value=new]").ShouldNotBeNull();
    }

    [Fact]
    public async Task DuplicateCheck_ChoosingTheSamePerson_GoesToLinkThatCase()
    {
        var (mash, worker, client) = await MashAsync();
        var family = "Popescu" + Guid.NewGuid().ToString("N")[..4];
        var caseId = await App.CreateCaseWithPersonAsync(mash, worker.Id, "Ioana", family, new DateOnly(1999, 1, 2));
        var concernId = await App.CreateConcernAsync(mash, worker.Id, personName: $"Ioana {family}", dateOfBirth: new DateOnly(1999, 1, 2), age: AgeAnswer.Adult);
        var page = await client.GetDocumentAsync($"/concerns/{concernId}/triage/duplicates");

        var chosen = await PostAsync(client, page, $"/concerns/{concernId}/triage/duplicates", new() { ["Choice"] = caseId.ToString() });

        chosen.Headers.Location!.OriginalString.ShouldBe($"/concerns/{concernId}/triage/link?target={caseId}");
        var link = await client.GetDocumentAsync(chosen.Headers.Location.OriginalString);
        var reference = await App.QueryAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.Reference).SingleAsync());
        link.QuerySelector("input[name=CaseReference]")!.GetAttribute("value").ShouldBe(reference);
        var linked = await PostAsync(client, link, $"/concerns/{concernId}/triage/link", new() { ["CaseReference"] = reference });

        linked.Headers.Location!.OriginalString.ShouldBe($"/cases/{caseId}");
        var concern = await App.QueryAsync(db => db.Concerns.SingleAsync(c => c.Id == concernId));
        concern.Status.ShouldBe(ConcernStatus.LinkedToCase);
        concern.CaseId.ShouldBe(caseId);
        (await App.QueryAsync(db => db.AuditEvents.AnyAsync(e => e.EntityId == caseId && e.Action == $"Concern {concern.Reference} added"))).ShouldBeTrue();
    }

    [Fact]
    public async Task Link_ToACaseTheWorkerMayNotSee_GetsTheSameErrorAsNoCase()
    {
        var (mash, worker, client) = await MashAsync();
        var elsewhere = await App.CreateOrganisationAsync();
        var hidden = await App.CreateCaseAsync(elsewhere, (await App.CreateUserAsync(elsewhere, [Role.FirstResponder])).Id);
        var hiddenReference = await App.QueryAsync(db => db.Cases.Where(c => c.Id == hidden).Select(c => c.Reference).SingleAsync());
        var concernId = await App.CreateConcernAsync(mash, worker.Id);

        var page = await client.GetDocumentAsync($"/concerns/{concernId}/triage/link");
        var refused = await PostAsync(client, page, $"/concerns/{concernId}/triage/link", new() { ["CaseReference"] = hiddenReference });
        var missing = await PostAsync(client, page, $"/concerns/{concernId}/triage/link", new() { ["CaseReference"] = "MS-1999-99999" });

        var refusedText = (await refused.GetDocumentAsync()).QuerySelector(".govuk-error-summary").Text();
        refusedText.ShouldContain("Enter the reference of an open case you can see");
        (await missing.GetDocumentAsync()).QuerySelector(".govuk-error-summary").Text().ShouldBe(refusedText);
        (await App.QueryAsync(db => db.Concerns.SingleAsync(c => c.Id == concernId))).CaseId.ShouldBeNull();
    }

    [Fact]
    public async Task OpenCase_PostedTwice_OpensOneCaseWithThePersonAndGoesToIt()
    {
        var (mash, worker, client) = await MashAsync();
        var concernId = await App.CreateConcernAsync(mash, worker.Id, personName: "Aleksandra Kowalska", age: AgeAnswer.NotSure);
        var page = await client.GetDocumentAsync($"/concerns/{concernId}/triage/open-case");
        page.QuerySelector("input[name=FirstName]")!.GetAttribute("value").ShouldBe("Aleksandra");
        var form = new Dictionary<string, string>
        {
            ["FirstName"] = "Aleksandra",
            ["LastName"] = "Kowalska",
            ["OtherNames"] = "Ola\nAleks",
            ["DateOfBirth.Day"] = "",
            ["DateOfBirth.Month"] = "",
            ["DateOfBirth.Year"] = "",
            ["EstimatedAge"] = "16",
            ["Gender"] = "Female",
            ["NationalityCode"] = "Polish",
        };

        var first = await PostAsync(client, page, $"/concerns/{concernId}/triage/open-case", new(form));
        var second = await PostAsync(client, page, $"/concerns/{concernId}/triage/open-case", new(form));

        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        second.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        second.Headers.Location.ShouldBe(first.Headers.Location);
        var cases = await App.QueryAsync(db => db.Cases.Include(c => c.Person).ThenInclude(p => p!.Aliases).Where(c => c.OwningTeamId == mash.TeamId).ToListAsync());
        var opened = cases.ShouldHaveSingleItem();
        first.Headers.Location!.OriginalString.ShouldBe($"/cases/{opened.Id}");
        opened.ShouldSatisfyAllConditions(
            c => c.Route.ShouldBe(CaseRoute.Child),
            c => c.Status.ShouldBe(CaseStatus.Open),
            c => c.AssignedWorkerId.ShouldBe(worker.Id),
            c => c.OwningOrganisationId.ShouldBe(mash.Id),
            c => c.AreaId.ShouldBe(mash.AreaId),
            c => c.Reference.ShouldStartWith("MS-"),
            c => c.Person!.FirstName.ShouldBe("Aleksandra"),
            c => c.Person!.EstimatedAge.ShouldBe(16),
            c => c.Person!.Gender.ShouldBe(Gender.Female),
            c => c.Person!.Aliases.Select(a => a.Name).Order().ShouldBe(["Aleks", "Ola"]));
        (await App.QueryAsync(db => db.PersonNameKeys.CountAsync(k => k.CaseId == opened.Id))).ShouldBeGreaterThan(0);
        (await App.QueryAsync(db => db.CaseRouteChanges.SingleAsync(r => r.CaseId == opened.Id))).Reason.ShouldBe(RouteChangeReason.Opened);
        var concern = await App.QueryAsync(db => db.Concerns.SingleAsync(c => c.Id == concernId));
        concern.Status.ShouldBe(ConcernStatus.CaseOpened);
        concern.CaseId.ShouldBe(opened.Id);
        (await App.QueryAsync(db => db.AuditEvents.AnyAsync(e => e.EntityId == opened.Id && e.Action == $"Case opened from concern {concern.Reference}"))).ShouldBeTrue();
        (await client.GetAsync($"/cases/{opened.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task NoFurtherAction_WithoutAReason_IsRefused_WithOne_ClosesTheConcern()
    {
        var (mash, worker, client) = await MashAsync();
        var concernId = await App.CreateConcernAsync(mash, worker.Id);
        var page = await client.GetDocumentAsync($"/concerns/{concernId}/triage/no-further-action");

        var refused = await PostAsync(client, page, $"/concerns/{concernId}/triage/no-further-action", new() { ["Reason"] = " " });
        (await refused.GetDocumentAsync()).QuerySelector(".govuk-error-summary").Text().ShouldContain("Enter why no further action is needed");
        (await App.QueryAsync(db => db.Concerns.SingleAsync(c => c.Id == concernId))).Status.ShouldBe(ConcernStatus.New);

        var done = await PostAsync(client, page, $"/concerns/{concernId}/triage/no-further-action", new() { ["Reason"] = "Supported by another area already" });

        done.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var concern = await App.QueryAsync(db => db.Concerns.SingleAsync(c => c.Id == concernId));
        concern.Status.ShouldBe(ConcernStatus.NoFurtherAction);
        concern.TriageNote.ShouldBe("Supported by another area already");
        (await App.QueryAsync(db => db.AuditEvents.SingleAsync(e => e.EntityId == concernId && e.Action == "No further action"))).Reason.ShouldBe("Supported by another area already");
    }

    [Fact]
    public async Task OpenCase_PostedAtTheSameTimeFromTwoTabs_OpensOneCase()
    {
        var (mash, worker, client) = await MashAsync();
        var concernId = await App.CreateConcernAsync(mash, worker.Id, personName: "Ana Silva");
        var page = await client.GetDocumentAsync($"/concerns/{concernId}/triage/open-case");
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = page.AntiforgeryToken(),
            ["Version"] = page.VersionOf().ToString(),
            ["FirstName"] = "Ana",
            ["LastName"] = "Silva",
            ["Gender"] = "Female",
        };

        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => client.PostAsync($"/concerns/{concernId}/triage/open-case", new FormUrlEncodedContent(form))));

        var opened = await App.QueryAsync(db => db.Cases.Where(c => c.OwningTeamId == mash.TeamId).Select(c => c.Id).ToListAsync());
        opened.ShouldHaveSingleItem();
        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Redirect && r.Headers.Location!.OriginalString == $"/cases/{opened[0]}");
    }

    [Fact]
    public async Task PersonIndex_Rebuild_ReplacesTheKeysWithThoseOfTheNewNames()
    {
        var (mash, worker, _) = await MashAsync();
        var caseId = await App.CreateCaseWithPersonAsync(mash, worker.Id, "Mohammed", "Rahman", null, "Mo");
        var before = await App.QueryAsync(db => db.PersonNameKeys.Where(k => k.CaseId == caseId).Select(k => k.Key).ToListAsync());

        await App.QueryAsync(async db =>
        {
            var person = await db.CasePeople.Include(p => p.Aliases).SingleAsync(p => p.CaseId == caseId);
            person.FirstName = "Tomasz";
            person.LastName = "Nowak";
            db.PersonAliases.RemoveRange(person.Aliases);
            person.Aliases.Clear();
            await PersonIndex.RebuildKeysAsync(db, caseId, person);
            return await db.SaveChangesAsync();
        });

        var after = await App.QueryAsync(db => db.PersonNameKeys.Where(k => k.CaseId == caseId).Select(k => k.Key).ToListAsync());
        after.Order().ShouldBe(PersonIndex.KeysOf(new CasePerson { FirstName = "Tomasz", LastName = "Nowak" }).Order());
        after.ShouldNotContain(k => before.Contains(k));
    }

    [Fact]
    public async Task TriagePages_OtherTeamsWorker_GetsNotFound_AndACoordinatorOnlyLooks()
    {
        var (mash, worker, _) = await MashAsync();
        var concernId = await App.CreateConcernAsync(mash, worker.Id);
        var adultTeam = await App.CreateTeamAsync(mash);
        var adultWorker = await App.SignInAsync(await App.CreateUserAsync(adultTeam, [Role.FirstResponder]));
        var coordinator = await App.SignInAsync(await App.CreateUserAsync(await App.CreateOrganisationAsync(OrganisationType.LocalAuthority, mash.AreaId), [Role.CommunitySafetyCoordinator], inTeam: false));

        (await adultWorker.GetAsync($"/concerns/{concernId}/triage")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await adultWorker.GetAsync($"/concerns/{concernId}/triage/assign")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var view = await coordinator.GetDocumentAsync($"/concerns/{concernId}/triage");
        view.QuerySelector("[data-testid=read-only]").ShouldNotBeNull();
        view.QuerySelector("form[action$='/assign']").ShouldBeNull();
        (await coordinator.GetAsync($"/concerns/{concernId}/triage/assign")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ConcernOnACase_PartnerTheCaseIsSharedWith_CannotOpenItOrSeeItOnTheCase()
    {
        var (mash, worker, client) = await MashAsync();
        var concernId = await App.CreateConcernAsync(mash, worker.Id, personName: "Ilir Sharedcheck");
        var caseId = await App.CreateCaseAsync(mash, worker.Id);
        await App.QueryAsync(db => db.Concerns.Where(c => c.Id == concernId).ExecuteUpdateAsync(c => c.SetProperty(x => x.CaseId, (Guid?)caseId)));
        var police = await App.CreateOrganisationAsync(OrganisationType.Police, mash.AreaId);
        var officer = await App.CreateUserAsync(police, [Role.Partner]);
        await App.ShareCaseAsync(caseId, police.Id, CaseSections.Summary | CaseSections.Safeguarding, worker.Id);
        var partner = await App.SignInAsync(officer);

        // The concern holds the person's name and words, which are not shared: the case is, the concern is not.
        (await partner.GetAsync($"/cases/{caseId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await partner.GetAsync($"/concerns/{concernId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await partner.GetAsync($"/cases/{caseId}")).Content.ReadAsStringAsync()).ShouldNotContain("Sharedcheck");

        // The owning team still sees it, on the case and on its own page.
        (await client.GetAsync($"/concerns/{concernId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetDocumentAsync($"/cases/{caseId}")).QuerySelector("[data-testid=concerns]").ShouldNotBeNull();
    }
}
