using System.Diagnostics;
using System.Globalization;
using System.Text;
using Beacon.Core.Data;
using Beacon.Core.Statistics;
using Beacon.Tests.Shared;
using Beacon.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Beacon.Web.Tests.Statistics;

/// <summary>Imports the repository's copies of the published files into real PostgreSQL, one fresh database per test.</summary>
public sealed class NationalStatisticsImportTests(PostgresServer server) : IAsyncLifetime
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2024, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private string? connectionString;
    private AppDbContext? db;

    private AppDbContext Db => db ?? throw new InvalidOperationException("Not initialised.");

    public async ValueTask InitializeAsync()
    {
        connectionString = await server.CreateDatabaseAsync();
        db = NewContext();
    }

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        await server.DropDatabaseAsync(connectionString!);
    }

    [Fact]
    public async Task Import_PublishedFiles_ReproducesPublishedTotals()
    {
        foreach (var file in new[]
        {
            "nrm_referrals_longitudinal.csv", "nrm_reasonable_grounds.csv", "nrm_conclusive_grounds.csv",
            "nrm_duty_to_notify_longitudinal.csv", "nrm_duty_to_notify_2023_q4.csv", "nrm_referrals_local-authority_2023_q4.csv",
        })
        {
            (await ImportAsync("Q4 2023", file)).Errors.ShouldBeEmpty();
        }

        var statistics = new NationalStatistics(NewContext());

        (await statistics.AnnualReferralsAsync(2021)).ShouldBe(new NationalCount("Q4 2023", 12_700));
        (await statistics.ReferralsByFirstResponderTypeAsync(2023, 4)).ShouldBe([new FirstResponderTypeCount("Q4 2023", "Local Authority", 1_017)]);
        var reasonable = await statistics.DecisionsByAgeAsync(DecisionStage.ReasonableGrounds, 2023);
        reasonable.Sum(d => d.Count).ShouldBe(LastField("nrm_reasonable_grounds.csv", "2023,Total,"));
        reasonable.Count.ShouldBe(6);
        reasonable.Single(d => d.AgeAtExploitation == "Child (17 or under)" && d.Decision == "Positive reasonable grounds").Count
            .ShouldBe(FieldOf("nrm_reasonable_grounds.csv", "2023,Total,", "Child (17 or under) - Positive reasonable grounds"));
        (await statistics.DecisionsByAgeAsync(DecisionStage.ConclusiveGrounds, 2019)).Sum(d => d.Count)
            .ShouldBe(LastField("nrm_conclusive_grounds.csv", "2019,Total,"));
        var dutyToNotify = await statistics.DutyToNotifyReportsByQuarterAsync();
        dutyToNotify.Single(q => q.Year == 2023 && q.Quarter == 4).Count.ShouldBe(LastField("nrm_duty_to_notify_longitudinal.csv", "2023,Q4,"));
        dutyToNotify.Count.ShouldBe(33);
        (await Db.NationalFigures.Where(f => f.TableKind == StatisticsTableKind.DutyToNotifyByNationality).SumAsync(f => f.Value))
            .ShouldBe(LastField("nrm_duty_to_notify_2023_q4.csv", "Total,"));
    }

    [Fact]
    public async Task Import_LargestFile_TakesSecondsAndKeepsEveryLeaf()
    {
        // A small import first, so the timing is the import's and not the first use of EF and Npgsql in the run.
        await ImportAsync("Q4 2023", "nrm_duty_to_notify_longitudinal.csv");
        var watch = Stopwatch.StartNew();
        var result = await ImportAsync("Q4 2023", "nrm_referrals_government_2023_q4.csv");
        watch.Stop();
        TestContext.Current.TestOutputHelper?.WriteLine($"Imported {result.FigureCount} figures from 29,505 rows in {watch.ElapsedMilliseconds} ms");

        result.Errors.ShouldBeEmpty();
        (await Db.NationalFigures.CountAsync(f => f.TableKind == StatisticsTableKind.ReferralsByFirstResponder)).ShouldBe(result.FigureCount);
        (await new NationalStatistics(NewContext()).ReferralsByFirstResponderTypeAsync(2023, 4)).ShouldHaveSingleItem().People
            .ShouldBe(LastField("nrm_referrals_government_2023_q4.csv", "Government agency,Government agency total,Total,Total,Total,Total,"));
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task Import_MalformedFile_ImportsNothingAndKeepsTheEarlierImport()
    {
        var first = await ImportAsync("Q4 2023", "nrm_referrals_local-authority_2023_q4.csv");
        var lines = File.ReadAllLines(TestFixtures.NrmStatistics("nrm_referrals_local-authority_2023_q4.csv"));
        lines[2] = lines[2][..lines[2].LastIndexOf(',')] + ",x";

        var result = await ImportAsync("Q4 2023", "nrm_referrals_local-authority_2023_q4.csv", string.Join('\n', lines));
        var newEdition = await ImportAsync("Q1 2024", "nrm_referrals_local-authority_2023_q4.csv", string.Join('\n', lines));

        result.Succeeded.ShouldBeFalse();
        result.Errors.Select(e => e.ToString()).ShouldBe(["Row 3, column 'People': 'x' is not a whole number"]);
        newEdition.Succeeded.ShouldBeFalse();
        (await Db.NationalFigures.CountAsync()).ShouldBe(first.FigureCount);
        (await Db.StatisticsEditions.Select(e => e.Name).ToListAsync()).ShouldBe(["Q4 2023"]);
        (await new NationalStatistics(NewContext()).ReferralsByFirstResponderTypeAsync(2023, 4)).ShouldHaveSingleItem().People.ShouldBe(1_017);
    }

    [Fact]
    public async Task Import_EditionAgain_ReplacesOnlyThatEditionsSlice()
    {
        var earlier = await ImportAsync("Q4 2022", "nrm_referrals_local-authority_2022_q4.csv");
        await ImportAsync("Q4 2023", "nrm_referrals_local-authority_2023_q4.csv");
        var ngo = await ImportAsync("Q4 2023", "nrm_referrals_ngo_2023_q4.csv");
        var statistics = new NationalStatistics(NewContext());
        var people2022 = (await statistics.ReferralsByFirstResponderTypeAsync(2022, 4, "Q4 2022")).ShouldHaveSingleItem().People;

        // The 2022 file stands in for a revised 2023 local-authority file: same slice, other figures.
        var revised = await ImportAsync("Q4 2023", "nrm_referrals_local-authority_2022_q4.csv", period: new StatisticsPeriod(2023, 4));

        revised.ReplacedEarlierImport.ShouldBeTrue();
        (await statistics.ReferralsByFirstResponderTypeAsync(2023, 4, "Q4 2023")).ShouldBe([
            new FirstResponderTypeCount("Q4 2023", "Local Authority", people2022),
            new FirstResponderTypeCount("Q4 2023", "NGO and third sector", LastField("nrm_referrals_ngo_2023_q4.csv", "NGO and third sector,NGO and third sector total,Total,Total,Total,Total,")),
        ]);
        (await Db.NationalFigures.CountAsync(f => f.Edition.Name == "Q4 2023")).ShouldBe(revised.FigureCount + ngo.FigureCount);
        (await Db.NationalFigures.CountAsync(f => f.Edition.Name == "Q4 2022")).ShouldBe(earlier.FigureCount);
        (await statistics.ReferralsByFirstResponderTypeAsync(2022, 4, "Q4 2022")).ShouldHaveSingleItem().People.ShouldBe(people2022);
        (await Db.StatisticsImports.SingleAsync(i => i.Edition.Name == "Q4 2023" && i.Scope == "2023 Q4 Local Authority")).FileName
            .ShouldBe("nrm_referrals_local-authority_2022_q4.csv");
    }

    [Fact]
    public async Task ReferralsByFirstResponderType_TypesInDifferentEditions_ReadsEachTypesNewestEdition()
    {
        // The NGO file of Q4 2023 came with the Q4 2023 release; a later release revised only the local authority file.
        await ImportAsync("Q4 2023", "nrm_referrals_ngo_2023_q4.csv");
        await ImportAsync("Q1 2024", "nrm_referrals_local-authority_2023_q4.csv");
        var statistics = new NationalStatistics(NewContext());

        var counts = await statistics.ReferralsByFirstResponderTypeAsync(2023, 4, cancellationToken: TestContext.Current.CancellationToken);

        counts.ShouldBe([
            new FirstResponderTypeCount("Q1 2024", "Local Authority", 1_017),
            new FirstResponderTypeCount("Q4 2023", "NGO and third sector", LastField("nrm_referrals_ngo_2023_q4.csv", "NGO and third sector,NGO and third sector total,Total,Total,Total,Total,")),
        ]);
        (await statistics.ReferralsByFirstResponderTypeAsync(2023, 4, "Q4 2023", TestContext.Current.CancellationToken)).ShouldHaveSingleItem().Edition.ShouldBe("Q4 2023");
    }

    [Fact]
    public async Task Import_SameFileTwice_LeavesOneCopy()
    {
        var first = await ImportAsync("Q4 2023", "nrm_referrals_local-authority_2023_q4.csv");
        var second = await ImportAsync("Q4 2023", "nrm_referrals_local-authority_2023_q4.csv");

        first.ReplacedEarlierImport.ShouldBeFalse();
        second.ReplacedEarlierImport.ShouldBeTrue();
        (await Db.NationalFigures.CountAsync()).ShouldBe(first.FigureCount);
        (await Db.StatisticsImports.CountAsync()).ShouldBe(1);
        (await new NationalStatistics(NewContext()).ReferralsByFirstResponderTypeAsync(2023, 4)).ShouldHaveSingleItem().People.ShouldBe(1_017);
    }

    [Fact]
    public async Task AnnualReferrals_NoEditionNamed_ReadsTheNewestEditionHoldingTheYear()
    {
        var lines = File.ReadAllLines(TestFixtures.NrmStatistics("nrm_referrals_longitudinal.csv"));
        var upTo2022 = string.Join('\n', lines.Where(l => !l.StartsWith("2023,", StringComparison.Ordinal)));
        await ImportAsync("Q4 2022", "nrm_referrals_longitudinal.csv", upTo2022);
        await ImportAsync("Q4 2023", "nrm_referrals_longitudinal.csv");
        var statistics = new NationalStatistics(NewContext());

        (await statistics.AnnualReferralsAsync(2021)).ShouldNotBeNull().Edition.ShouldBe("Q4 2023");
        (await statistics.AnnualReferralsAsync(2021, "Q4 2022")).ShouldNotBeNull().Edition.ShouldBe("Q4 2022");
        (await statistics.AnnualReferralsAsync(2008)).ShouldBeNull();
    }

    [Fact]
    public async Task Import_EditionNotAQuarter_IsRefused()
    {
        var result = await ImportAsync("2023", "nrm_duty_to_notify_longitudinal.csv");

        result.Errors.Select(e => e.ToString()).ShouldBe(["The edition '2023' must be the quarter of the release, like Q4 2023"]);
        (await Db.StatisticsEditions.CountAsync()).ShouldBe(0);
    }

    private AppDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseSettings.From("Postgres", connectionString, "/").Apply(options);
        return new AppDbContext(options.Options);
    }

    private async Task<ImportNationalStatisticsResult> ImportAsync(string edition, string fileName, string? content = null, StatisticsPeriod? period = null)
    {
        await using var stream = content is null
            ? File.OpenRead(TestFixtures.NrmStatistics(fileName))
            : (Stream)new MemoryStream(Encoding.UTF8.GetBytes(content));
        return await new NationalStatisticsImporter(Db, time).ImportAsync(
            new ImportNationalStatisticsOptions(edition, fileName, stream, "test@beacon.test") { Period = period }, TestContext.Current.CancellationToken);
    }

    /// <summary>The last field of the one line of a fixture that starts with <paramref name="prefix"/>, read without the importer.</summary>
    private static int LastField(string fileName, string prefix) =>
        int.Parse(LineOf(fileName, prefix).Split(',')[^1], CultureInfo.InvariantCulture);

    private static int FieldOf(string fileName, string prefix, string column)
    {
        var header = File.ReadLines(TestFixtures.NrmStatistics(fileName)).First().Split(',');
        return int.Parse(LineOf(fileName, prefix).Split(',')[Array.IndexOf(header, column)], CultureInfo.InvariantCulture);
    }

    private static string LineOf(string fileName, string prefix) =>
        File.ReadLines(TestFixtures.NrmStatistics(fileName)).Single(l => l.StartsWith(prefix, StringComparison.Ordinal));
}
