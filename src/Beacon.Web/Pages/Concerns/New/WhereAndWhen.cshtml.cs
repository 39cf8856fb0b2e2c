using System.ComponentModel.DataAnnotations;
using Beacon.Core.Audit;
using Beacon.Core.Cases;
using Beacon.Core.Concerns;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Concerns.New;

/// <summary>When and where it was seen; which of the organisation's areas, when it works in several.</summary>
public class WhereAndWhenModel(ConcernDraftStore store, AppDbContext db, CurrentUser currentUser, TimeProvider time) : ConcernJourneyPage(store)
{
    [BindProperty]
    [Display(Name = "Date you saw this")]
    public DateOnly? SeenOn { get; set; }

    [BindProperty]
    [Display(Name = "Where did you see this?", Description = "The address, or the place and what is near it.")]
    public string? WhereSeen { get; set; }

    [BindProperty]
    [Display(Name = "What kind of place is it?")]
    public string? PlaceType { get; set; }

    [BindProperty]
    [Display(Name = "Town or city (optional)")]
    public string? Town { get; set; }

    [BindProperty]
    [Display(Name = "Name of the business or premises (optional)", Description = "For example, the car wash, shop, farm or hotel. Partners use this to see places that come up again.")]
    public string? BusinessName { get; set; }

    [BindProperty]
    [Display(Name = "Which area was this in?", Description = "Your organisation works in more than one area. This decides which team gets your concern.")]
    public string? AreaId { get; set; }

    public IReadOnlyList<(Guid Id, string Name)> Areas { get; private set; } = [];

    protected override string PreviousPage => ConcernJourney.WhatYouSaw;

    public async Task OnGetAsync()
    {
        LoadDraft();
        await LoadAreasAsync();
        SeenOn = Draft.SeenOn;
        WhereSeen = Draft.WhereSeen;
        PlaceType = Draft.PlaceType?.ToString();
        Town = Draft.Town;
        BusinessName = Draft.BusinessName;
        AreaId = Draft.AreaId?.ToString();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        LoadDraft();
        await LoadAreasAsync();
        var dateParsed = !ModelState.TryGetValue(nameof(SeenOn), out var dateEntry) || dateEntry.Errors.Count == 0;
        if (dateParsed && SeenOn is null)
        {
            ModelState.AddModelError(nameof(SeenOn), "Enter the date you saw this");
        }
        else if (dateParsed && SeenOn > UkTime.Today(time))
        {
            ModelState.AddModelError(nameof(SeenOn), "The date you saw this must be today or in the past");
        }

        if (string.IsNullOrWhiteSpace(WhereSeen))
        {
            ModelState.AddModelError(nameof(WhereSeen), "Enter where you saw this");
        }
        else if (WhereSeen.Length > ConcernService.MaxWhere)
        {
            ModelState.AddModelError(nameof(WhereSeen), $"Where you saw this must be {ConcernService.MaxWhere} characters or fewer");
        }

        var place = Enum.TryParse<PlaceType>(PlaceType, out var parsed) && Enum.IsDefined(parsed) ? parsed : (PlaceType?)null;
        if (place is null)
        {
            ModelState.AddModelError(nameof(PlaceType), "Select the kind of place, or I do not know");
        }

        if (Town?.Length > ConcernService.MaxShortText)
        {
            ModelState.AddModelError(nameof(Town), $"Town or city must be {ConcernService.MaxShortText} characters or fewer");
        }

        if (BusinessName?.Length > ConcernService.MaxShortText)
        {
            ModelState.AddModelError(nameof(BusinessName), $"Name of the business or premises must be {ConcernService.MaxShortText} characters or fewer");
        }

        Guid? area = Areas.Count == 1 ? Areas[0].Id : null;
        if (Areas.Count > 1 && Guid.TryParse(AreaId, out var chosen) && Areas.Any(a => a.Id == chosen))
        {
            area = chosen;
        }

        if (Areas.Count > 1 && area is null)
        {
            ModelState.AddModelError(nameof(AreaId), "Select the area where you saw this");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Draft.SeenOn = SeenOn;
        Draft.WhereSeen = WhereSeen!.Trim();
        Draft.PlaceType = place;
        Draft.Town = string.IsNullOrWhiteSpace(Town) ? null : Town.Trim();
        Draft.BusinessName = string.IsNullOrWhiteSpace(BusinessName) ? null : BusinessName.Trim();
        Draft.AreaId = area;
        return SaveAndContinue(ConcernJourney.Person);
    }

    private async Task LoadAreasAsync()
    {
        var organisationId = currentUser.Scope.OrganisationId;
        Areas = [.. (await db.OrganisationAreas.AsNoTracking()
            .Where(a => a.OrganisationId == organisationId)
            .OrderBy(a => a.Area!.Name)
            .Select(a => new { a.AreaId, a.Area!.Name })
            .ToListAsync()).Select(a => (a.AreaId, a.Name))];
    }
}
