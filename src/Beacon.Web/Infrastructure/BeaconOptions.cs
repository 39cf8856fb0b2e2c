namespace Beacon.Web.Infrastructure;

/// <summary>Deployment settings, from the <c>Beacon</c> configuration section.</summary>
public sealed class BeaconOptions
{
    public const string Section = "Beacon";

    /// <summary>The council or partnership that runs this copy of Beacon, shown in the header.</summary>
    public string OrganisationName { get; set; } = "";

    /// <summary>Set by <c>--demo</c>: a synthetic area on a fresh SQLite file, said on every page.</summary>
    public bool DemoMode { get; set; }

    /// <summary>Where the phase banner's feedback link goes (a council mailbox or form).</summary>
    public string FeedbackUrl { get; set; } = "mailto:beacon-feedback@example.org";

    /// <summary>
    /// Beacon's public address (https://beacon.council.gov.uk), used in the links emails carry.
    /// Without it the request's own host is used, which a forged Host header could change: set it
    /// (or <c>AllowedHosts</c>) in production.
    /// </summary>
    public string? PublicBaseUrl { get; set; }
}

public static class PublicLinks
{
    /// <summary>An absolute link to a path of Beacon, for an email.</summary>
    public static string To(this HttpRequest request, BeaconOptions options, string path) =>
        (string.IsNullOrWhiteSpace(options.PublicBaseUrl) ? $"{request.Scheme}://{request.Host}" : options.PublicBaseUrl.TrimEnd('/')) + path;
}
