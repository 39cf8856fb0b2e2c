using Beacon.EndToEndTests.Infrastructure;
using Microsoft.Playwright;

namespace Beacon.EndToEndTests.Journeys;

public class PublicPagesTests(BrowserFixture browser, LiveApp app) : BrowserTest(browser, app)
{
    [Fact]
    public async Task Visitor_FromStartPageToSpotTheSigns_PagesPassAxeAndRunTheirScripts()
    {
        var response = await Page.GotoAsync("/");

        response!.Status.ShouldBe(200);
        (await Page.TitleAsync()).ShouldEndWith("– Beacon");
        await Axe.AssertNoViolationsAsync(Page);
        (await Page.EvaluateAsync<bool>("document.body.classList.contains('govuk-frontend-supported')")).ShouldBeTrue("the nonce'd inline script did not run under the CSP");

        await Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Spot the signs of modern slavery and report it" }).ClickAsync();

        await Page.WaitForURLAsync("**/spot-the-signs");
        (await Page.Locator("h1").InnerTextAsync()).ShouldBe("Spot the signs of modern slavery and report it");
        await Axe.AssertNoViolationsAsync(Page);
        AssertNoConsoleErrors();
    }

    [Theory]
    [InlineData("/accessibility")]
    [InlineData("/privacy")]
    [InlineData("/cookies")]
    public async Task Visitor_OtherPublicPages_PassAxe(string path)
    {
        var response = await Page.GotoAsync(path);

        response!.Status.ShouldBe(200);
        await Axe.AssertNoViolationsAsync(Page);
        AssertNoConsoleErrors();
    }

    [Theory]
    [InlineData("/no-such-page", 404, "Page not found")]
    [InlineData("/error", 500, "Sorry, there is a problem with the service")]
    public async Task Visitor_ErrorPages_AreAccessible(string path, int status, string heading)
    {
        var response = await Page.GotoAsync(path);

        response!.Status.ShouldBe(status);
        (await Page.Locator("h1").InnerTextAsync()).ShouldBe(heading);
        await Axe.AssertNoViolationsAsync(Page);
    }

    [Fact]
    public async Task KeyboardUser_FirstTab_ReachesTheSkipLinkWhichMovesFocusToMain()
    {
        await Page.GotoAsync("/spot-the-signs");

        await Page.Keyboard.PressAsync("Tab");
        (await Page.EvaluateAsync<string>("document.activeElement.textContent.trim()")).ShouldBe("Skip to main content");
        await Page.Keyboard.PressAsync("Enter");

        (await Page.EvaluateAsync<string>("document.activeElement.id")).ShouldBe("main-content");
    }

    [Fact]
    public async Task Visitor_StartPage_IsStyledWithTheSystemFontAndNoGovUkFont()
    {
        await Page.SetViewportSizeAsync(1100, 900);
        await Page.GotoAsync("/");

        var fontFamily = await Page.EvaluateAsync<string>("getComputedStyle(document.querySelector('h1')).fontFamily");
        var headingSize = await Page.EvaluateAsync<string>("getComputedStyle(document.querySelector('h1')).fontSize");
        var fontsLoaded = await Page.EvaluateAsync<int>("[...document.fonts].length");

        fontFamily.ShouldStartWith("system-ui");
        fontFamily.ShouldNotContain("GDS Transport");
        headingSize.ShouldBe("48px");
        fontsLoaded.ShouldBe(0);

        // Kept with the test output for people to look at (the README's screenshot comes from here).
        await Page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", "start-page.png"), FullPage = true });
    }
}
