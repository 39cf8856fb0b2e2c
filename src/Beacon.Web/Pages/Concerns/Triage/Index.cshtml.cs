using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Concerns.Triage;

/// <summary>The concern as triage sees it, with what the triage team's worker can do next.</summary>
public class IndexModel(AppDbContext db, CurrentUser currentUser, TimeProvider time) : TriagePageModel(db, currentUser)
{
    public DateTimeOffset Now => time.GetUtcNow();

    public Guid? CurrentUserId => Worker.UserId;

    public string? AssignedTo { get; private set; }

    public string? CaseReference { get; private set; }

    public string? RaisedBy { get; private set; }

    [Microsoft.AspNetCore.Mvc.TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync()
    {
        await LoadAsync();
        AssignedTo = Concern.AssignedToUserId is { } id ? await Db.Users.Where(u => u.Id == id).Select(u => u.DisplayName).SingleOrDefaultAsync() : null;
        RaisedBy = await Db.Organisations.Where(o => o.Id == Concern.RaisedByOrganisationId).Select(o => o.Name).SingleOrDefaultAsync();
        CaseReference = Concern.CaseId is { } caseId ? await Db.Cases.Where(c => c.Id == caseId).Select(c => c.Reference).SingleOrDefaultAsync() : null;
    }
}
