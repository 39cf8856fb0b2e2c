using System.Globalization;
using System.Text;
using Beacon.Core.Access;
using Beacon.Core.Audit;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Core.Email;
using Beacon.Core.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Core.Concerns;

/// <summary>What the raise-a-concern journey collected. Nulls are questions not answered.</summary>
public sealed record RaiseConcernOptions
{
    /// <summary>The journey's id: the same journey submitted twice makes one concern.</summary>
    public Guid JourneyId { get; init; }

    /// <summary>Needed only when the raiser's organisation works in more than one area.</summary>
    public Guid? AreaId { get; init; }

    public bool? ImmediateDanger { get; init; }

    public bool? PoliceCalled { get; init; }

    public Indicators Indicators { get; init; }

    public string? WhatWasSeen { get; init; }

    public DateOnly? SeenOn { get; init; }

    public string? WhereSeen { get; init; }

    public PlaceType? PlaceType { get; init; }

    public string? Town { get; init; }

    public string? BusinessName { get; init; }

    public bool? PersonKnown { get; init; }

    public string? PersonName { get; init; }

    public string? PersonOtherNames { get; init; }

    public DateOnly? PersonDateOfBirth { get; init; }

    public AgeAnswer? Age { get; init; }

    public int? EstimatedAge { get; init; }

    public Gender? Gender { get; init; }

    /// <summary>The nationality's name in the reference list.</summary>
    public string? Nationality { get; init; }

    public string? OwnWords { get; init; }

    /// <summary>Beacon's address (<c>https://beacon.council.gov.uk</c>), for the link in the emails.</summary>
    public string LinkBaseUrl { get; init; } = "";
}

/// <summary>The concern raised (or the one this journey raised already), or the question to put right.</summary>
public sealed record RaiseConcernResult(bool Succeeded, Guid? ConcernId = null, string? Reference = null, string? Field = null, string? Error = null)
{
    public static RaiseConcernResult Fail(string field, string error) => new(false, Field: field, Error: error);
}

/// <summary>
/// Raising a concern: the queue it lands in (under 18 or not sure → the area's MASH, 18 or over →
/// adult triage), a suggested RAG rating, a reference, the audit event, and an email to the
/// queue's team and the area's community safety team that names nobody (reference, route, rating, link).
/// </summary>
public sealed class ConcernService(AppDbContext db, AuditTrail audit, TimeProvider time, IActorSource actors, References references, EmailOutbox outbox)
{
    public const int MaxWhatWasSeen = 5_000;

    public const int MaxOwnWords = 3_000;

    public const int MaxWhere = 500;

    public const int MaxShortText = 200;

    public const int MaxOtherNames = 500;

    public const string Helpline = "the Modern Slavery & Exploitation Helpline on 08000 121 700";

    /// <summary>Signs that make a concern at least amber whatever the age.</summary>
    public const Indicators UrgentSigns = Indicators.ViolenceOrThreats | Indicators.Injuries | Indicators.CannotLeave
        | Indicators.DocumentsHeldByOthers | Indicators.CountyLines;

    public static CaseRoute RouteFor(AgeAnswer age) => age == AgeAnswer.Adult ? CaseRoute.Adult : CaseRoute.Child;

    public static TeamFunction QueueFor(CaseRoute route) => route == CaseRoute.Adult ? TeamFunction.AdultTriage : TeamFunction.ChildrenMash;

    /// <summary>Red when someone is in danger now; amber for a child (or maybe a child) or an urgent sign; else green. Triage may change it.</summary>
    public static RagRating SuggestRag(bool immediateDanger, AgeAnswer age, Indicators indicators) =>
        immediateDanger ? RagRating.Red
        : age != AgeAnswer.Adult || (indicators & UrgentSigns) != Indicators.None ? RagRating.Amber
        : RagRating.Green;

