using System.Net;
using Beacon.Core.Accounts;
using Beacon.Core.Cases;
using Beacon.Core.Concerns;
using Beacon.Core.Data;
using Beacon.Core.Organisations;
using Beacon.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Web.Tests.PageTests.Concerns;

/// <summary>
/// Raising a concern, end to end through the pages on PostgreSQL: the queue it lands in, the RAG
/// suggestion, the emails (which name nobody), idempotency, and who may see it afterwards.
/// </summary>
public class RaiseConcernTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private BeaconAppFactory App => app.Factory;

    /// <summary>A council in a new area with a MASH, an adult triage and a community safety team, each with a member, and a housing officer.</summary>
    private sealed record Council(TestOrganisation Organisation, string AreaName, Guid Mash, Guid AdultTriage, Guid CommunitySafety, TestUser Mash1, TestUser Adult1, TestUser Safety1, TestUser HousingOfficer);

    private async Task<Council> CouncilAsync(bool withMash = true)
    {
        var areaName = TestData.Unique("Northbridge");
        var area = await App.CreateAreaAsync(areaName);
        var council = await App.CreateOrganisationAsync(OrganisationType.LocalAuthority, area);
        var mash = withMash ? await AddTeamAsync(council.Id, TeamFunction.ChildrenMash) : Guid.Empty;
        var adult = await AddTeamAsync(council.Id, TeamFunction.AdultTriage);
        var safety = await AddTeamAsync(council.Id, TeamFunction.CommunitySafety);
        var mashWorker = withMash ? await App.CreateUserAsync(council with { TeamId = mash }, [Role.FirstResponder]) : null;
        var adultWorker = await App.CreateUserAsync(council with { TeamId = adult }, [Role.FirstResponder]);
        var coordinator = await App.CreateUserAsync(council with { TeamId = safety }, [Role.CommunitySafetyCoordinator]);
        var housing = await App.CreateUserAsync(council, [Role.Staff]);
        return new Council(council, areaName, mash, adult, safety, mashWorker!, adultWorker, coordinator, housing);
    }

    private async Task<Guid> AddTeamAsync(Guid organisationId, TeamFunction function)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var team = new Team { Id = Guid.NewGuid(), OrganisationId = organisationId, Name = TestData.Unique(function.ToString()), Function = function, CreatedAt = App.Time.GetUtcNow(), Version = Guid.NewGuid() };
        db.Teams.Add(team);
        await db.SaveChangesAsync();
        return team.Id;
    }

    private sealed class Journey(HttpClient client, Guid id)
    {
        public Guid Id => id;

        public List<string> Locations { get; } = [];

        public string Path(string page) => $"/concerns/new/{id}/{page}";

        public async Task<HttpResponseMessage> PostAsync(string page, Dictionary<string, string> fields)
        {
            var response = await client.PostFormAsync(Path(page), fields);
            if (response.Headers.Location is { } location)
            {
                Locations.Add(location.OriginalString);
            }

            return response;
        }
    }

    private static async Task<Journey> StartAsync(HttpClient client)
    {
        var start = await client.GetDocumentAsync("/concerns/new");
        var href = start.QuerySelector("a.govuk-button--start")!.GetAttribute("href")!;
        return new Journey(client, Guid.Parse(href.Split('/')[3]));
    }

    private static Dictionary<string, string> Seen(string? seenOn = "12 10 2026") => new()
    {
        ["SeenOn.Day"] = seenOn?.Split(' ')[0] ?? "",
        ["SeenOn.Month"] = seenOn?.Split(' ')[1] ?? "",
        ["SeenOn.Year"] = seenOn?.Split(' ')[2] ?? "",
        ["WhereSeen"] = "The car wash behind the retail park on Mill Road",
        ["PlaceType"] = nameof(PlaceType.CarWash),
        ["Town"] = "Northbridge",
    };

    /// <summary>Every page, answered; returns the journey at check your answers.</summary>
    private static async Task<Journey> AnswerAllAsync(HttpClient client, string age, string? name = null, bool danger = false, string[]? signs = null, Guid? area = null)
    {
        var journey = await StartAsync(client);
        (await journey.PostAsync("immediate-danger", new() { ["Danger"] = danger ? "yes" : "no" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        if (danger)
        {
            (await journey.PostAsync("call-999", new() { ["Called"] = "yes" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var seen = new List<KeyValuePair<string, string>> { new("WhatWasSeen", "Three young people washing cars in the rain with no gloves, collected by a van at 10pm.") };
        var what = await client.PostAsync(journey.Path("what-you-saw"), new FormUrlEncodedContent(
            [.. seen, .. (signs ?? []).Select(s => new KeyValuePair<string, string>("AdultSigns", s)), new("__RequestVerificationToken", (await client.GetDocumentAsync(journey.Path("what-you-saw"))).AntiforgeryToken())]));
        what.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        journey.Locations.Add(what.Headers.Location!.OriginalString);
        var where = Seen();
        if (area is not null)
        {
            where["AreaId"] = area.Value.ToString();
        }

        (await journey.PostAsync("where-and-when", where)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var person = name is null
            ? new Dictionary<string, string> { ["Known"] = "no" }
            : new Dictionary<string, string> { ["Known"] = "yes", ["PersonName"] = name, ["PersonOtherNames"] = "", ["PersonDateOfBirth.Day"] = "", ["PersonDateOfBirth.Month"] = "", ["PersonDateOfBirth.Year"] = "" };
        (await journey.PostAsync("person", person)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await journey.PostAsync("age", new() { ["Age"] = age, ["EstimatedAge"] = "", ["Gender"] = "Male", ["Nationality"] = "" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var words = await journey.PostAsync("own-words", new() { ["OwnWords"] = "I owe them for the journey." });
        words.Headers.Location!.OriginalString.ShouldBe(journey.Path("check-answers"));
        return journey;
    }

    private static async Task<HttpResponseMessage> SubmitAsync(Journey journey) => await journey.PostAsync("check-answers", []);

    private Task<Concern> ConcernOfAsync(Journey journey) =>
        App.QueryAsync(db => db.Concerns.SingleAsync(c => c.JourneyId == journey.Id));

    [Fact]
    public async Task Raise_ChildByHousingOfficer_LandsInTheAreasMash()
    {
        var council = await CouncilAsync();
        var client = await App.SignInAsync(council.HousingOfficer);
        var journey = await AnswerAllAsync(client, "Under18", name: "Ardit Synthetic");

        var answers = await client.GetDocumentAsync(journey.Path("check-answers"));
        answers.QuerySelector("[data-testid=answers]").Text().ShouldContain("Ardit Synthetic");
        var submitted = await SubmitAsync(journey);

        var concern = await ConcernOfAsync(journey);
        concern.TriageTeamId.ShouldBe(council.Mash);
        concern.Route.ShouldBe(CaseRoute.Child);
        concern.Rag.ShouldBe(RagRating.Amber);
        concern.Status.ShouldBe(ConcernStatus.New);
        concern.RaisedByUserId.ShouldBe(council.HousingOfficer.Id);
        concern.AreaId.ShouldBe(council.Organisation.AreaId);
        concern.PersonName.ShouldBe("Ardit Synthetic");
        concern.Reference.ShouldMatch(@"^C-\d{4}-\d{5}$");
        submitted.Headers.Location!.OriginalString.ShouldBe($"/concerns/{concern.Id}/raised");
        var confirmation = await client.GetDocumentAsync($"/concerns/{concern.Id}/raised");
        confirmation.QuerySelector("[data-testid=reference]").Text().ShouldBe(concern.Reference);
        confirmation.QuerySelector("[data-testid=next-team]").Text().ShouldContain("MASH");
        confirmation.QuerySelector("main").Text().ShouldContain("within 24 hours");
        confirmation.QuerySelector("main").Text().ShouldContain("08000 121 700");
        var events = await App.QueryAsync(db => db.AuditEvents.Where(e => e.EntityId == concern.Id).Select(e => new { e.EntityType, e.Action }).ToListAsync());
        events.ShouldContain(e => e.EntityType == "Concern" && e.Action == "Concern raised");
    }

    [Fact]
    public async Task Raise_Adult_LandsWithAdultTriage()
    {
        var council = await CouncilAsync();
        var client = await App.SignInAsync(council.HousingOfficer);
        var journey = await AnswerAllAsync(client, "Adult");

        await SubmitAsync(journey);

        var concern = await ConcernOfAsync(journey);
        concern.TriageTeamId.ShouldBe(council.AdultTriage);
        concern.Route.ShouldBe(CaseRoute.Adult);
        concern.Rag.ShouldBe(RagRating.Green);
        concern.PersonKnown.ShouldBeFalse();
    }

    [Fact]
    public async Task Raise_AdultWithAnUrgentSign_IsAmber()
    {
        var council = await CouncilAsync();
        var client = await App.SignInAsync(council.HousingOfficer);
        var journey = await AnswerAllAsync(client, "Adult", signs: [nameof(Indicators.DocumentsHeldByOthers), nameof(Indicators.NoDaysOff)]);

        await SubmitAsync(journey);

        var concern = await ConcernOfAsync(journey);
        concern.Rag.ShouldBe(RagRating.Amber);
        concern.Indicators.ShouldBe(Indicators.DocumentsHeldByOthers | Indicators.NoDaysOff);
    }

    [Fact]
    public async Task Raise_AgeNotSure_LandsInTheMash()
    {
        var council = await CouncilAsync();
        var client = await App.SignInAsync(council.HousingOfficer);
        var journey = await AnswerAllAsync(client, "NotSure");

        await SubmitAsync(journey);

        var concern = await ConcernOfAsync(journey);
        concern.TriageTeamId.ShouldBe(council.Mash);
        concern.Route.ShouldBe(CaseRoute.Child);
        concern.Age.ShouldBe(AgeAnswer.NotSure);
    }

    [Fact]
    public async Task ImmediateDanger_Yes_ShowsCall999BeforeAnyOtherQuestion()
    {
        var council = await CouncilAsync();
        var client = await App.SignInAsync(council.HousingOfficer);
        var journey = await StartAsync(client);

        var danger = await journey.PostAsync("immediate-danger", new() { ["Danger"] = "yes" });

        danger.Headers.Location!.OriginalString.ShouldBe(journey.Path("call-999"));
        var page = await client.GetDocumentAsync(journey.Path("call-999"));
        page.QuerySelector("h1").Text().ShouldBe("Call 999 now");
        page.QuerySelector("main").Text().ShouldContain("08000 121 700");
        page.QuerySelector("main").Text().ShouldContain("Have you called 999?");
        var called = await journey.PostAsync("call-999", new() { ["Called"] = "yes" });
        called.Headers.Location!.OriginalString.ShouldBe(journey.Path("what-you-saw"));
    }

    [Fact]
    public async Task ImmediateDanger_Raised_IsRed()
    {
        var council = await CouncilAsync();
        var client = await App.SignInAsync(council.HousingOfficer);
        var journey = await AnswerAllAsync(client, "Adult", danger: true);

        await SubmitAsync(journey);

        var concern = await ConcernOfAsync(journey);
        concern.Rag.ShouldBe(RagRating.Red);
        concern.ImmediateDanger.ShouldBeTrue();
        concern.PoliceCalled.ShouldBe(true);
    }

    [Fact]
    public async Task Questions_WithErrors_KeepWhatWasTyped()
    {
        var council = await CouncilAsync();
        var client = await App.SignInAsync(council.HousingOfficer);
        var journey = await StartAsync(client);
        await journey.PostAsync("immediate-danger", new() { ["Danger"] = "no" });

        var noDanger = await journey.PostAsync("immediate-danger", []);
        (await noDanger.GetDocumentAsync()).QuerySelector(".govuk-error-summary").Text().ShouldContain("Select yes if anyone is in immediate danger");

        var what = await client.PostAsync(journey.Path("what-you-saw"), new FormUrlEncodedContent(
        [
            new("AdultSigns", nameof(Indicators.Injuries)),
            new("ChildSigns", nameof(Indicators.CountyLines)),
            new("WhatWasSeen", ""),
            new("__RequestVerificationToken", (await client.GetDocumentAsync(journey.Path("what-you-saw"))).AntiforgeryToken()),
        ]));
        what.StatusCode.ShouldBe(HttpStatusCode.OK);
        var whatPage = await what.GetDocumentAsync();
        whatPage.QuerySelector(".govuk-error-summary").Text().ShouldContain("Tell us what you saw");
        whatPage.QuerySelector($"input[name=AdultSigns][value={nameof(Indicators.Injuries)}]")!.HasAttribute("checked").ShouldBeTrue();
        whatPage.QuerySelector($"input[name=ChildSigns][value={nameof(Indicators.CountyLines)}]")!.HasAttribute("checked").ShouldBeTrue();

        var form = Seen("31 2 2026");
        form["PlaceType"] = "";
        var where = await journey.PostAsync("where-and-when", form);
        where.StatusCode.ShouldBe(HttpStatusCode.OK);
        var wherePage = await where.GetDocumentAsync();
        var errors = wherePage.QuerySelector(".govuk-error-summary").Text();
        errors.ShouldContain("Date you saw this must be a real date");
        errors.ShouldContain("Select the kind of place");
        wherePage.QuerySelector("input[name='SeenOn.Day']")!.GetAttribute("value").ShouldBe("31");
        wherePage.QuerySelector("textarea[name=WhereSeen]").Text().ShouldBe("The car wash behind the retail park on Mill Road");
        wherePage.QuerySelector("input[name=Town]")!.GetAttribute("value").ShouldBe("Northbridge");

        var person = await journey.PostAsync("person", new() { ["Known"] = "yes", ["PersonName"] = "", ["PersonOtherNames"] = "Little one" });
        var personPage = await person.GetDocumentAsync();
        personPage.QuerySelector(".govuk-error-summary").Text().ShouldContain("Enter their name, or select no");
        personPage.QuerySelector("input[name=PersonOtherNames]")!.GetAttribute("value").ShouldBe("Little one");
    }

    [Fact]
    public async Task CheckAnswers_ChangeLink_ReturnsToCheckAnswers()
    {
        var council = await CouncilAsync();
        var client = await App.SignInAsync(council.HousingOfficer);
        var journey = await AnswerAllAsync(client, "Adult");
        var answers = await client.GetDocumentAsync(journey.Path("check-answers"));
        var change = answers.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).First(h => h == journey.Path("age") + "?change=true")!;

        var changed = await journey.PostAsync("age?change=true", new() { ["Age"] = "Under18", ["EstimatedAge"] = "15", ["Gender"] = "Female", ["Nationality"] = "" });

        change.ShouldNotBeNull();
        changed.Headers.Location!.OriginalString.ShouldBe(journey.Path("check-answers"));
        (await client.GetDocumentAsync(journey.Path("check-answers"))).QuerySelector("[data-testid=answers]").Text().ShouldContain("Under 18 (about 15)");
    }

    [Fact]
    public async Task Submit_Twice_RaisesOneConcern()
    {
        var council = await CouncilAsync();
        var client = await App.SignInAsync(council.HousingOfficer);
        var journey = await AnswerAllAsync(client, "Under18");
        var token = (await client.GetDocumentAsync(journey.Path("check-answers"))).AntiforgeryToken();

        var first = client.PostAsync(journey.Path("check-answers"), new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        var second = client.PostAsync(journey.Path("check-answers"), new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        var responses = await Task.WhenAll(first, second);
        var third = await client.PostAsync(journey.Path("check-answers"), new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        (await App.QueryAsync(db => db.Concerns.CountAsync(c => c.JourneyId == journey.Id))).ShouldBe(1);
        var concern = await ConcernOfAsync(journey);
        responses.Append(third).ShouldAllBe(r => r.StatusCode == HttpStatusCode.Redirect && r.Headers.Location!.OriginalString == $"/concerns/{concern.Id}/raised");
        (await App.QueryAsync(db => db.AuditEvents.CountAsync(e => e.EntityId == concern.Id && e.Action == "Concern raised"))).ShouldBe(1);
    }

    [Fact]
    public async Task Raise_EmailsTheQueueAndCommunitySafety_WithoutPersonalData()
    {
        var council = await CouncilAsync();
        var client = await App.SignInAsync(council.HousingOfficer);
        var journey = await AnswerAllAsync(client, "Under18", name: "Besnik Placeholder");

        await SubmitAsync(journey);

        var concern = await ConcernOfAsync(journey);
        var emails = await App.QueryAsync(db => db.OutboxEmails.Where(e => e.Body.Contains(concern.Reference)).ToListAsync());
        emails.Select(e => e.To).Order().ShouldBe(new[] { council.Mash1.Email, council.Safety1.Email }.Order());
        emails.ShouldNotContain(e => e.To == council.Adult1.Email);
        emails.ShouldAllBe(e => e.Body.Contains($"/concerns/{concern.Id}") && e.Subject.Contains(concern.Reference));
        emails.ShouldAllBe(e => !e.Body.Contains("Besnik") && !e.Subject.Contains("Besnik") && !e.Body.Contains("Placeholder"));
        emails.ShouldAllBe(e => !e.Body.Contains("Mill Road") && !e.Body.Contains("owe them"));
    }

    [Fact]
    public async Task Journey_Addresses_NeverHoldPersonalData()
    {
        var council = await CouncilAsync();
        var client = await App.SignInAsync(council.HousingOfficer);
        var journey = await AnswerAllAsync(client, "Under18", name: "Dritan Example");

        await SubmitAsync(journey);

        journey.Locations.ShouldNotBeEmpty();
        journey.Locations.ShouldAllBe(l => !l.Contains("Dritan") && !l.Contains("Example") && !l.Contains("Mill"));
    }

    [Fact]
    public async Task Concern_OtherOrganisationsUser_GetsNotFound_TheRaiserSeesIt()
    {
        var council = await CouncilAsync();
        var client = await App.SignInAsync(council.HousingOfficer);
        var journey = await AnswerAllAsync(client, "Adult");
        await SubmitAsync(journey);
        var concern = await ConcernOfAsync(journey);
        var outsider = await App.SignInAsync(await App.CreateUserAsync(await App.CreateOrganisationAsync(OrganisationType.Police), [Role.Partner]));

        (await outsider.GetAsync($"/concerns/{concern.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await outsider.GetAsync($"/concerns/{concern.Id}/raised")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await outsider.GetDocumentAsync("/concerns")).QuerySelector("main").Text().ShouldNotContain(concern.Reference);

        var list = await client.GetDocumentAsync("/concerns");
        list.QuerySelector("[data-testid=concerns]").Text().ShouldContain(concern.Reference);
        list.QuerySelector("[data-testid=concerns]").Text().ShouldContain("Waiting to be picked up");
        var page = await client.GetDocumentAsync($"/concerns/{concern.Id}");
        page.QuerySelector("h1").Text().ShouldBe($"Concern {concern.Reference}");
        page.QuerySelector("[data-testid=status]").Text().ShouldBe("Waiting to be picked up");
        page.QuerySelector("[data-testid=outcome]").Text().ShouldContain("within 24 hours");
    }

    [Fact]
    public async Task Raise_NoMashInTheArea_IsRefusedWithWhoToCall()
    {
        var council = await CouncilAsync(withMash: false);
        var client = await App.SignInAsync(council.HousingOfficer);
        var journey = await AnswerAllAsync(client, "Under18");

        var refused = await SubmitAsync(journey);

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await refused.GetDocumentAsync();
        page.QuerySelector(".govuk-error-summary").Text().ShouldContain($"There is no MASH team set up for {council.AreaName}. Call");
        (await App.QueryAsync(db => db.Concerns.CountAsync(c => c.JourneyId == journey.Id))).ShouldBe(0);
    }

    [Fact]
    public async Task Nav_SignedInStaff_SeesRaiseAConcern()
    {
        var council = await CouncilAsync();
        var client = await App.SignInAsync(council.HousingOfficer);

        var home = await client.GetDocumentAsync("/home");

        home.QuerySelectorAll(".govuk-service-navigation__link").Select(a => a.GetAttribute("href")).ShouldContain("/concerns/new");
        home.QuerySelector("[data-testid=raise-concern]")!.GetAttribute("href").ShouldBe("/concerns/new");
    }

    [Fact]
    public async Task Raise_OrganisationInTwoAreas_AsksWhichAndRoutesToThatAreasMash()
    {
        var north = await CouncilAsync();
        var south = await CouncilAsync();
        var police = await App.CreateOrganisationAsync(OrganisationType.Police, north.Organisation.AreaId);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.OrganisationAreas.Add(new OrganisationArea { OrganisationId = police.Id, AreaId = south.Organisation.AreaId });
            await db.SaveChangesAsync();
        }

        var client = await App.SignInAsync(await App.CreateUserAsync(police, [Role.Partner]));
        var journey = await StartAsync(client);
        await journey.PostAsync("immediate-danger", new() { ["Danger"] = "no" });
        var page = await client.GetDocumentAsync(journey.Path("where-and-when"));
        page.QuerySelectorAll("input[name=AreaId]").Select(i => i.GetAttribute("value")).Order()
            .ShouldBe(new[] { north.Organisation.AreaId.ToString(), south.Organisation.AreaId.ToString() }.Order());
        var unanswered = await journey.PostAsync("where-and-when", Seen());
        (await unanswered.GetDocumentAsync()).QuerySelector(".govuk-error-summary").Text().ShouldContain("Select the area where you saw this");

        var answered = await AnswerAllAsync(client, "Under18", area: south.Organisation.AreaId);
        await SubmitAsync(answered);

        var concern = await ConcernOfAsync(answered);
        concern.AreaId.ShouldBe(south.Organisation.AreaId);
        concern.TriageTeamId.ShouldBe(south.Mash);
        concern.RaisedByOrganisationId.ShouldBe(police.Id);
    }

    [Fact]
    public async Task Journey_LongestAnswers_SurviveTheEncryptedCookie()
    {
        var council = await CouncilAsync();
        var client = await App.SignInAsync(council.HousingOfficer);
        var journey = await AnswerAllAsync(client, "Adult");
        var random = new Random(42);
        string Noise(int length) => new([.. Enumerable.Range(0, length).Select(_ => (char)('a' + random.Next(26)))]);
        var seen = Noise(ConcernService.MaxWhatWasSeen);
        var words = Noise(ConcernService.MaxOwnWords);

        (await journey.PostAsync("what-you-saw?change=true", new() { ["WhatWasSeen"] = seen })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await journey.PostAsync("own-words?change=true", new() { ["OwnWords"] = words })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await SubmitAsync(journey);

        var concern = await ConcernOfAsync(journey);
        concern.WhatWasSeen.ShouldBe(seen);
        concern.OwnWords.ShouldBe(words);
    }

    [Fact]
    public async Task Concern_QueueTeamAndCommunitySafetySeeIt_TheOtherQueueDoesNot()
    {
        var council = await CouncilAsync();
        var client = await App.SignInAsync(council.HousingOfficer);
        var journey = await AnswerAllAsync(client, "Under18");
        await SubmitAsync(journey);
        var concern = await ConcernOfAsync(journey);

        (await (await App.SignInAsync(council.Mash1)).GetAsync($"/concerns/{concern.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await App.SignInAsync(council.Safety1)).GetAsync($"/concerns/{concern.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await App.SignInAsync(council.Adult1)).GetAsync($"/concerns/{concern.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Start_OrganisationWithoutAnArea_SaysWhoToCallInstead()
    {
        var charity = await App.CreateOrganisationAsync(OrganisationType.Charity);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.OrganisationAreas.Where(a => a.OrganisationId == charity.Id).ExecuteDeleteAsync();
        }

        var client = await App.SignInAsync(await App.CreateUserAsync(charity, [Role.Partner]));
        var start = await client.GetDocumentAsync("/concerns/new");

        start.QuerySelector("[data-testid=no-area]").Text().ShouldContain("08000 121 700");
        start.QuerySelector("a.govuk-button--start").ShouldBeNull();
    }
}
