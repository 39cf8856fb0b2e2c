using Beacon.Core.Concerns;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Concerns.Triage;

/// <summary>
/// A triage page of one concern (the concern gate has let the user through). Members of the
/// concern's triage team act while it waits for triage; the area's coordinators only look. Forms
/// carry the concern's version, so a worker acting on a concern someone else has just changed gets
/// a conflict instead of overwriting it.
/// </summary>
public abstract class TriagePageModel(AppDbContext db, CurrentUser currentUser) : PageModel
{
    public Concern Concern { get; private set; } = null!;

    /// <summary>The triage team's worker, on a concern still waiting for triage.</summary>
    public bool CanAct { get; private set; }

    public bool WorksQueue { get; private set; }

    public string TeamName { get; private set; } = string.Empty;

    [BindProperty]
    public Guid Version { get; set; }

    protected AppDbContext Db => db;

    protected CurrentUser Worker => currentUser;

    protected async Task LoadAsync()
    {
        var concernId = HttpContext.ConcernGrant().ConcernId;
        Concern = await db.Concerns.AsNoTracking().SingleAsync(c => c.Id == concernId);
        TeamName = await db.Teams.Where(t => t.Id == Concern.TriageTeamId).Select(t => t.Name).SingleAsync();
        WorksQueue = TriageService.Works(currentUser.Scope, Concern.TriageTeamId);
        CanAct = WorksQueue && TriageService.IsOpen(Concern.Status);
    }

    /// <summary>For an action page: null to go on, or where to send someone who may not act here.</summary>
    protected async Task<IActionResult?> LoadForActionAsync(bool keepPostedVersion = false)
    {
        var posted = Version;
        await LoadAsync();
        if (!WorksQueue)
        {
            return Forbid();
        }

        if (!CanAct)
        {
            return Redirect($"/concerns/{Concern.Id}/triage");
        }

        Version = keepPostedVersion ? posted : Concern.Version;
        return null;
    }

    /// <summary>A service's refusal as a GOV.UK error on <paramref name="field"/> when it is about the version.</summary>
    protected void AddError(string? resultField, string error, string field) =>
        ModelState.AddModelError(resultField is null or "Version" or "ConcernId" ? field : resultField, error);
}
