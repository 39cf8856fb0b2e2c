using System.Globalization;
using Beacon.Core.Accounts;
using Beacon.EndToEndTests.Infrastructure;
using Microsoft.Playwright;

namespace Beacon.EndToEndTests.Journeys;

/// <summary>
/// The case journey from concern to decisions, as the people who do it: a housing officer raises a
/// concern, triage opens the case, a first responder refers and records what the Home Office
/// decides. Every page on the way passes axe.
/// </summary>
public class CaseJourneyTests(BrowserFixture browser, LiveApp app) : BrowserTest(browser, app)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task ChildConcern_FromHousingToMash_ReferredToTheNrm_ReasonableThenConclusiveGrounds()
    {
        var area = await App.CreatePartnershipAsync();
        var housing = await App.CreateUserAsync(area.Housing, "Hana Housing", Role.Staff);
        var mash = await App.CreateUserAsync(area.Mash, "Milo Mash", Role.FirstResponder);

        await Page.SignInAsync(housing);
        var reference = await RaiseConcernAsync(Page, "Tomasz Invented", "Under 18");
        (await Page.GetByTestId("next-team").InnerTextAsync()).ShouldContain(area.Mash.TeamName);

        var worker = await NewPageAsync();
        await worker.SignInAsync(mash);
        var caseUrl = await OpenCaseFromTrayAsync(worker, reference);

        var referral = await StartReferralAsync(worker, caseUrl);
        await worker.GotoAsync($"{referral}/age");
        await worker.GetByRole(AriaRole.Radio, new() { Name = "Yes", Exact = true }).CheckAsync();
        await worker.GetByLabel("Contact's name").FillAsync("Duty social worker");
        await SaveAsync(worker);
        await FillNrmSectionsAsync(worker, referral, "Forced to commit crime: cannabis growing, drug dealing, begging or county lines");
        await SubmitAsync(worker, referral, "NRM referral submitted");

        // The letters arrive weeks later: date the referral back so the decisions are in the past.
        await App.BackdateReferralsAsync(CaseId(caseUrl), 45);
        await RecordDecisionAsync(worker, caseUrl, "Reasonable grounds", "Positive", Today.AddDays(-40));
        await RecordDecisionAsync(worker, caseUrl, "Conclusive grounds", "Positive", Today.AddDays(-5));
        var decisions = await worker.Locator("main").InnerTextAsync();
        decisions.ShouldContain("Reasonable grounds");
        decisions.ShouldContain("Conclusive grounds");

        await worker.GotoAsync($"{caseUrl}/timeline");
        var timeline = await worker.Locator("main").InnerTextAsync();
        timeline.ShouldContain("NRM referral submitted");
        timeline.ShouldContain("Conclusive grounds: positive");
        await Axe.AssertNoViolationsAsync(worker);
        AssertNoConsoleErrors();
    }

    [Fact]
    public async Task AdultWhoDeclines_ReportedByDutyToNotify_NothingIdentifyingIsStored()
    {
        var area = await App.CreatePartnershipAsync();
        var raiser = await App.CreateUserAsync(area.Housing, "Hugo Housing", Role.Staff);
        var triage = await App.CreateUserAsync(area.AdultTriage, "Ada Triage", Role.FirstResponder);

        await Page.SignInAsync(raiser);
        var reference = await RaiseConcernAsync(Page, "Dragomir Fictus", "18 or over");
        (await Page.GetByTestId("next-team").InnerTextAsync()).ShouldContain(area.AdultTriage.TeamName);

        var worker = await NewPageAsync();
        await worker.SignInAsync(triage);
        var caseUrl = await OpenCaseFromTrayAsync(worker, reference);
        (await App.EverythingStoredAboutAsync(CaseId(caseUrl))).ShouldContain("Dragomir");

        var referral = await StartReferralAsync(worker, caseUrl);
        await worker.GotoAsync($"{referral}/age");
        await worker.GetByRole(AriaRole.Radio, new() { Name = "No, they are 18 or over" }).CheckAsync();
        await worker.GetByRole(AriaRole.Radio, new() { Name = "No", Exact = true }).CheckAsync();
        await SaveAsync(worker);

        await worker.GotoAsync($"{referral}/consent");
        await Axe.AssertNoViolationsAsync(worker);
        await worker.GetByLabel("No, they do not agree").CheckAsync();
        await worker.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await worker.WaitForURLAsync("**/duty-to-notify-warning");
        await Axe.AssertNoViolationsAsync(worker);
        await worker.GetByRole(AriaRole.Button, new() { Name = "Continue with a Duty to Notify report" }).ClickAsync();
        await worker.WaitForURLAsync("**/co-operation");
        await Axe.AssertNoViolationsAsync(worker);
        await worker.GetByLabel("No: remove everything that identifies them").CheckAsync();
        await SaveAsync(worker);

        await worker.GotoAsync($"{referral}/duty-to-notify");
        await worker.GetByLabel("Why do they not want to be referred?").FillAsync("Afraid of what the gang will do to their family at home.");
        await worker.GetByRole(AriaRole.Radio, new() { Name = "Male", Exact = true }).CheckAsync();
        await Axe.AssertNoViolationsAsync(worker);
        await SaveAsync(worker);
        await FillFirstResponderAsync(worker, referral);
        await SubmitAsync(worker, referral, "Duty to Notify report submitted");

        (await App.IsAnonymousAsync(CaseId(caseUrl))).ShouldBeTrue();
        var stored = await App.EverythingStoredAboutAsync(CaseId(caseUrl));
        stored.ShouldNotContain("Dragomir");
        stored.ShouldNotContain("Fictus");
        stored.ShouldNotContain("dragomir");
        AssertNoConsoleErrors();
    }

    [Fact]
    public async Task NegativeReasonableGrounds_ReconsiderationAskedAndCaseEscalatedToTheBoard()
    {
        var area = await App.CreatePartnershipAsync();
        var raiser = await App.CreateUserAsync(area.Housing, "Hattie Housing", Role.Staff);
        var mash = await App.CreateUserAsync(area.Mash, "Max Mash", Role.FirstResponder);

        await Page.SignInAsync(raiser);
        var reference = await RaiseConcernAsync(Page, "Kwame Madeup", "Not sure");

        var worker = await NewPageAsync();
        await worker.SignInAsync(mash);
        var caseUrl = await OpenCaseFromTrayAsync(worker, reference);
        var referral = await StartReferralAsync(worker, caseUrl);
        await worker.GotoAsync($"{referral}/age");
        await worker.GetByRole(AriaRole.Radio, new() { Name = "Not sure (treated as a child)" }).CheckAsync();
        await worker.GetByLabel("Contact's name").FillAsync("Duty social worker");
        await SaveAsync(worker);
        await FillNrmSectionsAsync(worker, referral, "Forced to work for nothing or almost nothing");
        await SubmitAsync(worker, referral, "NRM referral submitted");
        await App.BackdateReferralsAsync(CaseId(caseUrl), 20);
        await RecordDecisionAsync(worker, caseUrl, "Reasonable grounds", "Negative", Today.AddDays(-15));

        await worker.GetByRole(AriaRole.Button, new() { Name = "Ask for reconsideration" }).ClickAsync();
        await worker.WaitForURLAsync("**/decisions/reconsideration");
        await Axe.AssertNoViolationsAsync(worker);
        await worker.GetByRole(AriaRole.Button, new() { Name = "Record the request" }).ClickAsync();
        await ErrorSummary.AssertShowsAsync(worker, "Select");
        await Axe.AssertNoViolationsAsync(worker);
        await CheckFirstAsync(worker, "DecisionId");
        await worker.GetByLabel("The first responder").CheckAsync();
        await worker.GetByLabel("Name of the person who asked").FillAsync("Max Mash");
        await FillDateAsync(worker, "RequestedOn", Today.AddDays(-10));
        await worker.GetByLabel("Why should the decision be reconsidered?").FillAsync("The decision did not consider the school's account of his absences.");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Record the request" }).ClickAsync();
        await worker.WaitForURLAsync("**/decisions");
        (await worker.Locator("main").InnerTextAsync()).ShouldContain("Reconsideration");

        await worker.GetByRole(AriaRole.Button, new() { Name = "Escalate to the safeguarding board" }).ClickAsync();
        await worker.WaitForURLAsync("**/decisions/escalate");
        await Axe.AssertNoViolationsAsync(worker);
        await CheckFirstAsync(worker, "DecisionId");
        await FillDateAsync(worker, "EscalatedOn", Today.AddDays(-9));
        await worker.GetByLabel("What concerns remain?").FillAsync("Still missing from school and seen with older men.");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Escalate" }).ClickAsync();
        await worker.WaitForURLAsync("**/decisions");
        (await worker.Locator("main").InnerTextAsync()).ShouldContain("children's safeguarding partnership", Case.Insensitive);
        await Axe.AssertNoViolationsAsync(worker);

        await worker.GetByRole(AriaRole.Link, new() { Name = "Record the outcome of the reconsideration" }).ClickAsync();
        await worker.WaitForURLAsync("**/outcome");
        await Axe.AssertNoViolationsAsync(worker);
        await worker.GetByLabel("Upheld: the decision stands").CheckAsync();
        await FillDateAsync(worker, "OutcomeOn", Today.AddDays(-2));
        await worker.GetByRole(AriaRole.Button, new() { Name = "Record the outcome" }).ClickAsync();
        await worker.WaitForURLAsync("**/decisions");
        await Axe.AssertNoViolationsAsync(worker);

        await worker.GotoAsync($"{caseUrl}/timeline");
        var timeline = await worker.Locator("main").InnerTextAsync();
        timeline.ShouldContain("Reasonable grounds: negative");
        timeline.ShouldContain("Reconsideration requested");
        timeline.ShouldContain("Escalated to the children's safeguarding partnership");
        AssertNoConsoleErrors();
    }

    private static Guid CaseId(string caseUrl) => Guid.Parse(caseUrl[(caseUrl.LastIndexOf('/') + 1)..]);

    /// <summary>The whole raise-a-concern journey, checking each page; returns the concern's reference.</summary>
    private static async Task<string> RaiseConcernAsync(IPage page, string name, string age)
    {
        await page.GotoAsync("/concerns/new");
        await Axe.AssertNoViolationsAsync(page);
        await page.Locator("a.govuk-button--start").ClickAsync();
        await page.WaitForURLAsync("**/immediate-danger");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await ErrorSummary.AssertShowsAsync(page, "Select");
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByLabel("No", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await page.WaitForURLAsync("**/what-you-saw");
        await page.GetByLabel("Works very long hours").CheckAsync();
        await page.GetByLabel("Tell us what you saw").FillAsync("Seen at the car wash every school day, wet through, with older men who answer for him.");
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await page.WaitForURLAsync("**/where-and-when");
        await FillDateAsync(page, "SeenOn", Today.AddDays(-1));
        await page.GetByLabel("Where did you see this?").FillAsync("The hand car wash behind the retail park");
        await page.GetByLabel("Car wash").CheckAsync();
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await page.WaitForURLAsync("**/person");
        await page.GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Their name").FillAsync(name);
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await page.WaitForURLAsync("**/age");
        await page.GetByLabel(age, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Male", new() { Exact = true }).CheckAsync();
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await page.WaitForURLAsync("**/own-words");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await page.WaitForURLAsync("**/check-answers");
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Raise concern" }).ClickAsync();
        await page.WaitForURLAsync("**/raised");
        await Axe.AssertNoViolationsAsync(page);
        return await page.GetByTestId("reference").InnerTextAsync();
    }

    /// <summary>Triage: from the tray, take the concern, check for duplicates and open a case; returns the case's address.</summary>
    private static async Task<string> OpenCaseFromTrayAsync(IPage page, string concernReference)
    {
        await page.GotoAsync("/trays");
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = concernReference }).ClickAsync();
        await page.WaitForURLAsync("**/triage");
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Assign to me" }).ClickAsync();
        await page.WaitForURLAsync("**/triage");
        await page.GetByRole(AriaRole.Link, new() { Name = "Check for the person and open a case" }).ClickAsync();
        await page.WaitForURLAsync("**/duplicates");
        await Axe.AssertNoViolationsAsync(page);
        if (await page.GetByLabel("None of these: open a new case").CountAsync() > 0)
        {
            await page.GetByLabel("None of these: open a new case").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        }
        else
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).Or(page.GetByRole(AriaRole.Link, new() { Name = "Open a new case" })).First.ClickAsync();
        }

        await page.WaitForURLAsync("**/open-case");
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Open case" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/cases/[0-9a-f-]{36}$"));
        await Axe.AssertNoViolationsAsync(page);
        return new Uri(page.Url).AbsolutePath;
    }

    private static async Task<string> StartReferralAsync(IPage page, string caseUrl)
    {
        await page.GotoAsync($"{caseUrl}/referral");
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Start a referral" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/referral/[0-9a-f-]{36}$"));
        await Axe.AssertNoViolationsAsync(page);
        return new Uri(page.Url).AbsolutePath;
    }

    private static async Task FillFirstResponderAsync(IPage page, string referral)
    {
        await page.GotoAsync($"{referral}/first-responder");
        await page.GetByLabel("Your work email address").FillAsync("first.responder@example.test");
        await page.GetByLabel("England", new() { Exact = true }).CheckAsync();
        await Axe.AssertNoViolationsAsync(page);
        await SaveAsync(page);
    }

    private static async Task FillNrmSectionsAsync(IPage page, string referral, string exploitation)
    {
        await FillFirstResponderAsync(page, referral);

        await page.GotoAsync($"{referral}/insight");
        await page.GetByLabel("Why are you referring them?").FillAsync("Indicators of criminal exploitation seen by two services over a month.");
        await Axe.AssertNoViolationsAsync(page);
        await SaveAsync(page);

        await page.GotoAsync($"{referral}/where");
        await page.GetByLabel("In the UK", new() { Exact = true }).CheckAsync();
        await SaveAsync(page);

        await page.GotoAsync($"{referral}/exploiters");
        await page.GetByLabel(exploitation).CheckAsync();
        await Axe.AssertNoViolationsAsync(page);
        await SaveAsync(page);

        await page.GotoAsync($"{referral}/person");
        await page.GetByLabel("Male", new() { Exact = true }).CheckAsync();
        await SaveAsync(page);

        await page.GotoAsync($"{referral}/contact");
        await page.GetByLabel("Your name").FillAsync("Duty first responder");
        await SaveAsync(page);
    }

    private static async Task SaveAsync(IPage page)
    {
        var before = page.Url;
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        await page.WaitForURLAsync(url => url != before);
    }

    private static async Task SubmitAsync(IPage page, string referral, string heading)
    {
        await page.GotoAsync($"{referral}/check");
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();
        await page.WaitForURLAsync("**/submitted");
        (await page.Locator("h1").InnerTextAsync()).ShouldContain(heading);
        await Axe.AssertNoViolationsAsync(page);
    }

    private static async Task RecordDecisionAsync(IPage page, string caseUrl, string kind, string outcome, DateOnly on)
    {
        await page.GotoAsync($"{caseUrl}/decisions");
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record a decision" }).ClickAsync();
        await page.WaitForURLAsync("**/decisions/record");
        await CheckFirstAsync(page, "ReferralId");
        await page.GetByLabel(kind, new() { Exact = true }).CheckAsync();
        await page.GetByLabel(outcome, new() { Exact = true }).CheckAsync();
        await FillDateAsync(page, "DecidedOn", on);
        await CheckFirstAsync(page, "DecisionMaker");
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();
        await page.WaitForURLAsync("**/decisions");
        await Axe.AssertNoViolationsAsync(page);
    }

    private static async Task CheckFirstAsync(IPage page, string name)
    {
        var first = page.Locator($"input[name='{name}']").First;
        if (await first.CountAsync() > 0 && !await first.IsCheckedAsync())
        {
            await first.CheckAsync();
        }
    }

    private static async Task FillDateAsync(IPage page, string field, DateOnly date)
    {
        await page.Locator($"#{field}_Day").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{field}_Month").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{field}_Year").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
    }
}
