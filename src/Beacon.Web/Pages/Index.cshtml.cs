using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Pages;

public class IndexModel : PageModel
{
}
