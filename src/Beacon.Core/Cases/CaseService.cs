using System.Globalization;
using Beacon.Core.Access;
using Beacon.Core.Accounts;
using Beacon.Core.Audit;
using Beacon.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Core.Cases;

/// <summary>How long a closed case is kept (<c>Beacon:Retention:Years</c>).</summary>
public sealed record CaseRetention(int Years = CaseRetention.DefaultYears)
{
    public const int DefaultYears = 6;

    /// <summary>A child's record is kept at least until they are 25.</summary>
    public const int ChildUntilAge = 25;

    /// <summary>The day the record may go: the retention years after closure, for a child no earlier than their 25th birthday.</summary>
    public DateOnly RetainUntil(DateOnly closedOn, CaseRoute route, DateOnly? dateOfBirth)
    {
        var until = closedOn.AddYears(Years);
        if (route == CaseRoute.Child && dateOfBirth is { } born)
        {
            var twentyFifth = Birthday(born, ChildUntilAge);
            if (twentyFifth > until)
            {
                until = twentyFifth;
            }
        }

        return until;
    }

    /// <summary>A birthday in a given year of age; 29 February falls on 1 March in other years, as UK law counts it.</summary>
    public static DateOnly Birthday(DateOnly born, int age) =>
        born is { Month: 2, Day: 29 } && !DateTime.IsLeapYear(born.Year + age) ? new DateOnly(born.Year + age, 3, 1) : born.AddYears(age);
}

public sealed record UpdatePersonOptions(
    Guid CaseId,
    Guid ExpectedVersion,
    string? FirstName,
    string? LastName,
    string? Nickname,
    DateOnly? DateOfBirth,
    int? EstimatedAge,
    Gender? Gender,
    string? NationalityCode,
    string? SecondNationalityCode,
    string? Languages,
    bool? InterpreterNeeded,
    string? InterpreterLanguage,
    string? CommunicationNeeds,
    SafeToContact? SafeToContact,
    string? ContactSafetyNotes,
    string? Phone,
    string? Email,
    string? Address,
    string? HomeOfficeReference);

public sealed record ChangeRouteOptions(Guid CaseId, Guid ExpectedVersion, CaseRoute? To, RouteChangeReason? Reason, string? Note);

public sealed record CloseCaseOptions(Guid CaseId, Guid ExpectedVersion, ClosureOutcome? Outcome, string? Note);

/// <summary>
/// The work on one case after it is opened: the person, the route, who holds it, notes, closing and
/// reopening. The caller has passed the case gate and may work the case. Every change writes its
/// audit event in the same unit of work, worded for the case timeline; case-level changes check
/// the version the form was loaded with, so two workers editing at once get a conflict, not a lost
/// update.
/// </summary>
public sealed class CaseService(AppDbContext db, AuditTrail audit, TimeProvider time, IActorSource actors, CaseRetention retention)
{
    public const int MaxNoteLength = ReferralAnswers.MaxText;

    public const int MaxReasonLength = 2_000;

    public const string CaseConflict = "Someone else changed this case while you were working on it. Check the case and try again";

    public const string PersonConflict = "Someone else changed the person's details while you were working on them. Check the details and try again";

    public const string AnonymousRefused = "You cannot record anything that identifies this person: they were reported by Duty to Notify and have not agreed to co-operate";

