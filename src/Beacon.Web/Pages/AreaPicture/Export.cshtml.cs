using System.Text;
using Beacon.Core.AreaPicture;
using Beacon.Core.Audit;
using Beacon.Core.Data;
using Beacon.Core.Reporting;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Pages.AreaPicture;

/// <summary>
/// One table of the area's picture, or all of them, as CSV or Excel, for the same filters as the
/// dashboard. Every download is an access-log row naming the table, format and period.
/// </summary>
public class ExportModel(AppDbContext db, AreaPictureService pictures, AuditTrail audit, CurrentUser user, TimeProvider time) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? table, string? format)
    {
        if (format is not ("csv" or "xlsx") || string.IsNullOrEmpty(table) || (format == "csv" && table == "all"))
        {
            return NotFound();
        }

        var query = AreaPictureQuery.Read(Request.Query);
        var audience = IndexModel.AudienceFrom(Request.Query["audience"].FirstOrDefault());
        await query.ResolveAsync(db, user.Scope, UkTime.Today(time), HttpContext.RequestAborted);
        var picture = await pictures.BuildAsync(query.Filter, audience, HttpContext.RequestAborted);
        var tables = table == "all" ? [.. picture.Tables] : picture.Table(table) is { } one ? new List<ReportTable> { one } : [];
        if (tables.Count == 0)
        {
            return NotFound();
        }

        var period = $"{query.Filter.From.Code}-to-{query.Filter.To.Code}";
        audit.Access(IndexModel.ResourceType, Guid.Empty, "Exported", AccessOutcome.Allowed);
        audit.Record(IndexModel.ResourceType, Guid.Empty, "Area picture exported", AuditTrail.Changes(
            ("Table", null, table),
            ("Format", null, format),
            ("Period", null, query.PeriodName),
            ("Area", null, query.AreaName),
            ("Organisation", null, query.OrganisationName ?? "All organisations"),
            ("For", null, audience == Audience.OutsideThePartnership ? "Outside the partnership (suppressed)" : "The partnership")));
        await db.SaveChangesAsync(HttpContext.RequestAborted);

        var name = $"beacon-area-picture-{table}-{period}";
        if (format == "csv")
        {
            var writer = new StringWriter();
            ReportCsv.Write(writer, tables[0]);
            return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(writer.ToString())).ToArray(), "text/csv; charset=utf-8", name + ".csv");
        }

        var stream = new MemoryStream();
        XlsxWriter.Write(stream, $"The area's picture: {query.AreaName}, {query.PeriodName}", tables);
        return File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
    }
}
