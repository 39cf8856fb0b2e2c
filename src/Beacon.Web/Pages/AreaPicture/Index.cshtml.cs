using Beacon.Core.Accounts;
using Beacon.Core.AreaPicture;
using Beacon.Core.Audit;
using Beacon.Core.Data;
using Beacon.Core.Reporting;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Pages.AreaPicture;

/// <summary>
/// The area's picture for coordinators and the board: aggregates only, every chart drawn on the
/// server beside its table. Each look is an access-log row, like every other read.
/// </summary>
public class IndexModel(AppDbContext db, AreaPictureService pictures, AuditTrail audit, CurrentUser user, TimeProvider time) : PageModel
{
    public const string ResourceType = "AreaPicture";

    public AreaPictureQuery Query { get; private set; } = new();

    public AreaPictureResult Picture { get; private set; } = null!;

    public Audience Audience { get; private set; }

    /// <summary>Drill-down to cases is offered only to those who work or oversee cases; the case list applies the case rules.</summary>
    public bool CanSeeCases => user.Has(Capability.CasesWorkTeam) || user.Has(Capability.CasesViewArea);


    public async Task OnGetAsync()
    {
        Query = AreaPictureQuery.Read(Request.Query);
        Audience = AudienceFrom(Request.Query["audience"].FirstOrDefault());
        await Query.ResolveAsync(db, user.Scope, UkTime.Today(time), HttpContext.RequestAborted);
        Picture = await pictures.BuildAsync(Query.Filter, Audience, HttpContext.RequestAborted);
        audit.Access(ResourceType, Guid.Empty, Audience == Audience.Partnership ? "Viewed" : "Viewed as shared outside the partnership", AccessOutcome.Allowed);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
    }

    public static Audience AudienceFrom(string? value) =>
        value == "outside" ? Audience.OutsideThePartnership : Audience.Partnership;

    public string AudienceCode => Audience == Audience.OutsideThePartnership ? "outside" : "";

    public ReportValue? Headline(string table, int column, bool totalRow = true) =>
        Picture.Table(table) is { } t && (totalRow ? t.Rows.LastOrDefault(r => r.IsTotal) : t.Rows.Count > 0 ? t.Rows[0] : null) is { } row && column < row.Values.Count
            ? row.Values[column]
            : null;
}
