using Beacon.EndToEndTests.Infrastructure;

namespace Beacon.EndToEndTests.Journeys;

/// <summary>The accessibility check itself must be able to fail, including around the one GOV.UK exception it allows.</summary>
public class AxeCheckTests(BrowserFixture browser, LiveApp app) : BrowserTest(browser, app)
{
    [Fact]
    public async Task Check_ImageWithoutAlternativeText_Fails()
    {
        await Page.GotoAsync("/accessibility");
        await Page.EvaluateAsync("() => { const i = document.createElement('img'); i.src = '/images/favicon.svg'; document.querySelector('main').append(i); }");

        var failure = await Should.ThrowAsync<Exception>(() => Axe.AssertNoViolationsAsync(Page));

        failure.Message.ShouldContain("image-alt");
    }

    [Fact]
    public async Task Check_AriaExpandedOnAnOrdinaryRadio_Fails()
    {
        await Page.GotoAsync("/accessibility");
        await Page.EvaluateAsync("""
            () => {
              const f = document.createElement('fieldset');
              f.innerHTML = '<legend>Pick</legend><input type="radio" id="r1" name="r" aria-expanded="false"><label for="r1">One</label>';
              document.querySelector('main').append(f);
            }
            """);

        var failure = await Should.ThrowAsync<Exception>(() => Axe.AssertNoViolationsAsync(Page));

        failure.Message.ShouldContain("aria-allowed-attr");
    }
}
