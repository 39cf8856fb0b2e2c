using System.Security.Cryptography;
using Beacon.Core.Accounts;
using Beacon.Core.Audit;
using Beacon.Core.Data;
using Beacon.Core.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Core.AreaPicture.Packs;

/// <param name="Number">The version made, or on a conflict of "create version", the latest version there is.</param>
public sealed record PackResult(bool Succeeded, string? Field = null, string? Error = null, Guid? Id = null, int? Number = null, bool NotFound = false)
{
    public static PackResult Ok(Guid id, int? number = null) => new(true, Id: id, Number: number);

    public static PackResult Fail(string field, string error) => new(false, field, error);

    public static PackResult Missing() => new(false, NotFound: true);
}

public sealed record CreatePackOptions(Guid PackId, PackKind Kind, Quarter From, Quarter To, Guid? AreaId, Audience Audience, string? Title);

public sealed record PackActionOptions(string? Action, string? Owner, DateOnly? Due, PackActionStatus Status = PackActionStatus.NotStarted);

/// <summary>
/// Quarterly packs and board reports: the draft a coordinator writes, and its versions. Every
/// change writes its audit event in the same transaction and checks the version it was made on;
/// a version freezes the figures, the narrative and the actions, with the PDF drawn from them.
/// Packs belong to the organisation of whoever started them; no one else finds them.
/// </summary>
public sealed class BoardPackService(AppDbContext db, AreaPictureService pictures, PackComparison comparison, AuditTrail audit, TimeProvider time)
{
    public const string ResourceType = "BoardPack";

    public const int MaxTitleLength = 200;

    public const int MaxNarrativeLength = 10_000;

    public const int MaxActionLength = 500;

    public const int MaxOwnerLength = 200;

    public const string ConflictError = "Someone else changed this pack while you were working on it. Check the pack and try again";

