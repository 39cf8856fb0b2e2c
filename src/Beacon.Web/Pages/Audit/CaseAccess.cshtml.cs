using Beacon.Core.Audit;
using Beacon.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Audit;

/// <summary>
/// Who looked at a case, allowed or denied, and what was changed on it. The route value is
/// <c>id</c>, never <c>caseId</c>: the case gate would refuse an auditor, who may not see the case.
/// </summary>
public class CaseAccessModel(AppDbContext db, AuditTrail audit, TimeProvider time) : AuditPageModel
{
    private readonly AuditQueries queries = new(db);

    public AuditedCase Case { get; private set; } = null!;

    /// <summary>Null when the dates cannot be used: the page then shows only the errors.</summary>
    public AuditRowPage? Looks { get; private set; }

    public AuditRowPage? Changes { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, [FromQuery(Name = "page")] string? page, [FromQuery(Name = "changes-page")] string? changesPage)
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (await queries.FindCaseAsync(id, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        Case = found;
        if (!CheckPeriod())
        {
            return Page();
        }

        audit.Access(AuditQueries.AccessLogResource, id, "View", AccessOutcome.Allowed);
        await db.SaveChangesAsync(cancellationToken);
        Looks = await AuditRowPage.ReadAsync(queries.CaseAccess(id, Period), page, cancellationToken);
        Changes = await AuditRowPage.ReadAsync(queries.CaseChanges(id, Period), changesPage, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(Guid id)
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (await queries.FindCaseAsync(id, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        if (!CheckPeriod())
        {
            Case = found;
            return Page();
        }

        audit.Access(AuditQueries.AccessLogResource, id, "Export", AccessOutcome.Allowed);
        await db.SaveChangesAsync(cancellationToken);
        var reference = new string([.. found.Reference.Where(c => char.IsAsciiLetterOrDigit(c) || c == '-')]);
        return new AuditCsvResult(
            $"beacon-case-{reference}-access-history-{FileDates(time)}.csv",
            queries.CaseHistory(id, Period).NewestFirst().AsAsyncEnumerable());
    }

    public string PageHref(int? looks = null, int? changes = null) =>
        Href(("page", Number(looks ?? Looks?.Page ?? 1)), ("changes-page", Number(changes ?? Changes?.Page ?? 1)));

    private static string? Number(int page) => page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
}
