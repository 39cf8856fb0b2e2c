namespace Beacon.Core.Reporting;

/// <summary>
/// Disclosure control for tables that leave the partnership. A local count from 1 to 4 is withheld
/// ("fewer than 5", primary); 0 and counts of 5 or more are shown. Then more cells are withheld
/// (secondary) until no withheld cell can be worked out exactly from the totals.
/// </summary>
/// <remarks>
/// <para>
/// The margins are linear constraints: a total column is the sum of the local count columns since the
/// previous total column, in the same row; a total row is the sum of the other rows since the previous
/// total row (with one total row, all the rows above it), per local count column. First, while a
/// constraint has exactly one withheld member, its cheapest other member is withheld: the smallest
/// non-zero part, then a zero part, then a total (whose own constraints are then checked in turn).
/// </para>
/// <para>
/// That is not enough on its own (two withheld rectangles joined by one withheld cell give every
/// constraint two withheld members, yet the joining cell can be solved for). Each count cell lies on at
/// most one row constraint and one column constraint, so the cells are the edges of a graph whose nodes
/// are the constraints (plus one node for "no constraint"), and a withheld cell can be solved for
/// exactly when it is a bridge of the graph of withheld cells. So, second, for every such bridge the
/// cheapest path of shown cells that closes a cycle through it is withheld too (cheapest: few cells,
/// small non-zero counts before zeros, totals last).
/// </para>
/// <para>
/// Shares and days (local, derived) in a row are withheld whenever a local count in that row is.
/// Published columns (the national statistics) are never touched. The result is deterministic.
/// </para>
/// <para>
/// Third, bounds: a reader knows "fewer than 5" is 1 to 4 and a withheld count is at least 0, so the
/// margins can pin a cell without solving for it exactly ("fewer than 5" twice beside a shown total
/// that leaves 2 for them: both are 1). The reader's intervals are tightened margin by margin until
/// they settle; a margin through a cell left with one value gets another shown non-zero member
/// withheld or, when none is left, one of its "fewer than 5" cells (the total first) is shown as
/// "withheld" instead, so a count from 1 to 4 is sometimes Secondary rather than Primary. The three
/// steps repeat until nothing changes.
/// </para>
/// <para>
/// Known limitation: exact recovery through the totals is prevented, and so is pinning by intervals
/// tightened margin by margin; a linear programme over the whole table can in principle narrow a
/// withheld cell's range further, and is not audited here. Ranges do narrow (two cells of "fewer than
/// 5" beside a total that leaves 5 for them are each 1 to 4, as the words say anyway). A share shown
/// beside a withheld total gives that total to within the rounding of the share.
/// </para>
/// </remarks>
public static class DisclosureControl
{
    public const int Threshold = 5;

    /// <summary>
    /// A copy of <paramref name="table"/> with disclosure control applied. A withheld cell keeps no
    /// number, so nothing drawn from the copy (a chart's bar, an export) can leak it.
    /// </summary>
    public static ReportTable Apply(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var columns = table.Columns;
        var countColumns = new List<int>();
        for (var c = 0; c < columns.Count; c++)
        {
            if (columns[c].Format == ValueFormat.Count && !columns[c].IsPublished)
            {
                countColumns.Add(c);
            }
        }

        if (countColumns.Count == 0 || table.Rows.Count == 0)
        {
            return table;
        }

        var rows = table.Rows;
        var counts = new long?[rows.Count, countColumns.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            if (rows[r].Values.Count != columns.Count)
            {
                throw new ArgumentException($"Row {r + 1} of table '{table.Key}' has {rows[r].Values.Count} values for {columns.Count} columns.", nameof(table));
            }

            for (var k = 0; k < countColumns.Count; k++)
            {
                var number = rows[r].Values[countColumns[k]].Number;
                counts[r, k] = number is null ? null : (long)Math.Round(number.Value, MidpointRounding.AwayFromZero);
            }
        }

        var suppression = Suppress(
            counts,
            [.. rows.Select(r => r.IsTotal)],
            [.. countColumns.Select(c => columns[c].IsTotal)]);

        var newRows = new ReportRow[rows.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            var anyWithheld = false;
            for (var k = 0; k < countColumns.Count; k++)
            {
                anyWithheld |= suppression[r, k] != Suppression.Shown;
            }

            if (!anyWithheld)
            {
                newRows[r] = rows[r];
                continue;
            }

            var values = rows[r].Values.ToArray();
            for (var k = 0; k < countColumns.Count; k++)
            {
                if (suppression[r, k] != Suppression.Shown)
                {
                    values[countColumns[k]] = new ReportValue(null, null, ValueFormat.Count, suppression[r, k]);
                }
            }

            for (var c = 0; c < columns.Count; c++)
            {
                if (columns[c].Format is ValueFormat.Share or ValueFormat.Days && !columns[c].IsPublished && !values[c].IsSuppressed)
                {
                    values[c] = new ReportValue(null, null, columns[c].Format, Suppression.Secondary);
                }
            }

            newRows[r] = rows[r] with { Values = values };
        }

        return table with { Rows = newRows };
    }

