using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Beacon.Web.Infrastructure.Security;

/// <summary>
/// Security standard item 5: the record a form changes is named by the address, never by a form
/// field. Pages read ids with <c>[FromRoute]</c>; this refuses (400, logged) a post that also
/// carries a field named like one of the address's identifiers (<c>organisationId</c>,
/// <c>userId</c>…) with a different value, since model binding would otherwise prefer the form's.
/// </summary>
public sealed class RouteIdentifierFilter(ILogger<RouteIdentifierFilter> logger) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.HttpContext.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(context.HttpContext.RequestAborted);
            foreach (var (key, value) in context.RouteData.Values)
            {
                if (value is null || !key.EndsWith("Id", StringComparison.Ordinal))
                {
                    continue;
                }

                if (form.TryGetValue(key, out var posted)
                    && !string.Equals(posted.ToString(), Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture), StringComparison.OrdinalIgnoreCase))
                {
                    SecurityLog.TamperedIdentifier(logger, key, request.Path);
                    context.Result = new BadRequestResult();
                    return;
                }
            }
        }

        await next();
    }
}
