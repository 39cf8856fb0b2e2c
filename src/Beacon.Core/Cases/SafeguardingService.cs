using Beacon.Core.Access;
using Beacon.Core.Accounts;
using Beacon.Core.Audit;
using Beacon.Core.Cases.Clocks;
using Beacon.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Core.Cases;

public sealed record AddSafeguardingActionOptions(
    Guid CaseId,
    SafeguardingActionKind? Kind,
    string? Details,
    Guid? OwnerUserId,
    DateOnly? DueOn);

public sealed record UpdateSafeguardingActionOptions(
    Guid CaseId,
    Guid ActionId,
    SafeguardingActionStatus? Status,
    string? Details,
    string? Outcome,
    Guid? OwnerUserId,
    DateOnly? DueOn,
    Guid Version);

/// <summary>
/// Safeguarding actions from the first day of a case: each with an owner in the owning
/// organisation, a due time, a status and an outcome. Some kinds are due by a national or local
/// timescale unless the worker sets a date (<see cref="DefaultDue"/>).
/// </summary>
public sealed class SafeguardingService(AppDbContext db, AuditTrail audit, TimeProvider time, IActorSource actors)
{
    public const int MaxTextLength = 2_000;

    /// <summary>
    /// Working Together to Safeguard Children asks for a strategy discussion promptly when there is
    /// reasonable cause to suspect significant harm; the local child protection procedures hold it
    /// within 3 working days of the concern, so that is the default (the worker can set a date).
    /// </summary>
    public const int StrategyMeetingWorkingDays = 3;

    /// <summary>
    /// When an action of this kind is due if the worker gives no date: Family Wellbeing 24 hours
    /// after the case opened; a strategy meeting by the end of the third working day after it;
    /// other kinds need a date.
    /// </summary>
    public static DateTimeOffset? DefaultDue(SafeguardingActionKind kind, DateTimeOffset caseOpenedAt) => kind switch
    {
        SafeguardingActionKind.FamilyWellbeingReferral => NrmClocks.FamilyWellbeingReferralDue(caseOpenedAt),
        SafeguardingActionKind.StrategyMeeting => EndOf(WorkingDays.Add(DateOnly.FromDateTime(UkTime.ToUk(caseOpenedAt).DateTime), StrategyMeetingWorkingDays)),
        _ => null,
    };

    /// <summary>An action due "on" a day is due by the end of that day in the UK.</summary>
    public static DateTimeOffset EndOf(DateOnly day) => UkTime.StartOf(day.AddDays(1));

    /// <summary>The UK day an action is due on: a due time of midnight is the end of the day before.</summary>
    public static DateOnly DueDay(DateTimeOffset dueAt)
    {
        var uk = UkTime.ToUk(dueAt);
        return DateOnly.FromDateTime(uk.TimeOfDay == TimeSpan.Zero ? uk.DateTime.AddDays(-1) : uk.DateTime);
    }

    public async Task<AdminResult> AddAsync(AddSafeguardingActionOptions options, CancellationToken cancellationToken = default)
    {
        var row = await db.Cases.Where(c => c.Id == options.CaseId).Select(c => new { c.OwningOrganisationId, c.CreatedAt }).SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return AdminResult.Fail(nameof(options.Kind), "This case no longer exists");
        }

        if (options.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            return AdminResult.Fail(nameof(options.Kind), "Select the kind of action");
        }

        if (options.Details?.Length > MaxTextLength)
        {
            return AdminResult.Fail(nameof(options.Details), $"The details must be {MaxTextLength} characters or fewer");
        }

        if (!await IsOwnerAsync(options.OwnerUserId, row.OwningOrganisationId, cancellationToken))
        {
            return AdminResult.Fail(nameof(options.OwnerUserId), "Select who owns the action");
        }

        DateTimeOffset due;
        if (options.DueOn is { } dueOn)
        {
            if (dueOn < DateOnly.FromDateTime(UkTime.ToUk(row.CreatedAt).DateTime))
            {
                return AdminResult.Fail(nameof(options.DueOn), "The due date must be the same as or after the day the case opened");
            }

            due = EndOf(dueOn);
        }
        else if (DefaultDue(kind, row.CreatedAt) is { } defaultDue)
        {
            due = defaultDue;
        }
        else
        {
            return AdminResult.Fail(nameof(options.DueOn), "Enter the date the action is due");
        }

