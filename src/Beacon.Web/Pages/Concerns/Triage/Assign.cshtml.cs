using System.ComponentModel.DataAnnotations;
using Beacon.Core.Concerns;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Concerns.Triage;

/// <summary>Give the concern to a worker in the triage team, or take it.</summary>
public class AssignModel(AppDbContext db, CurrentUser currentUser, TriageService triage) : TriagePageModel(db, currentUser)
{
    [BindProperty]
    [Display(Name = "Who will work on this concern?")]
    public Guid? AssignTo { get; set; }

    public IReadOnlyList<(Guid Id, string Name)> Workers { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadForActionAsync() is { } refused)
        {
            return refused;
        }

        AssignTo = Concern.AssignedToUserId;
        await LoadWorkersAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadForActionAsync(keepPostedVersion: true) is { } refused)
        {
            return refused;
        }

        var result = await triage.AssignAsync(Concern.Id, Version, AssignTo);
        if (!result.Succeeded)
        {
            AddError(result.Field, result.Error!, nameof(AssignTo));
            Version = await Db.Concerns.Where(c => c.Id == Concern.Id).Select(c => c.Version).SingleAsync();
            await LoadWorkersAsync();
            return Page();
        }

        Notice = AssignTo == Worker.UserId ? "You are now working on this concern" : "The concern has been assigned";
        return Redirect($"/concerns/{Concern.Id}/triage");
    }

    private async Task LoadWorkersAsync()
    {
        var rows = await triage.Workers(Concern.TriageTeamId).AsNoTracking()
            .OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName })
            .ToListAsync();
        Workers = [.. rows.Select(r => (r.Id, r.Id == Worker.UserId ? $"{r.DisplayName} (you)" : r.DisplayName))];
    }
}
