using System.ComponentModel.DataAnnotations;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;

namespace Beacon.Web.Pages.Cases.Referral;

/// <summary>Supporting documents of a draft: upload (checked by content, at most 25 MB), list and remove.</summary>
[RequestSizeLimit(RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
public class EvidenceModel(AppDbContext db, CurrentUser currentUser, EvidenceFiles files) : ReferralPageModel(db, currentUser)
{
    /// <summary>A 25 MB file and the rest of the form; anything larger is refused before it is read.</summary>
    public const long RequestLimit = 26_500_000;

    [BindProperty]
    [Display(Name = "Upload a file", Description = "PDF, Word document, JPG or PNG, smaller than 25 MB.")]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    [Display(Name = "Describe the file", Description = "For example, a photo of the accommodation, or a letter from the GP.")]
    public string? Description { get; set; }

    [BindProperty]
    [Display(Name = "Date of the document (optional)", Description = "For example, 27 3 2026")]
    public DateOnly? DocumentDate { get; set; }

    public IReadOnlyList<EvidenceRow> Files { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync() => await OpenAsync() ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenAsync() is { } stop)
        {
            return stop;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await using var stream = Upload?.OpenReadStream();
        var result = await files.UploadAsync(new UploadEvidenceOptions(CaseId, ReferralId, Upload?.FileName, stream, Upload?.Length, Description, DocumentDate), HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            return Failed(result);
        }

        Notice = "The file has been uploaded";
        return Redirect($"{Base}/evidence");
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid fileId)
    {
        if (await OpenAsync() is { } stop)
        {
            return stop;
        }

        ModelState.Clear();
        var result = await files.RemoveAsync(CaseId, fileId, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            return Failed(result, nameof(Upload));
        }

        Notice = "The file has been removed";
        return Redirect($"{Base}/evidence");
    }

    private async Task<IActionResult?> OpenAsync()
    {
        if (await LoadAsync() is { } stop)
        {
            return stop;
        }

        Files = await EvidenceRow.ForAsync(Db, ReferralId, HttpContext.RequestAborted);
        return null;
    }
}
