using Beacon.Core.Reporting;

namespace Beacon.Core.Tests.Reporting;

public class DisclosureControlTests
{
    private const Suppression S = Suppression.Shown;
    private const Suppression P = Suppression.Primary;
    private const Suppression W = Suppression.Secondary;

    [Fact]
    public void Apply_SingleSmallCountInARowWithATotal_WithholdsTheSmallestOtherPart()
    {
        var table = Table(["A", "B", "C", "Total"], [[3, 10, 20, 33], [6, 7, 8, 21]], totalColumn: true, totalRow: false);

        var result = DisclosureControl.Apply(table);

        States(result).ShouldBe(new[,] { { P, W, S, S }, { S, S, S, S } });
        result.Rows[0].Values[0].Display().ShouldBe("fewer than 5");
        result.Rows[0].Values[1].Display().ShouldBe("withheld");
        result.Rows[0].Values[1].Number.ShouldBeNull();
        DisclosureChecker.DeterminedCells(result).ShouldBeEmpty();
    }

    [Fact]
    public void Apply_LineOfSmallNumbers_WithholdsThemAndShowsTheirTotal()
    {
        var table = Table(["A", "B", "C", "Total"], [[1, 2, 3, 6]], totalColumn: true, totalRow: false);

        var result = DisclosureControl.Apply(table);

        States(result).ShouldBe(new[,] { { P, P, P, S } });
        result.Rows[0].Values[3].Display().ShouldBe("6");
    }

    [Fact]
    public void Apply_TwoOnesBesideAShownTotal_WithholdsMoreSoTheyAreNotBothOne()
    {
        // Shown, "fewer than 5" twice beside 10 and 12 would say each is 1.
        var table = Table(["A", "B", "C", "Total"], [[1, 1, 10, 12]], totalColumn: true, totalRow: false);

        var result = DisclosureControl.Apply(table);

        States(result).ShouldBe(new[,] { { P, P, W, S } });
        DisclosureChecker.PinnedByOneLine(table, result).ShouldBeEmpty();
    }

    [Fact]
    public void Apply_TwoFoursBesideAShownTotal_WithholdsMoreSoTheyAreNotBothFour()
    {
        var table = Table(["A", "B", "C", "Total"], [[4, 4, 10, 18]], totalColumn: true, totalRow: false);

        var result = DisclosureControl.Apply(table);

        States(result).ShouldBe(new[,] { { P, P, W, S } });
    }

    [Fact]
    public void Apply_FourOnesUnderATotalOfFour_ShowsTheTotalAsWithheld()
    {
        // Four cells of "fewer than 5" under a total of "fewer than 5" would all be 1.
        var table = Table(["Referrals"], [[1], [1], [1], [1], [4]], totalColumn: false, totalRow: true);

        var result = DisclosureControl.Apply(table);

        States(result).ShouldBe(new[,] { { P }, { P }, { P }, { P }, { W } });
        DisclosureChecker.PinnedByOneLine(table, result).ShouldBeEmpty();
    }

    [Fact]
    public void Checker_TwoOnesBesideAShownTotal_FindsThemPinned()
    {
        var table = Table(["A", "B", "C", "Total"], [[1, 1, 10, 12]], totalColumn: true, totalRow: false);
        var marked = table with
        {
            Rows = [table.Rows[0] with { Values = [.. table.Rows[0].Values.Select((v, c) => c < 2 ? v with { Suppression = P } : v)] }],
        };

        DisclosureChecker.PinnedByOneLine(table, marked).ShouldBe([(0, 0), (0, 1)]);
        DisclosureChecker.DeterminedCells(marked).ShouldBeEmpty();
    }

    [Fact]
    public void Apply_OneColumnWithATotalRow_WithholdsTheSmallestOtherRow()
    {
        var table = Table(["Referrals"], [[2], [9], [7], [18]], totalColumn: false, totalRow: true);

        var result = DisclosureControl.Apply(table);

        States(result).ShouldBe(new[,] { { P }, { S }, { W }, { S } });
        DisclosureChecker.DeterminedCells(result).ShouldBeEmpty();
    }

    [Fact]
    public void Apply_OnlyTotalsCanCoverTheCell_WithholdsATotal()
    {
        var table = Table(["A", "B", "Total"], [[3, 8, 11], [3, 8, 11]], totalColumn: true, totalRow: true);

        var result = DisclosureControl.Apply(table);

        States(result).ShouldBe(new[,] { { P, W, S }, { P, W, S } });
        DisclosureChecker.DeterminedCells(result).ShouldBeEmpty();
    }

