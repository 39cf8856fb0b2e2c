using System.Net;
using AngleSharp.Dom;
using Beacon.Core.Accounts;
using Beacon.Core.Audit;
using Beacon.Core.Cases;
using Beacon.Core.Organisations;
using Beacon.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Tests.PageTests.Cases;

/// <summary>
/// Working a case: the person (with conflicts), the route and its history, notes and addenda,
/// closure and retention, reopening, the timeline, and who may do each.
/// </summary>
public class CaseWorkTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private BeaconAppFactory App => app.Factory;

    private async Task<(Guid CaseId, TestOrganisation Council, TestUser Worker, HttpClient Client)> ScenarioAsync(CaseRoute route = CaseRoute.Adult)
    {
        var council = await App.CreateOrganisationAsync();
        var worker = await App.CreateUserAsync(council, [Role.FirstResponder]);
        var raiser = await App.CreateUserAsync(council, [Role.Staff], twoFactor: false);
        var caseId = await App.CreateCaseAsync(council, raiser.Id, "Seen working in a car wash for no pay.");
        await App.QueryAsync(db => db.Cases.Where(c => c.Id == caseId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Route, route)));
        return (caseId, council, worker, await App.SignInAsync(worker));
    }

    private async Task AddPersonAsync(Guid caseId, DateOnly? dateOfBirth = null, string firstName = "Amira") =>
        await App.QueryAsync(async db =>
        {
            db.CasePeople.Add(new CasePerson { CaseId = caseId, FirstName = firstName, LastName = "Testperson", DateOfBirth = dateOfBirth, Version = Guid.NewGuid() });
            return await db.SaveChangesAsync();
        });

    private static string Value(IDocument page, string name) => page.QuerySelector($"input[name={name}]")!.GetAttribute("value")!;

    private static Dictionary<string, string> PersonForm(string version, string firstName) => new()
    {
        ["Version"] = version,
        ["FirstName"] = firstName,
        ["LastName"] = "Testperson",
        ["Gender"] = nameof(Gender.Female),
        ["SafeToContact"] = nameof(SafeToContact.Yes),
        ["Languages"] = "Albanian, some English",
        ["NationalityCode"] = "Albanian",
    };

    [Fact]
    public async Task PersonEdit_TwoWorkersPostFromTheSameVersion_SecondGetsAConflictAndTheFirstChangeIsKept()
    {
        var (caseId, council, _, first) = await ScenarioAsync();
        var second = await App.SignInAsync(await App.CreateUserAsync(council, [Role.FirstResponder]));
        var path = $"/cases/{caseId}/person/edit";
        var firstVersion = Value(await first.GetDocumentAsync(path), "Version");
        var secondVersion = Value(await second.GetDocumentAsync(path), "Version");

        var saved = await first.PostFormAsync(path, PersonForm(firstVersion, "Amira"));
        var refused = await second.PostFormAsync(path, PersonForm(secondVersion, "Bella"));

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await refused.GetDocumentAsync();
        page.QuerySelector(".govuk-error-summary").Text().ShouldContain("Someone else changed the person's details");
        page.QuerySelector("input[name=FirstName]")!.GetAttribute("value").ShouldBe("Bella", "what they typed is kept");
        var person = await App.QueryAsync(db => db.CasePeople.SingleAsync(p => p.CaseId == caseId));
        person.FirstName.ShouldBe("Amira");
        person.Languages.ShouldBe("Albanian, some English");
        person.NationalityCode.ShouldBe("Albanian");
        (await App.QueryAsync(db => db.PersonNameKeys.Where(k => k.CaseId == caseId).Select(k => k.Key).OrderBy(k => k).ToListAsync())).ShouldBe(KeysOf("Amira", "Testperson"), ignoreOrder: true);
        var events = await App.QueryAsync(db => db.AuditEvents.Where(e => e.EntityId == caseId).ToListAsync());
        events.ShouldHaveSingleItem().Action.ShouldBe("Person's details recorded");
        events[0].Changes!.ShouldContain("First name");
        events[0].Changes!.ShouldNotContain("Amira");
    }

    [Fact]
    public async Task PersonEdit_ThenChangeAgain_ShowsTheDetailsAndKeepsTheNameKeysInStep()
    {
        var (caseId, _, _, client) = await ScenarioAsync();
        await AddPersonAsync(caseId);
        var path = $"/cases/{caseId}/person/edit";
        var form = await client.GetDocumentAsync(path);
        form.QuerySelector("input[name=FirstName]")!.GetAttribute("value").ShouldBe("Amira");

        var saved = await client.PostFormAsync(path, PersonForm(Value(form, "Version"), "Amina"));
        saved.Headers.Location!.OriginalString.ShouldBe($"/cases/{caseId}/person");
        var alias = await client.PostFormAsync($"/cases/{caseId}/person?handler=AddAlias", new()
        {
            ["PersonVersion"] = Value(await client.GetDocumentAsync($"/cases/{caseId}/person"), "PersonVersion"),
            ["AliasName"] = "Mina",
            ["AliasKind"] = nameof(AliasKind.Nickname),
        }, tokenFrom: $"/cases/{caseId}/person");

        alias.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await client.GetDocumentAsync($"/cases/{caseId}/person");
        page.QuerySelector("[data-testid=person]").Text().ShouldContain("Amina");
        page.QuerySelector("[data-testid=aliases]").Text().ShouldContain("Mina");
        (await App.QueryAsync(db => db.PersonNameKeys.Where(k => k.CaseId == caseId).Select(k => k.Key).OrderBy(k => k).ToListAsync())).ShouldBe(KeysOf("Amina", "Mina", "Testperson"), ignoreOrder: true);

        var aliasId = await App.QueryAsync(db => db.PersonAliases.Where(a => a.CaseId == caseId).Select(a => a.Id).SingleAsync());
        (await client.PostFormAsync($"/cases/{caseId}/person?handler=RemoveAlias", new() { ["AliasId"] = aliasId.ToString() }, tokenFrom: $"/cases/{caseId}/person")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await App.QueryAsync(db => db.PersonNameKeys.Where(k => k.CaseId == caseId).Select(k => k.Key).OrderBy(k => k).ToListAsync())).ShouldBe(KeysOf("Amina", "Testperson"), ignoreOrder: true);
    }

    [Fact]
    public async Task PersonEdit_AnonymousCase_RefusesANameAndStoresNothing()
    {
        var (caseId, _, _, client) = await ScenarioAsync();
        await App.QueryAsync(db => db.Cases.Where(c => c.Id == caseId).ExecuteUpdateAsync(s => s.SetProperty(c => c.IsAnonymous, true)));
        var path = $"/cases/{caseId}/person/edit";
        var form = await client.GetDocumentAsync(path);
        form.QuerySelector("input[name=FirstName]").ShouldBeNull("the form does not ask for a name");

        var refused = await client.PostFormAsync(path, PersonForm(Value(form, "Version"), "Amira"));

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.GetDocumentAsync()).QuerySelector(".govuk-error-summary").Text().ShouldContain("You cannot record anything that identifies this person");
        (await App.QueryAsync(db => db.CasePeople.AnyAsync(p => p.CaseId == caseId))).ShouldBeFalse();

        var form2 = PersonForm(Value(form, "Version"), string.Empty);
        form2.Remove("LastName");
        (await client.PostFormAsync(path, form2)).StatusCode.ShouldBe(HttpStatusCode.Redirect, "what does not identify them can be recorded");
        var person = await App.QueryAsync(db => db.CasePeople.SingleAsync(p => p.CaseId == caseId));
        person.Gender.ShouldBe(Gender.Female);
        person.FirstName.ShouldBeNull();
    }

    [Fact]
    public async Task PersonPage_PartnerWithOnlyTheSummaryShared_IsRefusedAndSeesNoPersonData()
    {
        var (caseId, council, worker, _) = await ScenarioAsync();
        await AddPersonAsync(caseId, firstName: "Zofia");
        var charity = await App.CreateOrganisationAsync(OrganisationType.Charity, council.AreaId);
        await App.ShareCaseAsync(caseId, charity.Id, CaseSections.Summary, worker.Id);
        var partner = await App.SignInAsync(await App.CreateUserAsync(charity, [Role.Partner]));

        var person = await partner.GetAsync($"/cases/{caseId}/person");
        var edit = await partner.GetAsync($"/cases/{caseId}/person/edit");
        var close = await partner.GetAsync($"/cases/{caseId}/close");
        var overview = await partner.GetAsync($"/cases/{caseId}");

        person.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        edit.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        close.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await person.Content.ReadAsStringAsync()).ShouldNotContain("Zofia");
        overview.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await overview.Content.ReadAsStringAsync();
        html.ShouldNotContain("Zofia");
        html.ShouldNotContain($"/cases/{caseId}/person\"");
        html.ShouldNotContain($"/cases/{caseId}/close\"");
        (await partner.GetAsync($"/cases/{caseId}/timeline")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task RouteChange_MovesTheCaseKeepsEverythingAndRecordsTheHistory()
    {
        var (caseId, _, _, client) = await ScenarioAsync(CaseRoute.Child);
        await AddPersonAsync(caseId);
        (await client.PostFormAsync($"/cases/{caseId}/notes", new() { ["Text"] = "Met at the drop-in centre." })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var before = await App.QueryAsync(db => db.Cases.SingleAsync(c => c.Id == caseId));

        var moved = await client.PostFormAsync($"/cases/{caseId}/route", new()
        {
            ["Version"] = before.Version.ToString(),
            ["Reason"] = nameof(RouteChangeReason.AgeAssessment),
            ["Note"] = "Merton-compliant assessment by the children's team",
        });

        moved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await App.QueryAsync(db => db.Cases.SingleAsync(c => c.Id == caseId));
        after.Route.ShouldBe(CaseRoute.Adult);
        after.Version.ShouldNotBe(before.Version);
        after.ShouldSatisfyAllConditions(
            c => c.OwningTeamId.ShouldBe(before.OwningTeamId),
            c => c.Summary.ShouldBe(before.Summary),
            c => c.Status.ShouldBe(CaseStatus.Open));
        (await App.QueryAsync(db => db.CasePeople.SingleAsync(p => p.CaseId == caseId))).FirstName.ShouldBe("Amira");
        (await App.QueryAsync(db => db.CaseNotes.CountAsync(n => n.CaseId == caseId))).ShouldBe(1);
        var change = await App.QueryAsync(db => db.CaseRouteChanges.SingleAsync(r => r.CaseId == caseId));
        (change.From, change.To, change.Reason).ShouldBe((CaseRoute.Child, CaseRoute.Adult, RouteChangeReason.AgeAssessment));
        var page = await client.GetDocumentAsync($"/cases/{caseId}/route");
        page.QuerySelector("[data-testid=route-history]").Text().ShouldContain("Age assessment");
        page.QuerySelector("[data-testid=current-route]").Text().ShouldContain("adult");
    }

    [Fact]
    public async Task CaseChange_TwoWorkersFromTheSameVersion_SecondGetsAConflictNotALostUpdate()
    {
        var (caseId, council, _, first) = await ScenarioAsync(CaseRoute.Child);
        var second = await App.SignInAsync(await App.CreateUserAsync(council, [Role.FirstResponder]));
        var routeVersion = Value(await first.GetDocumentAsync($"/cases/{caseId}/route"), "Version");
        var closeVersion = Value(await second.GetDocumentAsync($"/cases/{caseId}/close"), "Version");

        (await first.PostFormAsync($"/cases/{caseId}/route", new() { ["Version"] = routeVersion, ["Reason"] = nameof(RouteChangeReason.EighteenthBirthday) })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var refused = await second.PostFormAsync($"/cases/{caseId}/close", new() { ["Version"] = closeVersion, ["Outcome"] = nameof(ClosureOutcome.SafeAndSupported) });

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.GetDocumentAsync()).QuerySelector(".govuk-error-summary").Text().ShouldContain("Someone else changed this case");
        var row = await App.QueryAsync(db => db.Cases.SingleAsync(c => c.Id == caseId));
        row.Route.ShouldBe(CaseRoute.Adult);
        row.Status.ShouldBe(CaseStatus.Open);
    }

    [Fact]
    public async Task Notes_AddendumShowsUnderItsNoteAndTheNoteStaysAsWritten()
    {
        var (caseId, _, _, client) = await ScenarioAsync();
        (await client.PostFormAsync($"/cases/{caseId}/notes", new() { ["Text"] = "Visited on Tuesday." })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.PostFormAsync($"/cases/{caseId}/notes", new() { ["Text"] = "Phoned the school." })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var noteId = await App.QueryAsync(db => db.CaseNotes.Where(n => n.CaseId == caseId && n.Text == "Visited on Tuesday.").Select(n => n.Id).SingleAsync());

        var added = await client.PostFormAsync($"/cases/{caseId}/notes/{noteId}/addendum", new() { ["Text"] = "Correction: it was Wednesday." });

        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await client.GetDocumentAsync($"/cases/{caseId}/notes");
        var notes = page.QuerySelectorAll("[data-testid=note]");
        notes.Length.ShouldBe(2);
        var visited = notes.Single(n => n.QuerySelector("[data-testid=note-text]").Text() == "Visited on Tuesday.");
        visited.QuerySelector("[data-testid=addendum-text]").Text().ShouldBe("Correction: it was Wednesday.");
        notes.Single(n => n != visited).QuerySelector("[data-testid=addendum]").ShouldBeNull();
        (await App.QueryAsync(db => db.CaseNotes.SingleAsync(n => n.Id == noteId))).Text.ShouldBe("Visited on Tuesday.");
        (await client.PostFormAsync($"/cases/{caseId}/notes", new() { ["Text"] = " " })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Notes_TheSameFormPostedTwice_MakesOneNote()
    {
        var (caseId, _, _, client) = await ScenarioAsync();
        var key = Value(await client.GetDocumentAsync($"/cases/{caseId}/notes"), "Key");

        var first = await client.PostFormAsync($"/cases/{caseId}/notes", new() { ["Key"] = key, ["Text"] = "Strategy meeting booked." });
        var second = await client.PostFormAsync($"/cases/{caseId}/notes", new() { ["Key"] = key, ["Text"] = "Strategy meeting booked." });

        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        second.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await App.QueryAsync(db => db.CaseNotes.CountAsync(n => n.CaseId == caseId))).ShouldBe(1);
        (await App.QueryAsync(db => db.AuditEvents.CountAsync(e => e.EntityId == caseId && e.Action == "Note added"))).ShouldBe(1);
        (await client.GetAsync($"/cases/{caseId}/notes/{Guid.NewGuid()}/addendum")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Close_AdultCase_KeepsTheRecordForTheRetentionYearsAndReopenClearsIt()
    {
        var (caseId, _, _, client) = await ScenarioAsync(CaseRoute.Adult);
        var version = Value(await client.GetDocumentAsync($"/cases/{caseId}/close"), "Version");

        var closed = await client.PostFormAsync($"/cases/{caseId}/close", new() { ["Version"] = version, ["Outcome"] = nameof(ClosureOutcome.SafeAndSupported) });

        closed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var today = UkTime.Today(App.Time);
        var row = await App.QueryAsync(db => db.Cases.SingleAsync(c => c.Id == caseId));
        (row.Status, row.ClosureOutcome, row.RetainUntil).ShouldBe((CaseStatus.Closed, ClosureOutcome.SafeAndSupported, today.AddYears(6)));
        row.ClosedAt.ShouldNotBeNull();
        (await client.GetDocumentAsync($"/cases/{caseId}")).QuerySelector("[data-testid=case-summary-card]").Text().ShouldContain("Keep the record until");

        var reopenVersion = Value(await client.GetDocumentAsync($"/cases/{caseId}/reopen"), "Version");
        (await client.PostFormAsync($"/cases/{caseId}/reopen", new() { ["Version"] = reopenVersion, ["Reason"] = " " })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var reopened = await client.PostFormAsync($"/cases/{caseId}/reopen", new() { ["Version"] = reopenVersion, ["Reason"] = "Came back to the drop-in" });

        reopened.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        row = await App.QueryAsync(db => db.Cases.SingleAsync(c => c.Id == caseId));
        (row.Status, row.ClosedAt, row.ClosureOutcome, row.RetainUntil).ShouldBe((CaseStatus.Open, (DateTimeOffset?)null, (ClosureOutcome?)null, (DateOnly?)null));
        var actions = await App.QueryAsync(db => db.AuditEvents.Where(e => e.EntityId == caseId).OrderBy(e => e.At).Select(e => e.Action).ToListAsync());
        actions.ShouldBe(["Case closed", "Case reopened"]);
    }

    [Fact]
    public async Task Close_ChildCase_KeepsTheRecordUntilTheir25thBirthdayWhenThatIsLater()
    {
        var (caseId, _, _, client) = await ScenarioAsync(CaseRoute.Child);
        var today = UkTime.Today(App.Time);
        var born = today.AddYears(-10).AddDays(-3);
        await AddPersonAsync(caseId, born);
        var version = Value(await client.GetDocumentAsync($"/cases/{caseId}/close"), "Version");

        (await client.PostFormAsync($"/cases/{caseId}/close", new() { ["Version"] = version, ["Outcome"] = nameof(ClosureOutcome.MovedOutOfArea) })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await App.QueryAsync(db => db.Cases.SingleAsync(c => c.Id == caseId))).RetainUntil.ShouldBe(born.AddYears(25));
        new CaseRetention().RetainUntil(today, CaseRoute.Child, today.AddYears(-20)).ShouldBe(today.AddYears(6), "six years after closure is later than their 25th birthday");
        new CaseRetention(10).RetainUntil(today, CaseRoute.Adult, null).ShouldBe(today.AddYears(10));
    }

    [Fact]
    public async Task Timeline_ShowsTheCasesEventsNewestFirstWithWhoDidThemAndNoLooks()
    {
        var (caseId, _, _, client) = await ScenarioAsync(CaseRoute.Child);
        var version = Value(await client.GetDocumentAsync($"/cases/{caseId}/route"), "Version");
        (await client.PostFormAsync($"/cases/{caseId}/route", new() { ["Version"] = version, ["Reason"] = nameof(RouteChangeReason.Correction), ["Note"] = "Typed wrongly at triage" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        App.Time.Advance(TimeSpan.FromMinutes(1));
        (await client.PostFormAsync($"/cases/{caseId}/notes", new() { ["Text"] = "First visit done." })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        App.Time.Advance(TimeSpan.FromMinutes(1));
        var closeVersion = Value(await client.GetDocumentAsync($"/cases/{caseId}/close"), "Version");
        (await client.PostFormAsync($"/cases/{caseId}/close", new() { ["Version"] = closeVersion, ["Outcome"] = nameof(ClosureOutcome.DeclinedSupport) })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = await client.GetDocumentAsync($"/cases/{caseId}/timeline");

        var items = page.QuerySelectorAll("[data-testid=timeline-item]");
        items.Select(i => i.QuerySelector(".moj-timeline__title").Text()).ShouldBe(["Case closed", "Note added", "Route changed to adult"]);
        items.ShouldAllBe(i => i.QuerySelector(".moj-timeline__byline").Text() == "by Test User");
        items[2].QuerySelector(".moj-timeline__description").Text().ShouldContain("Typed wrongly at triage");
        page.QuerySelector(".moj-sub-navigation [aria-current=page]").Text().ShouldBe("Timeline");
    }

    [Fact]
    public async Task AssignAndTransfer_OnlyToTheTeamsWorkersAndTheAreasTeams()
    {
        var (caseId, council, _, client) = await ScenarioAsync();
        var colleague = await App.CreateUserAsync(council, [Role.FirstResponder]);
        var outsider = await App.CreateUserAsync(await App.CreateOrganisationAsync(areaId: council.AreaId), [Role.FirstResponder]);
        var version = Value(await client.GetDocumentAsync($"/cases/{caseId}/assign"), "Version");

        var refused = await client.PostFormAsync($"/cases/{caseId}/assign", new() { ["Version"] = version, ["WorkerId"] = outsider.Id.ToString() });
        var assigned = await client.PostFormAsync($"/cases/{caseId}/assign", new() { ["Version"] = version, ["WorkerId"] = colleague.Id.ToString() });

        (await refused.GetDocumentAsync()).QuerySelector(".govuk-error-summary").Text().ShouldContain("Select a worker in the team that owns the case");
        assigned.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await App.QueryAsync(db => db.Cases.SingleAsync(c => c.Id == caseId))).AssignedWorkerId.ShouldBe(colleague.Id);

        var other = await App.CreateOrganisationAsync(areaId: council.AreaId);
        var transferPage = await client.GetDocumentAsync($"/cases/{caseId}/transfer");
        transferPage.QuerySelectorAll("select[name=TeamId] option").Select(o => o.GetAttribute("value")).ShouldContain(other.TeamId.ToString());
        var transferred = await client.PostFormAsync($"/cases/{caseId}/transfer", new() { ["Version"] = Value(transferPage, "Version"), ["TeamId"] = other.TeamId.ToString(), ["Reason"] = "They hold the housing duty" });

        transferred.Headers.Location!.OriginalString.ShouldBe("/cases", "the old team no longer sees the case");
        var row = await App.QueryAsync(db => db.Cases.SingleAsync(c => c.Id == caseId));
        (row.OwningTeamId, row.OwningOrganisationId, row.AssignedWorkerId).ShouldBe((other.TeamId, other.Id, (Guid?)null));
    }

    [Fact]
    public async Task EighteenthBirthdays_ListsOpenChildCasesWhosePersonIs18AndTheOverviewSaysSo()
    {
        var (turned, _, _, client) = await ScenarioAsync(CaseRoute.Child);
        var today = UkTime.Today(App.Time);
        await AddPersonAsync(turned, today.AddYears(-18));
        var (notYet, _, _, _) = await ScenarioAsync(CaseRoute.Child);
        await AddPersonAsync(notYet, today.AddYears(-18).AddDays(1));

        var due = await App.QueryAsync(db => EighteenthBirthdays.DueAsync(db, today));

        due.Select(d => d.CaseId).ShouldContain(turned);
        due.Select(d => d.CaseId).ShouldNotContain(notYet);
        due.Single(d => d.CaseId == turned).TurnedEighteenOn.ShouldBe(today);
        (await client.GetDocumentAsync($"/cases/{turned}")).QuerySelector("[data-testid=eighteenth-birthday]").ShouldNotBeNull();
        EighteenthBirthdays.IsEighteen(new DateOnly(2008, 2, 29), new DateOnly(2026, 2, 28)).ShouldBeFalse();
        EighteenthBirthdays.IsEighteen(new DateOnly(2008, 2, 29), new DateOnly(2026, 3, 1)).ShouldBeTrue();
    }

    /// <summary>The duplicate check's keys of these names: what the index must hold, no more, no less.</summary>
    private static List<string> KeysOf(params string[] names) =>
        [.. names.SelectMany(n => Beacon.Core.Cases.Matching.NameKeys.For(n)).Distinct().Order(StringComparer.Ordinal)];
}
