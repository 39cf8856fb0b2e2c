using Beacon.Core.Access;
using Beacon.Core.Accounts;
using Beacon.Core.Audit;
using Beacon.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Core.Cases;

public sealed record ShareCaseOptions(
    Guid CaseId,
    Guid? OrganisationId,
    CaseSections Sections,
    string? Purpose,
    LegalBasis? LegalBasis,
    ShareConsent? Consent,
    string? ConsentOverrideReason);

/// <summary>
/// Sharing sections of a case with another organisation (security standard item 7): never without
/// a purpose and a legal basis, with consent or the reason for overriding it recorded per
/// recipient, and every share and every stop written to the audit trail. The caller has already
/// passed the case gate and may work the case.
/// </summary>
public sealed class CaseSharing(AppDbContext db, AuditTrail audit, TimeProvider time, IActorSource actors)
{
    public const int MaxTextLength = 2_000;

    public async Task<AdminResult> ShareAsync(ShareCaseOptions options, CancellationToken cancellationToken = default)
    {
        var owner = await db.Cases.Where(c => c.Id == options.CaseId).Select(c => (Guid?)c.OwningOrganisationId).SingleOrDefaultAsync(cancellationToken);
        if (owner is null)
        {
            return AdminResult.Fail("CaseId", "This case no longer exists");
        }

        var error = Validate(options);
        if (error is not null)
        {
            return error;
        }

        var organisation = await db.Organisations.Where(o => o.Id == options.OrganisationId && o.IsActive && o.Id != owner)
            .Select(o => new { o.Id, o.Name }).SingleOrDefaultAsync(cancellationToken);
        if (organisation is null)
        {
            return AdminResult.Fail(nameof(options.OrganisationId), "Select an organisation to share with");
        }

        if (await db.CaseShares.AnyAsync(s => s.CaseId == options.CaseId && s.OrganisationId == organisation.Id && s.RevokedAt == null, cancellationToken))
        {
            return AdminResult.Fail(nameof(options.OrganisationId), $"This case is already shared with {organisation.Name}. Stop sharing it first to change what they see");
        }

        var share = new CaseShare
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            CaseId = options.CaseId,
            OrganisationId = organisation.Id,
            Sections = options.Sections,
            Purpose = options.Purpose!.Trim(),
            LegalBasis = options.LegalBasis!.Value,
            Consent = options.Consent!.Value,
            ConsentOverrideReason = options.Consent == ShareConsent.NotGivenOverridden ? options.ConsentOverrideReason!.Trim() : null,
            SharedByUserId = actors.Current.UserId ?? Guid.Empty,
            SharedAt = time.GetUtcNow(),
        };
        db.CaseShares.Add(share);
        audit.Record(CaseAccess.ResourceType, options.CaseId, $"Shared with {organisation.Name}", AuditTrail.Changes(
            ("Sections", null, share.Sections),
            ("Legal basis", null, share.LegalBasis),
            ("Consent", null, share.Consent),
            ("Consent override reason", null, share.ConsentOverrideReason)), share.Purpose);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique index on active shares: the same form posted twice at once.
            return AdminResult.Fail(nameof(options.OrganisationId), $"This case is already shared with {organisation.Name}. Stop sharing it first to change what they see");
        }

        return AdminResult.Ok(share.Id);
    }

    /// <summary>Ends a share; the organisation's users lose the case on their next request.</summary>
    public async Task<AdminResult> StopAsync(Guid caseId, Guid shareId, string? reason, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return AdminResult.Fail("Reason", "Enter why you are stopping sharing");
        }

        var share = await db.CaseShares.SingleOrDefaultAsync(s => s.Id == shareId && s.CaseId == caseId, cancellationToken);
        if (share is null || share.RevokedAt is not null)
        {
            return AdminResult.Ok(shareId);
        }

        var name = await db.Organisations.Where(o => o.Id == share.OrganisationId).Select(o => o.Name).SingleAsync(cancellationToken);
        share.RevokedAt = time.GetUtcNow();
        audit.Record(CaseAccess.ResourceType, caseId, $"Stopped sharing with {name}", reason: reason.Trim());
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Ok(shareId);
    }

    private static AdminResult? Validate(ShareCaseOptions options)
    {
        if (options.OrganisationId is null)
        {
            return AdminResult.Fail(nameof(options.OrganisationId), "Select an organisation to share with");
        }

        if (options.Sections == CaseSections.None || (options.Sections & ~CaseSections.Shareable) != 0)
        {
            return AdminResult.Fail(nameof(options.Sections), "Select what to share");
        }

        if (string.IsNullOrWhiteSpace(options.Purpose))
        {
            return AdminResult.Fail(nameof(options.Purpose), "Enter why you are sharing this");
        }

        if (options.Purpose.Length > MaxTextLength)
        {
            return AdminResult.Fail(nameof(options.Purpose), $"Why you are sharing this must be {MaxTextLength} characters or fewer");
        }

        if (options.LegalBasis is null || !Enum.IsDefined(options.LegalBasis.Value))
        {
            return AdminResult.Fail(nameof(options.LegalBasis), "Select the legal basis for sharing");
        }

        if (options.Consent is null || !Enum.IsDefined(options.Consent.Value))
        {
            return AdminResult.Fail(nameof(options.Consent), "Select whether the person has agreed to this sharing");
        }

        if (options.Consent == ShareConsent.NotGivenOverridden && string.IsNullOrWhiteSpace(options.ConsentOverrideReason))
        {
            return AdminResult.Fail(nameof(options.ConsentOverrideReason), "Enter why you are sharing without the person's agreement");
        }

        if (options.ConsentOverrideReason?.Length > MaxTextLength)
        {
            return AdminResult.Fail(nameof(options.ConsentOverrideReason), $"The reason must be {MaxTextLength} characters or fewer");
        }

        return null;
    }
}

public static class CaseSharingText
{
    public static string LegalBasis(LegalBasis basis) => basis switch
    {
        Cases.LegalBasis.SafeguardingChildrenAndAdultsAtRisk => "Safeguarding children and adults at risk (UK GDPR 6(1)(e), DPA 2018 Schedule 1 paragraph 18)",
        Cases.LegalBasis.PreventionOrDetectionOfCrime => "Prevention or detection of crime (DPA 2018 Schedule 1 paragraph 10)",
        Cases.LegalBasis.Consent => "The person's explicit consent",
        Cases.LegalBasis.VitalInterests => "To protect the person's vital interests",
        Cases.LegalBasis.LegalObligation => "A legal obligation",
        _ => basis.ToString(),
    };

    public static string Consent(ShareConsent consent) => consent switch
    {
        ShareConsent.Given => "The person agreed",
        ShareConsent.NotGivenOverridden => "Shared without the person's agreement",
        ShareConsent.NotApplicableChild => "Not asked: the person is a child",
        _ => consent.ToString(),
    };

    public static string Section(CaseSections section) => section switch
    {
        CaseSections.Summary => "Summary of the concern",
        CaseSections.Person => "The person",
        CaseSections.Referral => "NRM referral or Duty to Notify",
        CaseSections.Decisions => "Home Office decisions",
        CaseSections.Safeguarding => "Safeguarding actions",
        _ => section.ToString(),
    };

    public static IEnumerable<CaseSections> Each(CaseSections sections) =>
        Enum.GetValues<CaseSections>().Where(s => s != CaseSections.None && s != CaseSections.Shareable && System.Numerics.BitOperations.PopCount((uint)s) == 1 && sections.HasFlag(s));
}
