using System.Net;
using Beacon.Core.Accounts;
using Beacon.Web.Infrastructure;
using Beacon.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Tests.Operations;

/// <summary>A new installation has nobody to invite the first administrator: the command line does.</summary>
public class InviteAdminCommandTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public void Parse_InviteAdmin_TakesItsOptionsAndLeavesTheRestToTheHost()
    {
        var command = BeaconCommandLine.Parse(["invite-admin", "--email", "ada@northshire.example", "--name", "Ada Admin", "--organisation", "Northshire Council", "--urls", "http://localhost:6000"]);

        command.InviteAdmin.ShouldBe(new AdministratorInvitation("ada@northshire.example", "Ada Admin", "Northshire Council"));
        command.HostArgs.ShouldBe(["--urls", "http://localhost:6000"]);
        command.Migrate.ShouldBeFalse();
    }

    [Fact]
    public async Task InviteAdministrator_NewInstallation_TheLinkLeadsToAWorkingAdministrator()
    {
        var email = $"first-admin-{Guid.NewGuid():N}@example.test";
        var organisation = TestData.Unique("Northshire Council");

        var link = await BeaconCommandLine.InviteAdministratorAsync(app.Factory.Services, new AdministratorInvitation(email, "Ada Admin", organisation));

        link.ShouldNotBeNull();
        var client = app.Factory.CreateBrowserClient();
        (await client.GetAsync(new Uri(link).PathAndQuery)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.PostFormAsync("/account/invitation", new() { ["Password"] = "lantern river oyster quietly" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var secret = (await client.GetDocumentAsync("/account/set-up-two-factor")).QuerySelector("[data-testid=totp-secret]").Text().Replace(" ", "", StringComparison.Ordinal);
        app.Factory.Time.Advance(TimeSpan.FromSeconds(30));
        await client.PostFormAsync("/account/set-up-two-factor", new() { ["Code"] = Totp.Code(Base32.Decode(secret), Totp.TimeStep(app.Factory.Time.GetUtcNow())) });

        (await client.GetAsync("/admin")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var events = await app.Factory.QueryAsync(db => db.AuditEvents.Where(e => e.Action == "Organisation added" || e.Action == "User invited").OrderBy(e => e.At).ToListAsync());
        events.ShouldContain(e => e.Action == "User invited" && e.UserId == null);
        (await app.Factory.QueryAsync(db => db.OutboxEmails.CountAsync(e => e.To == email))).ShouldBe(1);
    }

    [Fact]
    public async Task InviteAdministrator_MissingOption_InvitesNobody()
    {
        (await BeaconCommandLine.InviteAdministratorAsync(app.Factory.Services, new AdministratorInvitation("x@example.test", null, "Somewhere"))).ShouldBeNull();
        (await app.Factory.QueryAsync(db => db.Users.CountAsync(u => u.Email == "x@example.test"))).ShouldBe(0);
    }
}
