using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Pages.Account;

/// <summary>"Stay signed in" on the timeout warning: the request itself resets the idle clock.</summary>
public class KeepAliveModel : PageModel
{
    public IActionResult OnGet() => NotFound();

    public IActionResult OnPost() => new NoContentResult();
}
