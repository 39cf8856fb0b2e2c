using Beacon.Core.Access;
using Beacon.Core.Accounts;
using Beacon.Core.Audit;

namespace Beacon.Web.Infrastructure.Security;

/// <summary>
/// The signed-in user of this request, as the database says now (not as the cookie remembers):
/// set once the session has been checked, empty otherwise. Also the audit trail's actor.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor http) : IActorSource
{
    public ActiveSession? Session { get; private set; }

    public bool IsSignedIn => Session is not null;

    public AccessScope Scope => Session?.Scope ?? AccessScope.Nobody;

    public Guid? UserId => Session?.UserId;

    public bool Has(Capability capability) => Session is not null && Scope.Has(capability);

    /// <summary>The signed-in user, "anonymous" on a request without one, or the command line outside any request.</summary>
    public Actor Current => http.HttpContext is { } context
        ? new(Session?.UserId, Session?.Scope.OrganisationId, Session?.Scope.RolesText ?? "anonymous", context.GetCorrelationId())
        : Actor.System("command line");

    internal void Set(ActiveSession session) => Session = session;
}
