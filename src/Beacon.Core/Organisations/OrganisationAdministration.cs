using Beacon.Core.Accounts;
using Beacon.Core.Areas;
using Beacon.Core.Audit;
using Beacon.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Core.Organisations;

public sealed record CreateOrganisationOptions(string Name, OrganisationType Type, Guid? FirstResponderOrganisationId, IReadOnlyCollection<Guid> AreaIds, bool IsActive = true);

public sealed record ChangeOrganisationOptions(Guid OrganisationId, string Name, OrganisationType Type, Guid? FirstResponderOrganisationId, IReadOnlyCollection<Guid> AreaIds, bool IsActive, Guid ExpectedVersion);

public sealed record CreateTeamOptions(Guid OrganisationId, string Name, TeamFunction Function = TeamFunction.Other);

public sealed record ChangeTeamOptions(Guid OrganisationId, Guid TeamId, string Name, bool IsActive, Guid ExpectedVersion, TeamFunction? Function = null);

public sealed record CreateAreaOptions(string Name, Guid? LocalAuthorityId);

/// <summary>
/// Organisations, their teams, and areas, as an administrator changes them. Every change writes its
/// audit event in the same SaveChanges; a change made on a form compares the version the form was
/// loaded with, so two administrators never overwrite each other silently.
/// </summary>
/// <remarks>
/// <see cref="AdminResult.Field"/> names the property of the options record the error belongs to.
/// </remarks>
public sealed class OrganisationAdministration(AppDbContext db, AuditTrail audit, TimeProvider time)
{
    public const string OrganisationEntity = "Organisation";
    public const string TeamEntity = "Team";
    public const string AreaEntity = "Area";
    public const int MaxNameLength = 200;

    public async Task<AdminResult> CreateOrganisationAsync(CreateOrganisationOptions options, CancellationToken cancellationToken = default)
    {
        var name = options.Name?.Trim() ?? string.Empty;
        var check = CheckName(name, "Enter the organisation's name", "Organisation name")
            ?? await CheckOrganisationAsync(name, null, options.Type, options.FirstResponderOrganisationId, null, options.AreaIds, cancellationToken);
        if (check is not null)
        {
            return check;
        }

        var organisation = new Organisation
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            Name = name,
            Type = options.Type,
            FirstResponderOrganisationId = options.FirstResponderOrganisationId,
            IsActive = options.IsActive,
            CreatedAt = time.GetUtcNow(),
            Version = Guid.NewGuid(),
            Areas = [.. options.AreaIds.Distinct().Select(a => new OrganisationArea { AreaId = a })],
        };
        db.Organisations.Add(organisation);
        audit.Record(OrganisationEntity, organisation.Id, "Organisation added", AuditTrail.Changes(
            ("Name", null, name),
            ("Type", null, OrganisationTypes.DisplayName(options.Type)),
            ("First responder organisation", null, await FirstResponderNameAsync(options.FirstResponderOrganisationId, cancellationToken)),
            ("Areas", null, await AreaNamesAsync(options.AreaIds, cancellationToken)),
            ("Active", null, YesNo(options.IsActive))));

