using Microsoft.Playwright;

namespace Beacon.EndToEndTests.Infrastructure;

/// <summary>
/// A fresh browser context per test that records console errors and CSP violations, which fail the
/// test: a page that needs a blocked script is broken for every user.
/// </summary>
public abstract class BrowserTest(BrowserFixture browser, LiveApp app) : IAsyncLifetime
{
    private readonly List<string> consoleErrors = [];
    private readonly List<IBrowserContext> contexts = [];

    protected LiveApp App => app;

    protected IPage Page { get; private set; } = null!;

    protected virtual bool JavaScriptEnabled => true;

    public async ValueTask InitializeAsync() => Page = await NewPageAsync();

    /// <summary>
    /// A page in another fresh context (its own cookies): a second person at another computer.
    /// Its console errors count too.
    /// </summary>
    protected async Task<IPage> NewPageAsync()
    {
        var context = await browser.Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseAddress.ToString(),
            IgnoreHTTPSErrors = true,
            JavaScriptEnabled = JavaScriptEnabled,
            Locale = "en-GB",
        });
        contexts.Add(context);
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add($"{page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => consoleErrors.Add($"{page.Url}: {error}");
        return page;
    }

    protected void AssertNoConsoleErrors() => consoleErrors.ShouldBeEmpty();

    public async ValueTask DisposeAsync()
    {
        foreach (var context in contexts)
        {
            await context.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
