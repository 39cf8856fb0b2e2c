using System.Net.Mail;

namespace Beacon.Core.Email;

/// <summary>
/// Writes each email as <c>{id}.eml</c> in a folder, for a mail server's pickup service to collect.
/// The file is written under a temporary name and then renamed, so a reader never sees half of one;
/// a retry overwrites its own file. The files hold one-time links, so only Beacon's account may read them.
/// </summary>
public sealed class PickupDirectoryEmailSender(string directory, MailAddress from) : IEmailSender
{
    public string Directory { get; } = directory;

    public static string FileNameFor(OutboxEmail email) => $"{email.Id:N}.eml";

    public async Task SendAsync(OutboxEmail email, CancellationToken cancellationToken = default)
    {
        var message = EmailMessageFormat.Write(email, from);
        CreateDirectory();

        var final = Path.Combine(Directory, FileNameFor(email));
        var temporary = Path.Combine(Directory, $".{email.Id:N}.{Guid.NewGuid():N}.tmp");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Options = FileOptions.Asynchronous };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            await using (var stream = new FileStream(temporary, options))
            {
                await stream.WriteAsync(message, cancellationToken);
                await stream.FlushAsync(cancellationToken);

                // On disk before it has its real name: after a crash there is a whole file or none.
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, final, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    private void CreateDirectory()
    {
        if (OperatingSystem.IsWindows())
        {
            System.IO.Directory.CreateDirectory(Directory);
        }
        else
        {
            System.IO.Directory.CreateDirectory(Directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
