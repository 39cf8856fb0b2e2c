using System.Net;
using Beacon.Core.Accounts;
using Beacon.Core.Cases;
using Beacon.Core.Organisations;
using Beacon.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Tests.PageTests.Cases;

/// <summary>Security standard item 7: sharing needs a purpose and a legal basis, records consent per recipient, and is logged.</summary>
public class SharingTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private BeaconAppFactory App => app.Factory;

    private async Task<(Guid CaseId, HttpClient Worker, TestOrganisation Police, TestUser Officer)> ScenarioAsync()
    {
        var council = await App.CreateOrganisationAsync();
        var worker = await App.CreateUserAsync(council, [Role.FirstResponder]);
        var caseId = await App.CreateCaseAsync(council, worker.Id, "Seen working at a nail bar late at night.");
        var police = await App.CreateOrganisationAsync(OrganisationType.Police, council.AreaId);
        var officer = await App.CreateUserAsync(police, [Role.Partner]);
        return (caseId, await App.SignInAsync(worker), police, officer);
    }

    private static Dictionary<string, string> Form(Guid organisationId, string purpose = "Joint visit with the modern slavery unit", string consent = "Given", string? reason = null) => new()
    {
        ["OrganisationId"] = organisationId.ToString(),
        ["Sections"] = "Summary",
        ["Purpose"] = purpose,
        ["LegalBasis"] = nameof(LegalBasis.SafeguardingChildrenAndAdultsAtRisk),
        ["Consent"] = consent,
        ["ConsentOverrideReason"] = reason ?? string.Empty,
    };

    [Fact]
    public async Task Share_WithoutPurposeOrLegalBasis_IsRefusedAndKeepsWhatWasTyped()
    {
        var (caseId, worker, police, _) = await ScenarioAsync();
        var form = Form(police.Id, purpose: "");
        form.Remove("LegalBasis");

        var noPurpose = await worker.PostFormAsync($"/cases/{caseId}/sharing/add", form);
        var page = await noPurpose.GetDocumentAsync();

        noPurpose.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector(".govuk-error-summary").Text().ShouldContain("Enter why you are sharing this");
        page.QuerySelector("select[name=OrganisationId] option[selected]")!.GetAttribute("value").ShouldBe(police.Id.ToString());
        var withoutBasis = Form(police.Id);
        withoutBasis.Remove("LegalBasis");
        var noBasis = await worker.PostFormAsync($"/cases/{caseId}/sharing/add", withoutBasis);
        (await noBasis.GetDocumentAsync()).QuerySelector(".govuk-error-summary").Text().ShouldContain("Select the legal basis for sharing");
        (await App.QueryAsync(db => db.CaseShares.CountAsync(s => s.CaseId == caseId))).ShouldBe(0);
    }

    [Fact]
    public async Task Share_WithoutConsent_NeedsTheReasonForTheOverride()
    {
        var (caseId, worker, police, _) = await ScenarioAsync();

        var refused = await worker.PostFormAsync($"/cases/{caseId}/sharing/add", Form(police.Id, consent: "NotGivenOverridden"));
        (await refused.GetDocumentAsync()).QuerySelector(".govuk-error-summary").Text().ShouldContain("Enter why you are sharing without the person's agreement");

        var shared = await worker.PostFormAsync($"/cases/{caseId}/sharing/add", Form(police.Id, consent: "NotGivenOverridden", reason: "Risk of serious harm tonight"));

        shared.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var share = await App.QueryAsync(db => db.CaseShares.SingleAsync(s => s.CaseId == caseId));
        share.Consent.ShouldBe(ShareConsent.NotGivenOverridden);
        share.ConsentOverrideReason.ShouldBe("Risk of serious harm tonight");
    }

    [Fact]
    public async Task Share_Valid_IsRecordedLoggedAndOpensTheCaseToThePartner()
    {
        var (caseId, worker, police, officer) = await ScenarioAsync();
        var officerClient = await App.SignInAsync(officer);
        (await officerClient.GetAsync($"/cases/{caseId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var response = await worker.PostFormAsync($"/cases/{caseId}/sharing/add", Form(police.Id));

        response.Headers.Location!.OriginalString.ShouldBe($"/cases/{caseId}/sharing");
        var share = await App.QueryAsync(db => db.CaseShares.SingleAsync(s => s.CaseId == caseId));
        share.ShouldSatisfyAllConditions(
            s => s.OrganisationId.ShouldBe(police.Id),
            s => s.Sections.ShouldBe(CaseSections.Summary),
            s => s.Purpose.ShouldBe("Joint visit with the modern slavery unit"),
            s => s.LegalBasis.ShouldBe(LegalBasis.SafeguardingChildrenAndAdultsAtRisk),
            s => s.Consent.ShouldBe(ShareConsent.Given));
        var logged = await App.QueryAsync(db => db.AuditEvents.SingleAsync(e => e.EntityId == caseId && e.Action.StartsWith("Shared with")));
        logged.Reason.ShouldBe("Joint visit with the modern slavery unit");
        logged.Changes!.ShouldContain("SafeguardingChildrenAndAdultsAtRisk");
        (await officerClient.GetAsync($"/cases/{caseId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var list = await worker.GetDocumentAsync($"/cases/{caseId}/sharing");
        list.QuerySelector("[data-testid=share]").Text().ShouldContain(police.Name);
    }

    [Fact]
    public async Task Share_PostedTwiceAtOnce_MakesOneShare()
    {
        var (caseId, worker, police, _) = await ScenarioAsync();
        var page = await worker.GetDocumentAsync($"/cases/{caseId}/sharing/add");
        var form = Form(police.Id);
        form["__RequestVerificationToken"] = page.AntiforgeryToken();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => worker.PostAsync($"/cases/{caseId}/sharing/add", new FormUrlEncodedContent(form))));

        responses.Count(r => r.StatusCode == HttpStatusCode.Redirect).ShouldBeGreaterThanOrEqualTo(1);
        (await App.QueryAsync(db => db.CaseShares.CountAsync(s => s.CaseId == caseId))).ShouldBe(1);
    }

    [Fact]
    public async Task Share_WithTheOwningOrganisation_IsRefused()
    {
        var council = await App.CreateOrganisationAsync();
        var worker = await App.CreateUserAsync(council, [Role.FirstResponder]);
        var caseId = await App.CreateCaseAsync(council, worker.Id);
        var client = await App.SignInAsync(worker);

        var response = await client.PostFormAsync($"/cases/{caseId}/sharing/add", Form(council.Id));

        (await response.GetDocumentAsync()).QuerySelector(".govuk-error-summary").Text().ShouldContain("Select an organisation to share with");
    }

    [Fact]
    public async Task Partner_CannotPassTheCaseOn()
    {
        var (caseId, worker, police, officer) = await ScenarioAsync();
        (await worker.PostFormAsync($"/cases/{caseId}/sharing/add", Form(police.Id))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var officerClient = await App.SignInAsync(officer);

        (await officerClient.GetAsync($"/cases/{caseId}/sharing/add")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await officerClient.GetAsync($"/cases/{caseId}/sharing")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Partner_SeesTheirOwnShareOnly_NotWhoElseHasTheCase()
    {
        var (caseId, worker, police, officer) = await ScenarioAsync();
        var nhs = await App.CreateOrganisationAsync(Beacon.Core.Organisations.OrganisationType.Nhs);
        (await worker.PostFormAsync($"/cases/{caseId}/sharing/add", Form(police.Id))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await worker.PostFormAsync($"/cases/{caseId}/sharing/add", Form(nhs.Id, purpose: "Health visitor follow-up"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var officerClient = await App.SignInAsync(officer);

        var partnerView = await (await officerClient.GetAsync($"/cases/{caseId}/sharing")).Content.ReadAsStringAsync();
        var ownerView = await worker.GetDocumentAsync($"/cases/{caseId}/sharing");

        partnerView.ShouldContain(police.Name);
        partnerView.ShouldNotContain(nhs.Name);
        partnerView.ShouldNotContain("Health visitor follow-up");
        ownerView.QuerySelectorAll("[data-testid=share]").Length.ShouldBe(2);
    }

    [Fact]
    public async Task StopSharing_NeedsAReason_ThenThePartnerLosesTheCase()
    {
        var (caseId, worker, police, officer) = await ScenarioAsync();
        await worker.PostFormAsync($"/cases/{caseId}/sharing/add", Form(police.Id));
        var shareId = await App.QueryAsync(db => db.CaseShares.Where(s => s.CaseId == caseId).Select(s => s.Id).SingleAsync());
        var officerClient = await App.SignInAsync(officer);
        (await officerClient.GetAsync($"/cases/{caseId}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var noReason = await worker.PostFormAsync($"/cases/{caseId}/sharing/{shareId}/stop", new() { ["Reason"] = "" });
        (await noReason.GetDocumentAsync()).QuerySelector(".govuk-error-summary").Text().ShouldContain("Enter why you are stopping sharing");
        var stopped = await worker.PostFormAsync($"/cases/{caseId}/sharing/{shareId}/stop", new() { ["Reason"] = "Joint visit done" });

        stopped.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await officerClient.GetAsync($"/cases/{caseId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await App.QueryAsync(db => db.AuditEvents.AnyAsync(e => e.EntityId == caseId && e.Action.StartsWith("Stopped sharing") && e.Reason == "Joint visit done"))).ShouldBeTrue();
    }
}
