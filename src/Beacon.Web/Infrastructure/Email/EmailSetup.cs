using Beacon.Core.Email;
using Microsoft.Extensions.Options;

namespace Beacon.Web.Infrastructure.Email;

public static class EmailSetup
{
    /// <summary>The <c>Email</c> settings (checked at start), the sender they choose, and the dispatcher.</summary>
    public static IServiceCollection AddBeaconEmail(this IServiceCollection services)
    {
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<EmailOptions>, EmailOptionsValidator>();
        services.AddSingleton<IEmailSender>(provider =>
        {
            var settings = provider.GetRequiredService<IOptions<EmailOptions>>().Value;
            return settings.Mode switch
            {
                EmailMode.Smtp => new SmtpEmailSender(settings.Smtp, settings.FromAddress),
                _ => new PickupDirectoryEmailSender(
                    settings.PickupDirectoryUnder(provider.GetRequiredService<IWebHostEnvironment>().ContentRootPath),
                    settings.FromAddress),
            };
        });
        services.AddSingleton<EmailDispatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<EmailDispatcher>());
        return services;
    }

    private sealed class EmailOptionsValidator : IValidateOptions<EmailOptions>
    {
        public ValidateOptionsResult Validate(string? name, EmailOptions options) =>
            options.Problems() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}
