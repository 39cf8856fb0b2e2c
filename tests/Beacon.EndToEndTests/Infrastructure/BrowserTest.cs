using Microsoft.Playwright;

namespace Beacon.EndToEndTests.Infrastructure;

/// <summary>
/// A fresh browser context per test that records console errors and CSP violations, which fail the
/// test: a page that needs a blocked script is broken for every user.
/// </summary>
public abstract class BrowserTest(BrowserFixture browser, LiveApp app) : IAsyncLifetime
{
    private readonly List<string> consoleErrors = [];
    private IBrowserContext? context;

    protected LiveApp App => app;

    protected IPage Page { get; private set; } = null!;

    protected virtual bool JavaScriptEnabled => true;

    public async ValueTask InitializeAsync()
    {
        context = await browser.Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseAddress.ToString(),
            IgnoreHTTPSErrors = true,
            JavaScriptEnabled = JavaScriptEnabled,
            Locale = "en-GB",
        });
        Page = await context.NewPageAsync();
        Page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };
        Page.PageError += (_, error) => consoleErrors.Add(error);
    }

    protected void AssertNoConsoleErrors() => consoleErrors.ShouldBeEmpty();

    public async ValueTask DisposeAsync()
    {
        if (context is not null)
        {
            await context.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
