using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Beacon.Web.Infrastructure.Security;

/// <summary>
/// Ids come from the address, never from the form. A form that posts an id field which disagrees
/// with the same id in the address (an organisation, a user, a case) has been tampered with: it is
/// refused with a 400 and logged (security standard item 5). Pages never bind such fields anyway.
/// </summary>
public sealed class TamperedIdentifierFilter(ILogger<TamperedIdentifierFilter> logger) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        if (!HttpMethods.IsGet(request.Method) && request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(context.HttpContext.RequestAborted);
            foreach (var (key, value) in context.RouteData.Values)
            {
                if (!key.EndsWith("Id", StringComparison.OrdinalIgnoreCase) || value is null)
                {
                    continue;
                }

                var posted = form.Keys.FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase));
                if (posted is not null && !string.Equals(form[posted].ToString(), value.ToString(), StringComparison.OrdinalIgnoreCase))
                {
                    SecurityLog.TamperedIdentifier(logger, key, context.ActionDescriptor.ViewEnginePath);
                    context.Result = new BadRequestResult();
                    return;
                }
            }
        }

        await next();
    }
}
