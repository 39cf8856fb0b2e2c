using Beacon.EndToEndTests.Infrastructure;
using Microsoft.Playwright;

namespace Beacon.EndToEndTests.Journeys;

/// <summary>Every shared component, in a real browser: accessible, enhanced by JavaScript, and whole without it.</summary>
public class ComponentGalleryTests(BrowserFixture browser, LiveApp app) : BrowserTest(browser, app)
{
    [Fact]
    public async Task Developer_Gallery_PassesAxeAndRevealsConditionalQuestions()
    {
        await Page.GotoAsync("/design/components");
        await Axe.AssertNoViolationsAsync(Page);

        var email = Page.Locator("#Form_ContactEmail");
        (await email.IsVisibleAsync()).ShouldBeFalse("the conditional question is hidden until its answer is chosen");
        await Page.GetByLabel("Email", new() { Exact = true }).CheckAsync();
        (await email.IsVisibleAsync()).ShouldBeTrue();
        AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Developer_SubmitsWithMistakes_ErrorSummaryIsFocusedLinksToFieldsAndKeepsWhatWasTyped()
    {
        await Page.GotoAsync("/design/components");
        await Page.GetByLabel("Full name").FillAsync("Alex Example");
        await Page.Locator("#Form_DateOfBirth_Day").FillAsync("31");
        await Page.Locator("#Form_DateOfBirth_Month").FillAsync("2");
        await Page.Locator("#Form_DateOfBirth_Year").FillAsync("2025");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Check the form" }).ClickAsync();

        (await Page.TitleAsync()).ShouldStartWith("Error: ");
        (await Page.EvaluateAsync<string>("document.activeElement.closest('.govuk-error-summary') ? 'summary' : document.activeElement.tagName")).ShouldBe("summary");
        await Axe.AssertNoViolationsAsync(Page);
        (await Page.GetByLabel("Full name").InputValueAsync()).ShouldBe("Alex Example");
        (await Page.Locator("#Form_DateOfBirth_Month").InputValueAsync()).ShouldBe("2");

        await Page.Locator(".govuk-error-summary a", new() { HasText = "Date of birth must be a real date" }).ClickAsync();
        (await Page.EvaluateAsync<string>("document.activeElement.id")).ShouldBe("Form_DateOfBirth_Day");
        AssertNoConsoleErrors();
    }
}

public class ComponentGalleryWithoutJavaScriptTests(BrowserFixture browser, LiveApp app) : BrowserTest(browser, app)
{
    protected override bool JavaScriptEnabled => false;

    [Fact]
    public async Task Developer_WithJavaScriptOff_SubmitsAndGetsTheErrorsFromTheServer()
    {
        await Page.GotoAsync("/design/components");
        (await Page.Locator("#Form_ContactEmail").IsVisibleAsync()).ShouldBeTrue("without JavaScript, conditional questions are always shown");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Check the form" }).ClickAsync();

        (await Page.TitleAsync()).ShouldStartWith("Error: ");
        (await Page.Locator(".govuk-error-summary__list li").CountAsync()).ShouldBeGreaterThan(3);
        (await Page.Locator("#Form_FullName-error").InnerTextAsync()).ShouldContain("Enter a full name");
    }
}
