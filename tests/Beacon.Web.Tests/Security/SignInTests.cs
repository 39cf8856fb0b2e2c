using System.Net;
using Beacon.Core.Accounts;
using Beacon.Web.Tests.Infrastructure;

namespace Beacon.Web.Tests.Security;

public class SignInTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private BeaconAppFactory App => app.Factory;

    [Fact]
    public async Task SignIn_PasswordThenCode_OpensHome()
    {
        var user = await App.CreateUserAsync(Role.Staff);
        var client = await App.SignInAsync(user);

        var home = await client.GetAsync("/home");

        home.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await home.GetDocumentAsync()).QuerySelector("h1").Text().ShouldBe("Your work");
    }

    [Fact]
    public async Task Home_NotSignedIn_RedirectsToSignIn()
    {
        var response = await App.CreateBrowserClient().GetAsync("/home");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("/sign-in");
    }
}
