using System.Text;
using Beacon.Core.AreaPicture;
using Beacon.Core.Data;
using Beacon.Core.Reporting;
using Beacon.Core.Statistics;
using Beacon.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Beacon.Web.Tests.PageTests.AreaPicture.National;

/// <summary>The area's figures beside small hand-made national tables, on a fresh PostgreSQL database per test.</summary>
public sealed class NationalComparisonTests(PostgresServer server) : IAsyncLifetime
{
    private const string Longitudinal = """
        Year,Quarter,Age at exploitation,Location of exploitation,NRM referrals
        2025,Q1,Adult (18 or over),UK,300
        2025,Q1,Child (17 or under),UK,150
        2025,Q1,Age not specified or unknown,UK,50
        2025,Q2,Adult (18 or over),UK,400
        2025,Q2,Child (17 or under),UK,100
        """;

    private const string DutyToNotify = """
        Year,Quarter,Total
        2025,Q1,200
        2025,Q2,300
        """;

    private const string LocalAuthorityQ1 = """
        First responder type,First responder,Exploitation type,Age at exploitation,Gender,Nationality,People
        Local Authority,Northshire Council,Labour,Adult (18 or over),Male,Albanian,30
        Local Authority,Northshire Council,Criminal,Child (17 or under),Male,British,50
        Local Authority,Northshire Council,Sexual & Labour,Adult (18 or over),Female,Vietnamese,20
        Local Authority,Northshire Council,"Labour, Domestic, Organ Harvesting",Adult (18 or over),Female,Vietnamese,5
        """;

    private const string NgoQ1 = """
        First responder type,First responder,Exploitation type,Age at exploitation,Gender,Nationality,People
        NGO and third sector,Example Refuge,Labour,Adult (18 or over),Female,British,100
        """;

    private static readonly AreaPictureFilter Filter = new(new Quarter(2025, 1), new Quarter(2025, 2), [Guid.NewGuid()]);

