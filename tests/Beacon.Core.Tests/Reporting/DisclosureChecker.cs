using Beacon.Core.Reporting;

namespace Beacon.Core.Tests.Reporting;

/// <summary>
/// An attacker's view, written from the rule rather than from DisclosureControl's graph: the margins
/// as linear equations over the withheld cells, reduced exactly (integer rows, fraction-free). A
/// withheld cell is determined when its unit vector lies in the row space, i.e. it is a pivot whose
/// reduced row has no other non-zero entry.
/// </summary>
internal static class DisclosureChecker
{
    public static List<(int Row, int Column)> DeterminedCells(ReportTable table)
    {
        var lines = Lines(table);
        var unknowns = new List<(int Row, int Column)>();
        foreach (var c in CountColumns(table))
        {
            for (var r = 0; r < table.Rows.Count; r++)
            {
                if (table.Rows[r].Values[c].IsSuppressed)
                {
                    unknowns.Add((r, c));
                }
            }
        }

        var index = unknowns.Select((u, i) => (u, i)).ToDictionary(x => x.u, x => x.i);
        var matrix = lines
            .Select(line =>
            {
                var row = new long[unknowns.Count];
                foreach (var (r, c, sign) in line)
                {
                    if (index.TryGetValue((r, c), out var i))
                    {
                        row[i] += sign;
                    }
                }

                return row;
            })
            .Where(row => row.Any(v => v != 0))
            .ToList();

        var pivotOfRow = Reduce(matrix, unknowns.Count);
        var determined = new List<(int, int)>();
        for (var i = 0; i < matrix.Count; i++)
        {
            var pivot = pivotOfRow[i];
            if (pivot >= 0 && matrix[i].Count(v => v != 0) == 1)
            {
                determined.Add(unknowns[pivot]);
            }
        }

        return determined;
    }

    /// <summary>
    /// Withheld cells whose value one margin pins on its own, knowing "fewer than 5" is 1 to 4 and
    /// "withheld" is 0 or more: the interval left for the cell, given the shown members and the
    /// others' intervals, is a single value.
    /// </summary>
    public static List<(int Row, int Column)> PinnedByOneLine(ReportTable original, ReportTable table)
    {
        const long Unbounded = 1_000_000_000_000;
        var pinned = new List<(int, int)>();
        foreach (var line in Lines(table))
        {
            // sum(sign * x) = 0: move the shown members across.
            var rest = -line.Where(m => !table.Rows[m.Row].Values[m.Column].IsSuppressed)
                .Sum(m => m.Sign * (long)original.Rows[m.Row].Values[m.Column].Number!.Value);
            var hidden = line.Where(m => table.Rows[m.Row].Values[m.Column].IsSuppressed).ToList();
            foreach (var member in hidden)
            {
                var others = hidden.Where(o => o != member).Select(o =>
                {
                    var (low, high) = Bounds(table, o);
                    return o.Sign > 0 ? (Low: low, High: high) : (Low: -high, High: -low);
                }).ToList();
                var (ownLow, ownHigh) = Bounds(table, member);
                var low = rest - others.Sum(o => o.High);
                var high = rest - others.Sum(o => o.Low);
                if (member.Sign < 0)
                {
                    (low, high) = (-high, -low);
                }

                if (Math.Max(low, ownLow) == Math.Min(high, ownHigh))
                {
                    pinned.Add((member.Row, member.Column));
                }
            }
        }

        return pinned;

        static (long Low, long High) Bounds(ReportTable table, (int Row, int Column, int Sign) m) =>
            table.Rows[m.Row].Values[m.Column].Suppression == Suppression.Primary ? (1, 4) : (0, Unbounded);
    }

    /// <summary>
    /// A stronger attacker than <see cref="PinnedByOneLine"/>: tightens every withheld cell's interval
    /// margin by margin, repeatedly, until nothing changes, then reports the cells left with one value.
    /// </summary>
    public static List<(int Row, int Column)> PinnedByPropagation(ReportTable original, ReportTable table)
    {
        const long Unbounded = 1_000_000_000_000;
        var bounds = new Dictionary<(int, int), (long Low, long High)>();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            foreach (var c in CountColumns(table))
            {
                var v = table.Rows[r].Values[c];
                if (v.IsSuppressed)
                {
                    bounds[(r, c)] = v.Suppression == Suppression.Primary ? (1, 4) : (0, Unbounded);
                }
            }
        }