    [Fact]
    public void Apply_SmallTotalOfZerosAndOneCount_WithholdsBothAndShowsTheZeros()
    {
        var table = Table(["A", "B", "C", "Total"], [[3, 0, 0, 3]], totalColumn: true, totalRow: false);

        var result = DisclosureControl.Apply(table);

        States(result).ShouldBe(new[,] { { P, S, S, P } });
        result.Rows[0].Values[1].Display().ShouldBe("0");
    }

    [Fact]
    public void Apply_ZeroAndNonZeroPartsAvailable_PrefersTheNonZeroPart()
    {
        var table = Table(["A", "B", "C", "Total"], [[3, 0, 12, 15]], totalColumn: true, totalRow: false);

        var result = DisclosureControl.Apply(table);

        States(result).ShouldBe(new[,] { { P, S, W, S } });
    }

    [Fact]
    public void Apply_OnlyZeroPartsBesideAShownTotal_WithholdsAZero()
    {
        // The first column is covered by a zero in its row, not by a total or the large count.
        var table = Table(
            ["A", "B", "Total"],
            [[3, 0, 3], [40, 0, 40], [43, 0, 43]],
            totalColumn: true,
            totalRow: true);

        var result = DisclosureControl.Apply(table);

        DisclosureChecker.DeterminedCells(result).ShouldBeEmpty();
        result.Rows[0].Values[0].Suppression.ShouldBe(P);
        result.Rows[0].Values[2].Suppression.ShouldBe(P);
    }

    [Fact]
    public void Apply_TwoDimensionalTable_WithholdsARectangle()
    {
        var table = Table(
            ["A", "B", "C", "Total"],
            [[3, 20, 30, 53], [10, 40, 50, 100], [13, 60, 80, 153]],
            totalColumn: true,
            totalRow: true);

        var result = DisclosureControl.Apply(table);

        States(result).ShouldBe(new[,] { { P, W, S, S }, { W, W, S, S }, { S, S, S, S } });
        DisclosureChecker.DeterminedCells(result).ShouldBeEmpty();
    }

    [Fact]
    public void Apply_SharesAndDaysInAWithheldRow_AreWithheldButPublishedFiguresAreNot()
    {
        var table = new ReportTable(
            "t",
            "Test",
            "Team",
            [
                new ReportColumn("Referrals", ValueFormat.Count),
                new ReportColumn("Share", ValueFormat.Share),
                new ReportColumn("Median days", ValueFormat.Days),
                new ReportColumn("England and Wales", ValueFormat.Count, IsPublished: true),
                new ReportColumn("National share", ValueFormat.Share, IsPublished: true),
            ],
            [
                new ReportRow("North", [ReportValue.Count(3), ReportValue.Share(0.2), ReportValue.Days(4.5), ReportValue.Count(2), ReportValue.Share(0.01)]),
                new ReportRow("South", [ReportValue.Count(12), ReportValue.Share(0.8), ReportValue.Days(3), ReportValue.Count(3), ReportValue.Share(0.02)]),
                new ReportRow("Total", [ReportValue.Count(15), ReportValue.Share(1), ReportValue.Days(3.5), ReportValue.Count(5), ReportValue.Share(0.03)], IsTotal: true),
            ]);

        var result = DisclosureControl.Apply(table);

        result.Rows.Select(r => r.Values.Select(v => v.Display()).ToArray()).ToArray().ShouldBe(
        [
            ["fewer than 5", "withheld", "withheld", "2", "1%"],
            ["withheld", "withheld", "withheld", "3", "2%"],
            ["15", "100%", "3.5", "5", "3%"],
        ]);
    }

    [Fact]
    public void Apply_NoSmallCounts_ReturnsTheTableUnchanged()
    {
        var table = Table(["A", "Total"], [[0, 0], [5, 5], [5, 5]], totalColumn: true, totalRow: true);

        DisclosureControl.Apply(table).Rows.ShouldBe(table.Rows);
    }