        var action = new SafeguardingAction
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            CaseId = options.CaseId,
            Kind = kind,
            Details = string.IsNullOrWhiteSpace(options.Details) ? null : options.Details.Trim(),
            OwnerUserId = options.OwnerUserId!.Value,
            DueAt = due,
            Status = SafeguardingActionStatus.NotStarted,
            CreatedAt = time.GetUtcNow(),
            CreatedByUserId = actors.Current.UserId ?? Guid.Empty,
            Version = Guid.NewGuid(),
        };
        db.SafeguardingActions.Add(action);
        audit.Record(CaseAccess.ResourceType, options.CaseId, $"Safeguarding action added: {DecisionText.ActionKind(kind)}", AuditTrail.Changes(
            ("Owner", null, action.OwnerUserId),
            ("Due", null, action.DueAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture))));
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Ok(action.Id);
    }

    /// <summary>Changes the status (not started, in progress), owner, due date, details or outcome so far.</summary>
    public async Task<AdminResult> UpdateAsync(UpdateSafeguardingActionOptions options, CancellationToken cancellationToken = default)
    {
        var (action, error) = await OpenAsync(options.CaseId, options.ActionId, options.Version, cancellationToken);
        if (action is null)
        {
            return error!;
        }

        if (options.Status is not ({ } status and (SafeguardingActionStatus.NotStarted or SafeguardingActionStatus.InProgress)))
        {
            return AdminResult.Fail(nameof(options.Status), "Select the status of the action");
        }

        if (options.Details?.Length > MaxTextLength)
        {
            return AdminResult.Fail(nameof(options.Details), $"The details must be {MaxTextLength} characters or fewer");
        }

        if (options.Outcome?.Length > MaxTextLength)
        {
            return AdminResult.Fail(nameof(options.Outcome), $"The outcome must be {MaxTextLength} characters or fewer");
        }

        var owningOrganisation = await db.Cases.Where(c => c.Id == options.CaseId).Select(c => c.OwningOrganisationId).SingleAsync(cancellationToken);
        if (!await IsOwnerAsync(options.OwnerUserId, owningOrganisation, cancellationToken))
        {
            return AdminResult.Fail(nameof(options.OwnerUserId), "Select who owns the action");
        }

        var due = options.DueOn is { } dueOn && dueOn != DueDay(action.DueAt) ? EndOf(dueOn) : action.DueAt;
        var changes = AuditTrail.Changes(
            ("Status", action.Status, status),
            ("Owner", action.OwnerUserId, options.OwnerUserId),
            ("Due", action.DueAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture), due.ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
        action.Status = status;
        action.OwnerUserId = options.OwnerUserId!.Value;
        action.DueAt = due;
        action.Details = string.IsNullOrWhiteSpace(options.Details) ? null : options.Details.Trim();
        action.Outcome = string.IsNullOrWhiteSpace(options.Outcome) ? null : options.Outcome.Trim();
        action.Version = Guid.NewGuid();
        audit.Record(CaseAccess.ResourceType, options.CaseId, $"Safeguarding action updated: {DecisionText.ActionKind(action.Kind)}", changes);
        return await SaveAsync(action.Id, cancellationToken);
    }

    public async Task<AdminResult> CompleteAsync(Guid caseId, Guid actionId, string? outcome, Guid version, CancellationToken cancellationToken = default)
    {
        var (action, error) = await OpenAsync(caseId, actionId, version, cancellationToken);
        if (action is null)
        {
            return error!;
        }

        if (string.IsNullOrWhiteSpace(outcome))
        {
            return AdminResult.Fail("Outcome", "Enter the outcome of the action");
        }

        if (outcome.Length > MaxTextLength)
        {
            return AdminResult.Fail("Outcome", $"The outcome must be {MaxTextLength} characters or fewer");
        }

        var old = action.Status;
        action.Status = SafeguardingActionStatus.Done;
        action.Outcome = outcome.Trim();
        action.CompletedAt = time.GetUtcNow();
        action.Version = Guid.NewGuid();
        audit.Record(CaseAccess.ResourceType, caseId, $"Safeguarding action done: {DecisionText.ActionKind(action.Kind)}", AuditTrail.Changes(("Status", old, action.Status)));
        return await SaveAsync(action.Id, cancellationToken);
    }

    public async Task<AdminResult> CancelAsync(Guid caseId, Guid actionId, string? reason, Guid version, CancellationToken cancellationToken = default)
    {
        var (action, error) = await OpenAsync(caseId, actionId, version, cancellationToken);
        if (action is null)
        {
            return error!;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return AdminResult.Fail("Reason", "Enter why the action is cancelled");
        }

        if (reason.Length > MaxTextLength)
        {
            return AdminResult.Fail("Reason", $"The reason must be {MaxTextLength} characters or fewer");
        }

        var old = action.Status;
        action.Status = SafeguardingActionStatus.Cancelled;
        action.Outcome = reason.Trim();
        action.CompletedAt = time.GetUtcNow();
        action.Version = Guid.NewGuid();
        audit.Record(CaseAccess.ResourceType, caseId, $"Safeguarding action cancelled: {DecisionText.ActionKind(action.Kind)}", AuditTrail.Changes(("Status", old, action.Status)), action.Outcome);
        return await SaveAsync(action.Id, cancellationToken);
    }

    private async Task<(SafeguardingAction? Action, AdminResult? Error)> OpenAsync(Guid caseId, Guid actionId, Guid version, CancellationToken cancellationToken)
    {
        var action = await db.SafeguardingActions.SingleOrDefaultAsync(a => a.Id == actionId && a.CaseId == caseId, cancellationToken);
        if (action is null)
        {
            return (null, AdminResult.Fail("Status", "This action no longer exists"));
        }

        if (action.Version != version)
        {
            return (null, AdminResult.Fail("Status", DecisionService.ConflictMessage));
        }

        if (action.Status is SafeguardingActionStatus.Done or SafeguardingActionStatus.Cancelled)
        {
            return (null, AdminResult.Fail("Status", "This action is finished and cannot be changed"));
        }

        return (action, null);
    }

    private Task<bool> IsOwnerAsync(Guid? userId, Guid organisationId, CancellationToken cancellationToken) =>
        userId is { } id
            ? db.Users.AnyAsync(u => u.Id == id && u.OrganisationId == organisationId && u.DeactivatedAt == null, cancellationToken)
            : Task.FromResult(false);

    private async Task<AdminResult> SaveAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return AdminResult.Fail("Status", DecisionService.ConflictMessage);
        }

        return AdminResult.Ok(id);
    }
}
