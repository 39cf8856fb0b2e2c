using System.Net;
using Beacon.Core.Accounts;
using Beacon.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Tests.PageTests.Admin.ReferenceData;

public class ReferenceDataTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private BeaconAppFactory App => app.Factory;

    [Fact]
    public async Task Index_ListsTheSixListsWithTheirCounts()
    {
        var admin = await AdminClient.SignInAsync(App);

        var page = await admin.GetAsync("/admin/reference-data");

        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.Text()).ToList();
        rows.Count.ShouldBe(6);
        rows.ShouldContain(r => r.StartsWith("Police forces", StringComparison.Ordinal) && r.Contains("47", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RetireThenRestore_ChangesWhatCanBeChosenAndIsAudited()
    {
        var admin = await AdminClient.SignInAsync(App);
        var entry = await App.QueryAsync(db => db.LocalAuthorities.OrderBy(l => l.SortOrder).Skip(3).FirstAsync());
        var search = entry.Name[..Math.Min(entry.Name.Length, 8)];
        var list = await admin.GetAsync($"/admin/reference-data/local-authorities?q={Uri.EscapeDataString(search)}");
        list.QuerySelectorAll("tbody tr").Select(r => r.Text()).ShouldContain(r => r.Contains(entry.Name, StringComparison.Ordinal));
        list.QuerySelectorAll("tbody tr").Length.ShouldBeLessThan(20, "the search narrows the list");

        var retired = await admin.PostWithTokenAsync($"/admin/reference-data/local-authorities?q={Uri.EscapeDataString(search)}", list.AntiforgeryToken(), ("entryId", entry.Id.ToString()), ("active", "false"));

        retired.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        retired.Headers.Location!.OriginalString.ShouldStartWith("/admin/reference-data/local-authorities?q=");
        (await App.QueryAsync(db => db.LocalAuthorities.Where(l => l.Id == entry.Id).Select(l => l.IsActive).SingleAsync())).ShouldBeFalse();
        (await admin.GetAsync("/admin/areas/add")).QuerySelectorAll("select option").Select(o => o.Text()).ShouldNotContain(entry.Name);
        var restored = await admin.PostWithTokenAsync("/admin/reference-data/local-authorities", list.AntiforgeryToken(), ("entryId", entry.Id.ToString()), ("active", "true"));
        restored.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await App.QueryAsync(db => db.LocalAuthorities.Where(l => l.Id == entry.Id).Select(l => l.IsActive).SingleAsync())).ShouldBeTrue();
        var events = await App.QueryAsync(db => db.AuditEvents.Where(e => e.EntityId == entry.Id).OrderBy(e => e.At).Select(e => new { e.Action, e.UserId }).ToListAsync());
        events.Select(e => e.Action).ShouldBe([$"Retired in local authorities: {entry.Name}", $"Restored in local authorities: {entry.Name}"]);
        events.ShouldAllBe(e => e.UserId == admin.Administrator.Id);
    }

    [Fact]
    public async Task UnknownListOrEntry_Is404()
    {
        var admin = await AdminClient.SignInAsync(App);
        var page = await admin.GetAsync("/admin/reference-data/police-forces");

        (await admin.Client.GetAsync("/admin/reference-data/passwords")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.PostWithTokenAsync("/admin/reference-data/police-forces", page.AntiforgeryToken(), ("entryId", Guid.NewGuid().ToString()), ("active", "false")))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(Role.Auditor)]
    [InlineData(Role.CommunitySafetyCoordinator)]
    public async Task OtherRoles_AreRefused(Role role)
    {
        var client = await App.SignInAsync(await App.CreateUserAsync(role));

        (await client.GetAsync("/admin/reference-data")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync("/admin/reference-data/nationalities")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