    public async Task<AdminResult> UpdatePersonAsync(UpdatePersonOptions options, CancellationToken cancellationToken = default)
    {
        var @case = await db.Cases.Include(c => c.Person).ThenInclude(p => p!.Aliases).SingleOrDefaultAsync(c => c.Id == options.CaseId, cancellationToken);
        if (@case is null)
        {
            return Gone();
        }

        if ((@case.Person?.Version ?? Guid.Empty) != options.ExpectedVersion)
        {
            return AdminResult.Fail(nameof(options.FirstName), PersonConflict);
        }

        var error = await ValidatePersonAsync(options, @case.IsAnonymous, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var person = @case.Person;
        var isNew = person is null;
        if (person is null)
        {
            person = new CasePerson { CaseId = @case.Id };
            db.CasePeople.Add(person);
        }
        else
        {
            db.Entry(person).Property(p => p.Version).OriginalValue = options.ExpectedVersion;
        }

        var before = Snapshot(person);
        var today = UkTime.Today(time);
        person.FirstName = Clean(options.FirstName);
        person.LastName = Clean(options.LastName);
        person.Nickname = Clean(options.Nickname);
        person.DateOfBirth = options.DateOfBirth;
        var estimatedAge = options.DateOfBirth is null ? options.EstimatedAge : null;
        if (estimatedAge != person.EstimatedAge)
        {
            person.AgeEstimatedOn = estimatedAge is null ? null : today;
        }

        person.EstimatedAge = estimatedAge;
        person.Gender = options.Gender ?? Gender.NotKnown;
        person.NationalityCode = Clean(options.NationalityCode);
        person.SecondNationalityCode = Clean(options.SecondNationalityCode);
        person.Languages = Clean(options.Languages);
        person.InterpreterNeeded = options.InterpreterNeeded;
        person.InterpreterLanguage = options.InterpreterNeeded == true ? Clean(options.InterpreterLanguage) : null;
        person.CommunicationNeeds = Clean(options.CommunicationNeeds);
        person.SafeToContact = options.SafeToContact ?? SafeToContact.NotKnown;
        person.ContactSafetyNotes = Clean(options.ContactSafetyNotes);
        person.Phone = Clean(options.Phone);
        person.Email = Clean(options.Email);
        person.Address = Clean(options.Address);
        person.HomeOfficeReference = Clean(options.HomeOfficeReference);

        var after = Snapshot(person);
        var changed = before.Where(b => !Equals(b.Value, after[b.Key])).Select(b => b.Key).ToList();
        if (changed.Count == 0 && !isNew)
        {
            db.Entry(person).State = EntityState.Unchanged;
            return AdminResult.Ok(options.ExpectedVersion);
        }

        person.Version = Guid.NewGuid();

        await PersonIndex.RebuildKeysAsync(db, @case.Id, person, person.Aliases.Select(a => a.Name), cancellationToken);

        // Field names only: the timeline is read by everyone on the case, not only those who see the person.
        audit.Record(CaseAccess.ResourceType, @case.Id, isNew ? "Person's details recorded" : "Person's details changed",
            changed.ToDictionary(f => f, _ => ((string?)null, (string?)null)));
        return await SaveAsync(nameof(options.FirstName), PersonConflict, person.Version, cancellationToken);
    }

    public async Task<AdminResult> AddAliasAsync(Guid caseId, Guid expectedVersion, string? name, AliasKind? kind, CancellationToken cancellationToken = default)
    {
        var @case = await db.Cases.Include(c => c.Person).ThenInclude(p => p!.Aliases).SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (@case is null)
        {
            return Gone();
        }

        if (@case.IsAnonymous)
        {
            return AdminResult.Fail("AliasName", AnonymousRefused);
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            return AdminResult.Fail("AliasName", "Enter the other name");
        }

        if (name.Trim().Length > 300)
        {
            return AdminResult.Fail("AliasName", "The other name must be 300 characters or fewer");
        }

        if (kind is null || !Enum.IsDefined(kind.Value))
        {
            return AdminResult.Fail("AliasKind", "Select what kind of name it is");
        }

        if ((@case.Person?.Version ?? Guid.Empty) != expectedVersion)
        {
            return AdminResult.Fail("AliasName", PersonConflict);
        }

        var person = @case.Person;
        if (person is null)
        {
            person = new CasePerson { CaseId = caseId };
            db.CasePeople.Add(person);
        }
        else
        {
            db.Entry(person).Property(p => p.Version).OriginalValue = expectedVersion;
        }

        if (person.Aliases.Any(a => string.Equals(a.Name, name.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            return AdminResult.Fail("AliasName", "This name is already recorded");
        }

        var alias = new PersonAlias { Id = Guid.CreateVersion7(time.GetUtcNow()), CaseId = caseId, Name = name.Trim(), Kind = kind.Value };
        person.Aliases.Add(alias);
        person.Version = Guid.NewGuid();
        await PersonIndex.RebuildKeysAsync(db, caseId, person, person.Aliases.Select(a => a.Name), cancellationToken);
        audit.Record(CaseAccess.ResourceType, caseId, "Other name added", AuditTrail.Changes(("Kind", null, AliasText.Kind(kind.Value))));
        return await SaveAsync("AliasName", PersonConflict, person.Version, cancellationToken);
    }

    public async Task<AdminResult> RemoveAliasAsync(Guid caseId, Guid aliasId, CancellationToken cancellationToken = default)
    {
        var person = await db.CasePeople.Include(p => p.Aliases).SingleOrDefaultAsync(p => p.CaseId == caseId, cancellationToken);
        var alias = person?.Aliases.SingleOrDefault(a => a.Id == aliasId);
        if (person is null || alias is null)
        {
            return AdminResult.Ok(aliasId);
        }

        person.Aliases.Remove(alias);
        db.PersonAliases.Remove(alias);
        person.Version = Guid.NewGuid();
        await PersonIndex.RebuildKeysAsync(db, caseId, person, person.Aliases.Select(a => a.Name), cancellationToken);
        audit.Record(CaseAccess.ResourceType, caseId, "Other name removed", AuditTrail.Changes(("Kind", AliasText.Kind(alias.Kind), null)));
        return await SaveAsync("AliasName", PersonConflict, person.Version, cancellationToken);
    }

    /// <summary>Moves the case between the child and adult routes; everything else stays as it is.</summary>
    public async Task<AdminResult> ChangeRouteAsync(ChangeRouteOptions options, CancellationToken cancellationToken = default)
    {
        var (@case, refused) = await LoadAsync(options.CaseId, options.ExpectedVersion, nameof(options.To), cancellationToken);
        if (@case is null)
        {
            return refused!;
        }

        if (options.To is null || !Enum.IsDefined(options.To.Value))
        {
            return AdminResult.Fail(nameof(options.To), "Select the route");
        }

        if (options.To == @case.Route)
        {
            return AdminResult.Fail(nameof(options.To), $"The case is already on the {RouteText(@case.Route)} route");
        }

        if (options.Reason is null || options.Reason == RouteChangeReason.Opened || !Enum.IsDefined(options.Reason.Value))
        {
            return AdminResult.Fail(nameof(options.Reason), "Select why the route is changing");
        }

        if (options.Note?.Trim().Length > MaxReasonLength)
        {
            return AdminResult.Fail(nameof(options.Note), $"The note must be {MaxReasonLength} characters or fewer");
        }

        var from = @case.Route;
        @case.Route = options.To.Value;
        Touch(@case, options.ExpectedVersion);
        db.CaseRouteChanges.Add(new CaseRouteChange
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            CaseId = @case.Id,
            From = from,
            To = options.To.Value,
            Reason = options.Reason.Value,
            Note = Clean(options.Note),
            At = time.GetUtcNow(),
            ByUserId = actors.Current.UserId,
        });
        audit.Record(CaseAccess.ResourceType, @case.Id, $"Route changed to {RouteText(options.To.Value)}", AuditTrail.Changes(
            ("Route", RouteText(from), RouteText(options.To.Value)),
            ("Why", null, ReasonText(options.Reason.Value))), options.Note);
        return await SaveAsync(nameof(options.To), CaseConflict, @case.Version, cancellationToken);
    }

    /// <summary>Gives the case to a worker in its owning team.</summary>
    public async Task<AdminResult> AssignAsync(Guid caseId, Guid expectedVersion, Guid? workerId, CancellationToken cancellationToken = default)
    {
        var (@case, refused) = await LoadAsync(caseId, expectedVersion, "WorkerId", cancellationToken);
        if (@case is null)
        {
            return refused!;
        }

        var workers = await WorkersAsync(@case.OwningTeamId, cancellationToken);
        var worker = workers.SingleOrDefault(w => w.Id == workerId);
        if (worker is null)
        {
            return AdminResult.Fail("WorkerId", "Select a worker in the team that owns the case");
        }

        if (@case.AssignedWorkerId == worker.Id)
        {
            return AdminResult.Fail("WorkerId", $"The case is already assigned to {worker.Name}");
        }

        var previous = @case.AssignedWorkerId is { } old ? await db.Users.Where(u => u.Id == old).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken) : null;
        @case.AssignedWorkerId = worker.Id;
        Touch(@case, expectedVersion);
        audit.Record(CaseAccess.ResourceType, caseId, $"Assigned to {worker.Name}", AuditTrail.Changes(("Worker", previous, worker.Name)));
        return await SaveAsync("WorkerId", CaseConflict, @case.Version, cancellationToken);
    }

    /// <summary>Moves the case to another team; the new team assigns its own worker.</summary>
    public async Task<AdminResult> TransferAsync(Guid caseId, Guid expectedVersion, Guid? teamId, string? reason, CancellationToken cancellationToken = default)
    {
        var (@case, refused) = await LoadAsync(caseId, expectedVersion, "TeamId", cancellationToken);
        if (@case is null)
        {
            return refused!;
        }

        var teams = await TeamsAsync(@case.AreaId, @case.OwningTeamId, cancellationToken);
        var team = teams.SingleOrDefault(t => t.Id == teamId);
        if (team is null)
        {
            return AdminResult.Fail("TeamId", "Select the team to transfer the case to");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return AdminResult.Fail("Reason", "Enter why you are transferring the case");
        }

        if (reason.Trim().Length > MaxReasonLength)
        {
            return AdminResult.Fail("Reason", $"The reason must be {MaxReasonLength} characters or fewer");
        }

        var previous = await db.Teams.Where(t => t.Id == @case.OwningTeamId).Select(t => t.Name + ", " + t.Organisation!.Name).SingleAsync(cancellationToken);
        @case.OwningTeamId = team.Id;
        @case.OwningOrganisationId = team.OrganisationId;
        @case.AssignedWorkerId = null;
        Touch(@case, expectedVersion);
        audit.Record(CaseAccess.ResourceType, caseId, $"Transferred to {team.Name}", AuditTrail.Changes(("Owning team", previous, team.Name)), reason);
        return await SaveAsync("TeamId", CaseConflict, @case.Version, cancellationToken);
    }

    /// <summary>
    /// Adds a note. <paramref name="key"/> is the id the form was given when it was shown: the same
    /// form posted twice makes one note.
    /// </summary>
    public async Task<AdminResult> AddNoteAsync(Guid caseId, string? text, Guid? key = null, CancellationToken cancellationToken = default)
    {
        if (key is { } id && await db.CaseNotes.IgnoreQueryFilters().Where(n => n.Id == id).Select(n => (Guid?)n.CaseId).SingleOrDefaultAsync(cancellationToken) is { } existing)
        {
            return existing == caseId ? AdminResult.Ok(id) : AdminResult.Fail("Text", "This note could not be saved. Reload the page and try again");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return AdminResult.Fail("Text", "Enter the note");
        }

        if (text.Trim().Length > MaxNoteLength)
        {
            return AdminResult.Fail("Text", $"The note must be {MaxNoteLength.ToString("N0", CultureInfo.InvariantCulture)} characters or fewer");
        }

        if (!await db.Cases.AnyAsync(c => c.Id == caseId, cancellationToken))
        {
            return Gone();
        }

        var note = new CaseNote { Id = key ?? Guid.CreateVersion7(time.GetUtcNow()), CaseId = caseId, Text = text.Trim(), WrittenByUserId = actors.Current.UserId ?? Guid.Empty, WrittenAt = time.GetUtcNow() };
        db.CaseNotes.Add(note);
        audit.Record(CaseAccess.ResourceType, caseId, "Note added");
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Ok(note.Id);
    }

    /// <summary>A correction or addition to a note: the note itself never changes. An addendum to an addendum goes under the original note.</summary>
    public async Task<AdminResult> AddAddendumAsync(Guid caseId, Guid noteId, string? text, Guid? key = null, CancellationToken cancellationToken = default)
    {
        if (key is { } id && await db.CaseNotes.IgnoreQueryFilters().Where(n => n.Id == id).Select(n => (Guid?)n.CaseId).SingleOrDefaultAsync(cancellationToken) is { } existing)
        {
            return existing == caseId ? AdminResult.Ok(id) : AdminResult.Fail("Text", "This addendum could not be saved. Reload the page and try again");
        }

        var note = await db.CaseNotes.Where(n => n.Id == noteId && n.CaseId == caseId).Select(n => new { n.Id, n.AddendumToNoteId }).SingleOrDefaultAsync(cancellationToken);
        if (note is null)
        {
            return AdminResult.Fail("Text", "This note is not on this case");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return AdminResult.Fail("Text", "Enter the addendum");
        }

        if (text.Trim().Length > MaxNoteLength)
        {
            return AdminResult.Fail("Text", $"The addendum must be {MaxNoteLength.ToString("N0", CultureInfo.InvariantCulture)} characters or fewer");
        }

        var addendum = new CaseNote
        {
            Id = key ?? Guid.CreateVersion7(time.GetUtcNow()),
            CaseId = caseId,
            AddendumToNoteId = note.AddendumToNoteId ?? note.Id,
            Text = text.Trim(),
            WrittenByUserId = actors.Current.UserId ?? Guid.Empty,
            WrittenAt = time.GetUtcNow(),
        };
        db.CaseNotes.Add(addendum);
        audit.Record(CaseAccess.ResourceType, caseId, "Addendum added to a note");
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Ok(addendum.Id);
    }

    /// <summary>Closes the case with an outcome; the retention period starts today.</summary>
    public async Task<AdminResult> CloseAsync(CloseCaseOptions options, CancellationToken cancellationToken = default)
    {
        var (@case, refused) = await LoadAsync(options.CaseId, options.ExpectedVersion, nameof(options.Outcome), cancellationToken);
        if (@case is null)
        {
            return refused!;
        }

        if (@case.Status == CaseStatus.Closed)
        {
            return AdminResult.Fail(nameof(options.Outcome), "This case is already closed");
        }

        if (options.Outcome is null || !Enum.IsDefined(options.Outcome.Value))
        {
            return AdminResult.Fail(nameof(options.Outcome), "Select the outcome");
        }

        if (options.Outcome == ClosureOutcome.Other && string.IsNullOrWhiteSpace(options.Note))
        {
            return AdminResult.Fail(nameof(options.Note), "Enter the outcome");
        }

        if (options.Note?.Trim().Length > MaxReasonLength)
        {
            return AdminResult.Fail(nameof(options.Note), $"The note must be {MaxReasonLength} characters or fewer");
        }

        var dateOfBirth = await db.CasePeople.Where(p => p.CaseId == @case.Id).Select(p => p.DateOfBirth).SingleOrDefaultAsync(cancellationToken);
        var now = time.GetUtcNow();
        @case.Status = CaseStatus.Closed;
        @case.ClosedAt = now;
        @case.ClosureOutcome = options.Outcome;
        @case.ClosureNote = Clean(options.Note);
        @case.RetainUntil = retention.RetainUntil(UkTime.Today(time), @case.Route, dateOfBirth);
        Touch(@case, options.ExpectedVersion);
        audit.Record(CaseAccess.ResourceType, @case.Id, "Case closed", AuditTrail.Changes(
            ("Outcome", null, OutcomeText(options.Outcome.Value)),
            ("Keep until", null, @case.RetainUntil.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))), options.Note);
        return await SaveAsync(nameof(options.Outcome), CaseConflict, @case.Version, cancellationToken);
    }

