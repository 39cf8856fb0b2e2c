using System.ComponentModel.DataAnnotations;
using Beacon.Core.Accounts;
using Beacon.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Pages.Admin.Users;

/// <summary>
/// A confirmation page for one change to an account (deactivate, reactivate, reset two-factor, resend
/// the invitation): says what will happen, asks why (kept in the audit trail), then calls
/// <see cref="UserAdministration"/>. The account is named by the address only.
/// </summary>
public abstract class UserActionModel(AppDbContext db, TimeProvider time) : PageModel
{
    [BindProperty]
    [Display(Description = "It is kept in the audit trail with your name.")]
    public string? Reason { get; set; }

    [BindNever]
    public UserDetails Account { get; private set; } = null!;

    public abstract string Title { get; }

    public abstract string Explanation { get; }

    public virtual string? Warning => null;

    public abstract string ButtonText { get; }

    public abstract string ReasonLabel { get; }

    public virtual bool Destructive => true;

    /// <summary>Why the action does not apply to this account as it is now, or null if it does.</summary>
    public abstract string? NotApplicable { get; }

    protected abstract string ReasonMissing { get; }

    protected abstract string Done { get; }

    protected abstract Task<AdminResult> ApplyAsync(Guid userId, string reason);

    /// <summary>A refusal the page makes before the service is asked (e.g. not your own account).</summary>
    protected virtual string? Refusal(Guid userId) => null;

    public async Task<IActionResult> OnGetAsync([FromRoute] Guid userId) =>
        await LoadAsync(userId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync([FromRoute] Guid userId)
    {
        if (!await LoadAsync(userId))
        {
            return NotFound();
        }

        if (NotApplicable is not null)
        {
            return Page();
        }

        if (string.IsNullOrWhiteSpace(Reason))
        {
            ModelState.AddModelError(nameof(Reason), ReasonMissing);
        }
        else if (Reason.Length > 2000)
        {
            ModelState.AddModelError(nameof(Reason), "The reason must be 2000 characters or fewer");
        }
        else if (Refusal(userId) is { } refusal)
        {
            ModelState.AddModelError(nameof(Reason), refusal);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await ApplyAsync(userId, Reason!);
        if (result.Succeeded)
        {
            TempData.Notice(Done);
            return Redirect($"/admin/users/{userId}");
        }

        ModelState.AddModelError(nameof(Reason), result.Error ?? "Something went wrong. Try again");
        return Page();
    }

    private async Task<bool> LoadAsync(Guid userId)
    {
        var account = await UserDetails.ReadAsync(db, time, userId, HttpContext.RequestAborted);
        if (account is null)
        {
            return false;
        }

        Account = account;
        return true;
    }
}
