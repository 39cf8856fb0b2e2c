using System.ComponentModel.DataAnnotations;
using Beacon.Core.Accounts;
using Beacon.Core.Audit;
using Beacon.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Audit;

/// <summary>
/// The auditor's start: find a case by its reference (a GET form: a reference is not personal
/// data) or a user by email address (posted, so the address never appears in a URL) or from a list.
/// </summary>
public class IndexModel(AppDbContext db, AuditTrail audit, ILookupNormalizer normalizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    [Display(Name = "Case reference", Description = "For example, T-1A2B3C4D5E")]
    public string? Reference { get; set; }

    [BindProperty]
    [Display(Name = "Email address")]
    public string? Email { get; set; }

    [BindProperty]
    [Display(Name = "User")]
    public string? UserId { get; set; }

    public IReadOnlyList<SelectListItem> Users { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (Request.Query.ContainsKey(nameof(Reference)))
        {
            if (string.IsNullOrWhiteSpace(Reference))
            {
                ModelState.AddModelError(nameof(Reference), "Enter a case reference");
            }
            else if (await new AuditQueries(db).FindCaseIdAsync(Reference, HttpContext.RequestAborted) is { } caseId)
            {
                return RedirectToPage("/Audit/CaseAccess", new { id = caseId });
            }
            else
            {
                ModelState.AddModelError(nameof(Reference), "There is no case with that reference");
            }
        }

        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostFindUserAsync()
    {
        var email = Email?.Trim();
        if (string.IsNullOrEmpty(email))
        {
            ModelState.AddModelError(nameof(Email), "Enter an email address");
        }
        else if (!new EmailAddressAttribute().IsValid(email))
        {
            ModelState.AddModelError(nameof(Email), "Enter an email address in the correct format, like name@example.com");
        }
        else
        {
            var normalised = normalizer.NormalizeEmail(email);
            var id = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == normalised).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(HttpContext.RequestAborted);
            if (id is { } userId)
            {
                return RedirectToPage("/Audit/Users", new { userId });
            }

            ModelState.AddModelError(nameof(Email), "There is no user with that email address");
        }

        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostChooseUserAsync()
    {
        if (Guid.TryParse(UserId, out var userId) && await db.Users.AnyAsync(u => u.Id == userId, HttpContext.RequestAborted))
        {
            return RedirectToPage("/Audit/Users", new { userId });
        }

        ModelState.AddModelError(nameof(UserId), "Select a user");
        return await ShowAsync();
    }

    private async Task<IActionResult> ShowAsync()
    {
        // The list names every user: a look at the users, recorded like any other.
        audit.Access(AuditQueries.UserResource, Guid.Empty, "View", AccessOutcome.Allowed);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        var users = await db.Users.AsNoTracking()
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Email)
            .Select(u => new { u.Id, u.DisplayName, u.Email, Active = u.DeactivatedAt == null })
            .ToListAsync(HttpContext.RequestAborted);
        Users =
        [
            new SelectListItem("Choose a user", ""),
            .. users.Select(u => new SelectListItem($"{u.DisplayName} ({u.Email}){(u.Active ? "" : ", deactivated")}", u.Id.ToString())),
        ];
        return Page();
    }
}
