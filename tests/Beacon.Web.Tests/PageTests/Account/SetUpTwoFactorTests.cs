using System.Net;
using Beacon.Core.Accounts;
using Beacon.Web.Tests.Infrastructure;

namespace Beacon.Web.Tests.PageTests.Account;

public class SetUpTwoFactorTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public async Task SignOutButton_PostedAsTheBrowserWould_SignsOut()
    {
        var organisation = await app.Factory.CreateOrganisationAsync();
        var user = await app.Factory.CreateUserAsync(organisation, [Role.Staff], twoFactor: false);
        var client = await app.Factory.SignInAsync(user);
        var page = await client.GetDocumentAsync("/account/set-up-two-factor");

        // Exactly the fields the page's own form sends: a form without the antiforgery token is refused.
        var form = page.QuerySelector("main form[action='/sign-out']");
        form.ShouldNotBeNull();
        var fields = form.QuerySelectorAll("input[name]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        var response = await client.PostAsync("/sign-out", new FormUrlEncodedContent(fields));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/sign-in?signedOut=yes");
        (await client.GetAsync("/account/set-up-two-factor")).Headers.Location!.AbsolutePath.ShouldBe("/sign-in");
    }
}
