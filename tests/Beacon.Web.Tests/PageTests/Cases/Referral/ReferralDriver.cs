using System.Net;
using Beacon.Core.Accounts;
using Beacon.Core.Cases;
using Beacon.Core.Concerns;
using Beacon.Core.Data;
using Beacon.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Web.Tests.PageTests.Cases.Referral;

/// <summary>Drives the referral journey through its pages as a worker would, posting what each form holds.</summary>
internal sealed class ReferralDriver(BeaconAppFactory app, HttpClient client, Guid caseId)
{
    public Guid CaseId => caseId;

    public HttpClient Client => client;

    public Guid ReferralId { get; private set; }

    public string Base => $"/cases/{caseId}/referral/{ReferralId}";

    public static async Task<(ReferralDriver Driver, TestOrganisation Council, TestUser Worker)> StartAsync(BeaconAppFactory app, CaseRoute route = CaseRoute.Child, string? personName = null)
    {
        var council = await app.CreateOrganisationAsync();
        var worker = await app.CreateUserAsync(council, [Role.FirstResponder]);
        var caseId = await app.CreateCaseAsync(council, worker.Id, "Seen working at a car wash late at night.");
        await SeedPersonAsync(app, council, worker, caseId, route, personName);
        var driver = new ReferralDriver(app, await app.SignInAsync(worker), caseId);
        await driver.StartDraftAsync();
        return (driver, council, worker);
    }

    public async Task StartDraftAsync()
    {
        var response = await PostAsync($"/cases/{caseId}/referral?handler=Start", [], tokenFrom: $"/cases/{caseId}/referral");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        ReferralId = Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    /// <summary>Posts a page's form with the antiforgery token and the version it was loaded with.</summary>
    public async Task<HttpResponseMessage> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, string? tokenFrom = null)
    {
        var (token, version) = await FormOfAsync(tokenFrom ?? path);
        return await PostWithAsync(path, fields, token, version);
    }

    public async Task<(string Token, string? Version)> FormOfAsync(string path)
    {
        var page = await client.GetDocumentAsync(path);
        return (page.AntiforgeryToken(), page.QuerySelector("input[name=Version]")?.GetAttribute("value"));
    }

    public Task<HttpResponseMessage> PostWithAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, string token, string? version)
    {
        var all = fields.ToList();
        all.Add(new("__RequestVerificationToken", token));
        if (version is not null && all.All(f => f.Key != "Version"))
        {
            all.Add(new("Version", version));
        }

        return client.PostAsync(path, new FormUrlEncodedContent(all));
    }

    public Task<HttpResponseMessage> SectionAsync(string page, params (string Key, string Value)[] fields) =>
        PostAsync($"{Base}/{page}", fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));

    public async Task AdultAsync()
    {
        (await SectionAsync("age", ("UnderEighteen", "Adult"), ("AtExploitation", "Adult"))).Headers.Location!.OriginalString.ShouldEndWith("/explanations");
    }

    public async Task ExplainAllAsync() =>
        (await SectionAsync("explanations", ("Explained", "WhatTheNrmIs"), ("Explained", "SupportAvailable"), ("Explained", "PossibleOutcomes"), ("Explained", "InformationSharing")))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

    /// <summary>Everything an NRM referral for a child needs before it can be submitted.</summary>
    public async Task CompleteChildNrmAsync()
    {
        (await SectionAsync("first-responder", ("WorkEmail", "worker@council.example"), ("Nation", "England"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await SectionAsync("age", ("UnderEighteen", "Under18"), ("ContactName", "Duty social worker"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await SectionAsync("insight", ("WhyReferring", "Indicators of criminal exploitation"), ("IndicatorsIdentified", "true"), ("Indicators", "CountyLines"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await SectionAsync("where", ("ExploitedIn", "Uk"), ("UkTowns", "Leeds"), ("UkTowns", "Bradford"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await SectionAsync("exploiters", ("Components", "ForcedCriminality"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await SectionAsync("person", ("Gender", "Male"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await SectionAsync("contact", ("ResponderName", "A Worker"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    public Task<HttpResponseMessage> SubmitAsync() => PostAsync($"{Base}/check", []);

    public Task<Core.Cases.Referral> ReferralAsync() => app.QueryAsync(db => db.Referrals.SingleAsync(r => r.Id == ReferralId));

    /// <summary>The case's person, an alias, a name key and a concern, all carrying the synthetic name.</summary>
    private static async Task SeedPersonAsync(BeaconAppFactory app, TestOrganisation council, TestUser worker, Guid caseId, CaseRoute route, string? name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Scope = Beacon.Core.Access.AccessScope.ForSystem();
        var @case = await db.Cases.SingleAsync(c => c.Id == caseId);
        @case.Route = route;
        if (name is not null)
        {
            db.CasePeople.Add(new CasePerson { CaseId = caseId, FirstName = name, LastName = "Testperson", DateOfBirth = new DateOnly(1990, 1, 2), Phone = "07700 900123", Gender = Gender.Male, Version = Guid.NewGuid() });
            db.PersonAliases.Add(new PersonAlias { Id = Guid.NewGuid(), CaseId = caseId, Name = name + " Alias", Kind = AliasKind.Nickname });
            db.PersonNameKeys.Add(new PersonNameKey { CaseId = caseId, Key = name.ToUpperInvariant() });
            db.Concerns.Add(new Concern
            {
                Id = Guid.NewGuid(),
                Reference = $"C-T-{Guid.NewGuid().ToString("N")[..8]}",
                AreaId = council.AreaId,
                RaisedByUserId = worker.Id,
                RaisedByOrganisationId = council.Id,
                RaisedAt = app.Time.GetUtcNow(),
                JourneyId = Guid.NewGuid(),
                Status = ConcernStatus.CaseOpened,
                Route = route,
                TriageTeamId = council.TeamId,
                WhatWasSeen = "Working long hours at a car wash",
                WhereSeen = "High Street",
                PersonKnown = true,
                PersonName = name + " Testperson",
                PersonOtherNames = name + " Alias",
                PersonDateOfBirth = new DateOnly(1990, 1, 2),
                Age = route == CaseRoute.Child ? AgeAnswer.Under18 : AgeAnswer.Adult,
                CaseId = caseId,
                Version = Guid.NewGuid(),
            });
        }

        await db.SaveChangesAsync();
    }
}
