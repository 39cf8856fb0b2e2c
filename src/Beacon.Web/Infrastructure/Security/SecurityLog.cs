using Beacon.Core.Accounts;

namespace Beacon.Web.Infrastructure.Security;

/// <summary>
/// Security events for the operations log. Ids only: never an email address, name, password,
/// code, token or cookie (security standard item 16).
/// </summary>
public static partial class SecurityLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Session started for user {UserId}")]
    public static partial void SessionStarted(ILogger logger, Guid userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session ended for user {UserId}: {Reason}")]
    public static partial void SessionEnded(ILogger logger, Guid userId, SessionEndReason? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case access denied: case {CaseId}, action {Action}")]
    public static partial void CaseAccessDenied(ILogger logger, Guid caseId, string action);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Concern access denied: concern {ConcernId}, action {Action}")]
    public static partial void ConcernAccessDenied(ILogger logger, Guid concernId, string action);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in attempts throttled for a client address")]
    public static partial void SignInThrottled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-in refused: {Outcome}")]
    public static partial void SignInRefused(ILogger logger, string outcome);

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} signed in with {Method}")]
    public static partial void SignedIn(ILogger logger, Guid userId, string method);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tampered identifier refused: form field {Field} does not match the address on {Path}")]
    public static partial void TamperedIdentifier(ILogger logger, string field, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-in with the identity provider refused: {Refusal}, user {UserId}")]
    public static partial void ExternalSignInRefused(ILogger logger, ExternalSignInRefusal refusal, Guid? userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in with the identity provider failed with {ErrorType}")]
    public static partial void ExternalSignInFailed(ILogger logger, string errorType);

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} provisioned from the identity provider")]
    public static partial void UserProvisioned(ILogger logger, Guid userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} roles changed by the identity provider")]
    public static partial void ExternalRolesChanged(ILogger logger, Guid userId);
}
