using Beacon.Core.Access;
using Beacon.Core.Data;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Beacon.Web.Infrastructure.Security;

/// <summary>Names the access-log action of a case page when it is not View (GET) or Edit (POST).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class CaseActionAttribute(string action) : Attribute
{
    public string Action { get; } = action;
}

/// <summary>
/// Any page with a <c>caseId</c> route value passes the case gate before its handler runs
/// (<see cref="RecordGateFilter{TGrant}"/>): view, edit, print, files and every future case page.
/// </summary>
public sealed class CaseAccessFilter(CaseAccess gate, AppDbContext db, ILogger<CaseAccessFilter> logger) : RecordGateFilter<CaseGrant>(db)
{
    public const string Key = "caseId";

    protected override string RouteKey => Key;

    protected override string ActionOf(PageHandlerExecutingContext context) =>
        context.HandlerInstance.GetType().GetCustomAttributes(typeof(CaseActionAttribute), true) is [CaseActionAttribute named, ..]
            ? named.Action
            : base.ActionOf(context);

    protected override Task<CaseGrant?> OpenAsync(Guid id, string action, CancellationToken cancellationToken) =>
        gate.OpenAsync(id, action, cancellationToken);

    protected override void LogDenied(Guid id, string action) => SecurityLog.CaseAccessDenied(logger, id, action);
}

public static class CaseGrantExtensions
{
    /// <summary>The grant the case filter made for this request; a case page without one is a bug.</summary>
    public static CaseGrant CaseGrant(this HttpContext context) =>
        context.Features.Get<CaseGrant>() ?? throw new InvalidOperationException("No case grant: this page is not behind the case access filter.");
}
