using System.Text.RegularExpressions;
using Beacon.Core.Access;
using Beacon.Core.Accounts;
using Beacon.Core.Audit;
using Beacon.Core.Data;
using Beacon.Core.Email;
using Beacon.Core.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Core.Cases;

/// <summary>A missing or wrong answer, with the section page that asks it.</summary>
public sealed record ReferralProblem(string Page, string Field, string Message);

public sealed record SubmitResult(bool Succeeded, Guid? ReferralId, IReadOnlyList<ReferralProblem> Problems, bool Conflict = false);

/// <summary>
/// The NRM referral and Duty to Notify journey: one draft per case, saved section by section with
/// optimistic concurrency, its columns derived on every save, submitted once. A Duty to Notify for
/// an adult who will not co-operate strips the answers and anonymises the case (s.52(3)). The
/// caller has passed the case gate and may work the case.
/// </summary>
public sealed partial class ReferralService(AppDbContext db, AuditTrail audit, TimeProvider time, IActorSource actors, EmailOutbox outbox)
{
    public const int MaxReferenceLength = 60;

    public const string ConflictMessage = "Someone else changed this referral while you were editing it. Check the answers and try again";

    public async Task<Guid> StartOrResumeDraftAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        var existing = await DraftIdAsync(caseId, cancellationToken);
        if (existing is not null)
        {
            return existing.Value;
        }