    private static readonly LocalFigures Local = new(
        [new(new Quarter(2025, 1), 10, 4), new(new Quarter(2025, 2), 15, 6)],
        new Dictionary<string, int> { ["Labour"] = 5, ["Sexual & Labour"] = 2, ["Criminal"] = 17, ["Labour, Domestic & Organ Harvesting"] = 1 },
        new Dictionary<string, int> { ["British"] = 12, ["Albanian"] = 3, ["Eritrean"] = 10 },
        new Dictionary<string, int> { [PublishedCategories.Adult] = 15, [PublishedCategories.Child] = 8, [PublishedCategories.NotSpecified] = 2 },
        new Dictionary<string, int> { ["Local Authority"] = 20, ["NGO and third sector"] = 5 });

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2025, 9, 1, 9, 0, 0, TimeSpan.Zero));
    private string? connectionString;

    public async ValueTask InitializeAsync() => connectionString = await server.CreateDatabaseAsync();

    public async ValueTask DisposeAsync() => await server.DropDatabaseAsync(connectionString!);

    [Fact]
    public async Task Build_SmallEdition_SetsTheAreaBesideTheUkWithEditions()
    {
        await ImportAsync("Q2 2025", "nrm_referrals_longitudinal.csv", Longitudinal);
        await ImportAsync("Q2 2025", "nrm_duty_to_notify_longitudinal.csv", DutyToNotify);
        await ImportAsync("Q2 2025", "nrm_referrals_local-authority_2025_q1.csv", LocalAuthorityQ1);
        await ImportAsync("Q1 2025", "nrm_referrals_ngo_2025_q1.csv", NgoQ1);
        await using var db = NewContext();

        var tables = await new NationalComparison(db).BuildAsync(Filter, Local, TestContext.Current.CancellationToken);

        tables.Select(t => t.Key).ShouldBe([NationalComparison.ByQuarterKey, NationalComparison.ExploitationTypeKey, NationalComparison.NationalityKey, NationalComparison.AgeKey, NationalComparison.FirstResponderTypeKey]);
        foreach (var table in tables)
        {
            table.Columns.Where(c => c.Heading.StartsWith("UK", StringComparison.Ordinal)).ShouldAllBe(c => c.IsPublished);
            table.Columns.Where(c => c.Heading.StartsWith("Area", StringComparison.Ordinal)).ShouldAllBe(c => !c.IsPublished);
        }

        var byQuarter = tables[0];
        byQuarter.Chart.ShouldBe(ChartKind.Lines);
        Cells(byQuarter, "Q1 2025").ShouldBe(["10", "500", "2%", "4", "200", "2%"]);
        Cells(byQuarter, "Q2 2025").ShouldBe(["15", "500", "3%", "6", "300", "2%"]);
        Cells(byQuarter, "Total").ShouldBe(["25", "1,000", "3%", "10", "500", "2%"]);
        byQuarter.Rows[^1].IsTotal.ShouldBeTrue();
        byQuarter.Note.ShouldNotBeNull().ShouldContain("NRM referrals: Q2 2025 edition.");
        byQuarter.Note.ShouldContain("Duty to Notify reports: Q2 2025 edition.");

        var exploitation = tables[1];
        exploitation.Rows.Select(r => r.Label).ShouldBe(["Labour", "Criminal", "Sexual & Labour", "Labour, Domestic & Organ Harvesting", "Total"]);
        Cells(exploitation, "Labour").ShouldBe(["5", "20%", "130", "63%"]);
        Cells(exploitation, "Labour, Domestic & Organ Harvesting").ShouldBe(["1", "4%", "5", "2%"]);
        Cells(exploitation, "Total").ShouldBe(["25", "100%", "205", "100%"]);
        exploitation.Note.ShouldNotBeNull().ShouldContain("Local Authority Q1 2025 from the Q2 2025 edition");
        exploitation.Note.ShouldContain("NGO and third sector Q1 2025 from the Q1 2025 edition");
        exploitation.Note.ShouldContain("No edition holds Q2 2025");

        var nationality = tables[2];
        nationality.Rows.Select(r => r.Label).ShouldBe(["British", "Albanian", "Vietnamese", NationalComparison.OtherNationalities, "Total"]);
        Cells(nationality, "British").ShouldBe(["12", "48%", "150", "73%"]);
        Cells(nationality, "Vietnamese").ShouldBe(["0", "0%", "25", "12%"]);
        Cells(nationality, NationalComparison.OtherNationalities).ShouldBe(["10", "40%", "0", "0%"]);

        var age = tables[3];
        age.Rows.Select(r => r.Label).ShouldBe([PublishedCategories.Adult, PublishedCategories.Child, PublishedCategories.NotSpecified, "Total"]);
        Cells(age, PublishedCategories.Adult).ShouldBe(["15", "60%", "700", "70%"]);
        Cells(age, PublishedCategories.NotSpecified).ShouldBe(["2", "8%", "50", "5%"]);
        age.Note.ShouldBe("UK NRM referrals: Q2 2025 edition.");

        var responders = tables[4];
        Cells(responders, "Local Authority").ShouldBe(["20", "80%", "105", "51%"]);
        Cells(responders, "NGO and third sector").ShouldBe(["5", "20%", "100", "49%"]);
    }

    [Fact]
    public async Task Build_NoEditionHoldsThePeriod_SaysSoAndShowsNoUkFigures()
    {
        await ImportAsync("Q2 2025", "nrm_duty_to_notify_longitudinal.csv", DutyToNotify);
        await using var db = NewContext();
        var later = Filter with { From = new Quarter(2026, 1), To = new Quarter(2026, 4) };
        var local = Local with { ByQuarter = [.. Quarter.Range(later.From, later.To).Select(q => new QuarterFigures(q, 3, 1))] };

        var tables = await new NationalComparison(db).BuildAsync(later, local, TestContext.Current.CancellationToken);

        Cells(tables[0], "Q3 2026").ShouldBe(["3", "none", "none", "1", "none", "none"]);
        Cells(tables[0], "Total").ShouldBe(["12", "none", "none", "4", "none", "none"]);
        var note = tables[0].Note.ShouldNotBeNull();
        note.ShouldContain("No edition of the national statistics holds NRM referrals for Q1 2026 to Q4 2026.");
        note.ShouldContain("No edition of the national statistics holds Duty to Notify reports for Q1 2026 to Q4 2026.");
        tables[1].Note.ShouldNotBeNull().ShouldStartWith("No edition of the national statistics holds the NRM referrals by first responder for Q1 2026 to Q4 2026");
        Cells(tables[1], "Labour").ShouldBe(["5", "20%", "none", "none"]);
        tables[2].Rows.Select(r => r.Label).ShouldBe(["British", "Eritrean", "Albanian", "Total"]);
    }

    [Fact]
    public async Task Build_PeriodNotYetPublished_MixesUseTheLatestPublishedQuarters_AndSaySo()
    {
        await ImportAsync("Q2 2025", "nrm_referrals_longitudinal.csv", Longitudinal);
        await ImportAsync("Q2 2025", "nrm_referrals_local-authority_2025_q1.csv", LocalAuthorityQ1);
        await using var db = NewContext();
        var later = Filter with { From = new Quarter(2026, 1), To = new Quarter(2026, 2) };
        var local = Local with { ByQuarter = [.. Quarter.Range(later.From, later.To).Select(q => new QuarterFigures(q, 3, 1))] };

        var tables = await new NationalComparison(db).BuildAsync(later, local, TestContext.Current.CancellationToken);

        // The trend has no UK figures for 2026; the mixes compare with Q1 2025 (first responders) and Q1 to Q2 2025 (ages).
        Cells(tables[0], "Q1 2026")[1].ShouldBe("none");
        tables[1].Note.ShouldNotBeNull().ShouldStartWith("No national figures for Q1 2026 to Q2 2026 yet: the UK columns are the latest published, Q1 2025.");
        tables[1].Rows.Single(r => r.IsTotal).Values[2].Number.ShouldNotBeNull();
        tables[3].Note.ShouldNotBeNull().ShouldStartWith("No national figures for Q1 2026 to Q2 2026 yet: the UK columns are the latest published, Q1 2025 to Q2 2025.");
        Cells(tables[3], "Total")[2].ShouldBe("1,000");
    }

    [Fact]
    public async Task Build_ManyNationalities_ListsTheTopTenAndTheRestAsOther()
    {
        var rows = Enumerable.Range(1, 12).Select(i => $"Local Authority,Northshire Council,Labour,Adult (18 or over),Male,Nation{i:00},{100 - i}");
        await ImportAsync("Q1 2025", "nrm_referrals_local-authority_2025_q1.csv",
            "First responder type,First responder,Exploitation type,Age at exploitation,Gender,Nationality,People\n" + string.Join('\n', rows));
        await using var db = NewContext();
        var local = Local with { NrmByNationality = new Dictionary<string, int> { ["Nation01"] = 4, ["Nation12"] = 6, ["Somewhere else"] = 2 } };

        var nationality = (await new NationalComparison(db).BuildAsync(Filter, local, TestContext.Current.CancellationToken))[2];

        nationality.Rows.Select(r => r.Label).ShouldBe([.. Enumerable.Range(1, 10).Select(i => $"Nation{i:00}"), NationalComparison.OtherNationalities, "Total"]);
        Cells(nationality, NationalComparison.OtherNationalities).ShouldBe(["8", "67%", "177", "16%"]);
    }

    private static IReadOnlyList<string> Cells(ReportTable table, string label) =>
        [.. table.Rows.Single(r => r.Label == label).Values.Select(v => v.Display())];

    private AppDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseSettings.From("Postgres", connectionString, "/").Apply(options);
        return new AppDbContext(options.Options);
    }

    private async Task ImportAsync(string edition, string fileName, string content)
    {
        await using var db = NewContext();
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(content));
        var result = await new NationalStatisticsImporter(db, time).ImportAsync(
            new ImportNationalStatisticsOptions(edition, fileName, stream, "test"), TestContext.Current.CancellationToken);
        result.Errors.ShouldBeEmpty();
    }
}