    /// <summary>Opens a closed case again; the retention clock stops. What happened before stays on the timeline.</summary>
    public async Task<AdminResult> ReopenAsync(Guid caseId, Guid expectedVersion, string? reason, CancellationToken cancellationToken = default)
    {
        var (@case, refused) = await LoadAsync(caseId, expectedVersion, "Reason", cancellationToken);
        if (@case is null)
        {
            return refused!;
        }

        if (@case.Status != CaseStatus.Closed)
        {
            return AdminResult.Fail("Reason", "This case is already open");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return AdminResult.Fail("Reason", "Enter why you are reopening the case");
        }

        if (reason.Trim().Length > MaxReasonLength)
        {
            return AdminResult.Fail("Reason", $"The reason must be {MaxReasonLength} characters or fewer");
        }

        var outcome = @case.ClosureOutcome;
        @case.Status = CaseStatus.Open;
        @case.ClosedAt = null;
        @case.ClosureOutcome = null;
        @case.ClosureNote = null;
        @case.RetainUntil = null;
        Touch(@case, expectedVersion);
        audit.Record(CaseAccess.ResourceType, caseId, "Case reopened", AuditTrail.Changes(("Outcome", outcome is { } o ? OutcomeText(o) : null, null)), reason);
        return await SaveAsync("Reason", CaseConflict, @case.Version, cancellationToken);
    }

