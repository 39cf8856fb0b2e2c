using System.Net;
using Beacon.Core.Access;
using Beacon.Core.Accounts;
using Beacon.Core.Data;
using Beacon.Core.Statistics;
using Beacon.Tests.Shared;
using Beacon.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Web.Tests.PageTests.AreaPicture.National;

/// <summary>The comparison page: the area's own referrals beside the imported national figures for the same quarter.</summary>
public class ComparisonPageTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private BeaconAppFactory App => app.Factory;

    [Fact]
    public async Task Comparison_Q4_2023_ShowsTheAreasReferralsBesideTheNationalFigure()
    {
        await ImportAsync("nrm_referrals_longitudinal.csv");
        var council = await App.CreateOrganisationAsync();
        var coordinator = await App.CreateUserAsync(council, [Role.CommunitySafetyCoordinator]);
        var worker = await App.CreateUserAsync(council, [Role.FirstResponder]);
        var caseId = await App.CreateCaseAsync(council, worker.Id);
        foreach (var day in new[] { new DateOnly(2023, 10, 2), new DateOnly(2023, 11, 15), new DateOnly(2023, 12, 31) })
        {
            var referral = await App.CreateSubmittedReferralAsync(caseId, worker.Id, day);
            await App.QueryAsync(async db =>
            {
                var r = await db.Referrals.SingleAsync(x => x.Id == referral);
                r.AreaId = council.AreaId;
                r.FirstResponderOrganisationId = council.Id;
                return await db.SaveChangesAsync();
            });
        }

        var client = await App.SignInAsync(coordinator);
        var page = await client.GetDocumentAsync("/area-picture/national/comparison?from=2023-q4&to=2023-q4");

        // 1,978 adults + 1,945 children + 219 not specified in the published Q4 2023 referrals.
        var byQuarter = page.QuerySelector("[data-testid=report-national-by-quarter]");
        byQuarter.ShouldNotBeNull();
        var row = byQuarter.QuerySelectorAll("tbody tr").First(tr => tr.QuerySelector("th")!.Text().Trim() == "Q4 2023");
        var cells = row.QuerySelectorAll("td").Select(td => td.Text().Trim()).ToList();
        cells.ShouldContain("3");
        cells.ShouldContain("4,142");
        byQuarter.Text().ShouldContain("Q4 2023");
    }

    [Fact]
    public async Task Comparison_Staff_IsForbidden()
    {
        var council = await App.CreateOrganisationAsync();
        var client = await App.SignInAsync(await App.CreateUserAsync(council, [Role.Staff]));

        (await client.GetAsync("/area-picture/national/comparison")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private async Task ImportAsync(string file)
    {
        if (await App.QueryAsync(db => db.StatisticsEditions.AnyAsync(e => e.Name == "Q4 2023")))
        {
            return;
        }

        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Scope = AccessScope.ForSystem();
        await using var content = File.OpenRead(TestFixtures.NrmStatistics(file));
        var result = await scope.ServiceProvider.GetRequiredService<NationalStatisticsImporter>()
            .ImportAsync(new ImportNationalStatisticsOptions("Q4 2023", file, content, "test"));
        result.Succeeded.ShouldBeTrue(string.Join("; ", result.Errors));
    }
}
