using Beacon.Core.AreaPicture;
using Beacon.Core.Audit;
using Beacon.Core.Data;
using Beacon.Core.Reporting;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Pages.AreaPicture.National;

/// <summary>The area's figures beside the national statistics: shares, trends, and the mix of exploitation types, nationalities, ages and first responders.</summary>
public class ComparisonModel(AppDbContext db, AreaPictureService pictures, NationalComparison comparison, AuditTrail audit, CurrentUser user, TimeProvider time) : PageModel
{
    public AreaPictureQuery Query { get; private set; } = new();

    public IReadOnlyList<ReportTable> Tables { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Query = AreaPictureQuery.Read(Request.Query);
        await Query.ResolveAsync(db, user.Scope, UkTime.Today(time), HttpContext.RequestAborted);
        var local = await pictures.BuildAsync(Query.Filter, Audience.Partnership, HttpContext.RequestAborted);
        Tables = await comparison.BuildAsync(Query.Filter, local.Figures, HttpContext.RequestAborted);
        audit.Access(AreaPicture.IndexModel.ResourceType, Guid.Empty, "Viewed the national comparison", AccessOutcome.Allowed);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
    }
}
