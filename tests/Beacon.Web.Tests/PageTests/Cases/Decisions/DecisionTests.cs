using System.Net;
using Beacon.Core.Cases;
using Beacon.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Tests.PageTests.Cases.Decisions;

/// <summary>Issue 4, decisions: RG then CG with the recovery period, reconsideration, escalation, withdrawal and suspension.</summary>
public class DecisionTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private BeaconAppFactory App => app.Factory;

    private Task<int> DecisionCountAsync(Guid referralId) => App.QueryAsync(db => db.NrmDecisions.CountAsync(d => d.ReferralId == referralId));

    [Fact]
    public async Task RecordReasonableGrounds_Negative_IsSavedShownAndOnTheTimeline()
    {
        var today = App.Today();
        var s = await DecisionScenario.CreateAsync(App, today.AddDays(-10));

        var response = await s.Client.PostFormAsync(s.Path("/record"), s.DecisionForm(DecisionKind.ReasonableGrounds, DecisionOutcome.Negative, today.AddDays(-2)));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe(s.Path());
        var page = await s.Client.GetDocumentAsync(s.Path());
        page.QuerySelectorAll("[data-testid=decision]").Single().Text().ShouldContain("negative");
        page.QuerySelector("[data-testid=rg-due]").ShouldBeNull();
        (await App.AuditActionsAsync(s.CaseId)).ShouldContain("Reasonable grounds: negative (SCA)");
    }

    [Fact]
    public async Task RecordDecision_InTheFutureOrBeforeTheReferral_IsRefused()
    {
        var today = App.Today();
        var s = await DecisionScenario.CreateAsync(App, today.AddDays(-10));

        var future = await s.Client.PostFormAsync(s.Path("/record"), s.DecisionForm(DecisionKind.ReasonableGrounds, DecisionOutcome.Positive, today.AddDays(1)));
        var early = await s.Client.PostFormAsync(s.Path("/record"), s.DecisionForm(DecisionKind.ReasonableGrounds, DecisionOutcome.Positive, today.AddDays(-11)));

        (await future.GetDocumentAsync()).QuerySelector(".govuk-error-summary").Text().ShouldContain("The date of the decision must be today or in the past");
        (await early.GetDocumentAsync()).QuerySelector(".govuk-error-summary").Text().ShouldContain("must be the same as or after the referral date");
        (await DecisionCountAsync(s.ReferralId)).ShouldBe(0);
    }

    [Fact]
    public async Task RecordReasonableGrounds_Twice_TheSecondIsRefused()
    {
        var today = App.Today();
        var s = await DecisionScenario.CreateAsync(App, today.AddDays(-10));
        await App.AddDecisionAsync(s.CaseId, s.ReferralId, DecisionKind.ReasonableGrounds, DecisionOutcome.Positive, today.AddDays(-5));

        var again = await s.Client.PostFormAsync(s.Path("/record"), s.DecisionForm(DecisionKind.ReasonableGrounds, DecisionOutcome.Negative, today));

        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.GetDocumentAsync()).QuerySelector(".govuk-error-summary").Text().ShouldContain("A reasonable grounds decision is already recorded for this referral");
        (await DecisionCountAsync(s.ReferralId)).ShouldBe(1);
    }

    [Fact]
    public async Task RecordConclusiveGrounds_BeforeThirtyDays_IsRefusedAndNothingSaved_ThenAllowedOnDayThirty()
    {
        var today = App.Today();
        var s = await DecisionScenario.CreateAsync(App, today.AddDays(-60));
        var rgOn = today.AddDays(-30);
        await App.AddDecisionAsync(s.CaseId, s.ReferralId, DecisionKind.ReasonableGrounds, DecisionOutcome.Positive, rgOn);

        var early = await s.Client.PostFormAsync(s.Path("/record"), s.DecisionForm(DecisionKind.ConclusiveGrounds, DecisionOutcome.Positive, today.AddDays(-1)));

        early.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await early.GetDocumentAsync();
        page.Title!.ShouldStartWith("Error: ");
        page.QuerySelector(".govuk-error-summary").Text()
            .ShouldContain($"The conclusive grounds decision cannot be earlier than 30 days after the positive reasonable grounds decision on {DecisionText.Date(rgOn)}");
        page.QuerySelector("#DecidedOn_Day, [name='DecidedOn.Day']")!.GetAttribute("value").ShouldBe(today.AddDays(-1).Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        (await DecisionCountAsync(s.ReferralId)).ShouldBe(1);

        var onTime = await s.Client.PostFormAsync(s.Path("/record"), s.DecisionForm(DecisionKind.ConclusiveGrounds, DecisionOutcome.Positive, today));

        onTime.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await DecisionCountAsync(s.ReferralId)).ShouldBe(2);
        (await App.AuditActionsAsync(s.CaseId)).ShouldContain("Conclusive grounds: positive (SCA)");
    }

    [Fact]
    public async Task RecordConclusiveGrounds_DevolvedPanel_MayBeTheSameDayAsItsReasonableGrounds()
    {
        var today = App.Today();
        var s = await DecisionScenario.CreateAsync(App, today.AddDays(-20), route: CaseRoute.Child, maker: DecisionMaker.DevolvedPanel);
        await App.AddDecisionAsync(s.CaseId, s.ReferralId, DecisionKind.ReasonableGrounds, DecisionOutcome.Positive, today, DecisionMaker.DevolvedPanel);

        var response = await s.Client.PostFormAsync(s.Path("/record"), s.DecisionForm(DecisionKind.ConclusiveGrounds, DecisionOutcome.Positive, today, DecisionMaker.DevolvedPanel));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await DecisionCountAsync(s.ReferralId)).ShouldBe(2);
    }

    [Fact]
    public async Task RecordConclusiveGrounds_AfterANegativeReasonableGrounds_IsRefused()
    {
        var today = App.Today();
        var s = await DecisionScenario.CreateAsync(App, today.AddDays(-60));
        await App.AddDecisionAsync(s.CaseId, s.ReferralId, DecisionKind.ReasonableGrounds, DecisionOutcome.Negative, today.AddDays(-40));

        var response = await s.Client.PostFormAsync(s.Path("/record"), s.DecisionForm(DecisionKind.ConclusiveGrounds, DecisionOutcome.Positive, today));

        (await response.GetDocumentAsync()).QuerySelector(".govuk-error-summary").Text().ShouldContain("A conclusive grounds decision can only follow a positive reasonable grounds decision");
        (await DecisionCountAsync(s.ReferralId)).ShouldBe(1);
    }

    [Fact]
    public async Task RecordDecision_OnADutyToNotifyReport_IsRefused()
    {
        var today = App.Today();
        var s = await DecisionScenario.CreateAsync(App, today.AddDays(-5), kind: ReferralKind.DutyToNotify);

        var form = await s.Client.GetDocumentAsync(s.Path("/record"));
        var response = await s.Client.PostFormAsync(s.Path("/record"), s.DecisionForm(DecisionKind.ReasonableGrounds, DecisionOutcome.Positive, today), tokenFrom: s.Path());

        form.QuerySelector("[data-testid=nothing-to-decide]").ShouldNotBeNull();
        (await response.GetDocumentAsync()).QuerySelector(".govuk-error-summary").Text().ShouldContain("A Duty to Notify report gets no decision");
        (await DecisionCountAsync(s.ReferralId)).ShouldBe(0);
        (await s.Client.GetDocumentAsync(s.Path())).QuerySelector("[data-testid=referral]").Text().ShouldContain("A Duty to Notify report gets no decision");
    }

    [Fact]
    public async Task NegativeReasonableGrounds_ReconsideredAndOverturned_RecordsAPositiveDecisionAndKeepsTheHistory()
    {
        var today = App.Today();
        var s = await DecisionScenario.CreateAsync(App, today.AddDays(-20));
        var negative = await App.AddDecisionAsync(s.CaseId, s.ReferralId, DecisionKind.ReasonableGrounds, DecisionOutcome.Negative, today.AddDays(-10));
        var request = new Dictionary<string, string>
        {
            ["DecisionId"] = negative.ToString(),
            ["RequestedBy"] = nameof(ReconsiderationRequester.SupportProvider),
            ["RequesterName"] = "Sam Advocate",
            ["Grounds"] = "New evidence from the support worker about the debt bondage.",
        };
        foreach (var (key, value) in DecisionScenario.DateFields("RequestedOn", today.AddDays(-8)))
        {
            request[key] = value;
        }

        var requested = await s.Client.PostFormAsync(s.Path("/reconsideration"), request);

        requested.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var reconsideration = await App.QueryAsync(db => db.Reconsiderations.SingleAsync(r => r.DecisionId == negative));
        reconsideration.Outcome.ShouldBe(ReconsiderationOutcome.Pending);
        var outcomePath = s.Path($"/reconsideration/{reconsideration.Id}/outcome");
        var version = (await s.Client.GetDocumentAsync(outcomePath)).QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        var outcome = new Dictionary<string, string> { ["Outcome"] = nameof(ReconsiderationOutcome.Overturned), ["Version"] = version };
        foreach (var (key, value) in DecisionScenario.DateFields("OutcomeOn", today.AddDays(-1)))
        {
            outcome[key] = value;
        }

        var overturned = await s.Client.PostFormAsync(s.Path($"/reconsideration/{reconsideration.Id}/outcome"), outcome);

        overturned.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var decisions = await App.QueryAsync(db => db.NrmDecisions.Where(d => d.ReferralId == s.ReferralId).OrderBy(d => d.DecidedOn).ToListAsync());
        decisions.Select(d => (d.Kind, d.Outcome)).ShouldBe([(DecisionKind.ReasonableGrounds, DecisionOutcome.Negative), (DecisionKind.ReasonableGrounds, DecisionOutcome.Positive)]);
        decisions[1].DecidedOn.ShouldBe(today.AddDays(-1));
        var page = await s.Client.GetDocumentAsync(s.Path());
        page.QuerySelectorAll("[data-testid=decision]").Length.ShouldBe(2);
        page.QuerySelector("[data-testid=decisions]").Text().ShouldContain("overturned on reconsideration");
        page.QuerySelector("[data-testid=cg-earliest]").Text().ShouldContain($"not before {DecisionText.Date(today.AddDays(29))}");
        page.QuerySelector("[data-testid=reconsideration-outcome]").Text().ShouldContain("Decision overturned");
        (await App.AuditActionsAsync(s.CaseId)).ShouldBe(["Reconsideration requested", "Reconsideration: decision overturned", "Reasonable grounds: positive (SCA)"]);

        var again = await s.Client.PostFormAsync(outcomePath, outcome, tokenFrom: s.Path());
        (await again.GetDocumentAsync()).QuerySelector(".govuk-error-summary").Text().ShouldContain("Someone else changed this");
        (await DecisionCountAsync(s.ReferralId)).ShouldBe(2);
    }

    [Fact]
    public async Task RequestReconsideration_OfAPositiveDecision_IsNotOffered()
    {
        var today = App.Today();
        var s = await DecisionScenario.CreateAsync(App, today.AddDays(-20));
        var positive = await App.AddDecisionAsync(s.CaseId, s.ReferralId, DecisionKind.ReasonableGrounds, DecisionOutcome.Positive, today.AddDays(-10));

        var page = await s.Client.GetDocumentAsync(s.Path("/reconsideration"));
        var response = await s.Client.PostFormAsync(s.Path("/reconsideration"), new Dictionary<string, string>
        {
            ["DecisionId"] = positive.ToString(),
            ["RequestedBy"] = nameof(ReconsiderationRequester.FirstResponder),
            ["RequesterName"] = "Alex Worker",
            ["Grounds"] = "Disagree",
            ["RequestedOn.Day"] = today.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RequestedOn.Month"] = today.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RequestedOn.Year"] = today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, tokenFrom: s.Path());

        page.QuerySelector("[data-testid=nothing-to-reconsider]").ShouldNotBeNull();
        (await response.GetDocumentAsync()).QuerySelector(".govuk-error-summary").Text().ShouldContain("Only a negative decision can be reconsidered");
        (await App.QueryAsync(db => db.Reconsiderations.CountAsync(r => r.CaseId == s.CaseId))).ShouldBe(0);
    }

    [Fact]
    public async Task Escalate_OnlyAfterANegativeDecision_ToTheBoardOfTheCasesRoute()
    {
        var today = App.Today();
        var s = await DecisionScenario.CreateAsync(App, today.AddDays(-20), route: CaseRoute.Adult);
        var form = new Dictionary<string, string> { ["Concerns"] = "Still living at the employer's address; threats reported." };
        foreach (var (key, value) in DecisionScenario.DateFields("EscalatedOn", today))
        {
            form[key] = value;
        }

        (await s.Client.GetDocumentAsync(s.Path("/escalate"))).QuerySelector("[data-testid=nothing-to-escalate]").ShouldNotBeNull();
        var refused = await s.Client.PostFormAsync(s.Path("/escalate"), form, tokenFrom: s.Path());
        (await refused.GetDocumentAsync()).QuerySelector(".govuk-error-summary").Text().ShouldContain("A case can only be escalated after a negative decision");

        var negative = await App.AddDecisionAsync(s.CaseId, s.ReferralId, DecisionKind.ReasonableGrounds, DecisionOutcome.Negative, today.AddDays(-3));
        form["DecisionId"] = negative.ToString();
        var escalated = await s.Client.PostFormAsync(s.Path("/escalate"), form);

        escalated.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var escalation = await App.QueryAsync(db => db.Escalations.SingleAsync(e => e.CaseId == s.CaseId));
        escalation.Board.ShouldBe(EscalationBoard.SafeguardingAdultsBoard);
        escalation.DecisionId.ShouldBe(negative);
        (await App.AuditActionsAsync(s.CaseId)).ShouldContain("Escalated to the safeguarding adults board");

        var outcomePath = s.Path($"/escalation/{escalation.Id}/outcome");
        var version = (await s.Client.GetDocumentAsync(outcomePath)).QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        var outcome = new Dictionary<string, string> { ["Outcome"] = "Multi-agency plan agreed.", ["Version"] = version };
        foreach (var (key, value) in DecisionScenario.DateFields("OutcomeOn", today))
        {
            outcome[key] = value;
        }

        (await s.Client.PostFormAsync(outcomePath, outcome)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await App.QueryAsync(db => db.Escalations.SingleAsync(e => e.CaseId == s.CaseId))).Outcome.ShouldBe("Multi-agency plan agreed.");
    }

    [Fact]
    public async Task Escalate_ChildCase_GoesToTheChildrensSafeguardingPartnership()
    {
        var today = App.Today();
        var s = await DecisionScenario.CreateAsync(App, today.AddDays(-20), route: CaseRoute.Child);
        var negative = await App.AddDecisionAsync(s.CaseId, s.ReferralId, DecisionKind.ReasonableGrounds, DecisionOutcome.Negative, today.AddDays(-3));
        var form = new Dictionary<string, string> { ["DecisionId"] = negative.ToString(), ["Concerns"] = "Still going missing at weekends." };
        foreach (var (key, value) in DecisionScenario.DateFields("EscalatedOn", today))
        {
            form[key] = value;
        }

        (await s.Client.PostFormAsync(s.Path("/escalate"), form)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await App.QueryAsync(db => db.Escalations.SingleAsync(e => e.CaseId == s.CaseId))).Board.ShouldBe(EscalationBoard.ChildrenSafeguardingPartnership);
        (await App.AuditActionsAsync(s.CaseId)).ShouldContain("Escalated to the children's safeguarding partnership");
    }

    [Fact]
    public async Task SuspendResumeWithdraw_NeedAReason_AndSuspensionStopsDecisions()
    {
        var today = App.Today();
        var s = await DecisionScenario.CreateAsync(App, today.AddDays(-5));
        var version = (await s.Client.GetDocumentAsync(s.Path("/referral-status"))).QuerySelector("input[name=Version]")!.GetAttribute("value")!;

        var noReason = await s.Client.PostFormAsync(s.Path("/referral-status"), new() { ["ReferralId"] = s.ReferralId.ToString(), ["Version"] = version, ["Change"] = "Suspend", ["Reason"] = "" });
        (await noReason.GetDocumentAsync()).QuerySelector(".govuk-error-summary").Text().ShouldContain("Enter why the referral is being suspended");

        var suspended = await s.Client.PostFormAsync(s.Path("/referral-status"), new() { ["ReferralId"] = s.ReferralId.ToString(), ["Version"] = version, ["Change"] = "Suspend", ["Reason"] = "Missing since Friday" });
        suspended.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var refused = await s.Client.PostFormAsync(s.Path("/record"), s.DecisionForm(DecisionKind.ReasonableGrounds, DecisionOutcome.Positive, today), tokenFrom: s.Path());
        (await refused.GetDocumentAsync()).QuerySelector(".govuk-error-summary").Text().ShouldContain("This referral is suspended");

        var stale = await s.Client.PostFormAsync(s.Path("/referral-status"), new() { ["ReferralId"] = s.ReferralId.ToString(), ["Version"] = version, ["Change"] = "Resume", ["Reason"] = "Found" });
        (await stale.GetDocumentAsync()).QuerySelector(".govuk-error-summary").Text().ShouldContain("Someone else changed this");

        var current = (await s.Client.GetDocumentAsync(s.Path("/referral-status"))).QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        (await s.Client.PostFormAsync(s.Path("/referral-status"), new() { ["ReferralId"] = s.ReferralId.ToString(), ["Version"] = current, ["Change"] = "Resume", ["Reason"] = "Back in touch" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        current = (await s.Client.GetDocumentAsync(s.Path("/referral-status"))).QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        (await s.Client.PostFormAsync(s.Path("/referral-status"), new() { ["ReferralId"] = s.ReferralId.ToString(), ["Version"] = current, ["Change"] = "Withdraw", ["Reason"] = "Asked to leave the NRM" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var referral = await App.QueryAsync(db => db.Referrals.SingleAsync(r => r.Id == s.ReferralId));
        referral.Status.ShouldBe(ReferralStatus.Withdrawn);
        referral.StatusReason.ShouldBe("Asked to leave the NRM");
        (await App.AuditActionsAsync(s.CaseId)).ShouldBe(["NRM referral suspended", "NRM referral resumed", "NRM referral withdrawn"]);
        (await s.Client.GetDocumentAsync(s.Path())).QuerySelector($"a[href='/cases/{s.CaseId}/referral/again?from={s.ReferralId}']").ShouldNotBeNull();
    }

    [Fact]
    public async Task DecisionPages_ForAPartnerWithoutTheDecisionsSection_AreForbidden()
    {
        var today = App.Today();
        var s = await DecisionScenario.CreateAsync(App, today.AddDays(-5));
        var police = await App.CreateOrganisationAsync(Beacon.Core.Organisations.OrganisationType.Police, s.Council.AreaId);
        var officer = await App.CreateUserAsync(police, [Beacon.Core.Accounts.Role.Partner]);
        await App.ShareCaseAsync(s.CaseId, police.Id, CaseSections.Summary, s.Worker.Id);
        var client = await App.SignInAsync(officer);

        (await client.GetAsync(s.Path())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync(s.Path("/record"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync($"/cases/{s.CaseId}/safeguarding")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
