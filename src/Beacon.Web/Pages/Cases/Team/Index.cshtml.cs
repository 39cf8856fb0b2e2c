using System.ComponentModel.DataAnnotations;
using Beacon.Core.Accounts;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Cases.Team;

/// <summary>The case team: the owning team, and named people from any organisation in the area.</summary>
public class IndexModel(AppDbContext db, CaseTeam team, CurrentUser currentUser) : PageModel
{
    [BindProperty]
    [Display(Name = "Add someone to the case team", Description = "People who work on cases in an organisation in this case's area.")]
    public Guid? UserId { get; set; }

    public Guid CaseId { get; private set; }

    public string Reference { get; private set; } = string.Empty;

    public string OwningTeam { get; private set; } = string.Empty;

    public bool CanManage { get; private set; }

    public CaseHeader Header { get; private set; } = null!;

    public IReadOnlyList<MemberRow> Members { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Candidates { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (!CanManage)
        {
            return Forbid();
        }

        var result = await team.AddAsync(CaseId, UserId);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(UserId), result.Error!);
            return Page();
        }

        Notice = "Added to the case team";
        return Redirect($"/cases/{CaseId}/team");
    }

    private async Task LoadAsync()
    {
        var grant = HttpContext.CaseGrant();
        CaseId = grant.CaseId;
        CanManage = CaseManagers.CanManage(grant, currentUser);
        Header = await CaseHeader.ReadAsync(db, grant, CanManage, HttpContext.RequestAborted);
        var row = await (
            from c in db.Cases
            where c.Id == CaseId
            join t in db.Teams on c.OwningTeamId equals t.Id
            join o in db.Organisations on t.OrganisationId equals o.Id
            select new { c.Reference, c.AreaId, Team = t.Name + ", " + o.Name }).SingleAsync();
        Reference = row.Reference;
        OwningTeam = row.Team;
        Members = await (
            from m in db.CaseMembers.AsNoTracking()
            where m.CaseId == CaseId
            join u in db.Users on m.UserId equals u.Id
            orderby u.DisplayName
            select new MemberRow(u.Id, u.DisplayName, u.Organisation!.Name, m.AddedAt)).ToListAsync();
        if (!CanManage)
        {
            return;
        }

        var people = await db.Users.AsNoTracking()
            .Where(u => u.DeactivatedAt == null && u.Organisation!.IsActive && u.Organisation.Areas.Any(a => a.AreaId == row.AreaId))
            .Where(u => !db.CaseMembers.Any(m => m.CaseId == CaseId && m.UserId == u.Id))
            .OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName, Organisation = u.Organisation!.Name, Roles = u.Roles.Select(r => r.Role).ToList() })
            .ToListAsync();
        Candidates =
        [
            new SelectListItem("Choose a person", string.Empty),
            .. people
                .Where(p => Roles.CapabilitiesOf(p.Roles).Overlaps([Capability.CasesWorkTeam, Capability.CasesViewArea, Capability.CasesViewShared]))
                .Select(p => new SelectListItem($"{p.DisplayName} ({p.Organisation})", p.Id.ToString())),
        ];
    }

    public sealed record MemberRow(Guid Id, string Name, string Organisation, DateTimeOffset AddedAt);
}