    public async Task<PackResult> CreateAsync(CreatePackOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var scope = RequireManager();
        if (await db.BoardPacks.AsNoTracking().Where(p => p.Id == options.PackId).Select(p => new { p.OrganisationId }).SingleOrDefaultAsync(cancellationToken) is { } existing)
        {
            // The same form posted again: the pack it made already, for its owners; nobody else's.
            return existing.OrganisationId == scope.OrganisationId ? PackResult.Ok(options.PackId) : PackResult.Missing();
        }

        if (!Enum.IsDefined(options.Kind))
        {
            return PackResult.Fail("Kind", "Select what kind of pack it is");
        }

        if (!IsPeriod(options.Kind, options.From, options.To))
        {
            return PackResult.Fail("Period", options.Kind == PackKind.BoardHalfYearly ? "Select the half-year the report covers" : "Select the quarter the pack covers");
        }

        if (options.AreaId is { } area && !scope.AreaIds.Contains(area))
        {
            return PackResult.Fail("AreaId", "Select an area");
        }

        if (!Enum.IsDefined(options.Audience))
        {
            return PackResult.Fail("Audience", "Select who the pack is for");
        }

        var title = string.IsNullOrWhiteSpace(options.Title) ? DefaultTitle(options.Kind, options.From, options.To) : options.Title.Trim();
        if (title.Length > MaxTitleLength)
        {
            return PackResult.Fail("Title", $"The title must be {MaxTitleLength} characters or fewer");
        }

        var now = time.GetUtcNow();
        var pack = new BoardPack
        {
            Id = options.PackId,
            Kind = options.Kind,
            OrganisationId = scope.OrganisationId,
            AreaId = options.AreaId,
            FromYear = options.From.Year,
            FromQuarter = options.From.Number,
            ToYear = options.To.Year,
            ToQuarter = options.To.Number,
            Audience = options.Audience,
            Title = title,
            NarrativeJson = PackJson.Write(BoardPack.DefaultHeadings(options.Kind).Select(h => new NarrativeSection(h, string.Empty)).ToList()),
            ActionsJson = PackJson.Write(new List<PackAction>()),
            CreatedAt = now,
            CreatedByUserId = scope.UserId,
            UpdatedAt = now,
            UpdatedByUserId = scope.UserId,
            Version = Guid.NewGuid(),
        };
        db.BoardPacks.Add(pack);
        audit.Record(ResourceType, pack.Id, "Pack started", AuditTrail.Changes(
            ("Kind", null, pack.Kind), ("Period", null, BoardPack.PeriodLabel(pack.From, pack.To)), ("Audience", null, pack.Audience)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two posts of the same form at once: the other one made it.
            db.ChangeTracker.Clear();
            if (!await db.BoardPacks.AsNoTracking().AnyAsync(p => p.Id == options.PackId && p.OrganisationId == scope.OrganisationId, cancellationToken))
            {
                throw;
            }
        }

        return PackResult.Ok(pack.Id);
    }

    /// <summary>Saves the narrative: one text per section, in the pack's order of headings.</summary>
    public async Task<PackResult> SaveNarrativeAsync(Guid packId, IReadOnlyList<string?> texts, Guid version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var (pack, error) = await OpenAsync(packId, version, cancellationToken);
        if (pack is null)
        {
            return error!;
        }

        var sections = pack.Narrative.ToList();
        for (var i = 0; i < sections.Count; i++)
        {
            var text = i < texts.Count ? texts[i]?.Trim() ?? string.Empty : sections[i].Text;
            if (text.Length > MaxNarrativeLength)
            {
                return PackResult.Fail($"Sections[{i}]", $"{sections[i].Heading} must be {MaxNarrativeLength:N0} characters or fewer");
            }

            sections[i] = sections[i] with { Text = text };
        }

        var changed = sections.Where((s, i) => s.Text != pack.Narrative[i].Text).Select(s => s.Heading).ToList();
        if (changed.Count == 0)
        {
            return PackResult.Ok(pack.Id);
        }

        pack.NarrativeJson = PackJson.Write(sections);
        Touch(pack);
        audit.Record(ResourceType, pack.Id, "Narrative changed", null, string.Join(", ", changed));
        return await SaveAsync(pack, cancellationToken);
    }

    public async Task<PackResult> AddActionAsync(Guid packId, PackActionOptions options, Guid version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (pack, error) = await OpenAsync(packId, version, cancellationToken);
        if (pack is null)
        {
            return error!;
        }

        if (Invalid(options) is { } invalid)
        {
            return invalid;
        }

        var action = new PackAction(Guid.CreateVersion7(time.GetUtcNow()), options.Action!.Trim(), options.Owner!.Trim(), options.Due, options.Status);
        pack.ActionsJson = PackJson.Write(pack.Actions.Append(action).ToList());
        Touch(pack);
        audit.Record(ResourceType, pack.Id, "Action added", AuditTrail.Changes(("Action", null, action.Action), ("Owner", null, action.Owner), ("Due", null, action.Due)));
        return await SaveAsync(pack, cancellationToken);
    }

    public async Task<PackResult> ChangeActionAsync(Guid packId, Guid actionId, PackActionOptions options, Guid version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (pack, error) = await OpenAsync(packId, version, cancellationToken);
        if (pack is null)
        {
            return error!;
        }

        var actions = pack.Actions.ToList();
        var index = actions.FindIndex(a => a.Id == actionId);
        if (index < 0)
        {
            return PackResult.Missing();
        }

        if (!Enum.IsDefined(options.Status))
        {
            return PackResult.Fail("Status", "Select the status of the action");
        }

        if (Invalid(options) is { } invalid)
        {
            return invalid;
        }

        var old = actions[index];
        actions[index] = old with { Action = options.Action!.Trim(), Owner = options.Owner!.Trim(), Due = options.Due, Status = options.Status };
        pack.ActionsJson = PackJson.Write(actions);
        Touch(pack);
        audit.Record(ResourceType, pack.Id, "Action changed", AuditTrail.Changes(
            ("Action", old.Action, actions[index].Action), ("Owner", old.Owner, actions[index].Owner), ("Due", old.Due, actions[index].Due), ("Status", old.Status, actions[index].Status)));
        return await SaveAsync(pack, cancellationToken);
    }

    public async Task<PackResult> RemoveActionAsync(Guid packId, Guid actionId, Guid version, CancellationToken cancellationToken = default)
    {
        var (pack, error) = await OpenAsync(packId, version, cancellationToken);
        if (pack is null)
        {
            return error!;
        }

        var actions = pack.Actions.ToList();
        var removed = actions.Find(a => a.Id == actionId);
        if (removed is null)
        {
            return PackResult.Missing();
        }

        actions.Remove(removed);
        pack.ActionsJson = PackJson.Write(actions);
        Touch(pack);
        audit.Record(ResourceType, pack.Id, "Action removed", AuditTrail.Changes(("Action", removed.Action, null)));
        return await SaveAsync(pack, cancellationToken);
    }

    /// <summary>
    /// Freezes the pack as its next version: the figures for its period and audience as they are
    /// now, the comparison, the narrative and the actions, and the PDF drawn from them. Made on the
    /// pack's version, so a second click conflicts and <see cref="PackResult.Number"/> is the
    /// version the first made.
    /// </summary>
    public async Task<PackResult> CreateSnapshotAsync(Guid packId, Guid version, CancellationToken cancellationToken = default)
    {
        var (pack, error) = await OpenAsync(packId, version, cancellationToken);
        if (pack is null)
        {
            return error!.NotFound ? error : error with { Number = await LatestNumberAsync(packId, cancellationToken) };
        }

        var scope = db.Scope;
        var areaIds = pack.AreaId is { } one ? [one] : scope.AreaIds.ToList();
        var filter = new AreaPictureFilter(pack.From, pack.To, areaIds, null);
        var picture = await pictures.BuildAsync(filter, pack.Audience, cancellationToken);
        var sections = picture.Sections.Select(s => new PackSection(s.Key, s.Heading, s.Tables)).ToList();
        var compared = await comparison.BuildAsync(filter, picture.Figures, pack.Audience, cancellationToken);
        if (compared.Count > 0)
        {
            sections.Add(new PackSection("national", "Compared with the national figures", compared));
        }

        var areaNames = await db.Areas.AsNoTracking().Where(a => areaIds.Contains(a.Id)).OrderBy(a => a.Name).Select(a => a.Name).ToListAsync(cancellationToken);
        var author = await db.Users.AsNoTracking().Where(u => u.Id == scope.UserId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken) ?? "Beacon";
        var number = (await LatestNumberAsync(packId, cancellationToken) ?? 0) + 1;
        var now = time.GetUtcNow();
        var content = new PackContent(
            number,
            pack.Title,
            pack.Kind,
            BoardPack.KindName(pack.Kind),
            BoardPack.PeriodLabel(pack.From, pack.To),
            areaNames.Count == 1 ? areaNames[0] : string.Join(", ", areaNames),
            null,
            pack.Audience,
            BoardPack.AudienceMarking(pack.Audience),
            now,
            author,
            pack.Narrative,
            pack.Actions,
            sections);
        var pdf = PackPdf.Render(content);
        var snapshot = new BoardPackSnapshot
        {
            Id = Guid.CreateVersion7(now),
            PackId = pack.Id,
            Number = number,
            CreatedAt = now,
            CreatedByUserId = scope.UserId,
            Title = pack.Title,
            FromYear = pack.FromYear,
            FromQuarter = pack.FromQuarter,
            ToYear = pack.ToYear,
            ToQuarter = pack.ToQuarter,
            Audience = pack.Audience,
            ContentJson = content.ToJson(),
            Pdf = pdf,
            PdfSha256 = Sha256(pdf),
        };
        db.BoardPackSnapshots.Add(snapshot);
        Touch(pack);
        audit.Record(ResourceType, pack.Id, $"Version {number} created", AuditTrail.Changes(("PDF SHA-256", null, snapshot.PdfSha256)));
        var saved = await SaveAsync(pack, cancellationToken);
        return saved.Succeeded ? PackResult.Ok(pack.Id, number) : saved with { Number = await LatestNumberAsync(packId, cancellationToken) };
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Quarterly: one quarter. Board: October to March or April to September.</summary>
    public static bool IsPeriod(PackKind kind, Quarter from, Quarter to) => kind switch
    {
        PackKind.VictimsSubGroupQuarterly => from == to,
        PackKind.BoardHalfYearly => (from.Number == 4 && to == new Quarter(from.Year + 1, 1)) || (from.Number == 2 && to == new Quarter(from.Year, 3)),
        _ => false,
    };

    public static string DefaultTitle(PackKind kind, Quarter from, Quarter to) => kind == PackKind.BoardHalfYearly
        ? $"Modern slavery: report to the community safety partnership board, {BoardPack.PeriodLabel(from, to)}"
        : $"Modern slavery: victims sub-group pack, {from.Label}";

    private async Task<int?> LatestNumberAsync(Guid packId, CancellationToken cancellationToken) =>
        await db.BoardPackSnapshots.AsNoTracking().Where(s => s.PackId == packId).MaxAsync(s => (int?)s.Number, cancellationToken);

    private static PackResult? Invalid(PackActionOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Action))
        {
            return PackResult.Fail("Action", "Enter the action");
        }

        if (options.Action.Trim().Length > MaxActionLength)
        {
            return PackResult.Fail("Action", $"The action must be {MaxActionLength} characters or fewer");
        }

        if (string.IsNullOrWhiteSpace(options.Owner))
        {
            return PackResult.Fail("Owner", "Enter who owns the action");
        }

        return options.Owner.Trim().Length > MaxOwnerLength ? PackResult.Fail("Owner", $"The owner must be {MaxOwnerLength} characters or fewer") : null;
    }