    /// <summary>Active people in the team who work cases: who a case may be assigned to.</summary>
    public async Task<IReadOnlyList<CaseWorker>> WorkersAsync(Guid teamId, CancellationToken cancellationToken = default)
    {
        var people = await db.Users.AsNoTracking()
            .Where(u => u.TeamId == teamId && u.DeactivatedAt == null)
            .OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName, Roles = u.Roles.Select(r => r.Role).ToList() })
            .ToListAsync(cancellationToken);
        return [.. people.Where(p => Roles.CapabilitiesOf(p.Roles).Contains(Capability.CasesWorkTeam)).Select(p => new CaseWorker(p.Id, p.DisplayName))];
    }

    /// <summary>Active teams of active organisations working in the case's area, other than the one that owns it.</summary>
    public async Task<IReadOnlyList<TransferTeam>> TeamsAsync(Guid areaId, Guid currentTeamId, CancellationToken cancellationToken = default) =>
        await db.Teams.AsNoTracking()
            .Where(t => t.IsActive && t.Id != currentTeamId && t.Organisation!.IsActive && t.Organisation.Areas.Any(a => a.AreaId == areaId))
            .OrderBy(t => t.Organisation!.Name).ThenBy(t => t.Name)
            .Select(t => new TransferTeam(t.Id, t.OrganisationId, t.Name + ", " + t.Organisation!.Name))
            .ToListAsync(cancellationToken);

    public sealed record TransferTeam(Guid Id, Guid OrganisationId, string Name);

    public sealed record CaseWorker(Guid Id, string Name);

    public static string RouteText(CaseRoute route) => route == CaseRoute.Child ? "child" : "adult";

    public static string ReasonText(RouteChangeReason reason) => reason switch
    {
        RouteChangeReason.Opened => "Case opened",
        RouteChangeReason.AgeAssessment => "Age assessment",
        RouteChangeReason.EighteenthBirthday => "18th birthday",
        RouteChangeReason.Correction => "Correction",
        _ => reason.ToString(),
    };

    public static string OutcomeText(ClosureOutcome outcome) => outcome switch
    {
        ClosureOutcome.SafeAndSupported => "Safe and supported",
        ClosureOutcome.SupportedByAnotherService => "Supported by another service",
        ClosureOutcome.MovedOutOfArea => "Moved out of the area",
        ClosureOutcome.DeclinedSupport => "Declined support",
        ClosureOutcome.LostContact => "Lost contact",
        ClosureOutcome.NoModernSlaveryConcern => "No modern slavery concern",
        ClosureOutcome.Died => "Died",
        ClosureOutcome.Other => "Other",
        _ => outcome.ToString(),
    };

    private async Task<AdminResult?> ValidatePersonAsync(UpdatePersonOptions o, bool anonymous, CancellationToken cancellationToken)
    {
        if (anonymous)
        {
            var identifying = new (string Field, bool Present)[]
            {
                (nameof(o.FirstName), !string.IsNullOrWhiteSpace(o.FirstName)),
                (nameof(o.LastName), !string.IsNullOrWhiteSpace(o.LastName)),
                (nameof(o.Nickname), !string.IsNullOrWhiteSpace(o.Nickname)),
                (nameof(o.DateOfBirth), o.DateOfBirth is not null),
                (nameof(o.Phone), !string.IsNullOrWhiteSpace(o.Phone)),
                (nameof(o.Email), !string.IsNullOrWhiteSpace(o.Email)),
                (nameof(o.Address), !string.IsNullOrWhiteSpace(o.Address)),
                (nameof(o.HomeOfficeReference), !string.IsNullOrWhiteSpace(o.HomeOfficeReference)),
            }.FirstOrDefault(f => f.Present);
            if (identifying.Field is not null)
            {
                return AdminResult.Fail(identifying.Field, AnonymousRefused);
            }
        }

        var lengths = new (string Field, string Label, string? Value, int Max)[]
        {
            (nameof(o.FirstName), "First name", o.FirstName, 200),
            (nameof(o.LastName), "Last name", o.LastName, 200),
            (nameof(o.Nickname), "Nickname", o.Nickname, 200),
            (nameof(o.Languages), "Languages", o.Languages, 500),
            (nameof(o.InterpreterLanguage), "Interpreter language", o.InterpreterLanguage, 200),
            (nameof(o.CommunicationNeeds), "Communication needs", o.CommunicationNeeds, 2_000),
            (nameof(o.ContactSafetyNotes), "How to contact them safely", o.ContactSafetyNotes, 2_000),
            (nameof(o.Phone), "Phone number", o.Phone, 50),
            (nameof(o.Email), "Email address", o.Email, 320),
            (nameof(o.Address), "Address", o.Address, 1_000),
            (nameof(o.HomeOfficeReference), "Home Office reference", o.HomeOfficeReference, 200),
        };
        foreach (var (field, label, value, max) in lengths)
        {
            if (value?.Trim().Length > max)
            {
                return AdminResult.Fail(field, $"{label} must be {max.ToString("N0", CultureInfo.InvariantCulture)} characters or fewer");
            }
        }

        var today = UkTime.Today(time);
        if (o.DateOfBirth is { } born && born > today)
        {
            return AdminResult.Fail(nameof(o.DateOfBirth), "Date of birth must be in the past");
        }

        if (o.DateOfBirth is { } old && old < today.AddYears(-120))
        {
            return AdminResult.Fail(nameof(o.DateOfBirth), "Enter a real date of birth");
        }

        if (o.DateOfBirth is null && o.EstimatedAge is { } age && (age < 0 || age > 120))
        {
            return AdminResult.Fail(nameof(o.EstimatedAge), "Estimated age must be between 0 and 120");
        }

        if (o.Gender is { } gender && !Enum.IsDefined(gender))
        {
            return AdminResult.Fail(nameof(o.Gender), "Select their gender");
        }

        if (o.SafeToContact is { } safe && !Enum.IsDefined(safe))
        {
            return AdminResult.Fail(nameof(o.SafeToContact), "Select whether it is safe to contact them");
        }

        if (o.InterpreterNeeded == true && string.IsNullOrWhiteSpace(o.InterpreterLanguage))
        {
            return AdminResult.Fail(nameof(o.InterpreterLanguage), "Enter the language the interpreter needs to speak");
        }

        if (!string.IsNullOrWhiteSpace(o.Email) && (!o.Email.Contains('@', StringComparison.Ordinal) || o.Email.Trim().Contains(' ', StringComparison.Ordinal)))
        {
            return AdminResult.Fail(nameof(o.Email), "Enter an email address in the correct format, like name@example.com");
        }

        if (!string.IsNullOrWhiteSpace(o.Phone) && !o.Phone.Trim().All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '(' or ')' or '-'))
        {
            return AdminResult.Fail(nameof(o.Phone), "Enter a phone number, like 01632 960 001 or +44 7700 900 982");
        }

        foreach (var (field, value) in new[] { (nameof(o.NationalityCode), o.NationalityCode), (nameof(o.SecondNationalityCode), o.SecondNationalityCode) })
        {
            if (!string.IsNullOrWhiteSpace(value) && !await db.Nationalities.AnyAsync(n => n.Name == value.Trim(), cancellationToken))
            {
                return AdminResult.Fail(field, "Select a nationality from the list");
            }
        }

        return null;
    }

    private static Dictionary<string, object?> Snapshot(CasePerson p) => new()
    {
        ["First name"] = p.FirstName,
        ["Last name"] = p.LastName,
        ["Nickname"] = p.Nickname,
        ["Date of birth"] = p.DateOfBirth,
        ["Estimated age"] = p.EstimatedAge,
        ["Gender"] = p.Gender,
        ["Nationality"] = p.NationalityCode,
        ["Second nationality"] = p.SecondNationalityCode,
        ["Languages"] = p.Languages,
        ["Interpreter needed"] = p.InterpreterNeeded,
        ["Interpreter language"] = p.InterpreterLanguage,
        ["Communication needs"] = p.CommunicationNeeds,
        ["Safe to contact"] = p.SafeToContact,
        ["How to contact them safely"] = p.ContactSafetyNotes,
        ["Phone number"] = p.Phone,
        ["Email address"] = p.Email,
        ["Address"] = p.Address,
        ["Home Office reference"] = p.HomeOfficeReference,
    };

    private async Task<(Case? Case, AdminResult? Refused)> LoadAsync(Guid caseId, Guid expectedVersion, string field, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (@case is null)
        {
            return (null, Gone());
        }

        return @case.Version == expectedVersion ? (@case, null) : (null, AdminResult.Fail(field, CaseConflict));
    }

    /// <summary>The version the form was loaded with goes into the UPDATE's WHERE, so a change in between is caught even at the same instant.</summary>
    private void Touch(Case @case, Guid expectedVersion)
    {
        db.Entry(@case).Property(c => c.Version).OriginalValue = expectedVersion;
        @case.Version = Guid.NewGuid();
    }

    private async Task<AdminResult> SaveAsync(string field, string conflict, Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return AdminResult.Fail(field, conflict);
        }

        return AdminResult.Ok(id);
    }

    private static AdminResult Gone() => AdminResult.Fail("CaseId", "This case no longer exists");

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public static class AliasText
{
    public static string Kind(AliasKind kind) => kind switch
    {
        AliasKind.Alias => "Alias",
        AliasKind.Nickname => "Nickname",
        AliasKind.NameUsedDuringExploitation => "Name used during the exploitation",
        AliasKind.PreviousName => "Previous name",
        _ => kind.ToString(),
    };
}

