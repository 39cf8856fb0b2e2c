using System.Net.Mail;

namespace Beacon.Core.Email;

public enum EmailMode
{
    /// <summary>One .eml file per email in a folder, for a mail server's pickup service or for testing.</summary>
    Pickup,

    Smtp,
}

/// <summary>The <c>Email</c> configuration section.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public const string DefaultPickupDirectory = "data/mail-pickup";

    public EmailMode Mode { get; set; } = EmailMode.Pickup;

    /// <summary>The sender, as an address or <c>Name &lt;address&gt;</c>.</summary>
    public string From { get; set; } = "beacon@localhost";

    /// <summary>Relative paths are under the content root. Defaults to <see cref="DefaultPickupDirectory"/>.</summary>
    public string? PickupDirectory { get; set; }

    public SmtpOptions Smtp { get; set; } = new();

    public EmailDispatcherOptions Dispatcher { get; set; } = new();

    public MailAddress FromAddress => new(From);

    public string PickupDirectoryUnder(string contentRoot) =>
        Path.GetFullPath(Path.Combine(contentRoot, string.IsNullOrWhiteSpace(PickupDirectory) ? DefaultPickupDirectory : PickupDirectory));

    /// <summary>What is wrong with the settings, naming the configuration keys; empty when they are good.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!MailAddress.TryCreate(From, out _))
        {
            problems.Add("Email:From is not an email address.");
        }

        if (Mode == EmailMode.Smtp)
        {
            if (string.IsNullOrWhiteSpace(Smtp.Host))
            {
                problems.Add("Email:Mode is Smtp but Email:Smtp:Host is not set.");
            }

            if (Smtp.Port is < 1 or > 65535)
            {
                problems.Add("Email:Smtp:Port must be between 1 and 65535.");
            }

            if (!string.IsNullOrEmpty(Smtp.Username) && !Smtp.UseStartTls)
            {
                problems.Add("Email:Smtp:Username is set but Email:Smtp:UseStartTls is false: Beacon will not send a password unencrypted.");
            }

            if (Smtp.TimeoutSeconds < 1)
            {
                problems.Add("Email:Smtp:TimeoutSeconds must be at least 1.");
            }
        }

        if (Dispatcher.IntervalSeconds < 1 || Dispatcher.BatchSize < 1 || Dispatcher.MaxAttempts < 1)
        {
            problems.Add("Email:Dispatcher:IntervalSeconds, BatchSize and MaxAttempts must each be at least 1.");
        }

        return problems;
    }
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    /// <summary>587 is the submission port, where STARTTLS is the norm.</summary>
    public int Port { get; set; } = 587;

    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>Upgrade to TLS before anything else is said, and refuse a server that does not offer it.</summary>
    public bool UseStartTls { get; set; } = true;

    public int TimeoutSeconds { get; set; } = 60;
}

public sealed class EmailDispatcherOptions
{
    /// <summary>Off for an instance that must never send (another instance sends; or a copy of live data).</summary>
    public bool Enabled { get; set; } = true;

    public int IntervalSeconds { get; set; } = 5;

    public int BatchSize { get; set; } = 20;

    /// <summary>After this many failures an email is given up (and logged).</summary>
    public int MaxAttempts { get; set; } = 10;
}
