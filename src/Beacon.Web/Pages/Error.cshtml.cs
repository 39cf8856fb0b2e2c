using Beacon.Web.Infrastructure;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Pages;

/// <summary>The one page for unexpected errors: no detail, only the correlation id that the logs carry.</summary>
[IgnoreAntiforgeryToken]
public partial class ErrorModel(ILogger<ErrorModel> logger) : PageModel
{
    public string CorrelationId { get; private set; } = "";

    public void OnGet() => Prepare();

    public void OnPost() => Prepare();

    private void Prepare()
    {
        CorrelationId = HttpContext.GetCorrelationId();
        var feature = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        if (feature is not null)
        {
            // The type, the endpoint and the stack trace only: an exception's message may quote user input.
            LogUnhandled(logger, feature.Error.GetType().FullName, feature.Endpoint?.DisplayName, feature.Error.StackTrace);
        }

        Response.StatusCode = StatusCodes.Status500InternalServerError;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled {ExceptionType} on {Endpoint} at {StackTrace}")]
    private static partial void LogUnhandled(ILogger logger, string? exceptionType, string? endpoint, string? stackTrace);
}
