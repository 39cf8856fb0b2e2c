using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.GovUk;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Cases.Referral;

/// <summary>The draft's sections as a GOV.UK task list: what is done, what is left, save and return.</summary>
public class TasksModel(AppDbContext db, CurrentUser currentUser) : ReferralPageModel(db, currentUser)
{
    public IReadOnlyList<TaskListItem> Items { get; private set; } = [];

    public int EvidenceCount { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync(edit: false) is { } stop)
        {
            return stop;
        }

        if (Referral.Status != ReferralStatus.Draft)
        {
            return Redirect($"{Base}/check");
        }

        EvidenceCount = await Db.EvidenceFiles.CountAsync(f => f.ReferralId == ReferralId, HttpContext.RequestAborted);
        var problems = ReferralService.Problems(Referral, Answers);
        var items = new List<TaskListItem>
        {
            Item("first-responder", "A. First responder", ReferralForm.Started(Answers, ReferralForm.Sections[0]), problems),
            Item("age", "B. Age", Answers.Age.UnderEighteen is not null, problems),
        };
        if (Referral.UnderEighteen == AgeAnswer.Adult)
        {
            items.Add(Item("explanations", "Explaining the NRM", Referral.ExplanationsGiven != ConsentExplanations.None, problems));
            items.Add(Item("consent", "H. Consent", Answers.Consent.Consents is not null, problems));
        }

        if (Referral.Kind == ReferralKind.DutyToNotify)
        {
            items.Add(Item("co-operation", "Co-operation with the authorities", Answers.DutyToNotify.AgreesToCooperate is not null, problems));
        }

        foreach (var section in ReferralForm.Sections.Skip(1).Where(s => s.Applies(Referral) && Referral.Kind is not null))
        {
            items.Add(Item(section.Slug, $"{section.Letter}. {section.Title}", ReferralForm.Started(Answers, section), problems));
        }

        if (Referral.Kind is not null)
        {
            items.Add(Item("evidence", "Supporting documents", EvidenceCount > 0, [], optional: true));
        }

        Items = items;
        return Page();
    }

    private TaskListItem Item(string page, string title, bool started, List<ReferralProblem> problems, bool optional = false)
    {
        var incomplete = problems.Any(p => p.Page == page);
        TaskListStatus status = (started, incomplete) switch
        {
            (true, false) => new TaskListStatus { Text = "Completed" },
            (true, true) => new TaskListStatus { Tag = new TagOptions { Text = "Incomplete", Classes = "govuk-tag--light-blue" } },
            _ when optional => new TaskListStatus { Text = "Optional", Classes = "govuk-task-list__status--cannot-start-yet" },
            _ => new TaskListStatus { Tag = new TagOptions { Text = "Not yet started", Classes = "govuk-tag--blue" } },
        };
        return new TaskListItem { Title = new ContentOptions { Text = title }, Href = CanEdit ? $"{Base}/{page}" : null, Status = status };
    }
}
