using Beacon.Core.Data;

namespace Beacon.Core.Email;

/// <summary>Queues an email in the caller's unit of work; <c>EmailDispatcher</c> sends it after commit.</summary>
public sealed class EmailOutbox(AppDbContext db, TimeProvider time)
{
    public OutboxEmail Enqueue(string to, string subject, string body)
    {
        var email = new OutboxEmail
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            To = to,
            Subject = subject,
            Body = body,
            CreatedAt = time.GetUtcNow(),
            NextAttemptAt = time.GetUtcNow(),
        };
        db.OutboxEmails.Add(email);
        return email;
    }
}
