using Beacon.Core.Access;
using Beacon.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Beacon.Web.Infrastructure.Security;

/// <summary>
/// Any page with a <c>concernId</c> route value passes the concern gate first, as case pages pass
/// the case gate (<see cref="CaseAccessFilter"/>): 404 and a denied row for a concern the user may
/// not see; otherwise the access row and the handler's reads commit together.
/// </summary>
public sealed class ConcernAccessFilter(ConcernAccess gate, AppDbContext db, ILogger<ConcernAccessFilter> logger) : IAsyncPageFilter
{
    public const string RouteKey = "concernId";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (!context.RouteData.Values.TryGetValue(RouteKey, out var raw))
        {
            await next();
            return;
        }

        if (!Guid.TryParse(raw?.ToString(), out var concernId))
        {
            context.Result = new NotFoundResult();
            return;
        }

        var action = HttpMethods.IsGet(context.HttpContext.Request.Method) ? "View" : "Edit";
        await using var transaction = await db.Database.BeginTransactionAsync(context.HttpContext.RequestAborted);
        var grant = await gate.OpenAsync(concernId, action, context.HttpContext.RequestAborted);
        if (grant is null)
        {
            await transaction.CommitAsync(context.HttpContext.RequestAborted);
            SecurityLog.ConcernAccessDenied(logger, concernId, action);
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

public static class ConcernGrantExtensions
{
    public static ConcernGrant ConcernGrant(this HttpContext context) =>
        context.Features.Get<ConcernGrant>() ?? throw new InvalidOperationException("No concern grant: this page is not behind the concern access filter.");
}
