using System.Net;
using Beacon.Core.Accounts;
using Beacon.Core.Organisations;
using Beacon.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Tests.PageTests.Admin.Organisations;

public class OrganisationTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private BeaconAppFactory App => app.Factory;

    [Fact]
    public async Task Add_ValidOrganisation_SavesItWithItsAuditEventAndShowsIt()
    {
        var admin = await AdminClient.SignInAsync(App);
        var area = await App.CreateAreaAsync();
        var name = TestData.Unique("Northshire Police");

        var response = await admin.PostAsync("/admin/organisations/add",
            ("Form.Name", name), ("Form.Type", "Police"), ("Form.AreaIds", area.ToString()), ("Form.Status", "active"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = await App.QueryAsync(db => db.Organisations.Include(o => o.Areas).SingleAsync(o => o.Name == name));
        saved.Type.ShouldBe(OrganisationType.Police);
        saved.IsActive.ShouldBeTrue();
        saved.Areas.Select(a => a.AreaId).ShouldBe([area]);
        response.Location().ShouldBe($"/admin/organisations/{saved.Id}");
        var audit = await App.QueryAsync(db => db.AuditEvents.SingleAsync(e => e.EntityType == "Organisation" && e.EntityId == saved.Id));
        audit.Action.ShouldBe("Organisation added");
        audit.UserId.ShouldBe(admin.Administrator.Id);
        audit.OrganisationId.ShouldBe(admin.Organisation.Id);
        audit.Changes.ShouldNotBeNull().ShouldContain(name);

        var page = await admin.GetAsync(response.Location());
        page.QuerySelector("h1").Text().ShouldBe(name);
        page.QuerySelector(".govuk-notification-banner--success").Text().ShouldContain("Organisation added");
        (await admin.GetAsync("/admin/organisations")).QuerySelector("main").Text().ShouldContain(name);
    }

    [Fact]
    public async Task Add_Empty_ShowsGovUkErrorsAndAddsNothing()
    {
        var admin = await AdminClient.SignInAsync(App);
        var before = await App.QueryAsync(db => db.Organisations.CountAsync());

        var response = await admin.PostAsync("/admin/organisations/add", ("Form.Name", ""), ("Form.Status", "active"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.GetDocumentAsync();
        page.Title.ShouldStartWith("Error: ");
        var summary = page.ErrorSummary();
        summary.ShouldContain("Enter the organisation's name");
        summary.ShouldContain("Select the type of organisation");
        summary.ShouldContain("Select at least one area the organisation works in");
        (await App.QueryAsync(db => db.Organisations.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task Add_MissingArea_KeepsWhatWasTyped()
    {
        var admin = await AdminClient.SignInAsync(App);
        var name = TestData.Unique("Riverside NHS Trust");

        var response = await admin.PostAsync("/admin/organisations/add", ("Form.Name", name), ("Form.Type", "Nhs"), ("Form.Status", "inactive"));

        var page = await response.GetDocumentAsync();
        page.Errors().ShouldBe(["Select at least one area the organisation works in"]);
        page.InputValue("Form.Name").ShouldBe(name);
        page.CheckedValues("Form.Type").ShouldBe(["Nhs"]);
        page.CheckedValues("Form.Status").ShouldBe(["inactive"]);
    }

    [Fact]
    public async Task Add_NameTakenWhateverItsCapitals_IsRefused()
    {
        var admin = await AdminClient.SignInAsync(App);
        var existing = await App.CreateOrganisationAsync();

        var response = await admin.PostAsync("/admin/organisations/add",
            ("Form.Name", existing.Name.ToUpperInvariant()), ("Form.Type", "Charity"), ("Form.AreaIds", existing.AreaId.ToString()), ("Form.Status", "active"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.GetDocumentAsync()).ErrorSummary().ShouldContain($"There is already an organisation called {existing.Name.ToUpperInvariant()}");
        var upper = existing.Name.ToUpperInvariant();
        (await App.QueryAsync(db => db.Organisations.CountAsync(o => o.Name == existing.Name || o.Name == upper))).ShouldBe(1);
    }

    [Fact]
    public async Task Add_SubmittedTwiceAtOnce_CreatesOne()
    {
        var admin = await AdminClient.SignInAsync(App);
        var area = await App.CreateAreaAsync();
        var name = TestData.Unique("Westdale Fire");
        var token = (await admin.GetAsync("/admin/organisations/add")).AntiforgeryToken();
        (string, string)[] fields = [("Form.Name", name), ("Form.Type", "Fire"), ("Form.AreaIds", area.ToString()), ("Form.Status", "active")];

        var responses = await Task.WhenAll(
            admin.PostWithTokenAsync("/admin/organisations/add", token, fields),
            admin.PostWithTokenAsync("/admin/organisations/add", token, fields));

        responses.Count(r => r.StatusCode == HttpStatusCode.Redirect).ShouldBe(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        (await App.QueryAsync(db => db.Organisations.CountAsync(o => o.Name == name))).ShouldBe(1);
        (await App.QueryAsync(db => db.AuditEvents.CountAsync(e => e.Action == "Organisation added" && e.Changes!.Contains(name)))).ShouldBe(1);
    }

    [Fact]
    public async Task Change_WithVersionSomeoneElseReplaced_ShowsTheErrorAndChangesNothing()
    {
        var admin = await AdminClient.SignInAsync(App);
        var organisation = await App.CreateOrganisationAsync();
        var path = $"/admin/organisations/{organisation.Id}/change";
        var form = await admin.GetAsync(path);
        var loadedVersion = form.HiddenValue("Version");
        var first = TestData.Unique("First edit");
        var second = TestData.Unique("Second edit");

        var mine = await admin.PostAsync(path, ("Version", loadedVersion), ("Form.Name", first), ("Form.Type", "LocalAuthority"), ("Form.AreaIds", organisation.AreaId.ToString()), ("Form.Status", "active"));
        var theirs = await admin.PostAsync(path, ("Version", loadedVersion), ("Form.Name", second), ("Form.Type", "Other"), ("Form.AreaIds", organisation.AreaId.ToString()), ("Form.Status", "active"));

        mine.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        theirs.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await theirs.GetDocumentAsync();
        page.ErrorSummary().ShouldContain("Someone else changed this organisation while you were editing it. Check its details and try again");
        page.InputValue("Form.Name").ShouldBe(second);
        page.QuerySelector("[data-testid=saved-now]").Text().ShouldContain(first);
        var saved = await App.QueryAsync(db => db.Organisations.SingleAsync(o => o.Id == organisation.Id));
        saved.Name.ShouldBe(first);
        saved.Type.ShouldBe(OrganisationType.LocalAuthority);
        (await App.QueryAsync(db => db.AuditEvents.CountAsync(e => e.EntityId == organisation.Id))).ShouldBe(1);
    }

    [Fact]
    public async Task Change_Deactivate_SignsItsUsersOutAndIsAudited()
    {
        var admin = await AdminClient.SignInAsync(App);
        var organisation = await App.CreateOrganisationAsync();
        var member = await App.CreateUserAsync(organisation, [Role.Staff]);
        var memberClient = await App.SignInAsync(member);
        var path = $"/admin/organisations/{organisation.Id}/change";
        var version = (await admin.GetAsync(path)).HiddenValue("Version");

        var response = await admin.PostAsync(path, ("Version", version), ("Form.Name", organisation.Name), ("Form.Type", "LocalAuthority"), ("Form.AreaIds", organisation.AreaId.ToString()), ("Form.Status", "inactive"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await memberClient.GetAsync("/home")).Location().ShouldEndWith("/sign-in?returnUrl=%2Fhome&signedOut=ended");
        var audit = await App.QueryAsync(db => db.AuditEvents.SingleAsync(e => e.EntityId == organisation.Id));
        audit.Action.ShouldBe("Organisation deactivated");
        audit.Changes.ShouldBe("""{"Active":["Yes","No"]}""");
    }

    [Fact]
    public async Task Change_OwnOrganisationToInactive_IsRefused()
    {
        var admin = await AdminClient.SignInAsync(App);
        var path = $"/admin/organisations/{admin.Organisation.Id}/change";
        var version = (await admin.GetAsync(path)).HiddenValue("Version");

        var response = await admin.PostAsync(path, ("Version", version), ("Form.Name", admin.Organisation.Name), ("Form.Type", "LocalAuthority"), ("Form.AreaIds", admin.Organisation.AreaId.ToString()), ("Form.Status", "inactive"));

        (await response.GetDocumentAsync()).ErrorSummary().ShouldContain("You cannot make your own organisation inactive");
        (await App.QueryAsync(db => db.Organisations.SingleAsync(o => o.Id == admin.Organisation.Id))).IsActive.ShouldBeTrue();
    }

    [Fact]
    public async Task Change_OrganisationIdInTheForm_IsRefusedAndChangesNothing()
    {
        var admin = await AdminClient.SignInAsync(App);
        var target = await App.CreateOrganisationAsync();
        var other = await App.CreateOrganisationAsync();
        var path = $"/admin/organisations/{target.Id}/change";
        var version = (await admin.GetAsync(path)).HiddenValue("Version");

        var response = await admin.PostAsync(path, ("organisationId", other.Id.ToString()), ("Version", version), ("Form.Name", TestData.Unique("Tampered")), ("Form.Type", "Other"), ("Form.AreaIds", target.AreaId.ToString()), ("Form.Status", "active"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await App.QueryAsync(db => db.Organisations.CountAsync(o => (o.Id == target.Id && o.Name == target.Name) || (o.Id == other.Id && o.Name == other.Name)))).ShouldBe(2);
        App.Logs.AllText.ShouldContain("Tampered identifier refused: form field organisationId");
    }
}
