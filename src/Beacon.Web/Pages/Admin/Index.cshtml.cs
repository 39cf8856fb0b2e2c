using Beacon.Core.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Admin;

public class IndexModel(AppDbContext db) : PageModel
{
    public int Organisations { get; private set; }

    public int Users { get; private set; }

    public async Task OnGetAsync()
    {
        Organisations = await db.Organisations.CountAsync(o => o.IsActive, HttpContext.RequestAborted);
        Users = await db.Users.CountAsync(u => u.DeactivatedAt == null, HttpContext.RequestAborted);
    }
}
