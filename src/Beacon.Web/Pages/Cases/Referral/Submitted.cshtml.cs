using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;

namespace Beacon.Web.Pages.Cases.Referral;

public class SubmittedModel(AppDbContext db, CurrentUser currentUser) : ReferralPageModel(db, currentUser)
{
    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync(edit: false) is { } stop)
        {
            return stop;
        }

        return Referral.Status == ReferralStatus.Draft ? Redirect($"{Base}/check") : Page();
    }
}
