using System.ComponentModel.DataAnnotations;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;

namespace Beacon.Web.Pages.Cases.Notes;

/// <summary>Adds an addendum to a note: a correction or addition that sits under it; the note stays as written.</summary>
public class AddendumModel(AppDbContext db, CurrentUser currentUser, CaseService cases) : CasePageModel(db, currentUser)
{
    [BindProperty]
    [Display(Name = "Addendum", Description = "Say what is corrected or added, and why. It cannot be changed once saved.")]
    public string? Text { get; set; }

    /// <summary>The addendum's id, given when the form is shown, so a double submit makes one addendum.</summary>
    [BindProperty]
    public Guid Key { get; set; }

    public NoteRow Note { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid noteId)
    {
        Key = Guid.CreateVersion7();
        return await LoadAsync(noteId) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid noteId)
    {
        if (await LoadAsync(noteId) is { } refused)
        {
            return refused;
        }

        var result = await cases.AddAddendumAsync(CaseId, Note.Id, Text, Key == Guid.Empty ? null : Key, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(Text), result.Error!);
            return Page();
        }

        Notice = "Addendum added";
        return Redirect($"/cases/{CaseId}/notes#note-{Note.Id}");
    }

    private async Task<IActionResult?> LoadAsync(Guid noteId)
    {
        if (await OpenAsync(CaseSections.Summary, manage: true) is { } refused)
        {
            return refused;
        }

        var notes = await NoteRow.ReadAsync(Db, CaseId, noteId, HttpContext.RequestAborted);
        if (notes.Count != 1)
        {
            return NotFound();
        }

        Note = notes[0];
        return null;
    }
}
