using Beacon.Core.Cases;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;

namespace Beacon.Web.Pages.Cases.Referral;

/// <summary>An evidence file, through the case gate, always as an attachment of the type its bytes were checked to be.</summary>
[CaseAction("Download")]
public class DownloadModel(EvidenceFiles files) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid fileId)
    {
        var grant = HttpContext.CaseGrant();
        if (!grant.Sees(CaseSections.Referral) || await files.ReadAsync(grant.CaseId, fileId, HttpContext.RequestAborted) is not { } file)
        {
            return NotFound();
        }

        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(file.FileName);
        Response.Headers.ContentDisposition = disposition.ToString();
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(file.Bytes, file.ContentType);
    }
}