    /// <summary>The team of an area with a function: active, in an active council that works in the area; the oldest if there are several.</summary>
    public IQueryable<Team> TeamsFor(Guid areaId, TeamFunction function) =>
        db.Teams.Where(t => t.IsActive && t.Function == function
            && db.Organisations.Any(o => o.Id == t.OrganisationId && o.IsActive && o.Type == OrganisationType.LocalAuthority
                && o.Areas.Any(a => a.AreaId == areaId)))
            .OrderBy(t => t.CreatedAt).ThenBy(t => t.Id);

    public async Task<RaiseConcernResult> RaiseAsync(RaiseConcernOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var actor = actors.Current;
        if (actor.UserId is not { } userId || actor.OrganisationId is not { } organisationId)
        {
            throw new InvalidOperationException("Only a signed-in person can raise a concern.");
        }

        if (await FindAsync(options.JourneyId, userId, cancellationToken) is { } already)
        {
            return already;
        }

        var error = Validate(options);
        if (error is not null)
        {
            return error;
        }

        var areas = await db.OrganisationAreas.Where(a => a.OrganisationId == organisationId)
            .Select(a => new { a.AreaId, a.Area!.Name }).ToListAsync(cancellationToken);
        var area = areas.Count == 1 && options.AreaId is null ? areas[0] : areas.SingleOrDefault(a => a.AreaId == options.AreaId);
        if (areas.Count == 0)
        {
            return RaiseConcernResult.Fail(nameof(options.AreaId), $"Your organisation is not set up to work in any area yet. Call {Helpline}, and ask your administrator to add your organisation's area");
        }

        if (area is null)
        {
            return RaiseConcernResult.Fail(nameof(options.AreaId), "Select the area where you saw this");
        }

        var age = options.Age!.Value;
        var route = RouteFor(age);
        var team = await TeamsFor(area.AreaId, QueueFor(route)).Select(t => new { t.Id, t.Name }).FirstOrDefaultAsync(cancellationToken);
        if (team is null)
        {
            return RaiseConcernResult.Fail(nameof(options.AreaId), route == CaseRoute.Child
                ? $"There is no MASH team set up for {area.Name}. Call your children's services front door, or {Helpline}, and tell your administrator"
                : $"There is no adult triage team set up for {area.Name}. Call your adult social care front door, or {Helpline}, and tell your administrator");
        }

        var now = time.GetUtcNow();
        var known = options.PersonKnown == true;
        var danger = options.ImmediateDanger!.Value;
        var concern = new Concern
        {
            Id = Guid.CreateVersion7(now),
            Reference = await references.NextConcernAsync(cancellationToken),
            AreaId = area.AreaId,
            RaisedByUserId = userId,
            RaisedByOrganisationId = organisationId,
            RaisedAt = now,
            JourneyId = options.JourneyId,
            Status = ConcernStatus.New,
            Route = route,
            TriageTeamId = team.Id,
            Rag = SuggestRag(danger, age, options.Indicators),
            Indicators = options.Indicators,
            WhatWasSeen = options.WhatWasSeen!.Trim(),
            SeenOn = options.SeenOn,
            WhereSeen = options.WhereSeen!.Trim(),
            PlaceType = options.PlaceType ?? PlaceType.NotKnown,
            Town = Clean(options.Town),
            BusinessName = Clean(options.BusinessName),
            PersonKnown = known,
            PersonName = known ? Clean(options.PersonName) : null,
            PersonOtherNames = known ? Clean(options.PersonOtherNames) : null,
            PersonDateOfBirth = known ? options.PersonDateOfBirth : null,
            Age = age,
            EstimatedAge = options.EstimatedAge,
            Gender = options.Gender,
            NationalityCode = Clean(options.Nationality),
            OwnWords = Clean(options.OwnWords),
            ImmediateDanger = danger,
            PoliceCalled = danger ? options.PoliceCalled : null,
            Version = Guid.NewGuid(),
        };
        db.Concerns.Add(concern);
        audit.Record(ConcernAccess.ResourceType, concern.Id, "Concern raised", AuditTrail.Changes(
            ("Route", null, concern.Route),
            ("Queue", null, team.Name),
            ("RAG rating", null, concern.Rag),
            ("Immediate danger", null, danger ? "Yes" : "No")));

        var copied = await TeamsFor(area.AreaId, TeamFunction.CommunitySafety).Select(t => t.Id).ToListAsync(cancellationToken);
        var recipients = await db.Users
            .Where(u => u.DeactivatedAt == null && u.Email != null && u.TeamId != null && (u.TeamId == team.Id || copied.Contains(u.TeamId.Value)))
            .Select(u => new { Email = u.Email!, InQueue = u.TeamId == team.Id })
            .ToListAsync(cancellationToken);
        foreach (var recipient in recipients.GroupBy(r => r.Email, StringComparer.OrdinalIgnoreCase))
        {
            var (subject, body) = Email(concern, team.Name, area.Name, recipient.Any(r => r.InQueue), options.LinkBaseUrl);
            outbox.Enqueue(recipient.Key, subject, body);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique index on the journey: the same answers submitted twice at once. The first wins.
            db.ChangeTracker.Clear();
            return await FindAsync(options.JourneyId, userId, cancellationToken) ?? throw new InvalidOperationException("The concern could not be saved.");
        }

        return new RaiseConcernResult(true, concern.Id, concern.Reference);
    }

