using Beacon.Core.Cases;
using Beacon.Core.Concerns;
using Beacon.Core.Data;
using Beacon.Web.Pages.Concerns.New;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Concerns;

/// <summary>A concern as its pages show it, read through the concern's query filter.</summary>
public sealed record ConcernSummary(
    Guid Id,
    string Reference,
    DateTimeOffset RaisedAt,
    Guid RaisedByUserId,
    CaseRoute Route,
    ConcernStatus Status,
    RagRating Rag,
    string Team,
    string Area,
    ConcernDraft Answers)
{
    public static Task<ConcernSummary?> ReadAsync(AppDbContext db, Guid concernId) =>
        db.Concerns.AsNoTracking().Where(c => c.Id == concernId)
            .Select(c => new ConcernSummary(
                c.Id,
                c.Reference,
                c.RaisedAt,
                c.RaisedByUserId,
                c.Route,
                c.Status,
                c.Rag,
                db.Teams.Where(t => t.Id == c.TriageTeamId).Select(t => t.Name).Single(),
                db.Areas.Where(a => a.Id == c.AreaId).Select(a => a.Name).Single(),
                new ConcernDraft
                {
                    JourneyId = c.JourneyId,
                    ImmediateDanger = c.ImmediateDanger,
                    PoliceCalled = c.PoliceCalled,
                    Indicators = c.Indicators,
                    WhatWasSeen = c.WhatWasSeen,
                    SeenOn = c.SeenOn,
                    WhereSeen = c.WhereSeen,
                    PlaceType = c.PlaceType,
                    Town = c.Town,
                    BusinessName = c.BusinessName,
                    PersonKnown = c.PersonKnown,
                    PersonName = c.PersonName,
                    PersonOtherNames = c.PersonOtherNames,
                    PersonDateOfBirth = c.PersonDateOfBirth,
                    Age = c.Age,
                    EstimatedAge = c.EstimatedAge,
                    Gender = c.Gender,
                    Nationality = c.NationalityCode,
                    OwnWords = c.OwnWords,
                    OwnWordsAnswered = true,
                }))
            .SingleOrDefaultAsync();

    /// <summary>What happened to the concern, in words for the person who raised it: no detail of any case.</summary>
    public string Outcome => Status switch
    {
        ConcernStatus.New => $"{Team} has your concern. Nobody has picked it up yet; they aim to within 24 hours.",
        ConcernStatus.Assigned => $"A worker in {Team} is looking at your concern.",
        ConcernStatus.CaseOpened => $"{Team} opened a case. They may contact you if they need to know more.",
        ConcernStatus.LinkedToCase => $"{Team} added your concern to a case they already had. They may contact you if they need to know more.",
        ConcernStatus.NoFurtherAction => $"{Team} looked at your concern and decided no further action was needed under the modern slavery pathway. If you see more signs, raise a new concern.",
        _ => string.Empty,
    };
}
