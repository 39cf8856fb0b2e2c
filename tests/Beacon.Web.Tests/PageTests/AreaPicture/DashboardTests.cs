using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Beacon.Core.Access;
using Beacon.Core.Accounts;
using Beacon.Core.AreaPicture;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Core.Organisations;
using Beacon.Core.Statistics;
using Beacon.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Web.Tests.PageTests.AreaPicture;

/// <summary>The dashboard's counts are the records' counts: generated referrals across quarter boundaries, counted independently here.</summary>
public class DashboardTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private static readonly string[] Nationalities = ["Albania", "Vietnam", "United Kingdom", "Eritrea", "Sudan"];

    private static readonly DateOnly[] Boundaries =
    [
        new(2024, 12, 31), new(2025, 1, 1), new(2025, 3, 31), new(2025, 4, 1), new(2025, 6, 30),
        new(2025, 7, 1), new(2025, 9, 30), new(2025, 10, 1), new(2025, 12, 31), new(2026, 1, 1),
    ];

    private BeaconAppFactory App => app.Factory;

    [Fact]
    public async Task Dashboard_GeneratedArea_CountsEqualTheRecordsByQuarterAndPublishedCategory()
    {
        var (council, coordinator, generated) = await GenerateAreaAsync(seed: 7, count: 240);
        var client = await App.SignInAsync(coordinator);

        var page = await client.GetDocumentAsync("/area-picture?from=2025-q1&to=2025-q4");

        // Independently: submitted referrals in the area, made from 1 January to 31 December 2025.
        var counted = generated.Where(r => r.Submitted && r.InArea && r.ReferredOn.Year == 2025).ToList();
        counted.Count.ShouldBeGreaterThan(100);
        var quarters = Table(page, "referrals-by-quarter");
        for (var q = 1; q <= 4; q++)
        {
            var inQuarter = counted.Where(r => (r.ReferredOn.Month + 2) / 3 == q).ToList();
            quarters[$"Q{q} 2025"].ShouldBe([Count(inQuarter, ReferralKind.Nrm), Count(inQuarter, ReferralKind.DutyToNotify), inQuarter.Count.ToString("N0", CultureInfo.GetCultureInfo("en-GB"))]);
        }

        quarters["Total"][2].ShouldBe(counted.Count.ToString("N0", CultureInfo.GetCultureInfo("en-GB")));

        AssertCategory(Table(page, "referrals-by-exploitation-type"), counted, r => PublishedCategories.ExploitationType(r.Exploitation));
        AssertCategory(Table(page, "referrals-by-gender"), counted, r => PublishedCategories.Gender(r.Gender));
        AssertCategory(Table(page, "referrals-by-location"), counted, r => PublishedCategories.Location(r.ExploitedIn));
        AssertCategory(Table(page, "referrals-by-age"), counted, r => PublishedCategories.AgeAtExploitation(r.AgeAtExploitation));
        AssertCategory(Table(page, "referrals-by-nationality"), counted, r => r.Nationality ?? PublishedCategories.NotSpecified);

        // The mapping, by hand, for two combinations the generator always makes.
        var exploitation = Table(page, "referrals-by-exploitation-type");
        exploitation["Sexual & Criminal"][0].ShouldBe(Count(counted.Where(r => r.Exploitation == (ExploitationComponents.ForcedProstitution | ExploitationComponents.ForcedCriminality)), ReferralKind.Nrm));
        exploitation.ShouldContainKey("Labour, Domestic & Criminal");
        Table(page, "referrals-by-first-responder-type")["Local Authority"][2].ShouldBe(counted.Count.ToString("N0", CultureInfo.GetCultureInfo("en-GB")));
        council.ShouldNotBe(default);
    }

    [Fact]
    public async Task Dashboard_OneQuarter_CountsOnlyThatQuarterBoundariesIncluded()
    {
        var (_, coordinator, generated) = await GenerateAreaAsync(seed: 11, count: 60);
        var client = await App.SignInAsync(coordinator);

        var page = await client.GetDocumentAsync("/area-picture?from=2025-q2&to=2025-q2");

        var expected = generated.Count(r => r.Submitted && r.InArea && r.ReferredOn >= new DateOnly(2025, 4, 1) && r.ReferredOn <= new DateOnly(2025, 6, 30));
        generated.ShouldContain(r => r.Submitted && r.InArea && r.ReferredOn == new DateOnly(2025, 4, 1));
        generated.ShouldContain(r => r.Submitted && r.InArea && r.ReferredOn == new DateOnly(2025, 6, 30));
        Table(page, "referrals-by-quarter")["Q2 2025"][2].ShouldBe(expected.ToString("N0", CultureInfo.GetCultureInfo("en-GB")));
        Table(page, "referrals-by-quarter").Keys.ShouldBe(["Q2 2025", "Total"]);
    }

    [Fact]
    public async Task Dashboard_ReasonableGroundsTimeliness_MedianAndWorkingDaysByHand()
    {
        var council = await App.CreateOrganisationAsync();
        var coordinator = await App.CreateUserAsync(council, [Role.CommunitySafetyCoordinator]);
        var worker = await App.CreateUserAsync(council, [Role.FirstResponder]);
        var caseId = await App.CreateCaseAsync(council, worker.Id);

        // Monday 2 June 2025 + 5 working days = Monday 9 June (7 days, in time).
        // Friday 22 August 2025: Monday 25 August is a bank holiday, so due Monday 1 September (10 days, in time).
        // Tuesday 1 July 2025 decided Thursday 10 July (9 days, late: due Tuesday 8 July).
        await DecidedAsync(caseId, worker.Id, council, new DateOnly(2025, 6, 2), new DateOnly(2025, 6, 9));
        await DecidedAsync(caseId, worker.Id, council, new DateOnly(2025, 8, 22), new DateOnly(2025, 9, 1));
        await DecidedAsync(caseId, worker.Id, council, new DateOnly(2025, 7, 1), new DateOnly(2025, 7, 10));
        var client = await App.SignInAsync(coordinator);

        var page = await client.GetDocumentAsync("/area-picture?from=2025-q2&to=2025-q3");

        var timeliness = Table(page, "time-to-reasonable-grounds");
        timeliness["Q2 2025"].ShouldBe(["1", "7", "1", "100%"]);
        timeliness["Q3 2025"].ShouldBe(["2", "9.5", "1", "50%"]);
        timeliness["All"].ShouldBe(["3", "9", "2", "67%"]);
        Table(page, "decisions-made")["Reasonable grounds"].ShouldBe(["3", "0", "3"]);
        // As at 30 September 2025: waiting since 9 June (113 days), 10 July (82) and 1 September (29).
        Table(page, "waiting-for-conclusive-grounds")["Under 3 months"].ShouldBe(["2"]);
        Table(page, "waiting-for-conclusive-grounds")["3 to 6 months"].ShouldBe(["1"]);
        Table(page, "waiting-for-conclusive-grounds")["Total"].ShouldBe(["3"]);
    }

    [Fact]
    public async Task Dashboard_BoardMember_SeesTheCountsOfCasesTheyCannotOpen_AndNoDrillDown()
    {
        var (_, coordinator, generated) = await GenerateAreaAsync(seed: 3, count: 30);
        var board = await App.CreateUserAsync(await OrganisationOfAsync(coordinator), [Role.BoardMember]);
        var client = await App.SignInAsync(board);

        var page = await client.GetDocumentAsync("/area-picture?from=2025-q1&to=2025-q4");

        var expected = generated.Count(r => r.Submitted && r.InArea && r.ReferredOn.Year == 2025);
        Table(page, "referrals-by-quarter")["Total"][2].ShouldBe(expected.ToString(CultureInfo.InvariantCulture));
        page.QuerySelectorAll("a[href^='/cases']").ShouldBeEmpty();
        (await client.GetAsync("/cases")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var coordinatorPage = await (await App.SignInAsync(coordinator)).GetDocumentAsync("/area-picture?from=2025-q1&to=2025-q4");
        coordinatorPage.QuerySelectorAll("#referrals-by-quarter a[href^='/cases?referred=2025-q1']").Length.ShouldBe(1);
    }

    [Fact]
    public async Task Dashboard_EachLook_IsAnAccessLogRow()
    {
        var council = await App.CreateOrganisationAsync();
        var coordinator = await App.CreateUserAsync(council, [Role.CommunitySafetyCoordinator]);
        var client = await App.SignInAsync(coordinator);

        await client.GetDocumentAsync("/area-picture");
        await client.GetDocumentAsync("/area-picture?audience=outside");

        var rows = await App.QueryAsync(db => db.AccessLog.Where(a => a.UserId == coordinator.Id && a.ResourceType == "AreaPicture").Select(a => a.Action).ToListAsync());
        rows.ShouldBe(["Viewed", "Viewed as shared outside the partnership"], ignoreOrder: true);
    }

    [Fact]
    public async Task Dashboard_CraftedAreaOfAnotherPartnership_IsIgnored()
    {
        var (_, coordinator, _) = await GenerateAreaAsync(seed: 5, count: 20);
        var (_, _, elsewhere) = await GenerateAreaAsync(seed: 6, count: 20);
        var otherArea = elsewhere.First().AreaId;
        var client = await App.SignInAsync(coordinator);

        var crafted = await client.GetDocumentAsync($"/area-picture?from=2025-q1&to=2025-q4&area={otherArea}");
        var own = await client.GetDocumentAsync("/area-picture?from=2025-q1&to=2025-q4");

        Table(crafted, "referrals-by-quarter")["Total"].ShouldBe(Table(own, "referrals-by-quarter")["Total"]);
    }

    [Fact]
    public async Task Dashboard_OutsideThePartnership_NoLocalCountFromOneToFourIsShown_AndEveryChartHasItsTable()
    {
        var (_, coordinator, _) = await GenerateAreaAsync(seed: 13, count: 90);
        var client = await App.SignInAsync(coordinator);

        var inside = await client.GetDocumentAsync("/area-picture?from=2025-q1&to=2025-q4");
        var outside = await client.GetDocumentAsync("/area-picture?from=2025-q1&to=2025-q4&audience=outside");

        // The generated area has small categories, so the partnership's view shows counts of 1 to 4 ...
        Cells(inside).Any(IsSmall).ShouldBeTrue();

        // ... and the outside view none, nor the businesses.
        Cells(outside).Where(IsSmall).ShouldBeEmpty();
        Cells(outside).ShouldContain("fewer than 5");
        outside.QuerySelector("[data-testid=report-businesses]").ShouldBeNull();
        foreach (var chart in outside.QuerySelectorAll("[data-testid=chart] svg"))
        {
            chart.GetAttribute("role").ShouldBe("img");
            chart.Closest("section")!.QuerySelector("table").ShouldNotBeNull();
        }
    }

    [Fact]
    public async Task Export_CsvAndExcel_AreTheTablesFigures_AndEachDownloadIsLogged()
    {
        var (_, coordinator, generated) = await GenerateAreaAsync(seed: 17, count: 40);
        var client = await App.SignInAsync(coordinator);

        var csv = await client.GetAsync("/area-picture/export?from=2025-q1&to=2025-q4&table=referrals-by-quarter&format=csv");
        var xlsx = await client.GetAsync("/area-picture/export?from=2025-q1&to=2025-q4&table=all&format=xlsx");

        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n");
        var total = generated.Count(r => r.Submitted && r.InArea && r.ReferredOn.Year == 2025);
        lines.ShouldContain(l => l.StartsWith("Total,", StringComparison.Ordinal) && l.EndsWith("," + total.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        var bytes = await xlsx.Content.ReadAsByteArrayAsync();
        bytes[..2].ShouldBe("PK"u8.ToArray());
        xlsx.Content.Headers.ContentDisposition!.FileName!.ShouldContain("beacon-area-picture-all-2025-q1-to-2025-q4.xlsx");
        (await client.GetAsync("/area-picture/export?table=no-such-table&format=csv")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var logged = await App.QueryAsync(db => db.AccessLog.Where(a => a.UserId == coordinator.Id && a.ResourceType == "AreaPicture").Select(a => a.Action).ToListAsync());
        logged.Count(a => a == "Exported").ShouldBe(2);
        var exports = await App.QueryAsync(db => db.AuditEvents.Where(e => e.UserId == coordinator.Id && e.Action == "Area picture exported").Select(e => e.Changes).ToListAsync());
        exports.Count.ShouldBe(2);
        exports.ShouldContain(c => c!.Contains("referrals-by-quarter") && c.Contains("csv") && c.Contains("Q1 2025 to Q4 2025"));
        exports.ShouldContain(c => c!.Contains("\"all\"") && c.Contains("xlsx"));
    }

    private static bool IsSmall(string cell) => cell is "1" or "2" or "3" or "4";

    private static List<string> Cells(IDocument page) =>
        [.. page.QuerySelectorAll("[data-testid^=report-] td").Select(td => td.Text().Trim())];

    private async Task<TestOrganisation> OrganisationOfAsync(TestUser user) =>
        await App.QueryAsync(db => db.Organisations.Where(o => o.Id == user.OrganisationId)
            .Select(o => new TestOrganisation(o.Id, o.Name, o.Type, user.TeamId!.Value, db.OrganisationAreas.Where(a => a.OrganisationId == o.Id).Select(a => a.AreaId).First()))
            .SingleAsync());

    private static string Count(IEnumerable<Generated> rows, ReferralKind kind) =>
        rows.Count(r => r.Kind == kind).ToString("N0", CultureInfo.GetCultureInfo("en-GB"));

    private static void AssertCategory(Dictionary<string, string[]> table, List<Generated> counted, Func<Generated, string> category)
    {
        var expected = counted.GroupBy(category).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var (label, rows) in expected)
        {
            table.ShouldContainKey(label);
            table[label].ShouldBe([Count(rows, ReferralKind.Nrm), Count(rows, ReferralKind.DutyToNotify), rows.Count.ToString("N0", CultureInfo.GetCultureInfo("en-GB"))], $"row {label}");
        }

        table.Keys.Where(k => k != "Total" && !expected.ContainsKey(k)).ShouldAllBe(k => table[k][2] == "0", "rows with no records are zero");
        table["Total"][2].ShouldBe(counted.Count.ToString("N0", CultureInfo.GetCultureInfo("en-GB")));
    }

    /// <summary>The rows of a dashboard table by their label: the cells after it.</summary>
    private static Dictionary<string, string[]> Table(IDocument page, string key)
    {
        var section = page.QuerySelector($"[data-testid=report-{key}]");
        section.ShouldNotBeNull($"table {key} on the page titled {page.Title}: {page.QuerySelector("main")?.TextContent[..Math.Min(600, page.QuerySelector("main")?.TextContent.Length ?? 0)]}");
        return section.QuerySelectorAll("tbody tr").ToDictionary(
            tr => tr.QuerySelector("th")!.ChildNodes.OfType<IText>().Select(t => t.Text).FirstOrDefault(t => t.Trim().Length > 0)?.Trim()
                ?? tr.QuerySelector("th a")!.ChildNodes.OfType<IText>().First().Text.Trim(),
            tr => tr.QuerySelectorAll("td").Select(td => td.Text().Trim()).ToArray());
    }

    private sealed record Generated(Guid AreaId, bool InArea, bool Submitted, DateOnly ReferredOn, ReferralKind Kind, Gender Gender, ExploitationComponents Exploitation, ExploitedIn ExploitedIn, AgeAnswer? AgeAtExploitation, string? Nationality);

    /// <summary>
    /// A council with <paramref name="count"/> referrals spread over 2024 to 2026, every quarter
    /// boundary day among them, plus drafts and a neighbouring area's referrals that must not count.
    /// </summary>
    private async Task<(TestOrganisation Council, TestUser Coordinator, List<Generated> Referrals)> GenerateAreaAsync(int seed, int count)
    {
        var council = await App.CreateOrganisationAsync();
        var neighbour = await App.CreateOrganisationAsync();
        var coordinator = await App.CreateUserAsync(council, [Role.CommunitySafetyCoordinator]);
        var worker = await App.CreateUserAsync(council, [Role.FirstResponder]);
        var neighbourWorker = await App.CreateUserAsync(neighbour, [Role.FirstResponder]);
        var ourCase = await App.CreateCaseAsync(council, worker.Id);
        var theirCase = await App.CreateCaseAsync(neighbour, neighbourWorker.Id);
        var random = new Random(seed);
        var generated = new List<Generated>();
        var components = Enum.GetValues<ExploitationComponents>().Where(c => c != 0 && (c & (c - 1)) == 0).ToArray();

        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Scope = AccessScope.ForSystem();
        for (var i = 0; i < count; i++)
        {
            var inArea = i % 7 != 6;
            var submitted = i % 11 != 10;
            var day = i < Boundaries.Length * 2 ? Boundaries[i % Boundaries.Length] : new DateOnly(2024, 11, 1).AddDays(random.Next(480));
            var exploitation = i switch
            {
                0 or 1 => ExploitationComponents.ForcedProstitution | ExploitationComponents.ForcedCriminality,
                2 => ExploitationComponents.WagesTaken | ExploitationComponents.DomesticServitude | ExploitationComponents.ForcedCriminality,
                _ => random.Next(6) == 0 ? 0 : components[random.Next(components.Length)] | (random.Next(4) == 0 ? components[random.Next(components.Length)] : 0),
            };
            var adult = random.Next(3) > 0;
            var kind = adult && random.Next(4) == 0 ? ReferralKind.DutyToNotify : ReferralKind.Nrm;
            var ageAtExploitation = adult ? random.Next(5) switch { 0 => AgeAnswer.Under18, 1 => AgeAnswer.NotSure, _ => AgeAnswer.Adult } : AgeAnswer.Under18;
            var gender = (Gender)random.Next(Enum.GetValues<Gender>().Length);
            var exploitedIn = (ExploitedIn)random.Next(Enum.GetValues<ExploitedIn>().Length);
            var nationality = random.Next(6) == 0 ? null : Nationalities[random.Next(Nationalities.Length)];
            var areaId = inArea ? council.AreaId : neighbour.AreaId;

            // The one-draft-per-case index: each draft on a case of its own.
            var caseId = submitted ? (inArea ? ourCase : theirCase) : await App.CreateCaseAsync(inArea ? council : neighbour, inArea ? worker.Id : neighbourWorker.Id);
            db.Referrals.Add(new Referral
            {
                Id = Guid.NewGuid(),
                CaseId = caseId,
                Kind = kind,
                Status = submitted ? ReferralStatus.Submitted : ReferralStatus.Draft,
                AnswersJson = "{}",
                UnderEighteen = adult ? AgeAnswer.Adult : AgeAnswer.Under18,
                UnderEighteenAtExploitation = ageAtExploitation,
                ConsentGiven = adult ? kind == ReferralKind.Nrm : null,
                ExplanationsGiven = adult ? ConsentExplanations.All : ConsentExplanations.None,
                Exploitation = exploitation,
                ExploitedIn = exploitedIn,
                Gender = gender,
                NationalityCode = nationality,
                StartedAt = App.Time.GetUtcNow(),
                StartedByUserId = worker.Id,
                SubmittedAt = submitted ? App.Time.GetUtcNow() : null,
                SubmittedByUserId = submitted ? worker.Id : null,

                // A draft has no referral day; give it one anyway, so that counting drafts would show.
                ReferredOn = day,
                AreaId = areaId,
                Route = adult ? CaseRoute.Adult : CaseRoute.Child,
                FirstResponderOrganisationId = inArea ? council.Id : neighbour.Id,
                FirstResponderTeamId = inArea ? council.TeamId : neighbour.TeamId,
                Version = Guid.NewGuid(),
            });
            generated.Add(new Generated(areaId, inArea, submitted, day, kind, gender, exploitation, exploitedIn, ageAtExploitation, nationality));
        }

        await db.SaveChangesAsync();
        return (council, coordinator, generated);
    }

    private async Task DecidedAsync(Guid caseId, Guid worker, TestOrganisation council, DateOnly referredOn, DateOnly decidedOn)
    {
        var referralId = await App.CreateSubmittedReferralAsync(caseId, worker, referredOn);
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Scope = AccessScope.ForSystem();
        var referral = await db.Referrals.SingleAsync(r => r.Id == referralId);
        referral.AreaId = council.AreaId;
        referral.FirstResponderOrganisationId = council.Id;
        db.NrmDecisions.Add(new NrmDecision
        {
            Id = Guid.NewGuid(),
            CaseId = caseId,
            ReferralId = referralId,
            Kind = DecisionKind.ReasonableGrounds,
            Outcome = DecisionOutcome.Positive,
            DecidedOn = decidedOn,
            DecisionMaker = DecisionMaker.SingleCompetentAuthority,
            RecordedAt = App.Time.GetUtcNow(),
            RecordedByUserId = worker,
        });
        await db.SaveChangesAsync();
    }
}
