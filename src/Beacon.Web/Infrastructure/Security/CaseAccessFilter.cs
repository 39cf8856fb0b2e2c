using Beacon.Core.Access;
using Beacon.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Beacon.Web.Infrastructure.Security;

/// <summary>Names the access-log action of a case page when it is not View (GET) or Edit (POST).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class CaseActionAttribute(string action) : Attribute
{
    public string Action { get; } = action;
}

/// <summary>
/// Any page with a <c>caseId</c> route value passes the case gate before its handler runs: a case
/// the user may not see is a 404 (the same page as a case that does not exist) and a denied row in
/// the access log; a case they may see opens a transaction in which the access row and the
/// handler's reads commit together, before the page is rendered.
/// </summary>
public sealed class CaseAccessFilter(CaseAccess gate, AppDbContext db, ILogger<CaseAccessFilter> logger) : IAsyncPageFilter
{
    public const string RouteKey = "caseId";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (!context.RouteData.Values.TryGetValue(RouteKey, out var raw))
        {
            await next();
            return;
        }

        if (!Guid.TryParse(raw?.ToString(), out var caseId))
        {
            context.Result = new NotFoundResult();
            return;
        }

        var action = context.HandlerInstance.GetType().GetCustomAttributes(typeof(CaseActionAttribute), true) is [CaseActionAttribute named, ..]
            ? named.Action
            : HttpMethods.IsGet(context.HttpContext.Request.Method) ? "View" : "Edit";

        await using var transaction = await db.Database.BeginTransactionAsync(context.HttpContext.RequestAborted);
        var grant = await gate.OpenAsync(caseId, action, context.HttpContext.RequestAborted);
        if (grant is null)
        {
            await transaction.CommitAsync(context.HttpContext.RequestAborted);
            SecurityLog.CaseAccessDenied(logger, caseId, action);
            context.Result = new NotFoundResult();
            return;
        }

        context.HttpContext.Features.Set(grant);
        var executed = await next();
        if (executed.Exception is null || executed.ExceptionHandled)
        {
            await transaction.CommitAsync(context.HttpContext.RequestAborted);
        }
    }
}

public static class CaseGrantExtensions
{
    /// <summary>The grant the case filter made for this request; a case page without one is a bug.</summary>
    public static CaseGrant CaseGrant(this HttpContext context) =>
        context.Features.Get<CaseGrant>() ?? throw new InvalidOperationException("No case grant: this page is not behind the case access filter.");
}
