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
}