        return await SaveNewAsync(organisation.Id, () => OrganisationNameTakenAsync(name, null, CancellationToken.None), "Name", OrganisationNameTaken(name), cancellationToken);
    }

    /// <summary>Making an organisation inactive signs its users out at their next request and keeps them out.</summary>
    public async Task<AdminResult> ChangeOrganisationAsync(ChangeOrganisationOptions options, CancellationToken cancellationToken = default)
    {
        var organisation = await db.Organisations.Include(o => o.Areas).SingleOrDefaultAsync(o => o.Id == options.OrganisationId, cancellationToken);
        if (organisation is null)
        {
            return AdminResult.Fail("Name", "This organisation no longer exists");
        }

        if (organisation.Version != options.ExpectedVersion)
        {
            return OrganisationChangedMeanwhile();
        }

        var name = options.Name?.Trim() ?? string.Empty;
        var check = CheckName(name, "Enter the organisation's name", "Organisation name")
            ?? await CheckOrganisationAsync(name, organisation.Id, options.Type, options.FirstResponderOrganisationId, organisation.FirstResponderOrganisationId, options.AreaIds, cancellationToken);
        if (check is not null)
        {
            return check;
        }

        var oldAreas = organisation.Areas.Select(a => a.AreaId).ToHashSet();
        var newAreas = options.AreaIds.ToHashSet();
        var changes = AuditTrail.Changes(
            ("Name", organisation.Name, name),
            ("Type", OrganisationTypes.DisplayName(organisation.Type), OrganisationTypes.DisplayName(options.Type)),
            ("First responder organisation",
                await FirstResponderNameAsync(organisation.FirstResponderOrganisationId, cancellationToken),
                await FirstResponderNameAsync(options.FirstResponderOrganisationId, cancellationToken)),
            ("Areas",
                oldAreas.SetEquals(newAreas) ? null : await AreaNamesAsync(oldAreas, cancellationToken),
                oldAreas.SetEquals(newAreas) ? null : await AreaNamesAsync(newAreas, cancellationToken)),
            ("Active", YesNo(organisation.IsActive), YesNo(options.IsActive)));
        if (changes.Count == 0)
        {
            return AdminResult.Ok(organisation.Id);
        }

        var action = organisation.IsActive == options.IsActive ? "Organisation changed"
            : options.IsActive ? "Organisation reactivated" : "Organisation deactivated";
        organisation.Name = name;
        organisation.Type = options.Type;
        organisation.FirstResponderOrganisationId = options.FirstResponderOrganisationId;
        organisation.IsActive = options.IsActive;
        organisation.Areas.RemoveAll(a => !newAreas.Contains(a.AreaId));
        organisation.Areas.AddRange(newAreas.Where(a => !oldAreas.Contains(a)).Select(a => new OrganisationArea { OrganisationId = organisation.Id, AreaId = a }));
        organisation.Version = Guid.NewGuid();
        audit.Record(OrganisationEntity, organisation.Id, action, changes);

        return await SaveChangeAsync(organisation.Id, OrganisationChangedMeanwhile, () => OrganisationNameTakenAsync(name, organisation.Id, CancellationToken.None), "Name", OrganisationNameTaken(name), cancellationToken);
    }

    public async Task<AdminResult> CreateTeamAsync(CreateTeamOptions options, CancellationToken cancellationToken = default)
    {
        if (!await db.Organisations.AnyAsync(o => o.Id == options.OrganisationId, cancellationToken))
        {
            return AdminResult.Fail("Name", "This organisation no longer exists");
        }

        var name = options.Name?.Trim() ?? string.Empty;
        var check = CheckName(name, "Enter the team's name", "Team name");
        if (check is not null)
        {
            return check;
        }

        if (await TeamNameTakenAsync(options.OrganisationId, name, null, cancellationToken))
        {
            return AdminResult.Fail("Name", TeamNameTaken(name));
        }

        var team = new Team
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            OrganisationId = options.OrganisationId,
            Name = name,
            Function = options.Function,
            CreatedAt = time.GetUtcNow(),
            Version = Guid.NewGuid(),
        };
        db.Teams.Add(team);
        audit.Record(TeamEntity, team.Id, "Team added", AuditTrail.Changes(
            ("Organisation", null, options.OrganisationId),
            ("Name", null, name),
            ("Function", null, options.Function)));

        return await SaveNewAsync(team.Id, () => TeamNameTakenAsync(options.OrganisationId, name, null, CancellationToken.None), "Name", TeamNameTaken(name), cancellationToken);
    }

    /// <summary>Rename, deactivate or reactivate. A team with active users cannot be made inactive: move them first.</summary>
    public async Task<AdminResult> ChangeTeamAsync(ChangeTeamOptions options, CancellationToken cancellationToken = default)
    {
        var team = await db.Teams.SingleOrDefaultAsync(t => t.Id == options.TeamId && t.OrganisationId == options.OrganisationId, cancellationToken);
        if (team is null)
        {
            return AdminResult.Fail("Name", "This team no longer exists");
        }

        if (team.Version != options.ExpectedVersion)
        {
            return TeamChangedMeanwhile();
        }

        var name = options.Name?.Trim() ?? string.Empty;
        var check = CheckName(name, "Enter the team's name", "Team name");
        if (check is not null)
        {
            return check;
        }

        if (await TeamNameTakenAsync(team.OrganisationId, name, team.Id, cancellationToken))
        {
            return AdminResult.Fail("Name", TeamNameTaken(name));
        }

        if (team.IsActive && !options.IsActive)
        {
            var members = await db.Users.CountAsync(u => u.TeamId == team.Id && u.DeactivatedAt == null, cancellationToken);
            if (members > 0)
            {
                return AdminResult.Fail("IsActive", members == 1
                    ? "This team has 1 active user. Move them to another team before you make this team inactive"
                    : $"This team has {members} active users. Move them to another team before you make this team inactive");
            }
        }

        var function = options.Function ?? team.Function;
        var changes = AuditTrail.Changes(("Name", team.Name, name), ("Active", YesNo(team.IsActive), YesNo(options.IsActive)), ("Function", team.Function, function));
        if (changes.Count == 0)
        {
            return AdminResult.Ok(team.Id);
        }

        var action = team.IsActive != options.IsActive ? (options.IsActive ? "Team reactivated" : "Team deactivated")
            : team.Name != name ? "Team renamed" : "Team's work changed";
        team.Name = name;
        team.IsActive = options.IsActive;
        team.Function = function;
        team.Version = Guid.NewGuid();
        audit.Record(TeamEntity, team.Id, action, changes);

        return await SaveChangeAsync(team.Id, TeamChangedMeanwhile, () => TeamNameTakenAsync(team.OrganisationId, name, team.Id, CancellationToken.None), "Name", TeamNameTaken(name), cancellationToken);
    }

    public async Task<AdminResult> CreateAreaAsync(CreateAreaOptions options, CancellationToken cancellationToken = default)
    {
        var name = options.Name?.Trim() ?? string.Empty;
        var check = CheckName(name, "Enter the area's name", "Area name");
        if (check is not null)
        {
            return check;
        }

        if (await AreaNameTakenAsync(name, cancellationToken))
        {
            return AdminResult.Fail("Name", AreaNameTaken(name));
        }

        string? localAuthority = null;
        if (options.LocalAuthorityId is { } localAuthorityId)
        {
            localAuthority = await db.LocalAuthorities.Where(l => l.Id == localAuthorityId && l.IsActive).Select(l => l.Name).SingleOrDefaultAsync(cancellationToken);
            if (localAuthority is null)
            {
                return AdminResult.Fail("LocalAuthorityId", "Select a local authority from the list");
            }
        }

        var area = new Area
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            Name = name,
            LocalAuthorityId = options.LocalAuthorityId,
            CreatedAt = time.GetUtcNow(),
            Version = Guid.NewGuid(),
        };
        db.Areas.Add(area);
        audit.Record(AreaEntity, area.Id, "Area added", AuditTrail.Changes(("Name", null, name), ("Local authority", null, localAuthority)));

        return await SaveNewAsync(area.Id, () => AreaNameTakenAsync(name, CancellationToken.None), "Name", AreaNameTaken(name), cancellationToken);
    }

    private static AdminResult? CheckName(string name, string missing, string label)
    {
        if (name.Length == 0)
        {
            return AdminResult.Fail("Name", missing);
        }

        return name.Length > MaxNameLength ? AdminResult.Fail("Name", $"{label} must be {MaxNameLength} characters or fewer") : null;
    }

    private async Task<AdminResult?> CheckOrganisationAsync(
        string name, Guid? organisationId, OrganisationType type, Guid? firstResponderId, Guid? currentFirstResponderId, IReadOnlyCollection<Guid> areaIds, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(type))
        {
            return AdminResult.Fail("Type", "Select the type of organisation");
        }

        // A retired entry of the national list may stay on an organisation that already has it, but not be chosen anew.
        if (firstResponderId is { } id && id != currentFirstResponderId
            && !await db.FirstResponderOrganisations.AnyAsync(f => f.Id == id && f.IsActive, cancellationToken))
        {
            return AdminResult.Fail("FirstResponderOrganisationId", "Select an organisation from the national list, or leave it empty");
        }

        if (areaIds.Count == 0)
        {
            return AdminResult.Fail("AreaIds", "Select at least one area the organisation works in");
        }

        var distinct = areaIds.Distinct().ToList();
        if (await db.Areas.CountAsync(a => distinct.Contains(a.Id), cancellationToken) != distinct.Count)
        {
            return AdminResult.Fail("AreaIds", "Select the areas from the list");
        }

        return await OrganisationNameTakenAsync(name, organisationId, cancellationToken)
            ? AdminResult.Fail("Name", OrganisationNameTaken(name))
            : null;
    }

    /// <summary>
    /// Saves a new record. If the insert breaks a unique index because the same form was sent twice
    /// at once (the checks before it both passed), the second gets the ordinary "already exists" error.
    /// </summary>
    private async Task<AdminResult> SaveNewAsync(Guid id, Func<Task<bool>> taken, string field, string takenError, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return AdminResult.Ok(id);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await taken())
            {
                return AdminResult.Fail(field, takenError);
            }

            throw;
        }
    }

    private async Task<AdminResult> SaveChangeAsync(Guid id, Func<AdminResult> changedMeanwhile, Func<Task<bool>> taken, string field, string takenError, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return AdminResult.Ok(id);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return changedMeanwhile();
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await taken())
            {
                return AdminResult.Fail(field, takenError);
            }

            throw;
        }
    }

    // Names are unique whatever their case. The database compares only the length, so that the
    // case-insensitive comparison is .NET's on both providers.
    private async Task<bool> OrganisationNameTakenAsync(string name, Guid? except, CancellationToken cancellationToken) =>
        SameName(name, await db.Organisations.Where(o => o.Name.Length == name.Length && o.Id != except).Select(o => o.Name).ToListAsync(cancellationToken));

    private async Task<bool> TeamNameTakenAsync(Guid organisationId, string name, Guid? except, CancellationToken cancellationToken) =>
        SameName(name, await db.Teams.Where(t => t.OrganisationId == organisationId && t.Name.Length == name.Length && t.Id != except).Select(t => t.Name).ToListAsync(cancellationToken));

    private async Task<bool> AreaNameTakenAsync(string name, CancellationToken cancellationToken) =>
        SameName(name, await db.Areas.Where(a => a.Name.Length == name.Length).Select(a => a.Name).ToListAsync(cancellationToken));

    private static bool SameName(string name, IEnumerable<string> names) =>
        names.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));

    private async Task<string?> FirstResponderNameAsync(Guid? id, CancellationToken cancellationToken) =>
        id is null ? null : await db.FirstResponderOrganisations.Where(f => f.Id == id).Select(f => f.Name).SingleOrDefaultAsync(cancellationToken);

    private async Task<string> AreaNamesAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var list = ids.Distinct().ToList();
        var names = await db.Areas.Where(a => list.Contains(a.Id)).Select(a => a.Name).ToListAsync(cancellationToken);
        return string.Join(", ", names.Order(StringComparer.Ordinal));
    }

    private static string YesNo(bool value) => value ? "Yes" : "No";

    private static string OrganisationNameTaken(string name) => $"There is already an organisation called {name}";

    private static string TeamNameTaken(string name) => $"This organisation already has a team called {name}";

    private static string AreaNameTaken(string name) => $"There is already an area called {name}";

    private static AdminResult OrganisationChangedMeanwhile() =>
        AdminResult.Fail("Name", "Someone else changed this organisation while you were editing it. Check its details and try again");

    private static AdminResult TeamChangedMeanwhile() =>
        AdminResult.Fail("Name", "Someone else changed this team while you were editing it. Check its details and try again");
}
