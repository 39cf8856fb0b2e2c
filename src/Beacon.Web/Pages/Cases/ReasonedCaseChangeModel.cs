using System.ComponentModel.DataAnnotations;
using Beacon.Core.Accounts;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Pages.Cases;

/// <summary>
/// A confirmation page that takes something away from a case (a share, a team member) and needs a
/// reason: only for those who manage the case; the thing is named by the address.
/// </summary>
public abstract class ReasonedCaseChangeModel(CurrentUser currentUser) : PageModel
{
    [BindProperty]
    public string? Reason { get; set; }

    public Guid CaseId { get; private set; }

    /// <summary>Who or what is being taken away, for the heading.</summary>
    public string Name { get; private set; } = string.Empty;

    [TempData]
    public string? Notice { get; set; }

    public abstract string ReasonLabel { get; }

    /// <summary>The route value that names the thing (<c>shareId</c>, <c>userId</c>).</summary>
    protected abstract string RouteKey { get; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }

        var result = await ApplyAsync(CaseId, TargetId, Reason);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(Reason), result.Error!);
            return Page();
        }

        Notice = Done(Name);
        return Redirect(BackTo);
    }

    /// <summary>Where to go back to: the list the thing was on.</summary>
    public abstract string BackTo { get; }

    protected Guid TargetId => Guid.TryParse(RouteData.Values[RouteKey]?.ToString(), out var id) ? id : Guid.Empty;

    /// <summary>The thing's name, or null when it is not (or no longer) on this case.</summary>
    protected abstract Task<string?> FindNameAsync(Guid caseId, Guid targetId);

    protected abstract Task<AdminResult> ApplyAsync(Guid caseId, Guid targetId, string? reason);

    protected abstract string Done(string name);

    private async Task<IActionResult?> LoadAsync()
    {
        var grant = HttpContext.CaseGrant();
        CaseId = grant.CaseId;
        if (!CaseManagers.CanManage(grant, currentUser))
        {
            return Forbid();
        }

        var name = await FindNameAsync(CaseId, TargetId);
        if (name is null)
        {
            return NotFound();
        }

        Name = name;
        return null;
    }
}