        var lines = Lines(table);
        for (var round = 0; round < 200; round++)
        {
            var changed = false;
            foreach (var line in lines)
            {
                var rest = -line.Where(m => !table.Rows[m.Row].Values[m.Column].IsSuppressed)
                    .Sum(m => m.Sign * (long)original.Rows[m.Row].Values[m.Column].Number!.Value);
                var hidden = line.Where(m => table.Rows[m.Row].Values[m.Column].IsSuppressed).ToList();
                foreach (var member in hidden)
                {
                    var others = hidden.Where(o => o != member).Select(o =>
                    {
                        var (low, high) = bounds[(o.Row, o.Column)];
                        return o.Sign > 0 ? (Low: low, High: high) : (Low: -high, High: -low);
                    }).ToList();
                    var low = rest - others.Sum(o => Math.Min(o.High, Unbounded));
                    var high = rest - others.Sum(o => Math.Max(o.Low, -Unbounded));
                    if (member.Sign < 0)
                    {
                        (low, high) = (-high, -low);
                    }

                    var own = bounds[(member.Row, member.Column)];
                    var tightened = (Math.Max(own.Low, low), Math.Min(own.High, high));
                    if (tightened != own)
                    {
                        bounds[(member.Row, member.Column)] = tightened;
                        changed = true;
                    }
                }
            }

            if (!changed)
            {
                break;
            }
        }

        return [.. bounds.Where(b => b.Value.Low == b.Value.High).Select(b => b.Key)];
    }

    private static List<int> CountColumns(ReportTable table) => Enumerable.Range(0, table.Columns.Count)
        .Where(c => table.Columns[c].Format == ValueFormat.Count && !table.Columns[c].IsPublished)
        .ToList();

    private static List<List<(int Row, int Column, int Sign)>> Lines(ReportTable table)
    {
        var countColumns = CountColumns(table);
        var lines = new List<List<(int Row, int Column, int Sign)>>();

        foreach (var (row, r) in table.Rows.Select((row, r) => (row, r)))
        {
            var parts = new List<int>();
            foreach (var c in countColumns)
            {
                if (!table.Columns[c].IsTotal)
                {
                    parts.Add(c);
                    continue;
                }

                if (parts.Count > 0)
                {
                    lines.Add([.. parts.Select(p => (r, p, 1)), (r, c, -1)]);
                }

                parts.Clear();
            }
        }

        var partRows = new List<int>();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            if (!table.Rows[r].IsTotal)
            {
                partRows.Add(r);
                continue;
            }

            if (partRows.Count > 0)
            {
                foreach (var c in countColumns)
                {
                    lines.Add([.. partRows.Select(p => (p, c, 1)), (r, c, -1)]);
                }
            }

            partRows.Clear();
        }

        return lines;
    }

    /// <summary>Reduced row echelon form in place (each row scaled to integers); returns each row's pivot column or -1.</summary>
    private static int[] Reduce(List<long[]> m, int columns)
    {
        var pivots = Enumerable.Repeat(-1, m.Count).ToArray();
        var rank = 0;
        for (var col = 0; col < columns && rank < m.Count; col++)
        {
            var p = Enumerable.Range(rank, m.Count - rank).FirstOrDefault(r => m[r][col] != 0, -1);
            if (p < 0)
            {
                continue;
            }

            (m[rank], m[p]) = (m[p], m[rank]);
            for (var r = 0; r < m.Count; r++)
            {
                if (r == rank || m[r][col] == 0)
                {
                    continue;
                }

                var a = m[rank][col];
                var b = m[r][col];
                for (var k = 0; k < columns; k++)
                {
                    m[r][k] = checked((m[r][k] * a) - (m[rank][k] * b));
                }

                Normalise(m[r]);
            }

            pivots[rank] = col;
            rank++;
        }

        return pivots;
    }

    private static void Normalise(long[] row)
    {
        long g = 0;
        foreach (var v in row)
        {
            g = Gcd(g, Math.Abs(v));
        }

        if (g > 1)
        {
            for (var k = 0; k < row.Length; k++)
            {
                row[k] /= g;
            }
        }
    }

    private static long Gcd(long a, long b) => b == 0 ? a : Gcd(b, a % b);
}
