using Beacon.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Beacon.Web.Infrastructure.Security;

/// <summary>
/// The shape of every record gate (cases, concerns): a page whose route has the gate's id passes
/// the gate before its handler runs. A record the user may not see is a 404, the same page as a
/// record that does not exist, with a denied access-log row; a record they may see opens a
/// transaction in which the access row and the handler's reads commit together.
/// </summary>
public abstract class RecordGateFilter<TGrant>(AppDbContext db) : IAsyncPageFilter
    where TGrant : class
{
    protected abstract string RouteKey { get; }

    protected abstract Task<TGrant?> OpenAsync(Guid id, string action, CancellationToken cancellationToken);

    protected abstract void LogDenied(Guid id, string action);

    protected virtual string ActionOf(PageHandlerExecutingContext context) =>
        HttpMethods.IsGet(context.HttpContext.Request.Method) ? "View" : "Edit";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (!context.RouteData.Values.TryGetValue(RouteKey, out var raw))
        {
            await next();
            return;
        }

        if (!Guid.TryParse(raw?.ToString(), out var id))
        {
            context.Result = new NotFoundResult();
            return;
        }

        var action = ActionOf(context);
        var aborted = context.HttpContext.RequestAborted;
        await using var transaction = await db.Database.BeginTransactionAsync(aborted);
        var grant = await OpenAsync(id, action, aborted);
        if (grant is null)
        {
            await transaction.CommitAsync(aborted);
            LogDenied(id, action);
            context.Result = new NotFoundResult();
            return;
        }

        context.HttpContext.Features.Set(grant);
        var executed = await next();
        if (executed.Exception is null || executed.ExceptionHandled)
        {
            await transaction.CommitAsync(aborted);
        }
    }
}