        var referral = NewDraft(caseId, await PrefillAsync(caseId, cancellationToken), null);
        db.Referrals.Add(referral);
        audit.Record(CaseAccess.ResourceType, caseId, "Referral started");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return referral.Id;
        }
        catch (DbUpdateException)
        {
            // ux_referrals_one_draft: a second start at the same moment resumes the first.
            db.ChangeTracker.Clear();
            return await DraftIdAsync(caseId, cancellationToken) ?? throw new InvalidOperationException("The draft referral could not be started.");
        }
    }

    public async Task<AdminResult> StartReReferralAsync(Guid previousReferralId, CancellationToken cancellationToken = default)
    {
        var previous = await db.Referrals.AsNoTracking().SingleOrDefaultAsync(r => r.Id == previousReferralId, cancellationToken);
        if (previous is null || previous.Status == ReferralStatus.Draft)
        {
            return AdminResult.Fail("PreviousReferralId", "Select a submitted referral to make again");
        }

        if (await DraftIdAsync(previous.CaseId, cancellationToken) is { } draft)
        {
            return AdminResult.Ok(draft);
        }

        var referral = NewDraft(previous.CaseId, ReferralRules.Read(previous), previous.Id);
        db.Referrals.Add(referral);
        audit.Record(CaseAccess.ResourceType, previous.CaseId, "Re-referral started");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return AdminResult.Ok(referral.Id);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return AdminResult.Ok(await DraftIdAsync(previous.CaseId, cancellationToken));
        }
    }

    /// <summary>Changes the answers of a draft. A child's consent answer is ignored: a child is always an NRM referral.</summary>
    public async Task<AdminResult> SaveSectionAsync(Guid referralId, Guid expectedVersion, Action<ReferralAnswers> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        var referral = await db.Referrals.SingleOrDefaultAsync(r => r.Id == referralId, cancellationToken);
        if (referral is null)
        {
            return AdminResult.Fail("Version", "This referral no longer exists");
        }

        if (referral.Status != ReferralStatus.Draft)
        {
            return AdminResult.Fail("Version", "This referral has been submitted and can no longer be changed");
        }

        if (referral.Version != expectedVersion)
        {
            return AdminResult.Fail("Version", ConflictMessage);
        }

        var answers = ReferralRules.Read(referral);
        var before = (referral.Kind, referral.AgreesToCooperate);
        change(answers);
        ReferralRules.Derive(referral, answers);
        referral.Version = Guid.NewGuid();
        if ((referral.Kind, referral.AgreesToCooperate) != before)
        {
            audit.Record(CaseAccess.ResourceType, referral.CaseId, referral.Kind switch
            {
                ReferralKind.DutyToNotify when referral.AgreesToCooperate == false => "Duty to Notify: the person will not co-operate",
                ReferralKind.DutyToNotify when referral.AgreesToCooperate == true => "Duty to Notify: the person agrees to co-operate",
                ReferralKind.DutyToNotify => "Referral is a Duty to Notify report",
                ReferralKind.Nrm => "Referral is an NRM referral",
                _ => "Referral route not yet decided",
            });
        }

        return await SaveAsync(referral, cancellationToken);
    }

    public async Task<SubmitResult> SubmitAsync(Guid referralId, Guid expectedVersion, CancellationToken cancellationToken = default)
    {
        var referral = await db.Referrals.SingleOrDefaultAsync(r => r.Id == referralId, cancellationToken);
        if (referral is null)
        {
            return new SubmitResult(false, null, [new ReferralProblem("", "Version", "This referral no longer exists")]);
        }

        if (referral.Status != ReferralStatus.Draft)
        {
            // Submitted already (a second click, a second tab): the same referral, not another.
            return new SubmitResult(true, referral.Id, []);
        }

        if (referral.Version != expectedVersion)
        {
            return new SubmitResult(false, referral.Id, [new ReferralProblem("", "Version", ConflictMessage)], Conflict: true);
        }

        var answers = ReferralRules.Read(referral);
        ReferralRules.Derive(referral, answers);
        var problems = Problems(referral, answers);
        if (problems.Count > 0)
        {
            return new SubmitResult(false, referral.Id, problems);
        }

        var now = time.GetUtcNow();
        referral.Status = ReferralStatus.Submitted;
        referral.SubmittedAt = now;
        referral.SubmittedByUserId = actors.Current.UserId;
        referral.ReferredOn = UkTime.Today(time);
        var where = await db.Cases.Where(c => c.Id == referral.CaseId).Select(c => new { c.AreaId, c.Route }).SingleAsync(cancellationToken);
        referral.AreaId = where.AreaId;
        referral.Route = where.Route;
        if (db.Scope.IsUser)
        {
            referral.FirstResponderOrganisationId = db.Scope.OrganisationId;
            referral.FirstResponderTeamId = db.Scope.TeamId;
        }

        referral.StatusChangedAt = now;
        referral.Version = Guid.NewGuid();
        var dutyToNotify = referral.Kind == ReferralKind.DutyToNotify;
        audit.Record(CaseAccess.ResourceType, referral.CaseId, dutyToNotify ? "Duty to Notify report submitted" : "NRM referral submitted", AuditTrail.Changes(
            ("Kind", null, referral.Kind),
            ("Under 18", null, referral.UnderEighteen),
            ("Referred on", null, referral.ReferredOn)));
        await NotifyCommunitySafetyAsync(referral, cancellationToken);
        var saved = await SaveAsync(referral, cancellationToken);
        if (saved.Succeeded)
        {
            return new SubmitResult(true, referral.Id, []);
        }

        // Lost a race with another submit of the same draft: that one stands.
        db.ChangeTracker.Clear();
        var status = await db.Referrals.Where(r => r.Id == referralId).Select(r => r.Status).SingleAsync(cancellationToken);
        return status == ReferralStatus.Submitted
            ? new SubmitResult(true, referralId, [])
            : new SubmitResult(false, referralId, [new ReferralProblem("", "Version", ConflictMessage)], Conflict: true);
    }

    public async Task<AdminResult> RecordNationalReferenceAsync(Guid referralId, Guid expectedVersion, string? reference, CancellationToken cancellationToken = default)
    {
        var value = reference?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(value))
        {
            return AdminResult.Fail("NationalReference", "Enter the national NRM reference");
        }

        if (value.Length > MaxReferenceLength || !ReferenceFormat().IsMatch(value))
        {
            return AdminResult.Fail("NationalReference", $"The national NRM reference must be {MaxReferenceLength} characters or fewer and contain only letters, numbers and hyphens");
        }

        var referral = await db.Referrals.SingleOrDefaultAsync(r => r.Id == referralId, cancellationToken);
        if (referral is null || referral.Status == ReferralStatus.Draft)
        {
            return AdminResult.Fail("NationalReference", "The national reference can only be recorded once the referral is submitted");
        }

        if (referral.Version != expectedVersion)
        {
            return AdminResult.Fail("NationalReference", ConflictMessage);
        }

        var old = referral.NationalReference;
        referral.NationalReference = value;
        referral.Version = Guid.NewGuid();
        audit.Record(CaseAccess.ResourceType, referral.CaseId, "National NRM reference recorded", AuditTrail.Changes(("National reference", old, value)));
        return await SaveAsync(referral, cancellationToken);
    }

    /// <summary>What is missing before the referral can be submitted, each pointing at the page that asks it.</summary>
    public static List<ReferralProblem> Problems(Referral referral, ReferralAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(referral);
        ArgumentNullException.ThrowIfNull(answers);
        var problems = new List<ReferralProblem>();
        void Need(bool ok, string page, string field, string message)
        {
            if (!ok)
            {
                problems.Add(new ReferralProblem(page, field, message));
            }
        }

        Need(!string.IsNullOrWhiteSpace(answers.FirstResponder.WorkEmail), "first-responder", "WorkEmail", "Enter your work email address");
        Need(answers.FirstResponder.Nation is not null, "first-responder", "Nation", "Select where you are making this report");
        Need(answers.Age.UnderEighteen is not null, "age", "UnderEighteen", "Select whether the person is under 18");
        if (ReferralRules.IsChild(answers.Age.UnderEighteen))
        {
            Need(!string.IsNullOrWhiteSpace(answers.Age.LocalAuthorityContactName), "age", "LocalAuthorityContactName", "Enter the name of the local authority contact");
        }
        else if (answers.Age.UnderEighteen == AgeAnswer.Adult)
        {
            Need(answers.Age.UnderEighteenAtExploitation is not null, "age", "UnderEighteenAtExploitation", "Select whether the person was under 18 at the time of exploitation");
            Need(answers.Consent.Consents is not null, "consent", "Consents", "Select whether the person agrees to be referred to the NRM");
            if (answers.Consent.Consents == true)
            {
                Need(referral.ExplanationsGiven == ConsentExplanations.All, "explanations", "Explained", "Confirm you have explained all four things before they agree");
            }
        }

        if (referral.Kind == ReferralKind.DutyToNotify)
        {
            Need(answers.DutyToNotify.AgreesToCooperate is not null, "co-operation", "AgreesToCooperate", "Select whether the person agrees to co-operate with the authorities");
            Need(!string.IsNullOrWhiteSpace(answers.DutyToNotify.WhyNoReferral), "duty-to-notify", "WhyNoReferral", "Enter why the person does not want to be referred");
            Need(answers.DutyToNotify.Gender is not null, "duty-to-notify", "Gender", "Select the person's gender");
        }
        else if (referral.Kind == ReferralKind.Nrm)
        {
            Need(!string.IsNullOrWhiteSpace(answers.Insight.WhyReferring), "insight", "WhyReferring", "Enter why you are referring the person");
            Need(answers.Where.ExploitedIn is not null and not ExploitedIn.NotKnown, "where", "ExploitedIn", "Select where the person was exploited");
            Need(answers.Exploiters.Components != ExploitationComponents.None, "exploiters", "Components", "Select how the person was exploited");
            Need(answers.Person.Gender is not null, "person", "Gender", "Select the person's gender");
            Need(!string.IsNullOrWhiteSpace(answers.Contact.ResponderName), "contact", "ResponderName", "Enter your name");
        }

        return problems;
    }

    private async Task<AdminResult> SaveAsync(Referral referral, CancellationToken cancellationToken)
    {
        var anonymise = referral.Kind == ReferralKind.DutyToNotify && referral.AgreesToCooperate == false;
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            if (anonymise)
            {
                await AnonymiseCaseAsync(referral.CaseId, cancellationToken);
            }

            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }

            return AdminResult.Ok(referral.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return AdminResult.Fail("Version", ConflictMessage);
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// s.52(3): nothing identifying stays on the case. The triggers refuse the flag while such data
    /// exists, so the data goes first, then the flag, in the caller's transaction.
    /// </summary>
    private async Task AnonymiseCaseAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.SingleAsync(c => c.Id == caseId, cancellationToken);
        if (@case.IsAnonymous)
        {
            return;
        }

        var person = await db.CasePeople.SingleOrDefaultAsync(p => p.CaseId == caseId, cancellationToken);
        if (person is not null)
        {
            person.FirstName = null;
            person.LastName = null;
            person.Nickname = null;
            person.DateOfBirth = null;
            person.Phone = null;
            person.Email = null;
            person.Address = null;
            person.HomeOfficeReference = null;
            person.ContactSafetyNotes = null;
            person.Version = Guid.NewGuid();
        }

        db.PersonAliases.RemoveRange(await db.PersonAliases.Where(a => a.CaseId == caseId).ToListAsync(cancellationToken));
        db.PersonNameKeys.RemoveRange(await db.PersonNameKeys.Where(k => k.CaseId == caseId).ToListAsync(cancellationToken));
        foreach (var concern in await db.Concerns.IgnoreQueryFilters().Where(c => c.CaseId == caseId).ToListAsync(cancellationToken))
        {
            concern.PersonName = null;
            concern.PersonOtherNames = null;
            concern.PersonDateOfBirth = null;
            concern.PersonDescription = null;
            concern.Version = Guid.NewGuid();
        }

        // Earlier drafts or referrals of the case may hold the name too.
        foreach (var other in await db.Referrals.Where(r => r.CaseId == caseId).ToListAsync(cancellationToken))
        {
            var answers = ReferralRules.Read(other);
            if (DutyToNotifyPrivacy.Identifies(answers))
            {
                DutyToNotifyPrivacy.Strip(answers);
                other.AnswersJson = System.Text.Json.JsonSerializer.Serialize(answers, DutyToNotifyPrivacy.Json);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        @case.IsAnonymous = true;
        @case.Version = Guid.NewGuid();
        audit.Record(CaseAccess.ResourceType, caseId, "Case made anonymous: Duty to Notify without co-operation");
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task NotifyCommunitySafetyAsync(Referral referral, CancellationToken cancellationToken)
    {
        var areaId = await db.Cases.Where(c => c.Id == referral.CaseId).Select(c => new { c.AreaId, c.Reference }).SingleAsync(cancellationToken);
        var emails = await (
            from t in db.Teams
            join o in db.Organisations on t.OrganisationId equals o.Id
            join oa in db.OrganisationAreas on o.Id equals oa.OrganisationId
            join u in db.Users on t.Id equals u.TeamId
            where t.IsActive && t.Function == TeamFunction.CommunitySafety && o.IsActive && o.Type == OrganisationType.LocalAuthority
                && oa.AreaId == areaId.AreaId && u.DeactivatedAt == null && u.Email != null
            select u.Email!).Distinct().ToListAsync(cancellationToken);
        var what = referral.Kind == ReferralKind.DutyToNotify ? "A Duty to Notify report" : "An NRM referral";
        foreach (var email in emails)
        {
            outbox.Enqueue(email, $"{what} was submitted on case {areaId.Reference}",
                $"{what} was submitted on case {areaId.Reference}. You are copied into every referral in your area.\n\nSign in to Beacon to see it: /cases/{referral.CaseId}/referral\n");
        }
    }

    private async Task<Guid?> DraftIdAsync(Guid caseId, CancellationToken cancellationToken) =>
        await db.Referrals.Where(r => r.CaseId == caseId && r.Status == ReferralStatus.Draft).Select(r => (Guid?)r.Id).SingleOrDefaultAsync(cancellationToken);

    private Referral NewDraft(Guid caseId, ReferralAnswers answers, Guid? previous)
    {
        var referral = new Referral
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            CaseId = caseId,
            Status = ReferralStatus.Draft,
            PreviousReferralId = previous,
            AnswersJson = "{}",
            StartedAt = time.GetUtcNow(),
            StartedByUserId = actors.Current.UserId ?? Guid.Empty,
            Version = Guid.NewGuid(),
        };
        ReferralRules.Derive(referral, answers);
        return referral;
    }

    /// <summary>A new draft starts from what the case already knows about the person and its route.</summary>
    private async Task<ReferralAnswers> PrefillAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var answers = new ReferralAnswers();
        var row = await db.Cases.Where(c => c.Id == caseId).Select(c => new { c.Route, c.IsAnonymous }).SingleAsync(cancellationToken);
        if (row.Route == CaseRoute.Child)
        {
            answers.Age.UnderEighteen = AgeAnswer.Under18;
        }

        var person = await db.CasePeople.AsNoTracking().SingleOrDefaultAsync(p => p.CaseId == caseId, cancellationToken);
        if (person is not null)
        {
            answers.Person.Gender = person.Gender == Gender.NotKnown ? null : person.Gender;
            answers.Person.NationalityCode = person.NationalityCode;
            answers.Person.SecondNationalityCode = person.SecondNationalityCode;
            answers.Person.EstimatedAge = person.EstimatedAge;
            answers.Person.InterpreterNeeded = person.InterpreterNeeded;
            answers.Person.InterpreterLanguage = person.InterpreterLanguage;
            answers.Person.CommunicationNeeds = person.CommunicationNeeds;
            if (!row.IsAnonymous)
            {
                answers.Person.FirstName = person.FirstName;
                answers.Person.LastName = person.LastName;
                answers.Person.Nickname = person.Nickname;
                answers.Person.DateOfBirth = person.DateOfBirth;
                answers.Person.HomeOfficeReferences = person.HomeOfficeReference;
            }
        }

        return answers;
    }

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]*$")]
    private static partial Regex ReferenceFormat();
}
