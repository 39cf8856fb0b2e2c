using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Cases.Person;

/// <summary>Changes the person's details; a change made by someone else since the form was loaded is a conflict, never overwritten.</summary>
public class EditModel(AppDbContext db, CurrentUser currentUser, CaseService cases) : CasePageModel(db, currentUser)
{
    [BindProperty]
    [Display(Name = "First name")]
    public string? FirstName { get; set; }

    [BindProperty]
    [Display(Name = "Last name")]
    public string? LastName { get; set; }

    [BindProperty]
    [Display(Name = "Nickname", Description = "Or the name used during the exploitation. Add other names on the person page.")]
    public string? Nickname { get; set; }

    [BindProperty]
    [Display(Name = "Date of birth", Description = "For example, 27 3 2007. Leave it empty if it is not known.")]
    public DateOnly? DateOfBirth { get; set; }

    [BindProperty]
    [Display(Name = "Estimated age", Description = "If the date of birth is not known.")]
    public string? EstimatedAge { get; set; }

    [BindProperty]
    [Display(Name = "Gender")]
    public string? Gender { get; set; }

    [BindProperty]
    [Display(Name = "Nationality")]
    public string? NationalityCode { get; set; }

    [BindProperty]
    [Display(Name = "Second nationality (if any)")]
    public string? SecondNationalityCode { get; set; }

    [BindProperty]
    [Display(Name = "Languages they speak")]
    public string? Languages { get; set; }

    [BindProperty]
    [Display(Name = "Do they need an interpreter?")]
    public string? InterpreterNeeded { get; set; }

    [BindProperty]
    [Display(Name = "Which language?")]
    public string? InterpreterLanguage { get; set; }

    [BindProperty]
    [Display(Name = "Communication needs", Description = "For example, they cannot read, or need an appropriate adult.")]
    public string? CommunicationNeeds { get; set; }

    [BindProperty]
    [Display(Name = "Is it safe to contact them?")]
    public string? SafeToContact { get; set; }

    [BindProperty]
    [Display(Name = "How to contact them safely, or why it is not safe", Description = "For example, who else may answer the phone.")]
    public string? ContactSafetyNotes { get; set; }

    [BindProperty]
    [Display(Name = "Phone number")]
    public string? Phone { get; set; }

    [BindProperty]
    [Display(Name = "Email address")]
    public string? Email { get; set; }

    [BindProperty]
    [Display(Name = "Address")]
    public string? Address { get; set; }

    [BindProperty]
    [Display(Name = "Home Office reference")]
    public string? HomeOfficeReference { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public IReadOnlyList<SelectListItem> Nationalities { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAsync(CaseSections.Person, manage: true) is { } refused)
        {
            return refused;
        }

        var p = await Db.CasePeople.AsNoTracking().SingleOrDefaultAsync(x => x.CaseId == CaseId, HttpContext.RequestAborted);
        if (p is not null)
        {
            FirstName = p.FirstName;
            LastName = p.LastName;
            Nickname = p.Nickname;
            DateOfBirth = p.DateOfBirth;
            EstimatedAge = p.EstimatedAge?.ToString(CultureInfo.InvariantCulture);
            Gender = p.Gender.ToString();
            NationalityCode = p.NationalityCode;
            SecondNationalityCode = p.SecondNationalityCode;
            Languages = p.Languages;
            InterpreterNeeded = p.InterpreterNeeded switch { true => "Yes", false => "No", _ => null };
            InterpreterLanguage = p.InterpreterLanguage;
            CommunicationNeeds = p.CommunicationNeeds;
            SafeToContact = p.SafeToContact.ToString();
            ContactSafetyNotes = p.ContactSafetyNotes;
            Phone = p.Phone;
            Email = p.Email;
            Address = p.Address;
            HomeOfficeReference = p.HomeOfficeReference;
        }

        Version = p?.Version ?? Guid.Empty;
        await LoadNationalitiesAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenAsync(CaseSections.Person, manage: true) is { } refused)
        {
            return refused;
        }

        int? age = null;
        if (!string.IsNullOrWhiteSpace(EstimatedAge))
        {
            if (int.TryParse(EstimatedAge.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                age = parsed;
            }
            else
            {
                ModelState.AddModelError(nameof(EstimatedAge), "Estimated age must be a number, like 16");
            }
        }

        if (ModelState.IsValid)
        {
            var result = await cases.UpdatePersonAsync(new UpdatePersonOptions(
                CaseId,
                Version,
                FirstName,
                LastName,
                Nickname,
                DateOfBirth,
                age,
                Enum.TryParse<Gender>(Gender, out var gender) ? gender : null,
                NationalityCode,
                SecondNationalityCode,
                Languages,
                InterpreterNeeded switch { "Yes" => true, "No" => false, _ => null },
                InterpreterLanguage,
                CommunicationNeeds,
                Enum.TryParse<SafeToContact>(SafeToContact, out var safe) ? safe : null,
                ContactSafetyNotes,
                Phone,
                Email,
                Address,
                HomeOfficeReference), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                Notice = "The person's details are saved";
                return Redirect($"/cases/{CaseId}/person");
            }

            ModelState.AddModelError(result.Field!, result.Error!);
            if (result.Error is CaseService.PersonConflict)
            {
                // What is saved now is on the person page; posting again after checking it is deliberate.
                ModelState.Remove(nameof(Version));
                Version = await Db.CasePeople.Where(x => x.CaseId == CaseId).Select(x => (Guid?)x.Version).SingleOrDefaultAsync(HttpContext.RequestAborted) ?? Guid.Empty;
                Conflict = true;
            }
        }

        await LoadNationalitiesAsync();
        return Page();
    }

    public bool Conflict { get; private set; }

    private async Task LoadNationalitiesAsync()
    {
        var names = await Db.Nationalities.AsNoTracking().Where(n => n.IsActive || n.Name == NationalityCode || n.Name == SecondNationalityCode)
            .OrderBy(n => n.SortOrder).Select(n => n.Name).ToListAsync(HttpContext.RequestAborted);
        Nationalities = [new SelectListItem("Not known", string.Empty), .. names.Select(n => new SelectListItem(n, n))];
    }
}
