using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.RegularExpressions;
using Beacon.Core.Data;
using Beacon.Core.Statistics;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.AreaPicture.National;

/// <summary>
/// Upload one CSV table of the national statistics into an edition. The importer checks the whole
/// file first: a fault anywhere imports nothing, and the faults are listed by row and column.
/// </summary>
[RequestSizeLimit(RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
public partial class ImportModel(AppDbContext db, NationalStatisticsImporter importer, CurrentUser currentUser, ILogger<ImportModel> logger) : PageModel
{
    public const long MaxFileBytes = 5 * 1024 * 1024;

    /// <summary>The file and the rest of the form; anything larger is refused before it is read.</summary>
    public const long RequestLimit = MaxFileBytes + 100_000;

    public const string NewEditionValue = "new";

    /// <summary>How many of the importer's faults the error summary lists before "and N more".</summary>
    public const int ErrorsShown = 10;

    [BindProperty]
    [Display(Name = "Upload a file", Description = "One table of the Home Office's NRM and Duty to Notify statistics, saved as CSV, smaller than 5 MB.")]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    [Display(Name = "Which edition are the figures from?", Description = "The release, named by the last quarter it covers. Figures are revised between releases, so each edition is kept apart.")]
    public string? Edition { get; set; }

    [BindProperty]
    [Display(Name = "Edition", Description = "For example, Q4 2023")]
    public string? NewEdition { get; set; }

    [BindProperty]
    [Display(Name = "Year (optional)", Description = "For example, 2023")]
    public string? Year { get; set; }

    [BindProperty]
    [Display(Name = "Quarter (optional)")]
    public string? Quarter { get; set; }

    public IReadOnlyList<string> Editions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Quarters { get; } =
        [new("Not needed", ""), new("Q1 (January to March)", "1"), new("Q2 (April to June)", "2"), new("Q3 (July to September)", "3"), new("Q4 (October to December)", "4")];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        var edition = CheckEdition();
        var period = CheckPeriod();
        CheckFile();
        if (!ModelState.IsValid || edition is null)
        {
            return Page();
        }

        ImportNationalStatisticsResult result;
        await using (var stream = Upload!.OpenReadStream())
        {
            result = await importer.ImportAsync(
                new ImportNationalStatisticsOptions(edition, Upload.FileName, stream, currentUser.UserId?.ToString() ?? "") { Period = period },
                HttpContext.RequestAborted);
        }

        if (!result.Succeeded)
        {
            AddFaults(result.Errors);
            return Page();
        }

        LogImported(logger, result.ImportId, result.EditionId, currentUser.UserId, result.FigureCount);
        TempData.Notice(string.Create(CultureInfo.InvariantCulture,
            $"{NationalPages.Count(result.FigureCount)} figures imported into the {edition} edition{(result.ReplacedEarlierImport ? ", replacing the earlier import of the same table" : "")}"));
        return Redirect(NationalPages.IndexPath);
    }

    /// <summary>"Q4 2023" from "q4  2023" and the like; null when it is not a quarter and year.</summary>
    public static string? NormaliseEdition(string? text)
    {
        var match = EditionPattern().Match(text ?? "");
        return match.Success ? $"Q{match.Groups[1].Value} {match.Groups[2].Value}" : null;
    }

    private string? CheckEdition()
    {
        if (string.IsNullOrWhiteSpace(Edition))
        {
            ModelState.AddModelError(nameof(Edition), "Select the edition the figures are from");
            return null;
        }

        if (Edition != NewEditionValue)
        {
            if (!Editions.Contains(Edition))
            {
                ModelState.AddModelError(nameof(Edition), "Select the edition the figures are from");
                return null;
            }

            return Edition;
        }

        if (string.IsNullOrWhiteSpace(NewEdition))
        {
            ModelState.AddModelError(nameof(NewEdition), "Enter the edition, for example Q4 2023");
            return null;
        }

        var name = NormaliseEdition(NewEdition);
        if (name is null)
        {
            ModelState.AddModelError(nameof(NewEdition), "Edition must be a quarter and year, for example Q4 2023");
        }

        return name;
    }

    private StatisticsPeriod? CheckPeriod()
    {
        var hasYear = !string.IsNullOrWhiteSpace(Year);
        var hasQuarter = !string.IsNullOrWhiteSpace(Quarter);
        int year = 0, quarter = 0;
        if (hasYear && (!int.TryParse(Year!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out year) || year < 2009 || year > 2100))
        {
            ModelState.AddModelError(nameof(Year), "Year must be a year of the statistics, 2009 or later, for example 2023");
        }
        else if (!hasYear && hasQuarter)
        {
            ModelState.AddModelError(nameof(Year), "Enter the year the figures are for");
        }

        if (hasQuarter && (!int.TryParse(Quarter, NumberStyles.None, CultureInfo.InvariantCulture, out quarter) || quarter is < 1 or > 4))
        {
            ModelState.AddModelError(nameof(Quarter), "Select the quarter the figures are for");
        }
        else if (hasYear && !hasQuarter)
        {
            ModelState.AddModelError(nameof(Quarter), "Select the quarter the figures are for");
        }

        return hasYear && hasQuarter && year > 0 && quarter > 0 ? new StatisticsPeriod(year, quarter) : null;
    }

    private void CheckFile()
    {
        if (Upload is null)
        {
            ModelState.AddModelError(nameof(Upload), "Select a CSV file");
        }
        else if (!string.Equals(Path.GetExtension(Upload.FileName), ".csv", StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError(nameof(Upload), "The selected file must be a CSV");
        }
        else if (Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "The selected file is empty");
        }
        else if (Upload.Length > MaxFileBytes)
        {
            ModelState.AddModelError(nameof(Upload), "The selected file must be smaller than 5 MB");
        }
    }

    private void AddFaults(IReadOnlyList<StatisticsImportError> errors)
    {
        var faults = new List<StatisticsImportError>();
        var truncated = false;
        foreach (var error in errors)
        {
            if (error.Row is null && error.Message.StartsWith("Only the first", StringComparison.Ordinal))
            {
                truncated = true;
            }
            else if (error.Row is null && error.Message.Contains("does not say which quarter", StringComparison.Ordinal))
            {
                ModelState.AddModelError(nameof(Year), "The file name does not say which quarter the figures are for: enter the year and quarter");
            }
            else if (error.Row is null && error.Message.StartsWith("The edition", StringComparison.Ordinal))
            {
                ModelState.AddModelError(nameof(NewEdition), "Edition must be a quarter and year, for example Q4 2023");
            }
            else
            {
                faults.Add(error);
            }
        }

        foreach (var fault in faults.Take(ErrorsShown))
        {
            ModelState.AddModelError(nameof(Upload), fault.ToString());
        }

        if (faults.Count > ErrorsShown)
        {
            var more = faults.Count - ErrorsShown;
            ModelState.AddModelError(nameof(Upload), string.Create(CultureInfo.InvariantCulture,
                $"and {(truncated ? "at least " : "")}{more} more {(more == 1 ? "fault" : "faults")}"));
        }

        if (faults.Count > 0)
        {
            ModelState.AddModelError(nameof(Upload), "Nothing was imported. Correct the file and select it again");
        }
    }

    private async Task LoadAsync() =>
        Editions = await db.StatisticsEditions.AsNoTracking()
            .OrderByDescending(e => e.ReleaseYear).ThenByDescending(e => e.ReleaseQuarter)
            .Select(e => e.Name)
            .ToListAsync(HttpContext.RequestAborted);

    [LoggerMessage(Level = LogLevel.Information, Message = "National statistics import {ImportId} into edition {EditionId} by user {UserId}: {FigureCount} figures")]
    private static partial void LogImported(ILogger logger, Guid? importId, Guid? editionId, Guid? userId, int figureCount);

    [GeneratedRegex(@"^\s*[Qq]([1-4])\s+(\d{4})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex EditionPattern();
}
