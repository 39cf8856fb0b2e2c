using System.ComponentModel.DataAnnotations;
using Beacon.Core.AreaPicture;
using Beacon.Core.AreaPicture.Packs;
using Beacon.Core.Audit;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.AreaPicture.Packs.Manage;

/// <summary>
/// Start a quarterly pack or a board report. The form carries the new pack's id, made when it was
/// shown, so posting it twice makes one pack.
/// </summary>
public class NewModel(AppDbContext db, BoardPackService packs, CurrentUser user, TimeProvider time) : PageModel
{
    [BindProperty]
    public Guid PackId { get; set; }

    [BindProperty]
    [Display(Name = "What kind of pack is it?")]
    [Required(ErrorMessage = "Select what kind of pack it is")]
    public PackKind? Kind { get; set; }

    [BindProperty]
    [Display(Name = "Quarter (for a victims sub-group pack)")]
    public string? Quarter { get; set; }

    [BindProperty]
    [Display(Name = "Half-year (for a board report)", Description = "The board meets in March and September: October to March, or April to September.")]
    public string? HalfYear { get; set; }

    [BindProperty]
    [Display(Name = "Area")]
    public Guid? AreaId { get; set; }

    [BindProperty]
    [Display(Name = "Who is it for?", Description = "Anything shared outside the partnership or published shows counts from 1 to 4 as \"fewer than 5\", and withholds other figures so that no total can reveal them.")]
    [Required(ErrorMessage = "Select who the pack is for")]
    public Audience? Audience { get; set; }

    [BindProperty]
    [Display(Name = "Title (optional)", Description = "Leave it blank for the usual title.")]
    public string? Title { get; set; }

    [BindNever]
    public IReadOnlyList<SelectListItem> Quarters { get; private set; } = [];

    [BindNever]
    public IReadOnlyList<SelectListItem> HalfYears { get; private set; } = [];

    [BindNever]
    public IReadOnlyList<SelectListItem> Areas { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        PackId = Guid.CreateVersion7(time.GetUtcNow());
        await LoadAsync();
        Quarter = LastCompleteQuarter.Code;
        HalfYear = LatestCompleteHalfYear.Code;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        Quarter? from = null, to = null;
        if (Kind == PackKind.VictimsSubGroupQuarterly)
        {
            if (Core.AreaPicture.Quarter.TryParse(Quarter, out var q) && q <= LastCompleteQuarter.Next)
            {
                (from, to) = (q, q);
            }
            else
            {
                ModelState.AddModelError(nameof(Quarter), "Select the quarter the pack covers");
            }
        }
        else if (Kind == PackKind.BoardHalfYearly)
        {
            if (Core.AreaPicture.Quarter.TryParse(HalfYear, out var end) && end.Number is 1 or 3 && end <= LastCompleteQuarter.Next)
            {
                (from, to) = (end.Previous, end);
            }
            else
            {
                ModelState.AddModelError(nameof(HalfYear), "Select the half-year the report covers");
            }
        }

        if (PackId == Guid.Empty)
        {
            return BadRequest();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await packs.CreateAsync(new CreatePackOptions(PackId, Kind!.Value, from!.Value, to!.Value, AreaId, Audience!.Value, Title), HttpContext.RequestAborted);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.AddModelError(result.Field switch { "Period" => Kind == PackKind.BoardHalfYearly ? nameof(HalfYear) : nameof(Quarter), { } f => f, null => string.Empty }, result.Error ?? "Something went wrong. Try again");
            return Page();
        }

        return Redirect($"/area-picture/packs/{result.Id}");
    }

    private Quarter LastCompleteQuarter => Core.AreaPicture.Quarter.Of(UkTime.Today(time)).Previous;

    /// <summary>The latest half-year the board could meet on: ending with March (Q1) or September (Q3).</summary>
    private Quarter LatestCompleteHalfYear
    {
        get
        {
            var end = LastCompleteQuarter;
            while (end.Number is not (1 or 3))
            {
                end = end.Previous;
            }

            return end;
        }
    }

    private async Task LoadAsync()
    {
        var areaIds = user.Scope.AreaIds;
        var areas = await db.Areas.AsNoTracking().Where(a => areaIds.Contains(a.Id)).OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(HttpContext.RequestAborted);
        Areas = areas.Count > 1
            ? [new SelectListItem("All your areas", string.Empty), .. areas.Select(a => new SelectListItem(a.Name, a.Id.ToString()))]
            : [];
        if (areas.Count <= 1)
        {
            AreaId = null;
        }

        var latest = LastCompleteQuarter.Next;
        Quarters = [.. Core.AreaPicture.Quarter.Range(AreaPictureQuery.Earliest, latest).Reverse().Take(12)
            .Select(q => new SelectListItem($"{q.Label} ({q.Months}){(q == latest ? " – not yet complete" : "")}", q.Code))];
        HalfYears = [.. Core.AreaPicture.Quarter.Range(AreaPictureQuery.Earliest.Next, latest).Where(q => q.Number is 1 or 3).Reverse().Take(6)
            .Select(q => new SelectListItem(BoardPack.PeriodLabel(q.Previous, q) + (q == latest ? " – not yet complete" : ""), q.Code))];
    }
}
