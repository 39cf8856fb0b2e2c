using System.Net;
using Beacon.Core.Accounts;
using Beacon.Core.Audit;
using Beacon.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Web.Tests.Security;

/// <summary>Security standard items 17 and 20: a check that throws denies; keys persist, and losing them signs everyone out.</summary>
public class FailClosedTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private const string Summary = "Found sleeping in the back of a lorry at the services.";

    private BeaconAppFactory App => app.Factory;

    private sealed class ThrowingHandler : IAuthorizationHandler
    {
        public Task HandleAsync(AuthorizationHandlerContext context) => throw new InvalidOperationException("policy store unavailable");
    }

    private sealed class ThrowingActors : IActorSource
    {
        public Actor Current => throw new InvalidOperationException("audit unavailable");
    }

    [Fact]
    public async Task AuthorizationHandlerThatThrows_DeniesWithTheErrorPage()
    {
        var owner = await App.CreateOrganisationAsync();
        var worker = await App.CreateUserAsync(owner, [Role.FirstResponder]);
        var caseId = await App.CreateCaseAsync(owner, worker.Id, Summary);
        var (_, cookie) = await App.SignInWithCookieAsync(worker);
        using var broken = App.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IAuthorizationHandler, ThrowingHandler>()));
        var client = broken.CreateClient(new() { BaseAddress = BeaconAppFactory.BaseAddress, AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);

        foreach (var path in new[] { "/cases", $"/cases/{caseId}", $"/api/cases/{caseId}", "/home" })
        {
            var response = await client.GetAsync(path);

            response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError, path);
            (await response.Content.ReadAsStringAsync()).ShouldNotContain(Summary);
        }
    }

    [Fact]
    public async Task CaseGateThatThrows_ShowsNoCaseAndLogsNothingAsAllowed()
    {
        var owner = await App.CreateOrganisationAsync();
        var worker = await App.CreateUserAsync(owner, [Role.FirstResponder]);
        var caseId = await App.CreateCaseAsync(owner, worker.Id, Summary);
        var (_, cookie) = await App.SignInWithCookieAsync(worker);
        using var broken = App.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddScoped<IActorSource, ThrowingActors>()));
        var client = broken.CreateClient(new() { BaseAddress = BeaconAppFactory.BaseAddress, AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);

        var response = await client.GetAsync($"/cases/{caseId}");

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain(Summary);
        (await App.QueryAsync(db => db.AccessLog.CountAsync(r => r.ResourceId == caseId))).ShouldBe(0);
    }

    [Fact]
    public async Task DataProtectionKeys_SurviveARestart_AndLosingThemSignsEveryoneOut()
    {
        var database = await app.Server.CreateDatabaseAsync();
        var user = await CreateUserOnAsync(database);
        string cookie;
        await using (var first = new BeaconAppFactory(App.Provider, database))
        {
            (_, cookie) = await first.SignInWithCookieAsync(user);
        }

        await using (var restarted = new BeaconAppFactory(App.Provider, database))
        {
            (await restarted.ClientWithCookie(cookie).GetAsync("/home")).StatusCode.ShouldBe(HttpStatusCode.OK, "a restart keeps people signed in");
            (await restarted.QueryAsync(db => db.DataProtectionKeys.CountAsync())).ShouldBeGreaterThan(0);
            await restarted.QueryAsync(db => db.DataProtectionKeys.ExecuteDeleteAsync());
        }

        await using var keysLost = new BeaconAppFactory(App.Provider, database);
        var response = await keysLost.ClientWithCookie(cookie).GetAsync("/home");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("/sign-in");
    }

    private async Task<TestUser> CreateUserOnAsync(string database)
    {
        await using var setup = new BeaconAppFactory(App.Provider, database);
        return await setup.CreateUserAsync(Role.Staff);
    }
}
