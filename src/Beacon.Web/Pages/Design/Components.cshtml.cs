using System.ComponentModel.DataAnnotations;

using Beacon.Web.Infrastructure;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Options;

namespace Beacon.Web.Pages.Design;

/// <summary>
/// Every GOV.UK and MOJ component Beacon uses, with a form that validates on post. Only for developers and
/// demos: anywhere else it is "page not found".
/// </summary>
public class ComponentsModel(IWebHostEnvironment environment, IOptions<BeaconOptions> options, TimeProvider time) : PageModel
{
    public static readonly IReadOnlyList<SelectListItem> Councils =
    [
        new("Choose a council", ""),
        new("Northshire County Council", "northshire"),
        new("Riverside City Council", "riverside"),
        new("Westdale District Council", "westdale"),
    ];

    public static readonly IReadOnlyList<(string Value, string Label)> Statuses =
        [("new", "New"), ("open", "Open"), ("closed", "Closed")];

    [BindProperty]
    public GalleryForm Form { get; set; } = new();

    /// <summary>The filter panel's selection, from the query string (it is a GET form, so it works without JavaScript).</summary>
    [BindProperty(SupportsGet = true, Name = "status")]
    public List<string> Status { get; set; } = [];

    public bool Saved { get; private set; }

    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var allowed = environment.IsDevelopment() || environment.IsEnvironment("Testing") || options.Value.DemoMode;
        if (!allowed)
        {
            context.Result = NotFound();
        }
    }

    public void OnGet()
    {
    }

    public IActionResult OnPost()
    {
        if (Form.Contact == "email" && string.IsNullOrWhiteSpace(Form.ContactEmail))
        {
            ModelState.AddModelError($"{nameof(Form)}.{nameof(GalleryForm.ContactEmail)}", "Enter an email address");
        }

        if (Form.Needs.Contains("none") && Form.Needs.Count > 1)
        {
            ModelState.AddModelError($"{nameof(Form)}.{nameof(GalleryForm.Needs)}", "Select the support they need, or select ‘None of these’");
        }

        if (Form.DateOfBirth is { } born && born > DateOnly.FromDateTime(time.GetLocalNow().Date))
        {
            ModelState.AddModelError($"{nameof(Form)}.{nameof(GalleryForm.DateOfBirth)}", "Date of birth must be today or in the past");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Saved = true;
        return Page();
    }

    public string FilterHrefWithout(string status) =>
        "?" + string.Join('&', Status.Where(s => s != status).Select(s => "status=" + Uri.EscapeDataString(s)));
}

public sealed class GalleryForm
{
    [Required(ErrorMessage = "Enter a full name")]
    [StringLength(100, ErrorMessage = "Full name must be 100 characters or fewer")]
    [Display(Name = "Full name")]
    public string? FullName { get; set; }

    [Required(ErrorMessage = "Enter what happened")]
    [StringLength(200, ErrorMessage = "What happened must be 200 characters or fewer")]
    [Display(Name = "What happened")]
    public string? Details { get; set; }

    [Required(ErrorMessage = "Select how they would like to be contacted")]
    [Display(Name = "How would they like to be contacted?")]
    public string? Contact { get; set; }

    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    [Display(Name = "Email address")]
    public string? ContactEmail { get; set; }

    [MinLength(1, ErrorMessage = "Select the support they need, or select ‘None of these’")]
    [Display(Name = "What support do they need?", Description = "Select all that apply.")]
    public List<string> Needs { get; set; } = [];

    [Required]
    [Display(Name = "Date of birth", Description = "For example, 27 3 2007")]
    public DateOnly? DateOfBirth { get; set; }

    [Required(ErrorMessage = "Select a council")]
    [Display(Name = "Council")]
    public string? Council { get; set; }
}
