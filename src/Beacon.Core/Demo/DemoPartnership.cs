using System.Security.Cryptography;
using Beacon.Core.Accounts;
using Beacon.Core.Data;
using Beacon.Core.Organisations;
using Microsoft.AspNetCore.Identity;

namespace Beacon.Core.Demo;

/// <summary>
/// The demo partnership: a council with its teams, a police force, an NHS trust and a charity, and
/// one invented person per role, each with a fresh password and authenticator secret.
/// </summary>
internal static class DemoPartnership
{
    public const string EmailDomain = "northbridge.example";

    private static readonly (string Key, string Name, OrganisationType Type, string[] Teams)[] Organisations =
    [
        ("council", "Northbridge Borough Council", OrganisationType.LocalAuthority, ["MASH", "Adult triage", "Community safety", "Procurement", "Housing options", "Learning and development", "Policy and strategy", "Commissioning", "Information governance", "Digital services"]),
        ("police", "Northbridge Police", OrganisationType.Police, ["Modern slavery unit"]),
        ("nhs", "Northbridge NHS Trust", OrganisationType.Nhs, ["Safeguarding team"]),
        ("charity", "Northbridge Freedom Project", OrganisationType.Charity, ["Outreach"]),
    ];

    // Invented people; the surnames say what they do, so nobody mistakes them for real ones.
    private static readonly (Role Role, string Name, string Local, string Organisation, string? Team)[] People =
    [
        (Role.Staff, "Sam Staffer", "sam.staffer", "council", "Housing options"),
        (Role.FirstResponder, "Mo Mash", "mo.mash", "council", "MASH"),
        (Role.FirstResponder, "Ade Triage", "ade.triage", "council", "Adult triage"),
        (Role.CommunitySafetyCoordinator, "Cass Coordinator", "cass.coordinator", "council", "Community safety"),
        (Role.Partner, "Pat Police", "pat.police", "police", "Modern slavery unit"),
        (Role.Partner, "Nia Nurse", "nia.nurse", "nhs", "Safeguarding team"),
        (Role.Partner, "Cy Charity", "cy.charity", "charity", "Outreach"),
        (Role.Procurement, "Percy Procure", "percy.procure", "council", "Procurement"),
        (Role.TrainingLead, "Tam Trainer", "tam.trainer", "council", "Learning and development"),
        (Role.StrategyLead, "Stef Strategy", "stef.strategy", "council", "Policy and strategy"),
        (Role.ProviderInspector, "Ines Inspector", "ines.inspector", "council", "Commissioning"),
        (Role.Auditor, "Aud Auditor", "aud.auditor", "council", "Information governance"),
        (Role.Administrator, "Ada Admin", "ada.admin", "council", "Digital services"),
        (Role.BoardMember, "Bea Board", "bea.board", "council", null),
    ];

    // Caseworkers in the triage teams who hold the demo's cases; they have no sign-in of their own.
    private static readonly (string Name, string Local, string Team)[] Colleagues =
    [
        ("Kit Keyworker", "kit.keyworker", "MASH"),
        ("Sol Social", "sol.social", "MASH"),
        ("Fen Family", "fen.family", "MASH"),
        ("Ash Advocate", "ash.advocate", "Adult triage"),
        ("Nat Navigator", "nat.navigator", "Adult triage"),
    ];

    private static readonly string[] Words =
    [
        "amber", "harbour", "violet", "lantern", "meadow", "copper", "willow", "orbit", "pebble", "saffron",
        "thistle", "canyon", "ember", "glacier", "hazel", "juniper", "kestrel", "lagoon", "marble", "nectar",
        "oyster", "prairie", "quartz", "russet", "sparrow", "tundra", "umber", "velvet", "walnut", "yonder",
        "zephyr", "bramble", "cobalt", "dune", "fennel", "garnet", "heron", "indigo", "jasper", "kelp",
    ];

    public static async Task AddAsync(AppDbContext db, UserManager<BeaconUser> users, DemoContext context, CancellationToken cancellationToken)
    {
        foreach (var (key, name, type, teams) in Organisations)
        {
            var organisation = new Organisation
            {
                Id = DeterministicGuid.Create("demo-organisation", key),
                Name = name,
                Type = type,
                CreatedAt = context.Now,
                Version = Guid.NewGuid(),
                Areas = [new OrganisationArea { AreaId = context.Area!.Id }],
            };
            db.Organisations.Add(organisation);
            context.Organisations[key] = organisation;
            foreach (var team in teams)
            {
                var function = (type, team) switch
                {
                    (OrganisationType.LocalAuthority, "MASH") => TeamFunction.ChildrenMash,
                    (OrganisationType.LocalAuthority, "Adult triage") => TeamFunction.AdultTriage,
                    (OrganisationType.LocalAuthority, "Community safety") => TeamFunction.CommunitySafety,
                    _ => TeamFunction.Other,
                };
                var row = new Team { Id = DeterministicGuid.Create("demo-team", $"{key}/{team}"), OrganisationId = organisation.Id, Name = team, Function = function, CreatedAt = context.Now, Version = Guid.NewGuid() };
                db.Teams.Add(row);
                context.Teams[$"{key}/{team}"] = row;
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        foreach (var (role, name, local, organisationKey, teamName) in People)
        {
            var email = $"{local}@{EmailDomain}";
            var user = new BeaconUser
            {
                Id = DeterministicGuid.Create("demo-user", local),
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = name,
                OrganisationId = context.Organisations[organisationKey].Id,
                TeamId = teamName is null ? null : context.Teams[$"{organisationKey}/{teamName}"].Id,
                CreatedAt = context.Now,
                LockoutEnabled = true,
                Roles = [new UserRoleAssignment { Role = role }],
            };

            // Random on every run (not from the seed): a demo left running somewhere has no known password.
            var password = string.Join('-', Enumerable.Range(0, 4).Select(_ => Words[RandomNumberGenerator.GetInt32(Words.Length)]));
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Demo user {local} was not created: {created.Errors.First().Code}");
            }

            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
            var secret = (await users.GetAuthenticatorKeyAsync(user))!;
            context.Users.TryAdd(role, user);
            context.People[local] = user;
            context.Accounts.Add(new DemoAccount(role, name, email, context.Organisations[organisationKey].Name, teamName, password, secret));
        }

        foreach (var (name, local, teamName) in Colleagues)
        {
            var email = $"{local}@{EmailDomain}";
            var user = new BeaconUser
            {
                Id = DeterministicGuid.Create("demo-user", local),
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = name,
                OrganisationId = context.Organisations["council"].Id,
                TeamId = context.Teams[$"council/{teamName}"].Id,
                CreatedAt = context.Now,
                LockoutEnabled = true,
                Roles = [new UserRoleAssignment { Role = Role.FirstResponder }],
            };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Demo colleague {local} was not created: {created.Errors.First().Code}");
            }

            context.People[local] = user;
        }

        context.Lines.Add($"Caseworkers: {Colleagues.Length} more in MASH and adult triage who hold cases (no sign-in)");
    }
}