    [Fact]
    public void Checker_EveryLineHasTwoWithheldCellsButOneIsABridge_FindsIt()
    {
        // Two withheld rectangles joined by one withheld cell: no line has exactly one withheld member,
        // yet the joining cell (row 0, column 2) follows from the margins.
        var table = Table(
            ["A", "B", "C", "D", "Total"],
            [[1, 1, 1, 0, 3], [1, 1, 0, 0, 2], [0, 0, 1, 1, 2], [0, 0, 1, 1, 2], [2, 2, 3, 2, 9]],
            totalColumn: true,
            totalRow: true);
        var withheld = new[] { (0, 0), (0, 1), (1, 0), (1, 1), (0, 2), (2, 2), (2, 3), (3, 2), (3, 3) };
        var marked = table with
        {
            Rows = [.. table.Rows.Select((row, r) => row with
            {
                Values = [.. row.Values.Select((v, c) => withheld.Contains((r, c)) ? v with { Suppression = W } : v)],
            })],
        };

        DisclosureChecker.DeterminedCells(marked).ShouldBe([(0, 2)]);
        DisclosureChecker.DeterminedCells(DisclosureControl.Apply(table)).ShouldBeEmpty();
    }

    [Fact]
    public void Apply_RandomTables_NeverRevealAWithheldCell()
    {
        var random = new Random(20261122);
        var withSecondary = 0;
        var propagated = 0;
        for (var n = 0; n < 3000; n++)
        {
            var table = RandomTable(random);
            var result = DisclosureControl.Apply(table);
            withSecondary += result.Rows.Any(r => r.Values.Any(v => v.Suppression == W)) ? 1 : 0;

            DisclosureChecker.DeterminedCells(result).ShouldBeEmpty($"table {n}: {Describe(table)} → {Describe(result)}");
            DisclosureChecker.PinnedByOneLine(table, result).ShouldBeEmpty($"table {n}: {Describe(table)} → {Describe(result)}");
            propagated += DisclosureChecker.PinnedByPropagation(table, result).Count > 0 ? 1 : 0;
            CheckCells(table, result, n);
            Describe(DisclosureControl.Apply(table)).ShouldBe(Describe(result));
        }

        withSecondary.ShouldBeGreaterThan(1000);
        propagated.ShouldBe(0);
    }

    [Fact]
    public void Apply_TwoHundredRowsOfSmallCounts_IsQuickAndSafe()
    {
        var random = new Random(7);
        var rows = new List<ReportRow>();
        long totalA = 0, totalB = 0;
        for (var i = 0; i < 200; i++)
        {
            var (a, b) = (random.Next(0, 12), random.Next(0, 12));
            (totalA, totalB) = (totalA + a, totalB + b);
            rows.Add(new ReportRow($"Organisation {i}", [ReportValue.Count(a), ReportValue.Count(b), ReportValue.Count(a + b), ReportValue.Share(a / 24.0)]));
        }

        rows.Add(new ReportRow("Total", [ReportValue.Count(totalA), ReportValue.Count(totalB), ReportValue.Count(totalA + totalB), ReportValue.Share(1)], IsTotal: true));
        var table = new ReportTable(
            "t",
            "Test",
            "Organisation",
            [new ReportColumn("A", ValueFormat.Count), new ReportColumn("B", ValueFormat.Count), new ReportColumn("Total", ValueFormat.Count, IsTotal: true), new ReportColumn("Share", ValueFormat.Share)],
            rows);
        // Timings belong in the benchmark; here, only that a big table of small counts comes out safe.
        var result = DisclosureControl.Apply(table);
        DisclosureChecker.DeterminedCells(result).ShouldBeEmpty();
        DisclosureChecker.PinnedByPropagation(table, result).ShouldBeEmpty();
    }

    private static void CheckCells(ReportTable table, ReportTable result, int n)
    {
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var anyCountWithheld = false;
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var column = table.Columns[c];
                var before = table.Rows[r].Values[c];
                var after = result.Rows[r].Values[c];
                if (column.IsPublished)
                {
                    after.ShouldBe(before);
                }
                else if (column.Format == ValueFormat.Count)
                {
                    var value = before.Number!.Value;
                    if (value is >= 1 and <= 4)
                    {
                        after.IsSuppressed.ShouldBeTrue($"table {n} row {r} column {c}: {value}");
                    }
                    else
                    {
                        after.Suppression.ShouldNotBe(P, $"table {n} row {r} column {c}: {value}");
                    }

                    if (after.IsSuppressed)
                    {
                        after.Number.ShouldBeNull();
                        anyCountWithheld = true;
                    }
                    else
                    {
                        after.ShouldBe(before);
                    }
                }
            }

