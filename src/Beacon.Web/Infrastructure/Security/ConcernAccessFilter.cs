using Beacon.Core.Access;
using Beacon.Core.Data;

namespace Beacon.Web.Infrastructure.Security;

/// <summary>Any page with a <c>concernId</c> route value passes the concern gate first, as case pages pass the case gate.</summary>
public sealed class ConcernAccessFilter(ConcernAccess gate, AppDbContext db, ILogger<ConcernAccessFilter> logger) : RecordGateFilter<ConcernGrant>(db)
{
    public const string Key = "concernId";

    protected override string RouteKey => Key;

    protected override Task<ConcernGrant?> OpenAsync(Guid id, string action, CancellationToken cancellationToken) =>
        gate.OpenAsync(id, action, cancellationToken);

    protected override void LogDenied(Guid id, string action) => SecurityLog.ConcernAccessDenied(logger, id, action);
}

public static class ConcernGrantExtensions
{
    public static ConcernGrant ConcernGrant(this HttpContext context) =>
        context.Features.Get<ConcernGrant>() ?? throw new InvalidOperationException("No concern grant: this page is not behind the concern access filter.");
}
