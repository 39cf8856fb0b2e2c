namespace Beacon.Tests.Shared;

/// <summary>
/// Finds files under tests/fixtures. Tests run from bin/…, so walk up to the folder holding
/// Beacon.slnx rather than copying megabytes of CSV into every output folder.
/// </summary>
internal static class TestFixtures
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string RepositoryRoot => Root.Value;

    public static string PathOf(params string[] parts) =>
        Path.Combine([RepositoryRoot, "tests", "fixtures", .. parts]);

    public static string NrmStatistics(string fileName) => PathOf("nrm-statistics", fileName);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Beacon.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Beacon.slnx above {AppContext.BaseDirectory}: the tests must run inside the repository.");
    }
}
