using Beacon.Core.Access;
using Beacon.Core.Accounts;
using Beacon.Core.Audit;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Core.Concerns;

/// <summary>The person as the triage worker confirmed them, and the concern's version the form was loaded with.</summary>
public sealed record OpenCaseOptions(
    Guid ConcernId,
    Guid Version,
    string? FirstName,
    string? LastName,
    string? OtherNames,
    DateOnly? DateOfBirth,
    int? EstimatedAge,
    Gender? Gender,
    string? NationalityCode);

/// <summary>
/// What MASH and adult triage do with a concern in their queue: take it or give it to a colleague,
/// rate it, then open a case for it, add it to the person's existing case, or decide there is
/// nothing further to do (and say why). Only members of the concern's triage team may act; the
/// area's coordinators only look. Every action checks the version the worker's form was loaded
/// with, so two workers acting at once never overwrite each other, and writes its audit event in
/// the same transaction.
/// </summary>
public sealed class TriageService(AppDbContext db, AuditTrail audit, TimeProvider time, IActorSource actors, References references)
{
    public const int MaxNameLength = 200;
    public const int MaxReasonLength = 2_000;

    /// <summary>The case summary's column; the concern keeps the full text.</summary>
    public const int MaxSummaryLength = 10_000;
    public const string Changed = "This concern has changed since you opened it. Check the concern and try again";
    public const string AlreadyTriaged = "This concern has already been triaged";

