using Beacon.Core.Audit;
using Beacon.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Audit;

/// <summary>
/// The whole access log and every change for a range of days, as one CSV file, streamed. The
/// range is capped so that one download cannot take the whole history at once.
/// </summary>
public class ExportModel(AppDbContext db, AuditTrail audit, TimeProvider time) : AuditPageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        if (!Request.Query.Keys.Any(k => k.StartsWith(nameof(From) + ".", StringComparison.OrdinalIgnoreCase) || k.StartsWith(nameof(To) + ".", StringComparison.OrdinalIgnoreCase)))
        {
            var today = UkTime.Today(time);
            From = today.AddDays(-30);
            To = today;
            return Page();
        }

        if (!CheckPeriod(required: true, maxDays: MaxExportDays))
        {
            return Page();
        }

        audit.Access(AuditQueries.AccessLogResource, Guid.Empty, "Export", AccessOutcome.Allowed);
        audit.Access(AuditQueries.AuditEventsResource, Guid.Empty, "Export", AccessOutcome.Allowed);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return new AuditCsvResult(
            $"beacon-access-log-{FileDates(time)}.csv",
            new AuditQueries(db).Everything(Period).NewestFirst().AsAsyncEnumerable());
    }
}
