using System.ComponentModel.DataAnnotations;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Cases;

/// <summary>The case's route (child or adult) with its history; moving it keeps everything.</summary>
public class RouteModel(AppDbContext db, CurrentUser currentUser, CaseService cases) : CasePageModel(db, currentUser)
{
    [BindProperty]
    [Display(Name = "Why is the route changing?")]
    public string? Reason { get; set; }

    [BindProperty]
    [Display(Name = "Note (optional)", Description = "For example, who did the age assessment and when.")]
    public string? Note { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public IReadOnlyList<ChangeRow> History { get; private set; } = [];

    public CaseRoute To => Header.Route == CaseRoute.Child ? CaseRoute.Adult : CaseRoute.Child;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync(manage: false) is { } refused)
        {
            return refused;
        }

        Version = Header.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync(manage: true) is { } refused)
        {
            return refused;
        }

        var result = await cases.ChangeRouteAsync(
            new ChangeRouteOptions(CaseId, Version, To, Enum.TryParse<RouteChangeReason>(Reason, out var reason) ? reason : null, Note),
            HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(result.Field == nameof(ChangeRouteOptions.To) ? nameof(Reason) : result.Field!, result.Error!);
            ModelState.Remove(nameof(Version));
            Version = Header.Version;
            return Page();
        }

        Notice = $"The case is now on the {CaseService.RouteText(To)} route";
        return Redirect($"/cases/{CaseId}");
    }

    private async Task<IActionResult?> LoadAsync(bool manage)
    {
        if (await OpenAsync(CaseSections.Summary, manage) is { } refused)
        {
            return refused;
        }

        History = await (
            from r in Db.CaseRouteChanges.AsNoTracking()
            where r.CaseId == CaseId
            orderby r.At descending
            join u in Db.Users on r.ByUserId equals u.Id into people
            from u in people.DefaultIfEmpty()
            select new ChangeRow(r.At, r.From, r.To, r.Reason, r.Note, u != null ? u.DisplayName : "Beacon"))
            .ToListAsync(HttpContext.RequestAborted);
        return null;
    }

    public sealed record ChangeRow(DateTimeOffset At, CaseRoute? From, CaseRoute To, RouteChangeReason Reason, string? Note, string By);
}
