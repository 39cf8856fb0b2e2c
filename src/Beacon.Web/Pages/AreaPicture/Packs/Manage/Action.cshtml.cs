using Beacon.Core.AreaPicture.Packs;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Pages.AreaPicture.Packs.Manage;

/// <summary>Change an action arising: what, who, when and how far it has got.</summary>
public class ActionModel(AppDbContext db, BoardPackService packs, CurrentUser user) : PageModel
{
    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public ActionForm Form { get; set; } = new();

    [BindNever]
    public BoardPack Pack { get; private set; } = null!;

    /// <summary>Set after a conflict: the action as it is saved now.</summary>
    [BindNever]
    public PackAction? Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid packId, Guid actionId)
    {
        if (await ReadAsync(packId, actionId) is not { } action)
        {
            return NotFound();
        }

        Form = new ActionForm { Action = action.Action, Owner = action.Owner, Due = action.Due, Status = action.Status };
        Version = Pack.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid packId, Guid actionId)
    {
        if (await ReadAsync(packId, actionId) is not { } action)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await packs.ChangeActionAsync(packId, actionId, Form.ToOptions(), Version, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            TempData["Notice"] = "Action changed";
            return Redirect($"/area-picture/packs/{packId}#actions");
        }

        if (result.NotFound)
        {
            return NotFound();
        }

        ModelState.AddModelError($"{nameof(Form)}.{(result.Field == "Version" ? nameof(ActionForm.Action) : result.Field)}", result.Error ?? "Something went wrong. Try again");
        if (result.Field == "Version")
        {
            Saved = action;
            Version = Pack.Version;
        }

        return Page();
    }

    private async Task<PackAction?> ReadAsync(Guid packId, Guid actionId)
    {
        if (await PackPages.ReadPackAsync(db, packId, user.Scope.OrganisationId, HttpContext.RequestAborted) is not { } pack)
        {
            return null;
        }

        Pack = pack;
        return pack.Actions.FirstOrDefault(a => a.Id == actionId);
    }
}
