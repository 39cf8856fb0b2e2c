using System.Net;
using Beacon.Core.Accounts;
using Beacon.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Web.Tests.Security;

/// <summary>One signed-in client per role, shared by the tests of a class (signing in is the slow part).</summary>
public sealed class RoleClients(PostgresServer server) : IAsyncLifetime
{
    private readonly PostgresApp app = new(server);
    private readonly Dictionary<Role, HttpClient> clients = [];
    private readonly SemaphoreSlim gate = new(1, 1);

    public BeaconAppFactory App => app.Factory;

    public async Task<HttpClient> ForAsync(Role role)
    {
        await gate.WaitAsync();
        try
        {
            if (!clients.TryGetValue(role, out var client))
            {
                var organisation = await App.CreateOrganisationAsync();
                client = await App.SignInAsync(await App.CreateUserAsync(organisation, [role]));
                clients[role] = client;
            }

            return client;
        }
        finally
        {
            gate.Release();
        }
    }

    public ValueTask InitializeAsync() => app.InitializeAsync();

    public async ValueTask DisposeAsync()
    {
        gate.Dispose();
        await app.DisposeAsync();
    }
}

/// <summary>
/// Every page folder that exists, for every role: allowed, or refused as designed. A new folder
/// fails <see cref="EveryPageFolder_HasARowInTheTable"/> until it is added to <see cref="Folders"/>.
/// </summary>
public class PageAccessTests(RoleClients roles) : IClassFixture<RoleClients>
{
    private static readonly Func<Role, bool> Everyone = _ => true;

    private static readonly HashSet<Role> CaseWorkers = [.. Roles.All.Where(r => Roles.CapabilitiesOf(r).Any(c =>
        c is Capability.ConcernsRaise or Capability.CasesWorkTeam or Capability.CasesViewArea or Capability.CasesViewShared))];

    /// <summary>Folder → a page in it that needs no data, whether anonymous users may open it, and which roles may.</summary>
    public static readonly Dictionary<string, (string Path, bool Public, Func<Role, bool> Allowed)> Folders = new()
    {
        [""] = ("/", true, Everyone),
        ["Guidance"] = ("/spot-the-signs", true, Everyone),
        ["Design"] = ("/design/components", true, Everyone),
        ["SignIn"] = ("/sign-in", true, Everyone),
        ["Home"] = ("/home", false, Everyone),
        ["Account"] = ("/account", false, Everyone),
        ["Cases"] = ("/cases", false, CaseWorkers.Contains),
        ["Concerns"] = ("/concerns", false, r => Roles.CapabilitiesOf(r).Contains(Capability.ConcernsRaise)),
        ["Audit"] = ("/audit", false, r => r == Role.Auditor),
        ["Admin"] = ("/admin", false, r => r == Role.Administrator),
        ["AreaPicture"] = ("/area-picture/national", false, r => Roles.CapabilitiesOf(r).Contains(Capability.AreaPictureView)),
        ["Trays"] = ("/trays", false, r => Roles.CapabilitiesOf(r).Any(c => c is Capability.CasesWorkTeam or Capability.CasesViewArea)),
    };

    public static TheoryData<Role, string> RolesAndFolders()
    {
        var data = new TheoryData<Role, string>();
        foreach (var role in Roles.All)
        {
            foreach (var folder in Folders.Keys)
            {
                data.Add(role, folder);
            }
        }

        return data;
    }

    [Fact]
    public void EveryPageFolder_HasARowInTheTable()
    {
        var folders = roles.App.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<PageActionDescriptor>()
            .Select(p => p.ViewEnginePath.Split('/', StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } parts ? parts[0] : string.Empty)
            .Distinct()
            .Order()
            .ToList();

        folders.ShouldBe(Folders.Keys.Order().ToList());
    }

    [Theory]
    [MemberData(nameof(RolesAndFolders))]
    public async Task Folder_EachRole_IsAllowedOrForbiddenAsDesigned(Role role, string folder)
    {
        var (path, _, allowed) = Folders[folder];
        var client = await roles.ForAsync(role);

        var response = await client.GetAsync(path);

        if (allowed(role))
        {
            // Signed-in users asking for the sign-in page are sent on to their work.
            response.StatusCode.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.Redirect);
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                folder.ShouldBe("SignIn");
                response.Headers.Location!.OriginalString.ShouldBe("/home");
            }
        }
        else
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await response.GetDocumentAsync()).QuerySelector("h1").Text().ShouldNotBeEmpty();
        }
    }

    [Fact]
    public async Task EveryPrivateFolder_Anonymous_IsSentToSignIn()
    {
        var client = roles.App.CreateBrowserClient();
        foreach (var (folder, (path, isPublic, _)) in Folders)
        {
            var response = await client.GetAsync(path);

            if (isPublic)
            {
                response.StatusCode.ShouldBe(HttpStatusCode.OK, folder);
            }
            else
            {
                response.StatusCode.ShouldBe(HttpStatusCode.Redirect, folder);
                response.Headers.Location!.OriginalString.ShouldStartWith("https://beacon.test/sign-in?returnUrl=", Case.Insensitive, folder);
            }
        }
    }

    [Fact]
    public async Task EveryPrivateFolder_PasswordOnly_IsSentToSetUpTwoFactor()
    {
        var organisation = await roles.App.CreateOrganisationAsync();
        var user = await roles.App.CreateUserAsync(organisation, [Role.FirstResponder, Role.Administrator, Role.Auditor], twoFactor: false);
        var client = await roles.App.SignInAsync(user);

        foreach (var (folder, (path, isPublic, _)) in Folders.Where(f => !f.Value.Public))
        {
            var response = await client.GetAsync(path);

            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, folder);
            response.Headers.Location!.OriginalString.ShouldBe("/account/set-up-two-factor", folder);
        }
    }
}
