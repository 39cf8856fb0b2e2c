using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Dom;
using Beacon.Core.Accounts;
using Beacon.Core.Statistics;
using Beacon.Tests.Shared;
using Beacon.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Web.Tests.PageTests.AreaPicture.National;

/// <summary>
/// The national statistics upload through the real pages. The figures are not per area, so the tests
/// of this class keep apart by edition: each uses editions of its own.
/// </summary>
public class ImportTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private const string ImportPath = "/area-picture/national/import";

    private static readonly string[] PublishedFiles =
    [
        "nrm_referrals_longitudinal.csv", "nrm_reasonable_grounds.csv", "nrm_conclusive_grounds.csv",
        "nrm_duty_to_notify_longitudinal.csv", "nrm_duty_to_notify_2023_q4.csv", "nrm_referrals_local-authority_2022_q4.csv",
        "nrm_referrals_local-authority_2023_q4.csv", "nrm_referrals_government_2023_q4.csv", "nrm_referrals_ngo_2023_q4.csv",
    ];

    private BeaconAppFactory App => app.Factory;

    private async Task<HttpClient> SignInAsync(Role role)
    {
        var organisation = await App.CreateOrganisationAsync();
        return await App.SignInAsync(await App.CreateUserAsync(organisation, [role]));
    }

    /// <summary>Posts the form as a browser would: the antiforgery token from the page, the file as multipart.</summary>
    private static async Task<HttpResponseMessage> UploadAsync(
        HttpClient client, string fileName, byte[] content, string edition, string? newEdition = null, string? year = null, string? quarter = null)
    {
        var token = (await client.GetDocumentAsync(ImportPath)).AntiforgeryToken();
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(edition), "Edition" },
            { new StringContent(newEdition ?? ""), "NewEdition" },
            { new StringContent(year ?? ""), "Year" },
            { new StringContent(quarter ?? ""), "Quarter" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "Upload", fileName);
        return await client.PostAsync(ImportPath, form);
    }

    private static Task<HttpResponseMessage> UploadFixtureAsync(HttpClient client, string fileName, string edition, string? newEdition = null) =>
        UploadAsync(client, fileName, File.ReadAllBytes(TestFixtures.NrmStatistics(fileName)), edition, newEdition);

    /// <summary>A new edition the first time, then the existing one, as a user would choose.</summary>
    private async Task<HttpResponseMessage> UploadIntoAsync(HttpClient client, string fileName, string edition, byte[]? content = null)
    {
        var exists = await App.QueryAsync(db => db.StatisticsEditions.AnyAsync(e => e.Name == edition));
        content ??= File.ReadAllBytes(TestFixtures.NrmStatistics(fileName));
        return exists ? await UploadAsync(client, fileName, content, edition) : await UploadAsync(client, fileName, content, "new", edition);
    }

    private static IReadOnlyList<string> Errors(IDocument page) =>
        [.. page.QuerySelectorAll(".govuk-error-summary__list li").Select(e => e.Text())];

    [Fact]
    public async Task Import_NinePublishedFiles_ReproducesThePublishedTotals()
    {
        var coordinator = await SignInAsync(Role.CommunitySafetyCoordinator);
        var auditBefore = await App.QueryAsync(db => db.AuditEvents.CountAsync(e => e.EntityType == NationalStatisticsImporter.AuditEntityType));

        foreach (var file in PublishedFiles)
        {
            var response = await UploadIntoAsync(coordinator, file, "Q4 2023");

            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, file);
            response.Headers.Location!.OriginalString.ShouldBe("/area-picture/national", file);
            if (file == PublishedFiles[0])
            {
                var figures = await App.QueryAsync(db => db.StatisticsImports.Where(i => i.Edition.Name == "Q4 2023").Select(i => i.FigureCount).SingleAsync());
                (await coordinator.GetDocumentAsync("/area-picture/national")).QuerySelector("[data-testid=national-notice]").Text()
                    .ShouldBe($"{figures:N0} figures imported into the Q4 2023 edition");
            }
        }

        using var scope = App.Services.CreateScope();
        var statistics = scope.ServiceProvider.GetRequiredService<NationalStatistics>();
        (await statistics.AnnualReferralsAsync(2021, "Q4 2023")).ShouldBe(new NationalCount("Q4 2023", 12_700));
        (await statistics.ReferralsByFirstResponderTypeAsync(2023, 4, "Q4 2023")).Single(c => c.FirstResponderType == "Local Authority").People.ShouldBe(1_017);
        (await statistics.ReferralsByFirstResponderTypeAsync(2023, 4, "Q4 2023")).Count.ShouldBe(3);
        (await statistics.DutyToNotifyReportsByQuarterAsync("Q4 2023")).Single(q => q.Year == 2023 && q.Quarter == 4).Count.ShouldBe(1_044);
        (await App.QueryAsync(db => db.StatisticsImports.CountAsync(i => i.Edition.Name == "Q4 2023"))).ShouldBe(9);
        (await App.QueryAsync(db => db.AuditEvents.CountAsync(e => e.EntityType == NationalStatisticsImporter.AuditEntityType))).ShouldBe(auditBefore + 9);

        var index = await coordinator.GetDocumentAsync("/area-picture/national");
        var edition = index.QuerySelectorAll("table").Single(t => t.QuerySelector("caption").Text() == "Files imported into the Q4 2023 edition");
        edition.QuerySelectorAll("tbody tr").Length.ShouldBe(9);
        edition.Text().ShouldContain("nrm_referrals_local-authority_2023_q4.csv");
        edition.Text().ShouldContain("2023 Q4 Local Authority");
        edition.Text().ShouldContain("NRM referrals by first responder");
    }

    [Fact]
    public async Task Import_SameFileTwice_LeavesOneCopy()
    {
        var coordinator = await SignInAsync(Role.CommunitySafetyCoordinator);

        (await UploadIntoAsync(coordinator, "nrm_referrals_local-authority_2023_q4.csv", "Q1 2031")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await UploadIntoAsync(coordinator, "nrm_referrals_local-authority_2023_q4.csv", "Q1 2031")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await App.QueryAsync(db => db.StatisticsImports.CountAsync(i => i.Edition.Name == "Q1 2031"))).ShouldBe(1);
        var figures = await App.QueryAsync(db => db.StatisticsImports.Where(i => i.Edition.Name == "Q1 2031").Select(i => i.FigureCount).SingleAsync());
        (await App.QueryAsync(db => db.NationalFigures.CountAsync(f => f.Edition.Name == "Q1 2031"))).ShouldBe(figures);
        (await coordinator.GetDocumentAsync("/area-picture/national")).QuerySelector("[data-testid=national-notice]").Text()
            .ShouldBe($"{figures:N0} figures imported into the Q1 2031 edition, replacing the earlier import of the same table");
    }

    [Fact]
    public async Task Import_DoublePostAtOnce_LeavesOneCopy()
    {
        var coordinator = await SignInAsync(Role.CommunitySafetyCoordinator);
        var content = File.ReadAllBytes(TestFixtures.NrmStatistics("nrm_referrals_ngo_2023_q4.csv"));

        var responses = await Task.WhenAll(
            UploadAsync(coordinator, "nrm_referrals_ngo_2023_q4.csv", content, "new", "Q1 2036"),
            UploadAsync(coordinator, "nrm_referrals_ngo_2023_q4.csv", content, "new", "Q1 2036"));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Redirect);
        (await App.QueryAsync(db => db.StatisticsEditions.CountAsync(e => e.Name == "Q1 2036"))).ShouldBe(1);
        var figures = await App.QueryAsync(db => db.StatisticsImports.Where(i => i.Edition.Name == "Q1 2036").Select(i => i.FigureCount).SingleAsync());
        (await App.QueryAsync(db => db.NationalFigures.CountAsync(f => f.Edition.Name == "Q1 2036"))).ShouldBe(figures);
    }

    [Fact]
    public async Task Import_NewerEdition_ReplacesOnlyThatEditionsFigures()
    {
        var coordinator = await SignInAsync(Role.CommunitySafetyCoordinator);
        await UploadIntoAsync(coordinator, "nrm_referrals_local-authority_2023_q4.csv", "Q1 2032");
        await UploadIntoAsync(coordinator, "nrm_referrals_local-authority_2023_q4.csv", "Q2 2032");
        var olderCount = await App.QueryAsync(db => db.NationalFigures.CountAsync(f => f.Edition.Name == "Q1 2032"));

        // A revised local authority table for Q4 2023 in the newer edition: the 2022 file, with the quarter given on the form.
        var revised = await UploadAsync(coordinator, "revised-local-authority.csv", File.ReadAllBytes(TestFixtures.NrmStatistics("nrm_referrals_local-authority_2022_q4.csv")),
            "Q2 2032", year: "2023", quarter: "4");

        revised.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var scope = App.Services.CreateScope();
        var statistics = scope.ServiceProvider.GetRequiredService<NationalStatistics>();
        var people2022 = int.Parse(File.ReadLines(TestFixtures.NrmStatistics("nrm_referrals_local-authority_2022_q4.csv"))
            .Single(l => l.StartsWith("Local Authority,Local Authority total,Total,Total,Total,Total,", StringComparison.Ordinal)).Split(',')[^1], System.Globalization.CultureInfo.InvariantCulture);
        people2022.ShouldNotBe(1_017);
        (await statistics.ReferralsByFirstResponderTypeAsync(2023, 4, "Q2 2032")).ShouldHaveSingleItem().People.ShouldBe(people2022);
        (await statistics.ReferralsByFirstResponderTypeAsync(2023, 4, "Q1 2032")).ShouldHaveSingleItem().People.ShouldBe(1_017);
        (await App.QueryAsync(db => db.NationalFigures.CountAsync(f => f.Edition.Name == "Q1 2032"))).ShouldBe(olderCount);
        (await App.QueryAsync(db => db.StatisticsImports.Where(i => i.Edition.Name == "Q2 2032").Select(i => i.FileName).ToListAsync()))
            .ShouldBe(["revised-local-authority.csv"]);
    }

    public static TheoryData<string, string, string> MalformedFiles()
    {
        var lines = File.ReadAllLines(TestFixtures.NrmStatistics("nrm_duty_to_notify_longitudinal.csv"));
        var badNumber = (string[])lines.Clone();
        badNumber[11] = badNumber[11][..badNumber[11].LastIndexOf(',')] + ",x";
        var badHeader = (string[])lines.Clone();
        badHeader[0] = "Year,Quarter,Reports";
        var badTotal = (string[])lines.Clone();
        var totalLine = Array.FindIndex(badTotal, l => l.StartsWith("2016,Total,", StringComparison.Ordinal));
        badTotal[totalLine] = "2016,Total,1";
        return new()
        {
            { string.Join('\n', badNumber), "Row 12, column 'Total': 'x' is not a whole number", "bad number" },
            { string.Join('\n', badHeader), "Row 1, column", "wrong header" },
            { string.Join('\n', badTotal), $"Row {totalLine + 1}, column 'Total'", "total that does not add up" },
        };
    }

    [Theory]
    [MemberData(nameof(MalformedFiles))]
    public async Task Import_MalformedFile_NamesTheRowAndColumnAndImportsNothing(string content, string error, string fault)
    {
        var coordinator = await SignInAsync(Role.CommunitySafetyCoordinator);
        var figuresBefore = await App.QueryAsync(db => db.NationalFigures.CountAsync());
        var importsBefore = await App.QueryAsync(db => db.StatisticsImports.CountAsync());

        var response = await UploadAsync(coordinator, "nrm_duty_to_notify_longitudinal.csv", Encoding.UTF8.GetBytes(content), "new", "q3 2033");

        response.StatusCode.ShouldBe(HttpStatusCode.OK, fault);
        var page = await response.GetDocumentAsync();
        Errors(page).ShouldContain(e => e.StartsWith(error, StringComparison.Ordinal), fault);
        Errors(page).ShouldContain("Nothing was imported. Correct the file and select it again");
        page.Title!.ShouldStartWith("Error: ");
        page.QuerySelector("input[name=Edition][value=new]")!.HasAttribute("checked").ShouldBeTrue();
        page.QuerySelector("input[name=NewEdition]")!.GetAttribute("value").ShouldBe("q3 2033");
        (await App.QueryAsync(db => db.NationalFigures.CountAsync())).ShouldBe(figuresBefore);
        (await App.QueryAsync(db => db.StatisticsImports.CountAsync())).ShouldBe(importsBefore);
        (await App.QueryAsync(db => db.StatisticsEditions.AnyAsync(e => e.Name == "Q3 2033"))).ShouldBeFalse();
    }

    [Fact]
    public async Task Import_ManyFaults_ListsTheFirstTenAndHowManyMore()
    {
        var coordinator = await SignInAsync(Role.CommunitySafetyCoordinator);
        var lines = File.ReadAllLines(TestFixtures.NrmStatistics("nrm_duty_to_notify_longitudinal.csv"));
        for (var i = 1; i <= 12; i++)
        {
            lines[i] = lines[i][..lines[i].LastIndexOf(',')] + ",-";
        }

        var response = await UploadAsync(coordinator, "nrm_duty_to_notify_longitudinal.csv", Encoding.UTF8.GetBytes(string.Join('\n', lines)), "new", "Q4 2034");

        var errors = Errors(await response.GetDocumentAsync());
        errors.Count(e => e.StartsWith("Row ", StringComparison.Ordinal)).ShouldBe(10);
        errors.ShouldContain(e => e.StartsWith("and ", StringComparison.Ordinal) && e.EndsWith("more faults", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_NoFileAndBadEdition_AsksForBoth()
    {
        var coordinator = await SignInAsync(Role.CommunitySafetyCoordinator);
        var token = (await coordinator.GetDocumentAsync(ImportPath)).AntiforgeryToken();
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("new"), "Edition" },
            { new StringContent("2023 Q4"), "NewEdition" },
        };

        var page = await (await coordinator.PostAsync(ImportPath, form)).GetDocumentAsync();

        Errors(page).ShouldBe(["Select a CSV file", "Edition must be a quarter and year, for example Q4 2023"], ignoreOrder: true);
        page.QuerySelector("input[name=NewEdition]")!.GetAttribute("value").ShouldBe("2023 Q4");
    }

    [Fact]
    public async Task Import_OneQuarterFileNotNamed_AsksForTheQuarter()
    {
        var coordinator = await SignInAsync(Role.CommunitySafetyCoordinator);

        var response = await UploadAsync(coordinator, "dtn-nationality.csv", File.ReadAllBytes(TestFixtures.NrmStatistics("nrm_duty_to_notify_2023_q4.csv")), "new", "Q4 2035");

        Errors(await response.GetDocumentAsync()).ShouldContain("The file name does not say which quarter the figures are for: enter the year and quarter");
    }

    [Fact]
    public async Task Pages_BoardMember_SeesTheIndexButMayNotImport()
    {
        var board = await SignInAsync(Role.BoardMember);

        (await board.GetAsync("/area-picture/national")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await board.GetDocumentAsync("/area-picture/national")).QuerySelector($"a[href='{ImportPath}']").ShouldBeNull();
        (await board.GetAsync(ImportPath)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var token = (await board.GetDocumentAsync("/area-picture/national")).AntiforgeryToken();
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new StringContent("new"), "Edition" } };
        (await board.PostAsync(ImportPath, form)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Pages_Staff_IsRefusedBoth()
    {
        var staff = await SignInAsync(Role.Staff);

        (await staff.GetAsync("/area-picture/national")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await staff.GetAsync(ImportPath)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