    /// <summary>Whether this user works the concern's queue (coordinators see it but do not act).</summary>
    public static bool Works(AccessScope scope, Guid triageTeamId)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.WorksTeamCases && scope.TeamId == triageTeamId;
    }

    public static bool IsOpen(ConcernStatus status) => status is ConcernStatus.New or ConcernStatus.Assigned;

    /// <summary>Gives the concern to a worker in its triage team (the caller, for "assign to me").</summary>
    public async Task<AdminResult> AssignAsync(Guid concernId, Guid version, Guid? userId, CancellationToken cancellationToken = default)
    {
        var (concern, error) = await LoadAsync(concernId, version, cancellationToken);
        if (concern is null)
        {
            return error!;
        }

        if (userId is null || !await IsTriageWorkerAsync(userId.Value, concern.TriageTeamId, cancellationToken))
        {
            return AdminResult.Fail("AssignTo", "Select who will work on this concern");
        }

        if (concern.AssignedToUserId == userId && concern.Status == ConcernStatus.Assigned)
        {
            return AdminResult.Ok(concern.Id);
        }

        var changes = AuditTrail.Changes(("Assigned to", concern.AssignedToUserId, userId), ("Status", concern.Status, ConcernStatus.Assigned));
        concern.AssignedToUserId = userId;
        concern.AssignedAt = time.GetUtcNow();
        concern.Status = ConcernStatus.Assigned;
        concern.Version = Guid.NewGuid();
        audit.Record(ConcernAccess.ResourceType, concern.Id, userId == actors.Current.UserId ? "Concern taken" : "Concern assigned", changes);
        return await SaveAsync(concern, cancellationToken);
    }

    public async Task<AdminResult> SetRagAsync(Guid concernId, Guid version, RagRating? rag, CancellationToken cancellationToken = default)
    {
        if (rag is null || !Enum.IsDefined(rag.Value))
        {
            return AdminResult.Fail("Rag", "Select a RAG rating");
        }

        var (concern, error) = await LoadAsync(concernId, version, cancellationToken);
        if (concern is null)
        {
            return error!;
        }

        if (concern.Rag == rag)
        {
            return AdminResult.Ok(concern.Id);
        }

        audit.Record(ConcernAccess.ResourceType, concern.Id, $"RAG rating changed to {rag.Value.ToString().ToLowerInvariant()}", AuditTrail.Changes(("RAG", concern.Rag, rag)));
        concern.Rag = rag.Value;
        concern.Version = Guid.NewGuid();
        return await SaveAsync(concern, cancellationToken);
    }

    /// <summary>
    /// Opens a case for the concern, owned by the triage team and held by the worker, with the
    /// person as the worker confirmed them. Posting twice opens one case: once the concern has its
    /// case, asking again answers with that case.
    /// </summary>
    public async Task<AdminResult> OpenCaseAsync(OpenCaseOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var existing = await OpenedCaseAsync(options.ConcernId, cancellationToken);
        if (existing is not null)
        {
            return AdminResult.Ok(existing);
        }

        var invalid = Validate(options);
        if (invalid is not null)
        {
            return invalid;
        }

        var (concern, error) = await LoadAsync(options.ConcernId, options.Version, cancellationToken);
        if (concern is null)
        {
            // A tab that lost the race to open this concern's case: answer with the case the winner opened.
            return await OpenedCaseAsync(options.ConcernId, cancellationToken) is { } winner ? AdminResult.Ok(winner) : error!;
        }

        var organisationId = await db.Teams.Where(t => t.Id == concern.TriageTeamId).Select(t => t.OrganisationId).SingleAsync(cancellationToken);
        var now = time.GetUtcNow();
        var userId = actors.Current.UserId;
        var route = concern.Age == AgeAnswer.NotSure ? CaseRoute.Child : concern.Route;
        var @case = new Case
        {
            Id = Guid.CreateVersion7(now),
            Reference = await references.NextCaseAsync(cancellationToken),
            AreaId = concern.AreaId,
            OwningOrganisationId = organisationId,
            OwningTeamId = concern.TriageTeamId,
            CreatedByUserId = userId ?? Guid.Empty,
            CreatedAt = now,
            Summary = concern.WhatWasSeen.Length > MaxSummaryLength ? concern.WhatWasSeen[..MaxSummaryLength] : concern.WhatWasSeen,
            Route = route,
            Status = CaseStatus.Open,
            AssignedWorkerId = userId,
            Version = Guid.NewGuid(),
        };
        var person = new CasePerson
        {
            CaseId = @case.Id,
            FirstName = Clean(options.FirstName),
            LastName = Clean(options.LastName),
            DateOfBirth = options.DateOfBirth,
            EstimatedAge = options.DateOfBirth is null ? options.EstimatedAge : null,
            AgeEstimatedOn = options.DateOfBirth is null && options.EstimatedAge is not null ? UkTime.Today(time) : null,
            Gender = options.Gender ?? Gender.NotKnown,
            NationalityCode = Clean(options.NationalityCode),
            Version = Guid.NewGuid(),
            Aliases = [.. SplitNames(options.OtherNames).Select(n => new PersonAlias { Id = Guid.CreateVersion7(now), CaseId = @case.Id, Name = n, Kind = AliasKind.Alias })],
        };
        @case.Person = person;
        db.Cases.Add(@case);
        db.CaseRouteChanges.Add(new CaseRouteChange { Id = Guid.CreateVersion7(now), CaseId = @case.Id, To = route, Reason = RouteChangeReason.Opened, At = now, ByUserId = userId });
        await PersonIndex.RebuildKeysAsync(db, @case.Id, person, cancellationToken);

        concern.Status = ConcernStatus.CaseOpened;
        concern.CaseId = @case.Id;
        concern.TriagedAt = now;
        concern.TriagedByUserId = userId;
        concern.AssignedToUserId ??= userId;
        concern.Version = Guid.NewGuid();
        audit.Record(ConcernAccess.ResourceType, concern.Id, $"Case {@case.Reference} opened", AuditTrail.Changes(("Status", ConcernStatus.Assigned, ConcernStatus.CaseOpened), ("Case", null, @case.Reference)));
        audit.Record(CaseAccess.ResourceType, @case.Id, $"Case opened from concern {concern.Reference}", AuditTrail.Changes(("Route", null, route), ("Owning team", null, concern.TriageTeamId), ("Assigned worker", null, userId)));
        var saved = await SaveAsync(concern, cancellationToken);
        if (saved.Succeeded)
        {
            return AdminResult.Ok(@case.Id);
        }

        // Another request opened the case first (the same form posted twice): answer with its case.
        return await OpenedCaseAsync(options.ConcernId, cancellationToken) is { } opened ? AdminResult.Ok(opened) : saved;
    }

    /// <summary>Adds the concern to a case the worker may see that is still open.</summary>
    public async Task<AdminResult> LinkToCaseAsync(Guid concernId, Guid version, Guid? caseId, CancellationToken cancellationToken = default)
    {
        const string NoSuchCase = "Select an open case you can see";
        var target = caseId is null
            ? null
            : await db.Cases.Where(c => c.Id == caseId && c.Status == CaseStatus.Open).Select(c => new { c.Id, c.Reference, c.IsAnonymous }).SingleOrDefaultAsync(cancellationToken);
        if (target is null)
        {
            return AdminResult.Fail("CaseId", NoSuchCase);
        }

        var (concern, error) = await LoadAsync(concernId, version, cancellationToken);
        if (concern is null)
        {
            return error!;
        }

        if (target.IsAnonymous)
        {
            // s.52(3): nothing identifying may sit on a Duty to Notify case without co-operation.
            concern.PersonName = null;
            concern.PersonOtherNames = null;
            concern.PersonDateOfBirth = null;
        }

        var now = time.GetUtcNow();
        concern.Status = ConcernStatus.LinkedToCase;
        concern.CaseId = target.Id;
        concern.TriagedAt = now;
        concern.TriagedByUserId = actors.Current.UserId;
        concern.Version = Guid.NewGuid();
        audit.Record(ConcernAccess.ResourceType, concern.Id, $"Added to case {target.Reference}", AuditTrail.Changes(("Status", ConcernStatus.Assigned, ConcernStatus.LinkedToCase), ("Case", null, target.Reference)));
        audit.Record(CaseAccess.ResourceType, target.Id, $"Concern {concern.Reference} added");
        var saved = await SaveAsync(concern, cancellationToken);
        return saved.Succeeded ? AdminResult.Ok(target.Id) : saved;
    }

    public async Task<AdminResult> NoFurtherActionAsync(Guid concernId, Guid version, string? reason, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return AdminResult.Fail("Reason", "Enter why no further action is needed");
        }

        if (reason.Trim().Length > MaxReasonLength)
        {
            return AdminResult.Fail("Reason", $"Why no further action is needed must be {MaxReasonLength} characters or fewer");
        }

        var (concern, error) = await LoadAsync(concernId, version, cancellationToken);
        if (concern is null)
        {
            return error!;
        }

        concern.Status = ConcernStatus.NoFurtherAction;
        concern.TriageNote = reason.Trim();
        concern.TriagedAt = time.GetUtcNow();
        concern.TriagedByUserId = actors.Current.UserId;
        concern.Version = Guid.NewGuid();
        audit.Record(ConcernAccess.ResourceType, concern.Id, "No further action", AuditTrail.Changes(("Status", ConcernStatus.Assigned, ConcernStatus.NoFurtherAction)), concern.TriageNote);
        return await SaveAsync(concern, cancellationToken);
    }

    private async Task<Guid?> OpenedCaseAsync(Guid concernId, CancellationToken cancellationToken) =>
        await db.Concerns.AsNoTracking()
            .Where(c => c.Id == concernId && c.Status == ConcernStatus.CaseOpened)
            .Select(c => c.CaseId)
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>The concern, if this user works its queue, it is still in the queue, and nobody changed it since the form was loaded.</summary>
    private async Task<(Concern? Concern, AdminResult? Error)> LoadAsync(Guid concernId, Guid version, CancellationToken cancellationToken)
    {
        var concern = await db.Concerns.SingleOrDefaultAsync(c => c.Id == concernId, cancellationToken);
        if (concern is null || !(db.Scope.IsSystem || Works(db.Scope, concern.TriageTeamId)))
        {
            return (null, AdminResult.Fail("ConcernId", "You cannot triage this concern"));
        }

        if (concern.Version != version)
        {
            return (null, AdminResult.Fail("Version", Changed));
        }

        if (!IsOpen(concern.Status))
        {
            return (null, AdminResult.Fail("Version", AlreadyTriaged));
        }

        return (concern, null);
    }

    /// <summary>The roles that work a team's cases, and so may be given a concern.</summary>
    public static IReadOnlyList<Role> WorkerRoles { get; } = [.. Roles.All.Where(r => Roles.CapabilitiesOf(r).Contains(Capability.CasesWorkTeam))];

    /// <summary>Who a concern in this team's queue may be given to: its active case workers.</summary>
    public IQueryable<BeaconUser> Workers(Guid teamId)
    {
        var roles = WorkerRoles.ToList();
        return db.Users.Where(u => u.TeamId == teamId && u.DeactivatedAt == null && u.Roles.Any(r => roles.Contains(r.Role)));
    }

    private async Task<bool> IsTriageWorkerAsync(Guid userId, Guid teamId, CancellationToken cancellationToken) =>
        await Workers(teamId).AnyAsync(u => u.Id == userId, cancellationToken);

    private async Task<AdminResult> SaveAsync(Concern concern, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return AdminResult.Ok(concern.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return AdminResult.Fail("Version", Changed);
        }
    }

    private AdminResult? Validate(OpenCaseOptions options)
    {
        if (Clean(options.FirstName)?.Length > MaxNameLength)
        {
            return AdminResult.Fail("FirstName", $"First name must be {MaxNameLength} characters or fewer");
        }

        if (Clean(options.LastName)?.Length > MaxNameLength)
        {
            return AdminResult.Fail("LastName", $"Last name must be {MaxNameLength} characters or fewer");
        }

        if (SplitNames(options.OtherNames).Any(n => n.Length > 300))
        {
            return AdminResult.Fail("OtherNames", "Each other name must be 300 characters or fewer");
        }

        if (options.DateOfBirth is { } dob && (dob > UkTime.Today(time) || dob.Year < 1900))
        {
            return AdminResult.Fail("DateOfBirth", "Date of birth must be in the past");
        }

        if (options.EstimatedAge is < 0 or > 120)
        {
            return AdminResult.Fail("EstimatedAge", "Estimated age must be between 0 and 120");
        }

        if (Clean(options.NationalityCode)?.Length > 20)
        {
            return AdminResult.Fail("NationalityCode", "Nationality must be 20 characters or fewer");
        }

        return null;
    }

    /// <summary>Other names as typed: one a line, or separated by commas.</summary>
    public static IReadOnlyList<string> SplitNames(string? names) =>
        (names ?? string.Empty).Split(['\n', '\r', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
