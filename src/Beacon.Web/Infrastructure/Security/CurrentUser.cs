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

    public Actor Current => new(Session?.UserId, Session?.Scope.OrganisationId, Session?.Scope.RolesText ?? "anonymous", http.HttpContext?.GetCorrelationId());

    internal void Set(ActiveSession session) => Session = session;
}