    /// <summary>The words a raiser reads for a concern's status (no detail of any case).</summary>
    public static string StatusText(ConcernStatus status) => status switch
    {
        ConcernStatus.New => "Waiting to be picked up",
        ConcernStatus.Assigned => "Being looked at",
        ConcernStatus.CaseOpened => "Case opened",
        ConcernStatus.LinkedToCase => "Added to an existing case",
        ConcernStatus.NoFurtherAction => "No further action",
        _ => status.ToString(),
    };

    public static string RouteText(CaseRoute route) => route == CaseRoute.Child ? "Child" : "Adult";

    private async Task<RaiseConcernResult?> FindAsync(Guid journeyId, Guid userId, CancellationToken cancellationToken) =>
        await db.Concerns.Where(c => c.JourneyId == journeyId && c.RaisedByUserId == userId)
            .Select(c => new RaiseConcernResult(true, c.Id, c.Reference, null, null))
            .SingleOrDefaultAsync(cancellationToken);

    private static (string Subject, string Body) Email(Concern concern, string team, string area, bool inQueue, string linkBase)
    {
        var route = concern.Route == CaseRoute.Child ? "child (under 18 or may be under 18)" : "adult";
        var body = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"A new concern about possible modern slavery has been raised in {area}.\n\n")
            .Append(CultureInfo.InvariantCulture, $"Reference: {concern.Reference}\n")
            .Append(CultureInfo.InvariantCulture, $"Route: {route}\n")
            .Append(CultureInfo.InvariantCulture, $"Suggested RAG rating: {concern.Rag}\n")
            .Append(CultureInfo.InvariantCulture, $"Queue: {team}\n");
        if (concern.ImmediateDanger)
        {
            body.Append("\nThe person who raised it said someone was in immediate danger.\n");
        }

