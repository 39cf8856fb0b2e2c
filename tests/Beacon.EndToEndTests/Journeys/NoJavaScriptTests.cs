using Beacon.Core.Accounts;
using Beacon.EndToEndTests.Infrastructure;
using Microsoft.Playwright;

namespace Beacon.EndToEndTests.Journeys;

public class NoJavaScriptTests(BrowserFixture browser, LiveApp app) : BrowserTest(browser, app)
{
    protected override bool JavaScriptEnabled => false;

    [Theory]
    [InlineData("/", "Beacon")]
    [InlineData("/spot-the-signs", "Spot the signs of modern slavery and report it")]
    public async Task Visitor_WithJavaScriptOff_GetsTheWholePage(string path, string heading)
    {
        var response = await Page.GotoAsync(path);

        response!.Status.ShouldBe(200);
        (await Page.Locator("h1").InnerTextAsync()).ShouldBe(heading);
        (await Page.Locator("footer").IsVisibleAsync()).ShouldBeTrue();
        (await Page.Locator(".govuk-service-navigation__list").IsVisibleAsync()).ShouldBeTrue();
        await Page.Locator("a[href='/spot-the-signs']").First.IsVisibleAsync();
    }

    [Fact]
    public async Task User_WithJavaScriptOff_SignsInWithPasswordAndCodeAndSignsOut()
    {
        var user = await App.CreateUserAsync("Jo Nojs", Role.FirstResponder);

        await Page.SignInAsync(user);

        (await Page.Locator("h1").InnerTextAsync()).ShouldBe("Your work");
        (await Page.Locator("body").GetAttributeAsync("class") ?? "").ShouldNotContain("js-enabled");
        await Page.GetByTestId("sign-out").ClickAsync();
        await Page.WaitForURLAsync("**/sign-in?signedOut=yes");
        (await Page.Locator(".govuk-notification-banner").InnerTextAsync()).ShouldContain("You have signed out");
        await Page.GotoAsync("/home");
        Page.Url.ShouldContain("/sign-in?returnUrl=");
    }
}
