using Microsoft.Playwright;

namespace Beacon.EndToEndTests.Infrastructure;

/// <summary>The GOV.UK error summary as a keyboard or screen reader user meets it.</summary>
public static class ErrorSummary
{
    /// <summary>
    /// The page is in its error state: the title says so, the summary lists <paramref name="message"/>,
    /// and every link in it leads to a field on the page (axe cannot tell a link that goes nowhere).
    /// </summary>
    public static async Task AssertShowsAsync(IPage page, string message)
    {
        var summary = page.Locator(".govuk-error-summary");
        (await summary.InnerTextAsync()).ShouldContain(message);
        (await page.TitleAsync()).ShouldStartWith("Error: ");
        var missing = await page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('.govuk-error-summary a')]
              .map(a => a.getAttribute('href'))
              .filter(href => !href.startsWith('#') || !document.getElementById(decodeURIComponent(href.slice(1))))
            """);
        missing.ShouldBeEmpty("error summary links that lead to no field");
    }
}
