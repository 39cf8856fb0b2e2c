using System.ComponentModel.DataAnnotations;
using Beacon.Core.Cases;
using Beacon.Core.Concerns;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Concerns.Triage;

/// <summary>Change the concern's RAG rating.</summary>
public class RagModel(AppDbContext db, CurrentUser currentUser, TriageService triage) : TriagePageModel(db, currentUser)
{
    [BindProperty]
    [Display(Name = "What is the RAG rating?", Description = "Red: at risk of serious harm now. Amber: at risk, not immediately. Green: no immediate risk.")]
    public string? Rag { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadForActionAsync() is { } refused)
        {
            return refused;
        }

        Rag = Concern.Rag.ToString();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadForActionAsync(keepPostedVersion: true) is { } refused)
        {
            return refused;
        }

        var result = await triage.SetRagAsync(Concern.Id, Version, Enum.TryParse<RagRating>(Rag, out var rag) ? rag : null);
        if (!result.Succeeded)
        {
            AddError(result.Field, result.Error!, nameof(Rag));
            Version = await Db.Concerns.Where(c => c.Id == Concern.Id).Select(c => c.Version).SingleAsync();
            return Page();
        }

        Notice = "The RAG rating has been changed";
        return Redirect($"/concerns/{Concern.Id}/triage");
    }
}