    /// <summary>
    /// The disclosure control on a grid of counts alone: <paramref name="totalRows"/>[r] marks a row
    /// that sums the rows since the previous total row; <paramref name="totalColumns"/>[c] a column that
    /// sums the columns since the previous total column. A missing count (null) is never primary and
    /// counts as 0 in the totals.
    /// </summary>
    public static Suppression[,] Suppress(long?[,] counts, IReadOnlyList<bool> totalRows, IReadOnlyList<bool> totalColumns)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(totalRows);
        ArgumentNullException.ThrowIfNull(totalColumns);
        var rowCount = counts.GetLength(0);
        var columnCount = counts.GetLength(1);
        if (totalRows.Count != rowCount || totalColumns.Count != columnCount)
        {
            throw new ArgumentException("One total flag is needed per row and per column.", nameof(counts));
        }

        var result = new Suppression[rowCount, columnCount];
        var anyPrimary = false;
        for (var r = 0; r < rowCount; r++)
        {
            for (var c = 0; c < columnCount; c++)
            {
                if (counts[r, c] is >= 1 and < Threshold)
                {
                    result[r, c] = Suppression.Primary;
                    anyPrimary = true;
                }
            }
        }

        if (!anyPrimary)
        {
            return result;
        }

        var graph = ConstraintGraph.Build(counts, totalRows, totalColumns);
        graph.Protect(result);
        return result;
    }

    /// <summary>Constraints as nodes (node 0 is "no constraint"), count cells as edges between the two constraints each lies on.</summary>
    private sealed class ConstraintGraph
    {
        private readonly int nodeCount;
        private readonly int[] edgeA;
        private readonly int[] edgeB;
        private readonly double[] weight;
        private readonly (int Row, int Column)[] cell;
        private readonly long[] value;
        private readonly bool[] totalAtA;
        private readonly bool[] totalAtB;
        private readonly List<int>[] incident;
        private readonly double[] distance;
        private readonly int[] via;
        private readonly bool[] done;
        private readonly PriorityQueue<int, (double, int)> queue = new();

        private ConstraintGraph(int nodeCount, List<(int A, int B, double Weight, int Row, int Column, long Value, bool TotalAtA, bool TotalAtB)> edges)
        {
            this.nodeCount = nodeCount;
            edgeA = [.. edges.Select(e => e.A)];
            edgeB = [.. edges.Select(e => e.B)];
            weight = [.. edges.Select(e => e.Weight)];
            cell = [.. edges.Select(e => (e.Row, e.Column))];
            value = [.. edges.Select(e => e.Value)];
            totalAtA = [.. edges.Select(e => e.TotalAtA)];
            totalAtB = [.. edges.Select(e => e.TotalAtB)];
            distance = new double[nodeCount];
            via = new int[nodeCount];
            done = new bool[nodeCount];
            incident = new List<int>[nodeCount];
            for (var n = 0; n < nodeCount; n++)
            {
                incident[n] = [];
            }

            for (var e = 0; e < edges.Count; e++)
            {
                incident[edgeA[e]].Add(e);
                incident[edgeB[e]].Add(e);
            }
        }

        public static ConstraintGraph Build(long?[,] counts, IReadOnlyList<bool> totalRows, IReadOnlyList<bool> totalColumns)
        {
            var rowCount = counts.GetLength(0);
            var columnCount = counts.GetLength(1);
            var nodes = 1;

            // A total column with no columns since the previous total (or a total row with no rows) is not a margin.
            var columnGroupEnd = GroupEnds(totalColumns);
            var rowGroupEnd = GroupEnds(totalRows);

            var rowLine = new int[rowCount, columnCount];
            for (var r = 0; r < rowCount; r++)
            {
                var nodeOfTotal = new Dictionary<int, int>();
                for (var c = 0; c < columnCount; c++)
                {
                    var end = columnGroupEnd[c];
                    if (end < 0)
                    {
                        continue;
                    }

                    if (!nodeOfTotal.TryGetValue(end, out var node))
                    {
                        node = nodes++;
                        nodeOfTotal[end] = node;
                    }

                    rowLine[r, c] = node;
                }
            }

            var columnLine = new int[rowCount, columnCount];
            for (var c = 0; c < columnCount; c++)
            {
                var nodeOfTotal = new Dictionary<int, int>();
                for (var r = 0; r < rowCount; r++)
                {
                    var end = rowGroupEnd[r];
                    if (end < 0)
                    {
                        continue;
                    }

                    if (!nodeOfTotal.TryGetValue(end, out var node))
                    {
                        node = nodes++;
                        nodeOfTotal[end] = node;
                    }

                    columnLine[r, c] = node;
                }
            }

            long largest = 0;
            foreach (var value in counts)
            {
                largest = Math.Max(largest, value ?? 0);
            }

            var edges = new List<(int, int, double, int, int, long, bool, bool)>(rowCount * columnCount);
            for (var r = 0; r < rowCount; r++)
            {
                for (var c = 0; c < columnCount; c++)
                {
                    if (rowLine[r, c] == 0 && columnLine[r, c] == 0)
                    {
                        continue;
                    }

                    var value = counts[r, c] ?? 0;
                    var cost = (totalRows[r] ? 16.0 : 0) + (totalColumns[c] ? 16.0 : 0)
                        + (value == 0 ? 4.0 : 1.0 + ((double)value / (largest + 1)));
                    edges.Add((rowLine[r, c], columnLine[r, c], cost, r, c, value, totalColumns[c], totalRows[r]));
                }
            }

            return new ConstraintGraph(nodes, edges);
        }

        /// <summary>For each position, the index of the total that closes its group, or -1 when no total closes it (or the total has no parts).</summary>
        private static int[] GroupEnds(IReadOnlyList<bool> totals)
        {
            var ends = new int[totals.Count];
            var next = -1;
            for (var i = totals.Count - 1; i >= 0; i--)
            {
                if (totals[i])
                {
                    next = i > 0 && !totals[i - 1] ? i : -1;
                }

                ends[i] = next;
            }

            return ends;
        }

        public void Protect(Suppression[,] result)
        {
            var withheld = new bool[cell.Length];
            for (var e = 0; e < cell.Length; e++)
            {
                withheld[e] = result[cell[e].Row, cell[e].Column] != Suppression.Shown;
            }

            var hopeless = new HashSet<int>();
            do
            {
                WithholdBesideLoneCells(withheld, result);
                CloseBridges(withheld, result, hopeless);
            }
            while (UnpinBounds(withheld, result));
        }

        private void Withhold(int e, bool[] withheld, Suppression[,] result)
        {
            withheld[e] = true;
            result[cell[e].Row, cell[e].Column] = Suppression.Secondary;
        }

        private void CloseBridges(bool[] withheld, Suppression[,] result, HashSet<int> hopeless)
        {
            // Withholding more never turns a cell into a bridge, so one pass over the first bridges is
            // enough; the loop only re-checks. A bridge an earlier path already closed costs nothing.
            for (var bridges = Bridges(withheld, hopeless); bridges.Count > 0; bridges = Bridges(withheld, hopeless))
            {
                foreach (var bridge in bridges)
                {
                    var path = CheapestPath(edgeA[bridge], edgeB[bridge], bridge, withheld);
                    if (path is null)
                    {
                        // The margins pin this cell whatever else is withheld; nothing more can help it.
                        hopeless.Add(bridge);
                        continue;
                    }

                    foreach (var e in path)
                    {
                        if (!withheld[e])
                        {
                            Withhold(e, withheld, result);
                        }
                    }
                }
            }
        }

        /// <summary>
        /// A reader knows "fewer than 5" is 1 to 4 and a withheld count is at least 0, so the margins can
        /// pin a cell without any linear algebra: two cells of "fewer than 5" beside a shown total that
        /// leaves 2 for them are both 1. The reader's intervals are tightened margin by margin until
        /// they settle; every margin through a cell left with one value then gets another shown non-zero
        /// member withheld (after which the graph rules run again) or, when none is left, one of its
        /// "fewer than 5" cells (the total first) is shown as "withheld" instead.
        /// </summary>
        private bool UnpinBounds(bool[] withheld, Suppression[,] result)
        {
            var pinned = PinnedByBounds(withheld, result);
            var changed = false;
            var widened = new HashSet<int>();
            foreach (var p in pinned)
            {
                foreach (var node in (ReadOnlySpan<int>)[edgeA[p], edgeB[p]])
                {
                    if (node != 0 && widened.Add(node))
                    {
                        changed |= Widen(node, withheld, result);
                    }
                }
            }

            return changed;
        }

        private bool Widen(int node, bool[] withheld, Suppression[,] result)
        {
            var cheapest = -1;
            foreach (var e in incident[node])
            {
                if (!withheld[e] && (cheapest < 0 || (value[e] != 0, -weight[e]).CompareTo((value[cheapest] != 0, -weight[cheapest])) > 0))
                {
                    cheapest = e;
                }
            }

            if (cheapest >= 0 && value[cheapest] != 0)
            {
                Withhold(cheapest, withheld, result);
                return true;
            }

            var relabel = -1;
            foreach (var e in incident[node])
            {
                if (result[cell[e].Row, cell[e].Column] == Suppression.Primary && (relabel < 0 || Sign(e, node) < Sign(relabel, node)))
                {
                    relabel = e;
                }
            }

            if (relabel >= 0)
            {
                result[cell[relabel].Row, cell[relabel].Column] = Suppression.Secondary;
                return true;
            }

            if (cheapest >= 0)
            {
                Withhold(cheapest, withheld, result);
                return true;
            }

            return false;
        }

        private const long Unbounded = 1L << 40;
        private const int PropagationRounds = 64;

        private List<int> PinnedByBounds(bool[] withheld, Suppression[,] result)
        {
            var low = new long[cell.Length];
            var high = new long[cell.Length];
            for (var e = 0; e < cell.Length; e++)
            {
                (low[e], high[e]) = result[cell[e].Row, cell[e].Column] == Suppression.Primary ? (1, Threshold - 1) : (0, Unbounded);
            }

            for (var round = 0; round < PropagationRounds; round++)
            {
                var changed = false;
                for (var node = 1; node < nodeCount; node++)
                {
                    changed |= Tighten(node, withheld, low, high);
                }

                if (!changed)
                {
                    break;
                }
            }

            var pinned = new List<int>();
            for (var e = 0; e < cell.Length; e++)
            {
                if (withheld[e] && low[e] == high[e])
                {
                    pinned.Add(e);
                }
            }

            return pinned;
        }

        /// <summary>
        /// One margin, sum(sign * x) = 0 with sign -1 for its total: with the shown members moved across,
        /// each withheld member's signed value is what is left minus the others' signed values.
        /// </summary>
        private bool Tighten(int node, bool[] withheld, long[] low, long[] high)
        {
            long rest = 0;
            long lowSum = 0;
            long highSum = 0;
            var members = incident[node];
            foreach (var e in members)
            {
                var sign = Sign(e, node);
                if (!withheld[e])
                {
                    rest -= sign * value[e];
                }
                else if (sign > 0)
                {
                    lowSum += low[e];
                    highSum += high[e];
                }
                else
                {
                    lowSum -= high[e];
                    highSum -= low[e];
                }
            }

            var changed = false;
            foreach (var e in members)
            {
                if (!withheld[e])
                {
                    continue;
                }

                var sign = Sign(e, node);
                var (ownLow, ownHigh) = sign > 0 ? (low[e], high[e]) : (-high[e], -low[e]);
                var from = rest - (highSum - ownHigh);
                var to = rest - (lowSum - ownLow);
                if (sign < 0)
                {
                    (from, to) = (-to, -from);
                }

                // Anything near Unbounded came from a cell with no upper bound: no news.
                if (from > low[e] && from < Unbounded / 2)
                {
                    low[e] = from;
                    changed = true;
                }

                if (to < high[e] && to < Unbounded / 2)
                {
                    high[e] = to;
                    changed = true;
                }
            }

            return changed;
        }

        private int Sign(int e, int node) => (edgeA[e] == node ? totalAtA[e] : totalAtB[e]) ? -1 : 1;

        /// <summary>
        /// The common case, cheaply: while a constraint has exactly one withheld member, withhold its
        /// cheapest other member (the smallest non-zero part, then a zero, then a total).
        /// </summary>
        private void WithholdBesideLoneCells(bool[] withheld, Suppression[,] result)
        {
            var count = new int[nodeCount];
            for (var e = 0; e < withheld.Length; e++)
            {
                if (withheld[e])
                {
                    count[edgeA[e]]++;
                    count[edgeB[e]]++;
                }
            }

            var pending = new Queue<int>();
            for (var n = 1; n < nodeCount; n++)
            {
                if (count[n] == 1)
                {
                    pending.Enqueue(n);
                }
            }

            while (pending.TryDequeue(out var node))
            {
                if (count[node] != 1)
                {
                    continue;
                }

                var cheapest = -1;
                foreach (var e in incident[node])
                {
                    if (!withheld[e] && (cheapest < 0 || weight[e] < weight[cheapest]))
                    {
                        cheapest = e;
                    }
                }

                if (cheapest < 0)
                {
                    continue;
                }

                Withhold(cheapest, withheld, result);
                foreach (var end in (ReadOnlySpan<int>)[edgeA[cheapest], edgeB[cheapest]])
                {
                    count[end]++;
                    if (end != 0 && count[end] == 1)
                    {
                        pending.Enqueue(end);
                    }
                }
            }
        }

        /// <summary>The withheld edges that lie on no cycle of withheld edges, in order (Tarjan, iteratively).</summary>
        private List<int> Bridges(bool[] withheld, HashSet<int> hopeless)
        {
            var order = new int[nodeCount];
            var low = new int[nodeCount];
            Array.Fill(order, -1);
            var counter = 0;
            var bridges = new List<int>();
            var stack = new Stack<(int Node, int ViaEdge, int Next)>();
            for (var start = 0; start < nodeCount; start++)
            {
                if (order[start] >= 0)
                {
                    continue;
                }

                order[start] = low[start] = counter++;
                stack.Push((start, -1, 0));
                while (stack.Count > 0)
                {
                    var (node, via, next) = stack.Pop();
                    var edges = incident[node];
                    if (next < edges.Count)
                    {
                        stack.Push((node, via, next + 1));
                        var e = edges[next];
                        if (!withheld[e] || e == via)
                        {
                            continue;
                        }

                        var other = edgeA[e] == node ? edgeB[e] : edgeA[e];
                        if (order[other] < 0)
                        {
                            order[other] = low[other] = counter++;
                            stack.Push((other, e, 0));
                        }
                        else
                        {
                            low[node] = Math.Min(low[node], order[other]);
                        }

                        continue;
                    }

                    if (via >= 0)
                    {
                        var parent = edgeA[via] == node ? edgeB[via] : edgeA[via];
                        low[parent] = Math.Min(low[parent], low[node]);
                        if (low[node] > order[parent] && !hopeless.Contains(via))
                        {
                            bridges.Add(via);
                        }
                    }
                }
            }

            bridges.Sort();
            return bridges;
        }

        /// <summary>Dijkstra from <paramref name="from"/> to <paramref name="to"/> without <paramref name="excluded"/>: withheld edges are free.</summary>
        private List<int>? CheapestPath(int from, int to, int excluded, bool[] withheld)
        {
            Array.Fill(distance, double.PositiveInfinity);
            Array.Fill(via, -1);
            Array.Clear(done);
            distance[from] = 0;
            queue.Clear();
            queue.Enqueue(from, (0, from));
            while (queue.TryDequeue(out var node, out _))
            {
                if (done[node])
                {
                    continue;
                }

                done[node] = true;
                if (node == to)
                {
                    break;
                }

                foreach (var e in incident[node])
                {
                    if (e == excluded)
                    {
                        continue;
                    }

                    var other = edgeA[e] == node ? edgeB[e] : edgeA[e];
                    var candidate = distance[node] + (withheld[e] ? 0 : weight[e]);
                    if (!done[other] && candidate < distance[other])
                    {
                        distance[other] = candidate;
                        via[other] = e;
                        queue.Enqueue(other, (candidate, other));
                    }
                }
            }

            if (!done[to])
            {
                return null;
            }

            var path = new List<int>();
            for (var node = to; node != from;)
            {
                var e = via[node];
                path.Add(e);
                node = edgeA[e] == node ? edgeB[e] : edgeA[e];
            }

            return path;
        }
    }
}
