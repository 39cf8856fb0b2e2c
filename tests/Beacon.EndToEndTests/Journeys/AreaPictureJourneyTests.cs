using Beacon.Core.Accounts;
using Beacon.Core.Cases;
using Beacon.EndToEndTests.Infrastructure;
using Microsoft.Playwright;

namespace Beacon.EndToEndTests.Journeys;

/// <summary>The community safety coordinator's view of the area: the dashboard, a period, the Excel workbook and the board pack's PDF.</summary>
public class AreaPictureJourneyTests(BrowserFixture browser, LiveApp app) : BrowserTest(browser, app)
{
    [Fact]
    public async Task Coordinator_FiltersAPeriod_DownloadsTheExcelWorkbook()
    {
        var area = await App.CreatePartnershipAsync();
        var coordinator = await App.CreateUserAsync(area.CommunitySafety, "Cleo Coordinator", Role.CommunitySafetyCoordinator);
        var worker = await App.CreateUserAsync(area.Mash, "Mina Mash", Role.FirstResponder);

        // Three referrals in Q1 2025 (one on its last day), two in Q2 and a Duty to Notify report in Q2.
        await App.SeedReferralsAsync(area.Mash, worker,
        [
            (new DateOnly(2025, 1, 15), ReferralKind.Nrm), (new DateOnly(2025, 2, 3), ReferralKind.Nrm), (new DateOnly(2025, 3, 31), ReferralKind.Nrm),
            (new DateOnly(2025, 4, 1), ReferralKind.Nrm), (new DateOnly(2025, 6, 30), ReferralKind.Nrm), (new DateOnly(2025, 5, 5), ReferralKind.DutyToNotify),
        ]);

        await Page.SignInAsync(coordinator);
        await Page.GotoAsync("/area-picture");
        await Axe.AssertNoViolationsAsync(Page);

        await Page.GetByLabel("From", new() { Exact = true }).SelectOptionAsync("2025-q1");
        await Page.GetByLabel("To", new() { Exact = true }).SelectOptionAsync("2025-q1");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Show figures" }).ClickAsync();

        Page.Url.ShouldContain("from=2025-q1");
        var quarters = Page.GetByTestId("report-referrals-by-quarter");
        (await quarters.Locator("tbody tr").First.InnerTextAsync()).ShouldContain("3");
        (await quarters.Locator("tbody tr").Last.InnerTextAsync()).ShouldBe("Total\t3\t0\t3");
        (await quarters.Locator("svg[role=img]").CountAsync()).ShouldBe(1);
        await Axe.AssertNoViolationsAsync(Page);

        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByTestId("download-all-xlsx").ClickAsync());
        download.SuggestedFilename.ShouldBe("beacon-area-picture-all-2025-q1-to-2025-q1.xlsx");
        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path!);
        bytes[..2].ShouldBe("PK"u8.ToArray());

        // As it would be shared outside the partnership, the 3 is "fewer than 5".
        await Page.GetByLabel("Show as it would be shared outside the partnership").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Show figures" }).ClickAsync();
        (await Page.GetByTestId("report-referrals-by-quarter").Locator("tbody tr").Last.InnerTextAsync()).ShouldContain("fewer than 5");
        await Axe.AssertNoViolationsAsync(Page);

        // The victims sub-group's pack for Q2 2025: a narrative, a version, its PDF.
        await Page.GotoAsync("/area-picture");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Quarterly packs and board reports" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Start a pack" }).Or(Page.GetByRole(AriaRole.Link, new() { Name = "Start a pack" })).ClickAsync();
        await Page.GetByLabel("Victims sub-group pack (quarterly)").CheckAsync();
        await Page.GetByLabel("Quarter (for a victims sub-group pack)").SelectOptionAsync("2025-q2");
        await Page.GetByLabel("The partnership (real counts)").CheckAsync();
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Start the pack" }).ClickAsync();
        await Page.GetByLabel("Summary").FillAsync("Referrals held steady; one Duty to Notify report.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save the narrative" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create version 1" }).ClickAsync();
        await Page.WaitForURLAsync("**/versions/1");
        (await Page.Locator("main").InnerTextAsync()).ShouldContain("Referrals held steady; one Duty to Notify report.");
        await Axe.AssertNoViolationsAsync(Page);

        var pdf = await Page.RunAndWaitForDownloadAsync(() => Page.GetByTestId("download-pdf").ClickAsync());
        pdf.SuggestedFilename.ShouldEndWith(".pdf");
        var pdfBytes = await File.ReadAllBytesAsync((await pdf.PathAsync())!);
        System.Text.Encoding.ASCII.GetString(pdfBytes, 0, 8).ShouldStartWith("%PDF-1.");
        AssertNoConsoleErrors();
    }
}
