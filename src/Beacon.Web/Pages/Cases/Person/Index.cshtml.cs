using System.ComponentModel.DataAnnotations;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Cases.Person;

/// <summary>The person on the case (the Person section): their details and other names.</summary>
public class IndexModel(AppDbContext db, CurrentUser currentUser, CaseService cases) : CasePageModel(db, currentUser)
{
    [BindProperty]
    [Display(Name = "Other name", Description = "An alias, nickname, previous name or a name used during the exploitation.")]
    public string? AliasName { get; set; }

    [BindProperty]
    [Display(Name = "What kind of name is it?")]
    public string? AliasKind { get; set; }

    [BindProperty]
    public Guid PersonVersion { get; set; }

    [BindProperty]
    public Guid AliasId { get; set; }

    public CasePerson? Person { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync(manage: false) ?? Page();

    public async Task<IActionResult> OnPostAddAliasAsync()
    {
        if (await LoadAsync(manage: true) is { } refused)
        {
            return refused;
        }

        var result = await cases.AddAliasAsync(CaseId, PersonVersion, AliasName, Enum.TryParse<AliasKind>(AliasKind, out var kind) ? kind : null, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(result.Field!, result.Error!);
            await LoadAsync(manage: true);
            return Page();
        }

        Notice = "Other name added";
        return Redirect($"/cases/{CaseId}/person");
    }

    public async Task<IActionResult> OnPostRemoveAliasAsync()
    {
        if (await LoadAsync(manage: true) is { } refused)
        {
            return refused;
        }

        await cases.RemoveAliasAsync(CaseId, AliasId, HttpContext.RequestAborted);
        Notice = "Other name removed";
        return Redirect($"/cases/{CaseId}/person");
    }

    private async Task<IActionResult?> LoadAsync(bool manage)
    {
        if (await OpenAsync(CaseSections.Person, manage) is { } refused)
        {
            return refused;
        }

        Person = await Db.CasePeople.AsNoTracking().Include(p => p.Aliases.OrderBy(a => a.Name)).SingleOrDefaultAsync(p => p.CaseId == CaseId, HttpContext.RequestAborted);
        ModelState.Remove(nameof(PersonVersion));
        PersonVersion = Person?.Version ?? Guid.Empty;
        return null;
    }
}