            for (var c = 0; c < table.Columns.Count; c++)
            {
                if (table.Columns[c] is { IsPublished: false, Format: ValueFormat.Share or ValueFormat.Days })
                {
                    result.Rows[r].Values[c].IsSuppressed.ShouldBe(anyCountWithheld, $"table {n} row {r}");
                }
            }
        }
    }

    private static ReportTable RandomTable(Random random)
    {
        var partRows = random.Next(1, 9);
        var partColumns = random.Next(1, 7);
        var rowGroups = partRows >= 2 && random.Next(5) == 0 ? 2 : 1;
        var columnGroups = partColumns >= 2 && random.Next(5) == 0 ? 2 : 1;
        var totalRows = random.Next(2) == 0;
        var totalColumns = random.Next(2) == 0;

        // Column layout: groups of count columns, each closed by a total when there are totals; a share and a national column somewhere.
        var columns = new List<ReportColumn>();
        var split = random.Next(1, partColumns);
        for (var k = 0; k < partColumns; k++)
        {
            columns.Add(new ReportColumn($"C{k}", ValueFormat.Count));
            if (totalColumns && ((columnGroups == 2 && k == split - 1) || k == partColumns - 1))
            {
                columns.Add(new ReportColumn($"T{k}", ValueFormat.Count, IsTotal: true));
            }

            if (k == 0 && random.Next(3) == 0)
            {
                columns.Add(new ReportColumn("National", ValueFormat.Count, IsPublished: true));
            }
        }

        if (random.Next(2) == 0)
        {
            columns.Insert(random.Next(columns.Count + 1), new ReportColumn("Share", ValueFormat.Share));
        }

        if (random.Next(4) == 0)
        {
            columns.Add(new ReportColumn("Days", ValueFormat.Days));
        }

        var rowSplit = random.Next(1, partRows);
        var rows = new List<ReportRow>();
        var groupRows = new List<long[]>();
        for (var r = 0; r < partRows; r++)
        {
            var values = new long[columns.Count];
            var sinceTotal = 0L;
            for (var c = 0; c < columns.Count; c++)
            {
                if (columns[c].IsPublished || columns[c].Format != ValueFormat.Count)
                {
                    values[c] = random.Next(0, 50);
                }
                else if (columns[c].IsTotal)
                {
                    values[c] = sinceTotal;
                    sinceTotal = 0;
                }
                else
                {
                    values[c] = Small(random);
                    sinceTotal += values[c];
                }
            }

            rows.Add(Row($"R{r}", columns, values, isTotal: false));
            groupRows.Add(values);
            if (totalRows && ((rowGroups == 2 && r == rowSplit - 1) || r == partRows - 1))
            {
                var totals = new long[columns.Count];
                for (var c = 0; c < columns.Count; c++)
                {
                    totals[c] = groupRows.Sum(v => v[c]);
                }

                rows.Add(Row("Total", columns, totals, isTotal: true));
                groupRows.Clear();
            }
        }

        return new ReportTable("random", "Random", "Row", columns, rows);
    }

    private static long Small(Random random) => random.Next(10) switch
    {
        < 3 => 0,
        < 7 => random.Next(1, 5),
        < 9 => random.Next(5, 20),
        _ => random.Next(20, 500),
    };

    private static ReportRow Row(string label, List<ReportColumn> columns, long[] values, bool isTotal) => new(
        label,
        [.. columns.Select((column, c) => column.Format switch
        {
            ValueFormat.Share => ReportValue.Share(values[c] / 50.0),
            ValueFormat.Days => ReportValue.Days(values[c] / 2.0),
            _ => ReportValue.Count(values[c]),
        })],
        isTotal);

    private static ReportTable Table(string[] headings, long[][] rows, bool totalColumn, bool totalRow) => new(
        "t",
        "Test",
        "Row",
        [.. headings.Select((h, c) => new ReportColumn(h, ValueFormat.Count, IsTotal: totalColumn && c == headings.Length - 1))],
        [.. rows.Select((values, r) => new ReportRow($"R{r}", [.. values.Select(v => ReportValue.Count(v))], IsTotal: totalRow && r == rows.Length - 1))]);

    private static Suppression[,] States(ReportTable table)
    {
        var states = new Suppression[table.Rows.Count, table.Columns.Count];
        for (var r = 0; r < table.Rows.Count; r++)
        {
            for (var c = 0; c < table.Columns.Count; c++)
            {
                states[r, c] = table.Rows[r].Values[c].Suppression;
            }
        }

        return states;
    }

    private static string Describe(ReportTable table) => string.Join(
        " / ",
        table.Rows.Select(r => (r.IsTotal ? "T:" : string.Empty) + string.Join(
            ",",
            r.Values.Select((v, c) => (table.Columns[c].IsTotal ? "t" : string.Empty) + v.Display()))));
}
