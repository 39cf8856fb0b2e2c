using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Pages;

/// <summary>
/// Status-code pages. Reached by re-execution only: asked for directly it is "page not found", so
/// nobody can use it to probe anything.
/// </summary>
[IgnoreAntiforgeryToken]
public class StatusModel : PageModel
{
    public string Heading { get; private set; } = "";

    public IReadOnlyList<string> Paragraphs { get; private set; } = [];

    public void OnGet(int code) => Prepare(code);

    public void OnPost(int code) => Prepare(code);

    private void Prepare(int code)
    {
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null;
        if (!reExecuted)
        {
            code = StatusCodes.Status404NotFound;
        }

        Response.StatusCode = code;
        (Heading, Paragraphs) = code switch
        {
            StatusCodes.Status400BadRequest => ("Sorry, there is a problem with your request",
                (IReadOnlyList<string>)["Go back, reload the page and try again. If you were filling in a form, your answers may need entering again."]),
            StatusCodes.Status403Forbidden => ("You do not have permission to see this page",
                ["Your role does not include this part of Beacon. If you think it should, ask your Beacon administrator."]),
            StatusCodes.Status404NotFound => ("Page not found",
                ["If you typed the web address, check it is correct.", "If you pasted the web address, check you copied the entire address.", "If you followed a link to a case, ask the team that works on it to add you to the case team."]),
            StatusCodes.Status405MethodNotAllowed => ("Sorry, there is a problem with your request", ["Go back and try again."]),
            StatusCodes.Status429TooManyRequests => ("Too many attempts",
                ["You have tried too many times in a short time. Wait a few minutes, then try again."]),
            _ => ("Sorry, there is a problem with the service", ["Try again later. Anything you had already saved is safe."]),
        };
    }
}
