using Beacon.Core.Accounts;
using Beacon.Core.AreaPicture.Packs;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Pages.AreaPicture.Packs;

/// <summary>
/// A pack: its narrative and actions arising (for coordinators to write), and its versions (for
/// everyone who reads the area's picture). Each form carries the pack's version; a change made on
/// an older one is refused with what is saved now shown beside what was typed.
/// </summary>
public class PackModel(AppDbContext db, BoardPackService packs, CurrentUser user) : PageModel
{
    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public List<string?> Sections { get; set; } = [];

    [BindProperty]
    public ActionForm NewAction { get; set; } = new();

    [BindNever]
    public BoardPack Pack { get; private set; } = null!;

    [BindNever]
    public IReadOnlyList<PackVersionRow> Versions { get; private set; } = [];

    /// <summary>After a conflict on the narrative: what is saved now.</summary>
    [BindNever]
    public IReadOnlyList<NarrativeSection>? Saved { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public bool CanManage => user.Has(Capability.AreaPictureManage);

    public int NextNumber => (Versions.Count == 0 ? 0 : Versions[0].Number) + 1;

    public async Task<IActionResult> OnGetAsync(Guid packId)
    {
        if (!await LoadAsync(packId))
        {
            return NotFound();
        }

        Version = Pack.Version;
        Sections = [.. Pack.Narrative.Select(s => (string?)s.Text)];
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid packId)
    {
        if (await RefuseAsync(packId) is { } refused)
        {
            return refused;
        }

        var result = await packs.SaveNarrativeAsync(packId, Sections, Version, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Notice = "Narrative saved";
            return Redirect($"/area-picture/packs/{packId}#narrative");
        }

        return await FailedAsync(packId, result, result.Field == "Version" ? "Sections[0]" : result.Field, conflictShowsSaved: true);
    }

    public async Task<IActionResult> OnPostAddActionAsync(Guid packId)
    {
        if (await RefuseAsync(packId) is { } refused)
        {
            return refused;
        }

        if (!ModelState.IsValid)
        {
            return await FailedAsync(packId, null, null);
        }

        var result = await packs.AddActionAsync(packId, NewAction.ToOptions(), Version, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Notice = "Action added";
            return Redirect($"/area-picture/packs/{packId}#actions");
        }

        return await FailedAsync(packId, result, $"{nameof(NewAction)}.{(result.Field == "Version" ? nameof(ActionForm.Action) : result.Field)}");
    }

    public async Task<IActionResult> OnPostRemoveActionAsync(Guid packId, Guid actionId)
    {
        if (await RefuseAsync(packId) is { } refused)
        {
            return refused;
        }

        var result = await packs.RemoveActionAsync(packId, actionId, Version, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Notice = "Action removed";
            return Redirect($"/area-picture/packs/{packId}#actions");
        }

        return result.NotFound ? NotFound() : await FailedAsync(packId, result, $"{nameof(NewAction)}.{nameof(ActionForm.Action)}");
    }

    /// <summary>A second click (or anyone's change since the page was loaded) conflicts: it is sent to the latest version instead.</summary>
    public async Task<IActionResult> OnPostCreateVersionAsync(Guid packId)
    {
        if (await RefuseAsync(packId) is { } refused)
        {
            return refused;
        }

        var result = await packs.CreateSnapshotAsync(packId, Version, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Notice = $"Version {result.Number} created";
            return Redirect($"/area-picture/packs/{packId}/versions/{result.Number}");
        }

        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Number is { } latest)
        {
            Notice = $"The pack changed after you opened it. Version {latest} is the latest: check it, and create another version if you need one";
            return Redirect($"/area-picture/packs/{packId}/versions/{latest}");
        }

        return await FailedAsync(packId, result, "create-version");
    }

    private async Task<bool> LoadAsync(Guid packId)
    {
        if (await PackPages.ReadPackAsync(db, packId, user.Scope.OrganisationId, HttpContext.RequestAborted) is not { } pack)
        {
            return false;
        }

        Pack = pack;
        Versions = await PackPages.ReadVersionsAsync(db, packId, HttpContext.RequestAborted);
        return true;
    }

    /// <summary>Not found for anyone outside the pack's organisation, forbidden to those who may only read it.</summary>
    private async Task<IActionResult?> RefuseAsync(Guid packId)
    {
        if (!await LoadAsync(packId))
        {
            return NotFound();
        }

        return CanManage ? null : Forbid();
    }

    private async Task<IActionResult> FailedAsync(Guid packId, PackResult? result, string? field, bool conflictShowsSaved = false)
    {
        if (result is { NotFound: true })
        {
            return NotFound();
        }

        if (result is not null)
        {
            ModelState.AddModelError(field ?? string.Empty, result.Error ?? "Something went wrong. Try again");
        }

        await LoadAsync(packId);
        if (result?.Field == "Version")
        {
            // Keep what they typed, show what is saved now, and let a second save (after checking) go through.
            if (conflictShowsSaved)
            {
                Saved = Pack.Narrative;
            }

            Version = Pack.Version;
        }

        while (Sections.Count < Pack.Narrative.Count)
        {
            Sections.Add(Pack.Narrative[Sections.Count].Text);
        }

        return Page();
    }
}
