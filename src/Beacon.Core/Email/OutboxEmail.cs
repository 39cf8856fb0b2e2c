namespace Beacon.Core.Email;

/// <summary>
/// An email waiting to be sent, written in the same transaction as the work that needs it, so none
/// is lost and none goes out for work that rolled back.
/// </summary>
public sealed class OutboxEmail
{
    public Guid Id { get; set; }

    public required string To { get; set; }

    public required string Subject { get; set; }

    public required string Body { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }

    /// <summary>The exception type of the last failure (never its message, which may hold an address).</summary>
    public string? LastError { get; set; }
}
