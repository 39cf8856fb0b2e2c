using System.ComponentModel.DataAnnotations;
using Beacon.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Admin.Users;

/// <summary>Every account, filtered by organisation with a GET form (works without JavaScript).</summary>
public class IndexModel(AppDbContext db, TimeProvider time) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "organisation")]
    [Display(Name = "Organisation")]
    public Guid? Organisation { get; set; }

    public int PageNumber { get; private set; } = 1;

    public IReadOnlyList<SelectListItem> OrganisationChoices { get; private set; } = [];

    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages { get; private set; }

    /// <remarks>From the query string only: Razor Pages has a route value of its own called <c>page</c>.</remarks>
    public async Task OnGetAsync([FromQuery(Name = "page")] int page = 1)
    {
        var cancellation = HttpContext.RequestAborted;
        var organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(cancellation);
        OrganisationChoices = [new SelectListItem("All organisations", ""), .. organisations.Select(o => new SelectListItem(o.Name, o.Id.ToString()))];

        var users = db.Users.AsQueryable();
        if (Organisation is { } organisationId)
        {
            users = users.Where(u => u.OrganisationId == organisationId);
        }

        Total = await users.CountAsync(cancellation);
        Pages = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(page, 1, Pages);
        Users = await UserRow.ListAsync(db, time, users, (PageNumber - 1) * PageSize, PageSize, cancellation);
    }

    public string PageHref(int page) =>
        Organisation is null ? $"/admin/users?page={page}" : $"/admin/users?organisation={Organisation}&page={page}";
}
