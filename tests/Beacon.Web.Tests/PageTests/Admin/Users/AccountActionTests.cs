using System.Net;
using Beacon.Core.Accounts;
using Beacon.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Tests.PageTests.Admin.Users;

public class AccountActionTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private BeaconAppFactory App => app.Factory;

    [Fact]
    public async Task Deactivate_WithReason_SignsTheUserOutAtTheirNextRequest()
    {
        var admin = await AdminClient.SignInAsync(App);
        var user = await App.CreateUserAsync(admin.Organisation, [Role.Staff]);
        var userClient = await App.SignInAsync(user);
        (await userClient.GetAsync("/home")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await admin.PostAsync($"/admin/users/{user.Id}/deactivate", ("Reason", "Left the council"));

        response.Location().ShouldBe($"/admin/users/{user.Id}");
        var next = await userClient.GetAsync("/home");
        next.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        next.Location().ShouldEndWith("/sign-in?returnUrl=%2Fhome&signedOut=ended");
        var audit = await App.QueryAsync(db => db.AuditEvents.SingleAsync(e => e.EntityId == user.Id && e.Action == "User deactivated"));
        audit.Reason.ShouldBe("Left the council");
        audit.UserId.ShouldBe(admin.Administrator.Id);
        var page = await admin.GetAsync(response.Location());
        page.QuerySelector(".govuk-notification-banner--success").Text().ShouldContain("Account deactivated");
        page.QuerySelector("a[href$='/reactivate']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Deactivate_WithoutReason_AsksWhy()
    {
        var admin = await AdminClient.SignInAsync(App);
        var user = await App.CreateUserAsync(admin.Organisation, [Role.Staff]);

        var response = await admin.PostAsync($"/admin/users/{user.Id}/deactivate", ("Reason", "  "));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.GetDocumentAsync()).ErrorSummary().ShouldContain("Enter why you are deactivating this account");
        (await App.QueryAsync(db => db.Users.SingleAsync(u => u.Id == user.Id))).DeactivatedAt.ShouldBeNull();
    }

    [Fact]
    public async Task ResetTwoFactor_UserMustSetUpAnAuthenticatorAgain()
    {
        var admin = await AdminClient.SignInAsync(App);
        var user = await App.CreateUserAsync(admin.Organisation, [Role.Staff]);
        var userClient = await App.SignInAsync(user);

        var response = await admin.PostAsync($"/admin/users/{user.Id}/reset-two-factor", ("Reason", "Lost their phone; confirmed by phone call"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await userClient.GetAsync("/home")).Location().ShouldEndWith("/sign-in?returnUrl=%2Fhome&signedOut=ended");
        var again = App.CreateBrowserClient();
        var password = await again.PostFormAsync("/sign-in", new() { ["Email"] = user.Email, ["Password"] = user.Password });
        password.Location().ShouldBe("/account/set-up-two-factor");
        (await again.GetAsync("/home")).Location().ShouldBe("/account/set-up-two-factor");
        (await App.QueryAsync(db => db.OutboxEmails.CountAsync(e => e.To == user.Email && e.Subject.Contains("two-factor")))).ShouldBe(1);
    }

    [Fact]
    public async Task ResendInvitation_InvitedUser_SendsANewLinkAndRecordsWhy()
    {
        var admin = await AdminClient.SignInAsync(App);
        var email = $"resend-{Guid.NewGuid():N}@example.test";
        var invited = await admin.PostAsync($"/admin/users/invite/{admin.Organisation.Id}", ("Input.DisplayName", "Kit Example"), ("Input.Email", email), ("Input.Roles", "Staff"));
        var path = invited.Location() + "/resend-invitation";

        var response = await admin.PostAsync(path, ("Reason", "The first email went to spam"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await App.QueryAsync(db => db.OutboxEmails.CountAsync(e => e.To == email))).ShouldBe(2);
        (await App.QueryAsync(db => db.AuditEvents.SingleAsync(e => e.Action == "Invitation sent again" && e.Reason == "The first email went to spam"))).UserId.ShouldBe(admin.Administrator.Id);
    }
}