/// <summary>A child-route case whose person has turned 18: for a tray or a notice. Changing the route stays a worker's decision.</summary>
public sealed record EighteenthBirthday(Guid CaseId, string Reference, Guid OwningTeamId, Guid? AssignedWorkerId, DateOnly TurnedEighteenOn);

public static class EighteenthBirthdays
{
    /// <summary>Open child-route cases (that the context's user may see) whose person is 18 on or before <paramref name="today"/>.</summary>
    public static async Task<IReadOnlyList<EighteenthBirthday>> DueAsync(AppDbContext db, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var bornOnOrBefore = today.AddYears(-18);
        var rows = await db.Cases.AsNoTracking()
            .Where(c => c.Status == CaseStatus.Open && c.Route == CaseRoute.Child && c.Person!.DateOfBirth != null && c.Person.DateOfBirth <= bornOnOrBefore)
            .OrderBy(c => c.Person!.DateOfBirth)
            .Select(c => new { c.Id, c.Reference, c.OwningTeamId, c.AssignedWorkerId, Born = c.Person!.DateOfBirth!.Value })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new EighteenthBirthday(r.Id, r.Reference, r.OwningTeamId, r.AssignedWorkerId, CaseRetention.Birthday(r.Born, 18)))];
    }

    /// <summary>Whether a person born on <paramref name="born"/> is 18 by <paramref name="today"/> (29 February birthdays count from 1 March).</summary>
    public static bool IsEighteen(DateOnly born, DateOnly today) => CaseRetention.Birthday(born, 18) <= today;
}
