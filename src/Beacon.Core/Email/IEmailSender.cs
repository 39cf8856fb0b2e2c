namespace Beacon.Core.Email;

/// <summary>Delivers one email from the outbox. Throws when it could not; the dispatcher retries.</summary>
public interface IEmailSender
{
    Task SendAsync(OutboxEmail email, CancellationToken cancellationToken = default);
}
