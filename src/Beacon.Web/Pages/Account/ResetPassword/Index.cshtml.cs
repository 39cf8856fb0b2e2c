using System.ComponentModel.DataAnnotations;
using Beacon.Core.Accounts;
using Beacon.Core.Audit;
using Beacon.Core.Data;
using Beacon.Core.Email;
using Beacon.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;

namespace Beacon.Web.Pages.Account.ResetPassword;

/// <summary>Asks for the email address and always gives the same answer, account or not.</summary>
public class IndexModel(UserManager<BeaconUser> users, AccountTokens tokens, EmailOutbox outbox, AuditTrail audit, AppDbContext db, Microsoft.Extensions.Options.IOptions<Infrastructure.BeaconOptions> options) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.gov.uk")]
    [Display(Name = "Email address")]
    public string? Email { get; set; }

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Email!.Trim());
        if (user is { IsActive: true, PasswordHash: not null })
        {
            var token = await tokens.IssueAsync(user.Id, AccountTokenPurpose.PasswordReset);
            var link = Request.To(options.Value, $"/account/reset-password/new/{token}");
            outbox.Enqueue(user.Email!, "Reset your Beacon password",
                $"Dear {user.DisplayName},\n\nSomeone asked to reset the password of your Beacon account. If it was you, choose a new password here "
                + $"(the link works once, for 2 hours; you will need your authenticator app too):\n{link}\n\n"
                + "If it was not you, you can ignore this email; your password has not changed.\n");
            audit.Record(UserAdministration.EntityType, user.Id, "Password reset requested");
            await db.SaveChangesAsync();
        }

        Sent = true;
        return Page();
    }
}
