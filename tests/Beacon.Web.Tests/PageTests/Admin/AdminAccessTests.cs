using System.Net;
using Beacon.Core.Accounts;
using Beacon.Web.Tests.Infrastructure;

namespace Beacon.Web.Tests.PageTests.Admin;

/// <summary>Only administrators (capability UsersManage) open the administration pages.</summary>
public class AdminAccessTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private BeaconAppFactory App => app.Factory;

    private static string[] Paths(TestOrganisation organisation, Guid userId) =>
    [
        "/admin",
        "/admin/organisations",
        "/admin/organisations/add",
        $"/admin/organisations/{organisation.Id}",
        $"/admin/organisations/{organisation.Id}/change",
        $"/admin/organisations/{organisation.Id}/teams/add",
        $"/admin/organisations/{organisation.Id}/teams/{organisation.TeamId}/change",
        "/admin/areas",
        "/admin/areas/add",
        "/admin/users",
        "/admin/users/invite",
        $"/admin/users/invite/{organisation.Id}",
        $"/admin/users/{userId}",
        $"/admin/users/{userId}/access",
        $"/admin/users/{userId}/deactivate",
        $"/admin/users/{userId}/reactivate",
        $"/admin/users/{userId}/reset-two-factor",
        $"/admin/users/{userId}/resend-invitation",
    ];

    [Fact]
    public async Task EveryAdminPage_Administrator_Opens()
    {
        var admin = await AdminClient.SignInAsync(App);

        foreach (var path in Paths(admin.Organisation, admin.Administrator.Id))
        {
            var response = await admin.Client.GetAsync(path);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
            var page = await response.GetDocumentAsync();
            page.QuerySelector("h1").ShouldNotBeNull(path);
            page.QuerySelector(".govuk-error-summary").ShouldBeNull(path);
        }
    }

    [Theory]
    [InlineData(Role.Staff)]
    [InlineData(Role.CommunitySafetyCoordinator)]
    [InlineData(Role.Auditor)]
    public async Task EveryAdminPage_NotAnAdministrator_IsForbidden(Role role)
    {
        var organisation = await App.CreateOrganisationAsync();
        var user = await App.CreateUserAsync(organisation, [role]);
        var client = await App.SignInAsync(user);

        foreach (var path in Paths(organisation, user.Id))
        {
            (await client.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, path);
        }

        var post = await client.PostAsync($"/admin/users/{user.Id}/access", new FormUrlEncodedContent([new("Input.Roles", "Administrator")]));
        post.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