    private Access.AccessScope RequireManager()
    {
        var scope = db.Scope;
        return scope.IsUser && scope.Has(Capability.AreaPictureManage)
            ? scope
            : throw new InvalidOperationException("Packs are changed by those with AreaPictureManage.");
    }

    private async Task<(BoardPack? Pack, PackResult? Error)> OpenAsync(Guid packId, Guid version, CancellationToken cancellationToken)
    {
        var scope = RequireManager();
        var pack = await db.BoardPacks.SingleOrDefaultAsync(p => p.Id == packId && p.OrganisationId == scope.OrganisationId, cancellationToken);
        if (pack is null)
        {
            return (null, PackResult.Missing());
        }

        return pack.Version != version ? (null, PackResult.Fail("Version", ConflictError)) : (pack, null);
    }

    private void Touch(BoardPack pack)
    {
        pack.UpdatedAt = time.GetUtcNow();
        pack.UpdatedByUserId = db.Scope.UserId;
        pack.Version = Guid.NewGuid();
    }

    private async Task<PackResult> SaveAsync(BoardPack pack, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return PackResult.Ok(pack.Id);
        }
        catch (DbUpdateException)
        {
            // Another change (or another click) won the race since this one read the pack.
            db.ChangeTracker.Clear();
            return PackResult.Fail("Version", ConflictError);
        }
    }
}

/// <summary>
/// The comparison with the national statistics in a pack: the national comparison's tables for the
/// pack's filter, with disclosure control on the local columns for an audience outside the partnership.
/// </summary>
public sealed class PackComparison(NationalComparison national)
{
    public async Task<IReadOnlyList<ReportTable>> BuildAsync(AreaPictureFilter filter, LocalFigures figures, Audience audience, CancellationToken cancellationToken = default)
    {
        var tables = await national.BuildAsync(filter, figures, cancellationToken);
        return audience == Audience.OutsideThePartnership ? [.. tables.Select(DisclosureControl.Apply)] : tables;
    }
}
