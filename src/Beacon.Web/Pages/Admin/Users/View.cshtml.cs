using Beacon.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Pages.Admin.Users;

public class ViewModel(AppDbContext db, TimeProvider time) : PageModel
{
    public UserDetails Account { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync([FromRoute] Guid userId)
    {
        var account = await UserDetails.ReadAsync(db, time, userId, HttpContext.RequestAborted);
        if (account is null)
        {
            return NotFound();
        }

        Account = account;
        return Page();
    }
}
