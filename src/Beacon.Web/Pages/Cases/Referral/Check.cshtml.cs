using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Cases.Referral;

/// <summary>Check your answers, then submit; a submitted referral is shown here without Change links.</summary>
public class CheckModel(AppDbContext db, CurrentUser currentUser, ReferralService referrals) : ReferralPageModel(db, currentUser)
{
    public IReadOnlyList<SummarySection> Sections { get; private set; } = [];

    public IReadOnlyList<ReferralProblem> Problems { get; private set; } = [];

    public IReadOnlyList<EvidenceRow> Evidence { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync(edit: false) is { } stop)
        {
            return stop;
        }

        await ShowAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync(edit: false) is { } stop)
        {
            return stop;
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        var result = await referrals.SubmitAsync(ReferralId, Version, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return Redirect($"{Base}/submitted");
        }

        if (result.Conflict)
        {
            Version = Referral.Version;
        }

        await ShowAsync();
        Problems = result.Problems;
        return Page();
    }

    private async Task ShowAsync()
    {
        Sections = ReferralSummary.For(Referral, Answers);
        Evidence = await EvidenceRow.ForAsync(Db, ReferralId, HttpContext.RequestAborted);
    }
}

public sealed record EvidenceRow(Guid Id, string FileName, string Description, DateOnly? DocumentDate, long Length)
{
    public static Task<List<EvidenceRow>> ForAsync(AppDbContext db, Guid referralId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.EvidenceFiles.AsNoTracking().Where(f => f.ReferralId == referralId).OrderBy(f => f.UploadedAt)
            .Select(f => new EvidenceRow(f.Id, f.FileName, f.Description, f.DocumentDate, f.Length)).ToListAsync(cancellationToken);
    }

    public string Size => Length >= 1024 * 1024 ? $"{Length / (1024.0 * 1024):0.#} MB" : $"{Math.Max(1, Length / 1024)} KB";
}