        body.Append(inQueue
                ? "\nIt is in your team's queue. Pick it up within 24 hours.\n"
                : "\nYou are copied in as the area's community safety team.\n")
            .Append(CultureInfo.InvariantCulture, $"\nSign in to Beacon to read it: {linkBase.TrimEnd('/')}/concerns/{concern.Id}\n\n")
            .Append("This email has no personal details in it on purpose. Do not forward it.\n");
        var subject = string.Create(CultureInfo.InvariantCulture, $"New concern {concern.Reference}: {RouteText(concern.Route).ToLowerInvariant()} route, {concern.Rag.ToString().ToLowerInvariant()}");
        return (subject, body.ToString());
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private RaiseConcernResult? Validate(RaiseConcernOptions o)
    {
        if (o.ImmediateDanger is null)
        {
            return RaiseConcernResult.Fail(nameof(o.ImmediateDanger), "Select yes if anyone is in immediate danger");
        }

        if (o.ImmediateDanger == true && o.PoliceCalled is null)
        {
            return RaiseConcernResult.Fail(nameof(o.PoliceCalled), "Select yes if you have called 999");
        }

        if (string.IsNullOrWhiteSpace(o.WhatWasSeen))
        {
            return RaiseConcernResult.Fail(nameof(o.WhatWasSeen), "Tell us what you saw");
        }

        if (o.WhatWasSeen.Length > MaxWhatWasSeen)
        {
            return RaiseConcernResult.Fail(nameof(o.WhatWasSeen), $"What you saw must be {MaxWhatWasSeen:N0} characters or fewer");
        }

        if (o.SeenOn is null)
        {
            return RaiseConcernResult.Fail(nameof(o.SeenOn), "Enter the date you saw this");
        }

        if (o.SeenOn > UkTime.Today(time))
        {
            return RaiseConcernResult.Fail(nameof(o.SeenOn), "The date you saw this must be today or in the past");
        }

        if (string.IsNullOrWhiteSpace(o.WhereSeen))
        {
            return RaiseConcernResult.Fail(nameof(o.WhereSeen), "Enter where you saw this");
        }

        if (o.WhereSeen.Length > MaxWhere)
        {
            return RaiseConcernResult.Fail(nameof(o.WhereSeen), $"Where you saw this must be {MaxWhere} characters or fewer");
        }

        if (o.PlaceType is null || !Enum.IsDefined(o.PlaceType.Value))
        {
            return RaiseConcernResult.Fail(nameof(o.PlaceType), "Select the kind of place");
        }

        if (o.Town?.Length > MaxShortText)
        {
            return RaiseConcernResult.Fail(nameof(o.Town), $"The town must be {MaxShortText} characters or fewer");
        }

        if (o.BusinessName?.Length > MaxShortText)
        {
            return RaiseConcernResult.Fail(nameof(o.BusinessName), $"The business or premises must be {MaxShortText} characters or fewer");
        }

        if (o.PersonKnown is null)
        {
            return RaiseConcernResult.Fail(nameof(o.PersonKnown), "Select yes if you know who the person is");
        }

        if (o.PersonKnown == true && string.IsNullOrWhiteSpace(o.PersonName))
        {
            return RaiseConcernResult.Fail(nameof(o.PersonName), "Enter the person's name");
        }

        if (o.PersonName?.Length > MaxShortText || o.PersonOtherNames?.Length > MaxOtherNames)
        {
            return RaiseConcernResult.Fail(nameof(o.PersonName), $"The person's name must be {MaxShortText} characters or fewer");
        }

        if (o.PersonDateOfBirth > UkTime.Today(time))
        {
            return RaiseConcernResult.Fail(nameof(o.PersonDateOfBirth), "Date of birth must be in the past");
        }

        if (o.Age is null || !Enum.IsDefined(o.Age.Value))
        {
            return RaiseConcernResult.Fail(nameof(o.Age), "Select how old they are, or not sure");
        }

        if (o.EstimatedAge is < 0 or > 120)
        {
            return RaiseConcernResult.Fail(nameof(o.EstimatedAge), "Estimated age must be between 0 and 120");
        }

        if (o.Gender is { } gender && !Enum.IsDefined(gender))
        {
            return RaiseConcernResult.Fail(nameof(o.Gender), "Select their gender");
        }

        if (o.Nationality?.Length > MaxShortText)
        {
            return RaiseConcernResult.Fail(nameof(o.Nationality), "Select a nationality from the list");
        }

        return o.OwnWords?.Length > MaxOwnWords
            ? RaiseConcernResult.Fail(nameof(o.OwnWords), $"What they said must be {MaxOwnWords:N0} characters or fewer")
            : null;
    }
}
