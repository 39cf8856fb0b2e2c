using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using AngleSharp.Dom;
using Beacon.Core.Access;
using Beacon.Core.Accounts;
using Beacon.Core.AreaPicture;
using Beacon.Core.AreaPicture.Packs;
using Beacon.Core.Audit;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Core.Reporting;
using Beacon.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Beacon.Web.Tests.PageTests.AreaPicture.Packs;

/// <summary>Quarterly packs and board reports: drafts, immutable versions, who may do what, and what is logged.</summary>
public class PackTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private BeaconAppFactory App => app.Factory;

    private Quarter LastQuarter => Quarter.Of(UkTime.Today(App.Time)).Previous;

    [Fact]
    public async Task Versions_NarrativeChangedAfterVersion1_Version1HtmlAndPdfUnchanged()
    {
        var (_, coordinator) = await PartnershipAsync(referrals: 6);
        var client = await App.SignInAsync(coordinator);
        var packId = await StartPackAsync(client, Audience.Partnership);

        (await PostAsync(client, packId, "Save", Narrative("Referrals rose this quarter.", "Labour exploitation in car washes."))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PostAsync(client, packId, "AddAction", new()
        {
            ["NewAction.Action"] = "Write to the car washes' landlords",
            ["NewAction.Owner"] = "Licensing",
            ["NewAction.Due.Day"] = "31",
            ["NewAction.Due.Month"] = "3",
            ["NewAction.Due.Year"] = "2027",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var first = await PostAsync(client, packId, "CreateVersion", []);
        first.Headers.Location!.OriginalString.ShouldBe($"/area-picture/packs/{packId}/versions/1");
        var html1 = await client.GetDocumentAsync($"/area-picture/packs/{packId}/versions/1");
        var pdf1 = await client.GetByteArrayAsync($"/area-picture/packs/{packId}/versions/1/pdf");

        (await PostAsync(client, packId, "Save", Narrative("Referrals fell after all.", "Nothing new."))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PostAsync(client, packId, "CreateVersion", [])).Headers.Location!.OriginalString.ShouldBe($"/area-picture/packs/{packId}/versions/2");

        var again1 = await client.GetDocumentAsync($"/area-picture/packs/{packId}/versions/1");
        var pdfAgain1 = await client.GetByteArrayAsync($"/area-picture/packs/{packId}/versions/1/pdf");
        var html2 = await client.GetDocumentAsync($"/area-picture/packs/{packId}/versions/2");
        Frozen(again1).ShouldBe(Frozen(html1));
        again1.QuerySelector("[data-testid=narrative-0]")!.Text().ShouldBe("Referrals rose this quarter.");
        again1.QuerySelector("[data-testid=actions]")!.Text().ShouldContain("Write to the car washes' landlords Licensing 31 March 2027 Not started");
        again1.QuerySelector("[data-testid=marking]")!.Text().ShouldBe("OFFICIAL-SENSITIVE: for the partnership only");
        Table(again1, "referrals-by-quarter")[LastQuarter.Label][0].ShouldBe("6");
        html2.QuerySelector("[data-testid=narrative-0]")!.Text().ShouldBe("Referrals fell after all.");
        pdfAgain1.ShouldBe(pdf1);
        pdf1[..5].ShouldBe("%PDF-"u8.ToArray());
        var stored = await App.QueryAsync(db => db.BoardPackSnapshots.Where(s => s.PackId == packId).OrderBy(s => s.Number).Select(s => s.PdfSha256).ToListAsync());
        stored.Count.ShouldBe(2);
        stored[0].ShouldBe(Convert.ToHexStringLower(SHA256.HashData(pdf1)));
        again1.QuerySelector("[data-testid=sha256]")!.Text().ShouldBe(stored[0]);
        var pack = await client.GetDocumentAsync($"/area-picture/packs/{packId}");
        pack.QuerySelectorAll("[data-testid=versions] tbody tr").Length.ShouldBe(2);
        pack.QuerySelector("#create-version button")!.Text().ShouldBe("Create version 3");
    }

    [Fact]
    public async Task Start_PostedTwice_MakesOnePack()
    {
        var (_, coordinator) = await PartnershipAsync(referrals: 0);
        var client = await App.SignInAsync(coordinator);
        var form = await client.GetDocumentAsync("/area-picture/packs/new");
        var packId = form.QuerySelector("input[name=PackId]")!.GetAttribute("value")!;
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.AntiforgeryToken(),
            ["PackId"] = packId,
            ["Kind"] = nameof(PackKind.BoardHalfYearly),
            ["HalfYear"] = form.QuerySelector("select[name=HalfYear] option[selected]")!.GetAttribute("value")!,
            ["Audience"] = nameof(Audience.Partnership),
        };

        var first = await client.PostAsync("/area-picture/packs/new", new FormUrlEncodedContent(fields));
        var second = await client.PostAsync("/area-picture/packs/new", new FormUrlEncodedContent(fields));

        first.Headers.Location!.OriginalString.ShouldBe($"/area-picture/packs/{packId}");
        second.Headers.Location!.OriginalString.ShouldBe($"/area-picture/packs/{packId}");
        (await App.QueryAsync(db => db.BoardPacks.CountAsync(p => p.OrganisationId == coordinator.OrganisationId))).ShouldBe(1);
        var pack = await App.QueryAsync(db => db.BoardPacks.SingleAsync(p => p.Id == Guid.Parse(packId)));
        (pack.From.Number is 2 or 4).ShouldBeTrue();
        pack.Narrative.Select(n => n.Heading).ShouldBe(BoardPack.DefaultHeadings(PackKind.BoardHalfYearly));
        (await App.QueryAsync(db => db.AuditEvents.CountAsync(e => e.EntityType == "BoardPack" && e.EntityId == pack.Id && e.Action == "Pack started"))).ShouldBe(1);
    }

    [Fact]
    public async Task Start_NothingChosen_GovUkErrors()
    {
        var (_, coordinator) = await PartnershipAsync(referrals: 0);
        var client = await App.SignInAsync(coordinator);
        var form = await client.GetDocumentAsync("/area-picture/packs/new");

        var response = await client.PostFormAsync("/area-picture/packs/new", new() { ["PackId"] = form.QuerySelector("input[name=PackId]")!.GetAttribute("value")! });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.GetDocumentAsync();
        page.QuerySelector(".govuk-error-summary")!.Text().ShouldContain("Select what kind of pack it is");
        page.QuerySelector(".govuk-error-summary")!.Text().ShouldContain("Select who the pack is for");
    }

    [Fact]
    public async Task CreateVersion_PostedTwice_MakesOneVersionAndSendsTheSecondToIt()
    {
        var (_, coordinator) = await PartnershipAsync(referrals: 2);
        var client = await App.SignInAsync(coordinator);
        var packId = await StartPackAsync(client, Audience.Partnership);
        var page = await client.GetDocumentAsync($"/area-picture/packs/{packId}");
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = page.AntiforgeryToken(),
            ["Version"] = page.QuerySelector("#create-version input[name=Version]")!.GetAttribute("value")!,
        };

        var first = await client.PostAsync($"/area-picture/packs/{packId}?handler=CreateVersion", new FormUrlEncodedContent(fields));
        var second = await client.PostAsync($"/area-picture/packs/{packId}?handler=CreateVersion", new FormUrlEncodedContent(fields));

        first.Headers.Location!.OriginalString.ShouldBe($"/area-picture/packs/{packId}/versions/1");
        second.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        second.Headers.Location!.OriginalString.ShouldBe($"/area-picture/packs/{packId}/versions/1");
        (await App.QueryAsync(db => db.BoardPackSnapshots.CountAsync(s => s.PackId == packId))).ShouldBe(1);
    }

    [Fact]
    public async Task Narrative_TwoPeopleEditing_SecondIsRefusedAndNothingIsLost()
    {
        var (council, coordinator) = await PartnershipAsync(referrals: 0);
        var colleague = await App.CreateUserAsync(council, [Role.CommunitySafetyCoordinator]);
        var client = await App.SignInAsync(coordinator);
        var other = await App.SignInAsync(colleague);
        var packId = await StartPackAsync(client, Audience.Partnership);
        var mine = await client.GetDocumentAsync($"/area-picture/packs/{packId}");
        var theirs = await other.GetDocumentAsync($"/area-picture/packs/{packId}");

        var saved = await PostOnAsync(client, mine, packId, "Save", Narrative("First person's summary.", "First person's figures."));
        var refused = await PostOnAsync(other, theirs, packId, "Save", Narrative("Second person's summary.", "Second person's figures."));

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await refused.GetDocumentAsync();
        page.QuerySelector(".govuk-error-summary")!.Text().ShouldContain("Someone else changed this pack while you were working on it. Check the pack and try again");
        page.Title!.ShouldStartWith("Error: ");
        page.QuerySelector("textarea[name='Sections[0]']")!.TextContent.Trim().ShouldBe("Second person's summary.");
        page.QuerySelector("[data-testid=saved-now]")!.Text().ShouldContain("First person's summary.");
        var narrative = (await App.QueryAsync(db => db.BoardPacks.SingleAsync(p => p.Id == packId))).Narrative;
        narrative[0].Text.ShouldBe("First person's summary.");
        narrative[1].Text.ShouldBe("First person's figures.");

        // Having checked, they save again on the version now shown: it goes through.
        (await PostOnAsync(other, page, packId, "Save", Narrative("Second person's summary.", "Both agreed."))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Actions_ChangedThenRemoved_AndAChangeOnAnOlderVersionIsRefused()
    {
        var (_, coordinator) = await PartnershipAsync(referrals: 0);
        var client = await App.SignInAsync(coordinator);
        var packId = await StartPackAsync(client, Audience.Partnership);
        (await PostAsync(client, packId, "AddAction", new() { ["NewAction.Action"] = "Map the hand car washes", ["NewAction.Owner"] = "Police" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var missing = await PostAsync(client, packId, "AddAction", new() { ["NewAction.Action"] = " ", ["NewAction.Owner"] = "Police" });
        missing.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await missing.GetDocumentAsync()).QuerySelector(".govuk-error-summary")!.Text().ShouldContain("Enter the action");
        var pack = await client.GetDocumentAsync($"/area-picture/packs/{packId}");
        var change = pack.QuerySelector("[data-testid=actions] a[href*='/actions/']")!.GetAttribute("href")!;
        var form = await client.GetDocumentAsync(change);

        var changed = await client.PostFormAsync(change, new()
        {
            ["Version"] = form.QuerySelector("input[name=Version]")!.GetAttribute("value")!,
            ["Form.Action"] = "Map the hand car washes and nail bars",
            ["Form.Owner"] = "Police and licensing",
            ["Form.Status"] = nameof(PackActionStatus.InProgress),
        });
        var stale = await client.PostFormAsync(change, new()
        {
            ["Version"] = form.QuerySelector("input[name=Version]")!.GetAttribute("value")!,
            ["Form.Action"] = "An older idea",
            ["Form.Owner"] = "Police",
            ["Form.Status"] = nameof(PackActionStatus.Done),
        });

        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = await stale.GetDocumentAsync();
        refused.QuerySelector(".govuk-error-summary")!.Text().ShouldContain("Someone else changed this pack");
        refused.QuerySelector("[data-testid=saved-now]")!.Text().ShouldContain("Map the hand car washes and nail bars");
        (await client.GetDocumentAsync($"/area-picture/packs/{packId}")).QuerySelector("[data-testid=actions]")!.Text()
            .ShouldContain("Map the hand car washes and nail bars Police and licensing No date In progress");

        var page = await client.GetDocumentAsync($"/area-picture/packs/{packId}");
        var remove = page.QuerySelector("[data-testid=actions] form")!;
        var removed = await client.PostAsync(remove.GetAttribute("action")!, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = remove.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["Version"] = remove.QuerySelector("input[name=Version]")!.GetAttribute("value")!,
        }));
        removed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetDocumentAsync($"/area-picture/packs/{packId}")).QuerySelector("[data-testid=no-actions]").ShouldNotBeNull();
        var events = await App.QueryAsync(db => db.AuditEvents.Where(e => e.EntityType == "BoardPack" && e.EntityId == packId).Select(e => e.Action).ToListAsync());
        events.ShouldBe(["Pack started", "Action added", "Action changed", "Action removed"], ignoreOrder: true);
    }

    [Fact]
    public async Task OutsideThePartnership_AVersionNeverShowsACountFrom1To4()
    {
        // Three NRM referrals in the quarter: a 3 in the quarter's row and the total.
        var (_, coordinator) = await PartnershipAsync(referrals: 3);
        var client = await App.SignInAsync(coordinator);
        var inside = await StartPackAsync(client, Audience.Partnership);
        var outside = await StartPackAsync(client, Audience.OutsideThePartnership);
        await PostAsync(client, inside, "CreateVersion", []);
        await PostAsync(client, outside, "CreateVersion", []);

        var real = await client.GetDocumentAsync($"/area-picture/packs/{inside}/versions/1");
        var shared = await client.GetDocumentAsync($"/area-picture/packs/{outside}/versions/1");

        Table(real, "referrals-by-quarter")[LastQuarter.Label][0].ShouldBe("3");
        Table(shared, "referrals-by-quarter")[LastQuarter.Label][0].ShouldBe("fewer than 5");
        Table(real, NationalComparison.ByQuarterKey)[LastQuarter.Label][0].ShouldBe("3");
        Table(shared, NationalComparison.ByQuarterKey)[LastQuarter.Label][0].ShouldBe("fewer than 5");
        shared.QuerySelector("[data-testid=marking]")!.Text().ShouldBe("OFFICIAL: figures from 1 to 4 suppressed");
        var cells = shared.QuerySelectorAll("[data-testid^=report-] td").Select(td => td.Text()).ToList();
        cells.ShouldNotBeEmpty();
        cells.ShouldAllBe(text => !(text == "1" || text == "2" || text == "3" || text == "4"));
        shared.QuerySelectorAll("[data-testid=report-businesses]").ShouldBeEmpty();

        var content = PackContent.FromJson(await App.QueryAsync(db => db.BoardPackSnapshots.Where(s => s.PackId == outside).Select(s => s.ContentJson).SingleAsync()));
        var shown = content.Tables.SelectMany(t => t.Rows.SelectMany(r => r.Values.Select((v, i) => (Value: v, Column: t.Columns[i]))))
            .Where(x => x.Column.Format == ValueFormat.Count && !x.Column.IsPublished && x.Value.Suppression == Suppression.Shown)
            .Select(x => x.Value.Number);
        shown.ShouldAllBe(n => n == null || n == 0 || n >= 5);
    }

    [Fact]
    public async Task BoardMember_ViewsAndDownloads_ButIsRefusedEveryChange()
    {
        var (council, coordinator) = await PartnershipAsync(referrals: 1);
        var board = await App.CreateUserAsync(council, [Role.BoardMember]);
        var client = await App.SignInAsync(coordinator);
        var packId = await StartPackAsync(client, Audience.Partnership);
        await PostAsync(client, packId, "CreateVersion", []);
        var reader = await App.SignInAsync(board);

        var list = await reader.GetDocumentAsync("/area-picture/packs");
        var pack = await reader.GetDocumentAsync($"/area-picture/packs/{packId}");
        var version = await reader.GetAsync($"/area-picture/packs/{packId}/versions/1");
        var pdf = await reader.GetAsync($"/area-picture/packs/{packId}/versions/1/pdf");

        list.QuerySelector($"a[href='/area-picture/packs/{packId}']").ShouldNotBeNull();
        list.QuerySelector("[data-testid=start-pack]").ShouldBeNull();
        pack.QuerySelectorAll("main form").ShouldBeEmpty();
        version.StatusCode.ShouldBe(HttpStatusCode.OK);
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await reader.GetAsync("/area-picture/packs/new")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var token = pack.AntiforgeryToken();
        foreach (var handler in new[] { "Save", "AddAction", "CreateVersion", "RemoveAction" })
        {
            var response = await reader.PostAsync($"/area-picture/packs/{packId}?handler={handler}", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["Version"] = Guid.Empty.ToString(),
                ["Sections[0]"] = "A board member's words",
                ["NewAction.Action"] = "An action",
                ["NewAction.Owner"] = "Someone",
            }));
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, handler);
        }

        (await reader.PostAsync("/area-picture/packs/new", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["PackId"] = Guid.NewGuid().ToString() })))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await App.QueryAsync(db => db.BoardPackSnapshots.CountAsync(s => s.PackId == packId))).ShouldBe(1);
        (await App.QueryAsync(db => db.BoardPacks.Where(p => p.Id == packId).Select(p => p.NarrativeJson).SingleAsync())).ShouldNotContain("board member");
    }

    [Fact]
    public async Task AnotherOrganisation_Coordinator_FindsNeitherThePackNorItsVersions()
    {
        var (_, coordinator) = await PartnershipAsync(referrals: 1);
        var client = await App.SignInAsync(coordinator);
        var packId = await StartPackAsync(client, Audience.Partnership);
        await PostAsync(client, packId, "CreateVersion", []);
        var (_, stranger) = await PartnershipAsync(referrals: 0);
        var other = await App.SignInAsync(stranger);

        (await other.GetAsync($"/area-picture/packs/{packId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync($"/area-picture/packs/{packId}/versions/1")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync($"/area-picture/packs/{packId}/versions/1/pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var list = await other.GetDocumentAsync("/area-picture/packs");
        list.QuerySelector($"a[href='/area-picture/packs/{packId}']").ShouldBeNull();
        var token = list.AntiforgeryToken();
        foreach (var handler in new[] { "Save", "CreateVersion" })
        {
            var response = await other.PostAsync($"/area-picture/packs/{packId}?handler={handler}", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Version"] = Guid.Empty.ToString() }));
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, handler);
        }

        (await App.QueryAsync(db => db.BoardPackSnapshots.CountAsync(s => s.PackId == packId))).ShouldBe(1);
    }

    [Fact]
    public async Task ViewAndDownload_EachWriteAnAccessLogRow()
    {
        var (_, coordinator) = await PartnershipAsync(referrals: 1);
        var client = await App.SignInAsync(coordinator);
        var packId = await StartPackAsync(client, Audience.Partnership);
        await PostAsync(client, packId, "CreateVersion", []);
        var snapshotId = await App.QueryAsync(db => db.BoardPackSnapshots.Where(s => s.PackId == packId).Select(s => s.Id).SingleAsync());

        await client.GetDocumentAsync($"/area-picture/packs/{packId}/versions/1");
        await client.GetByteArrayAsync($"/area-picture/packs/{packId}/versions/1/pdf");

        var rows = await App.QueryAsync(db => db.AccessLog.Where(a => a.ResourceType == "BoardPack" && a.ResourceId == snapshotId)
            .Select(a => new { a.Action, a.UserId, a.Outcome }).ToListAsync());
        rows.Select(r => r.Action).ShouldBe(["Viewed", "Downloaded PDF"], ignoreOrder: true);
        rows.ShouldAllBe(r => r.UserId == coordinator.Id && r.Outcome == AccessOutcome.Allowed);
    }

    [Fact]
    public async Task Snapshots_UpdateOrDelete_RefusedByTheDatabase()
    {
        var (_, coordinator) = await PartnershipAsync(referrals: 0);
        var client = await App.SignInAsync(coordinator);
        var packId = await StartPackAsync(client, Audience.Partnership);
        await PostAsync(client, packId, "CreateVersion", []);

        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var update = await Should.ThrowAsync<PostgresException>(() => db.Database.ExecuteSqlInterpolatedAsync($"UPDATE board_pack_snapshots SET title = 'Changed' WHERE pack_id = {packId}"));
        var delete = await Should.ThrowAsync<PostgresException>(() => db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM board_pack_snapshots WHERE pack_id = {packId}"));

        update.MessageText.ShouldContain("append-only");
        delete.MessageText.ShouldContain("append-only");
        (await App.QueryAsync(db => db.BoardPackSnapshots.Where(s => s.PackId == packId).Select(s => s.Title).SingleAsync())).ShouldNotBe("Changed");
    }

    private static Dictionary<string, string> Narrative(string summary, string figures) => new()
    {
        ["Sections[0]"] = summary,
        ["Sections[1]"] = figures,
        ["Sections[2]"] = string.Empty,
        ["Sections[3]"] = string.Empty,
    };

    /// <summary>Posts a handler of the pack page as loaded now (its token and version).</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, Guid packId, string handler, Dictionary<string, string> fields) =>
        await PostOnAsync(client, await client.GetDocumentAsync($"/area-picture/packs/{packId}"), packId, handler, fields);

    /// <summary>Posts a handler of the pack page as it was loaded in <paramref name="page"/>.</summary>
    private static async Task<HttpResponseMessage> PostOnAsync(HttpClient client, IDocument page, Guid packId, string handler, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = page.AntiforgeryToken();
        fields["Version"] = page.QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        return await client.PostAsync($"/area-picture/packs/{packId}?handler={handler}", new FormUrlEncodedContent(fields));
    }

    private async Task<Guid> StartPackAsync(HttpClient client, Audience audience)
    {
        var form = await client.GetDocumentAsync("/area-picture/packs/new");
        var packId = form.QuerySelector("input[name=PackId]")!.GetAttribute("value")!;
        var response = await client.PostAsync("/area-picture/packs/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.AntiforgeryToken(),
            ["PackId"] = packId,
            ["Kind"] = nameof(PackKind.VictimsSubGroupQuarterly),
            ["Quarter"] = LastQuarter.Code,
            ["Audience"] = audience.ToString(),
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return Guid.Parse(packId);
    }

    /// <summary>A council with its coordinator, and <paramref name="referrals"/> NRM referrals made in its area last quarter.</summary>
    private async Task<(TestOrganisation Council, TestUser Coordinator)> PartnershipAsync(int referrals)
    {
        var council = await App.CreateOrganisationAsync();
        var coordinator = await App.CreateUserAsync(council, [Role.CommunitySafetyCoordinator]);
        if (referrals == 0)
        {
            return (council, coordinator);
        }

        var worker = await App.CreateUserAsync(council, [Role.FirstResponder]);
        var caseId = await App.CreateCaseAsync(council, worker.Id);
        for (var i = 0; i < referrals; i++)
        {
            var referralId = await App.CreateSubmittedReferralAsync(caseId, worker.Id, LastQuarter.Start.AddDays(10 + i));
            await using var scope = App.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Scope = AccessScope.ForSystem();
            var referral = await db.Referrals.SingleAsync(r => r.Id == referralId);
            referral.AreaId = council.AreaId;
            referral.FirstResponderOrganisationId = council.Id;
            referral.FirstResponderTeamId = council.TeamId;
            referral.Gender = Gender.Female;
            await db.SaveChangesAsync();
        }

        return (council, coordinator);
    }

    /// <summary>What a version's page shows, without the banner that says what just happened.</summary>
    private static string Frozen(IDocument page)
    {
        foreach (var banner in page.QuerySelectorAll(".govuk-notification-banner").ToList())
        {
            banner.Remove();
        }

        return page.QuerySelector("main")!.Text();
    }

    /// <summary>The rows of a report table by their label: the cells after it.</summary>
    private static Dictionary<string, string[]> Table(IDocument page, string key)
    {
        var section = page.QuerySelector($"[data-testid=report-{key}]");
        section.ShouldNotBeNull($"table {key}");
        return section.QuerySelectorAll("tbody tr").ToDictionary(
            tr => tr.QuerySelector("th")!.Text(),
            tr => tr.QuerySelectorAll("td").Select(td => td.Text()).ToArray());
    }
}
