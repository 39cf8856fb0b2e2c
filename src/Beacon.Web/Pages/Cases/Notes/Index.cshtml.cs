using System.ComponentModel.DataAnnotations;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;

namespace Beacon.Web.Pages.Cases.Notes;

/// <summary>Case notes, newest first, each with its addenda. Notes are never edited or deleted.</summary>
public class IndexModel(AppDbContext db, CurrentUser currentUser, CaseService cases) : CasePageModel(db, currentUser)
{
    [BindProperty]
    [Display(Name = "Add a note", Description = "Notes cannot be changed or deleted once saved. To correct one, add an addendum to it.")]
    public string? Text { get; set; }

    /// <summary>The new note's id, given when the form is shown, so a double submit makes one note.</summary>
    [BindProperty]
    public Guid Key { get; set; }

    public IReadOnlyList<NoteRow> Notes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        Key = Guid.CreateVersion7();
        return await LoadAsync(manage: false) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync(manage: true) is { } refused)
        {
            return refused;
        }

        var result = await cases.AddNoteAsync(CaseId, Text, Key == Guid.Empty ? null : Key, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(Text), result.Error!);
            return Page();
        }

        Notice = "Note added";
        return Redirect($"/cases/{CaseId}/notes");
    }

    private async Task<IActionResult?> LoadAsync(bool manage)
    {
        if (await OpenAsync(CaseSections.Summary, manage) is { } refused)
        {
            return refused;
        }

        Notes = await NoteRow.ReadAsync(Db, CaseId, null, HttpContext.RequestAborted);
        return null;
    }
}
