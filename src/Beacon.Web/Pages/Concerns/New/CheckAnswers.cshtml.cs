using Beacon.Core.Concerns;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure;
using Beacon.Web.Infrastructure.GovUk;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beacon.Web.Pages.Concerns.New;

/// <summary>
/// Every answer with a change link, then the one button that raises the concern. Posting twice
/// (a double click, the back button, a retry) gives the one concern the journey raised.
/// </summary>
public class CheckAnswersModel(ConcernDraftStore store, AppDbContext db, CurrentUser currentUser, ConcernService concerns, IOptions<BeaconOptions> options) : ConcernJourneyPage(store)
{
    public IReadOnlyList<SummaryListRow> Rows { get; private set; } = [];

    public string Queue => Draft.Age == Core.Cases.AgeAnswer.Adult ? "the adult triage team" : "the MASH (children's) team";

    protected override string PreviousPage => ConcernJourney.OwnWords;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await RaisedAlreadyAsync() is { } raised)
        {
            return Redirect($"/concerns/{raised}/raised");
        }

        LoadDraft();
        return await ShowAsync() ?? Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        LoadDraft();
        var result = await concerns.RaiseAsync(Draft.ToOptions(Request.To(options.Value, string.Empty)));
        if (result.Succeeded)
        {
            ClearDraft();
            return Redirect($"/concerns/{result.ConcernId}/raised");
        }

        if (await ShowAsync() is { } redirect)
        {
            return redirect;
        }

        ModelState.AddModelError("submit", result.Error!);
        return Page();
    }

    private async Task<Guid?> RaisedAlreadyAsync()
    {
        var userId = currentUser.UserId;
        return await db.Concerns.AsNoTracking().Where(c => c.JourneyId == JourneyId && c.RaisedByUserId == userId).Select(c => (Guid?)c.Id).SingleOrDefaultAsync();
    }

    /// <summary>Null when every question is answered; otherwise where to go to answer the first one left.</summary>
    private async Task<IActionResult?> ShowAsync()
    {
        var organisationId = currentUser.Scope.OrganisationId;
        var areas = await db.OrganisationAreas.AsNoTracking().Where(a => a.OrganisationId == organisationId)
            .Select(a => new { a.AreaId, a.Area!.Name }).ToListAsync();
        if (Draft.FirstUnanswered(areas.Count > 1) is { } page)
        {
            return Redirect(ConcernJourney.Path(JourneyId, page, fromCheck: Draft.ImmediateDanger is not null && page != ConcernJourney.ImmediateDanger));
        }

        var areaName = areas.Count > 1 ? areas.FirstOrDefault(a => a.AreaId == Draft.AreaId)?.Name : null;
        Rows = ConcernWording.Rows(Draft, areaName, page => ConcernJourney.Path(JourneyId, page, fromCheck: true));
        return null;
    }
}
