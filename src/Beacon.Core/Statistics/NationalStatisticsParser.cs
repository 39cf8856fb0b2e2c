using System.Globalization;
using System.Text.RegularExpressions;
using Beacon.Core.Text;

namespace Beacon.Core.Statistics;

/// <summary>A fault in an imported file, naming the row (its line number) and column where there is one.</summary>
public sealed record StatisticsImportError(int? Row, string? Column, string Message)
{
    public override string ToString() =>
        Row is null ? Message
        : Column is null ? $"Row {Row}: {Message}"
        : $"Row {Row}, column '{Column}': {Message}";
}

/// <summary>The quarter a one-quarter table covers.</summary>
public readonly record struct StatisticsPeriod(int Year, int Quarter);

/// <summary>A file read and checked: its figures (finest breakdown only) or its faults, never both.</summary>
public sealed class ParsedStatistics
{
    public StatisticsTableKind? TableKind { get; internal set; }

    /// <summary>Which slice of the edition the file replaces; see <see cref="StatisticsImport.Scope"/>.</summary>
    public string Scope { get; internal set; } = "";

    public List<NationalFigure> Figures { get; } = [];

    public List<StatisticsImportError> Errors { get; } = [];

    public bool Succeeded => Errors.Count == 0 && TableKind is not null;
}

/// <summary>
/// Reads the six national statistics tables (docs/statistics-import.md). Every row is checked before
/// anything is kept, and every Total the file embeds must equal the sum of the rows it totals, so a
/// truncated or hand-edited file is refused rather than imported with wrong national figures.
/// </summary>
public static partial class NationalStatisticsParser
{
    public const int MaxErrors = 100;

    public static readonly IReadOnlyList<string> AgesAtExploitation = ["Adult (18 or over)", "Child (17 or under)", "Age not specified or unknown"];

    public static readonly IReadOnlyList<string> LocationsOfExploitation = ["UK", "Overseas", "UK and Overseas", "Not specified or unknown"];

    public static readonly IReadOnlyList<string> Genders = ["Male", "Female", "Other"];

    /// <summary>The order the statistics join combined types in ("Sexual, Labour &amp; Criminal").</summary>
    public static readonly IReadOnlyList<string> ExploitationTypes = ["Sexual", "Labour", "Domestic", "Criminal", "Organ Harvesting"];

    public const string NotSpecified = "Not specified or unknown";

    private const string Total = "Total";

    // Inside the parser a Total is a wildcard in the dimension it totals; the marker cannot be a published value.
    private const string Wild = "\u0001*";

    // A year the file gives only as a Quarter 'Total' row: the annual figure is all there is, so it is kept.
    private const string Annual = "\u0001A";

    private const int YearDim = 0, QuarterDim = 1, AgeDim = 2, LocationDim = 3, GenderDim = 4, NationalityDim = 5,
        ExploitationDim = 6, ResponderTypeDim = 7, ResponderDim = 8, DecisionDim = 9, DimCount = 10;

    public static readonly IReadOnlyDictionary<StatisticsTableKind, IReadOnlyList<string>> Headers = new Dictionary<StatisticsTableKind, IReadOnlyList<string>>
    {
        [StatisticsTableKind.ReferralsLongitudinal] = ["Year", "Quarter", "Age at exploitation", "Location of exploitation", "NRM referrals"],
        [StatisticsTableKind.ReasonableGrounds] = DecisionHeader("reasonable grounds"),
        [StatisticsTableKind.ConclusiveGrounds] = DecisionHeader("conclusive grounds"),
        [StatisticsTableKind.DutyToNotifyLongitudinal] = ["Year", "Quarter", "Total"],
        [StatisticsTableKind.DutyToNotifyByNationality] = ["Nationality", "Total"],
        [StatisticsTableKind.ReferralsByFirstResponder] = ["First responder type", "First responder", "Exploitation type", "Age at exploitation", "Gender", "Nationality", "People"],
    };

    public static ParsedStatistics Parse(TextReader reader, string fileName, StatisticsTableKind? tableKind = null, StatisticsPeriod? period = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var result = new ParsedStatistics();
        var errors = new ErrorList(result.Errors);
        List<CsvRow> rows;
        try
        {
            rows = CsvReader.Read(reader).ToList();
        }
        catch (CsvFormatException e)
        {
            errors.Add(e.LineNumber, null, e.Message[(e.Message.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim());
            return result;
        }

        if (rows.Count == 0)
        {
            errors.Add(null, null, "The file is empty");
            return result;
        }

        var kind = DetectKind(rows[0], tableKind, errors);
        if (kind is null)
        {
            return result;
        }

        var header = Headers[kind.Value];
        if (rows.Count == 1)
        {
            errors.Add(null, null, "The file has a header row but no figures");
            return result;
        }

        var context = new RowContext(kind.Value, header, errors);
        if (kind is StatisticsTableKind.DutyToNotifyByNationality or StatisticsTableKind.ReferralsByFirstResponder)
        {
            context.Period = period ?? PeriodFromFileName(fileName);
            if (context.Period is null)
            {
                errors.Add(null, null, $"The file name '{fileName}' does not say which quarter the figures are for (like _2023_q4): give the year and quarter");
                return result;
            }
        }

        var cells = new List<Cell>(rows.Count * (header.Count - 2));
        foreach (var row in rows.Skip(1))
        {
            if (row.Fields.Count != header.Count)
            {
                errors.Add(row.LineNumber, null, $"has {row.Fields.Count} fields but the header has {header.Count}");
                continue;
            }

            context.ReadRow(row, cells);
            if (errors.Full)
            {
                break;
            }
        }

        if (result.Errors.Count > 0)
        {
            return result;
        }

        MarkAnnualOnlyYears(cells);
        var leaves = CheckTotals(cells, errors);
        if (result.Errors.Count > 0)
        {
            return result;
        }

        result.TableKind = kind;
        result.Scope = context.Scope;
        result.Figures.AddRange(leaves.Select(c => c.ToFigure(kind.Value)));
        return result;
    }

    public static StatisticsPeriod? PeriodFromFileName(string fileName)
    {
        var match = PeriodInFileName().Match(fileName ?? "");
        return match.Success
            ? new StatisticsPeriod(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture))
            : null;
    }

    /// <summary>True for a published exploitation type or a combination of them in the published order.</summary>
    public static bool IsExploitationType(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value == NotSpecified)
        {
            return true;
        }

        // The statistics join with ", " and " & " (and once with ", " throughout), so either separator is accepted.
        var last = -1;
        foreach (var part in value.Split([", ", " & "], StringSplitOptions.None))
        {
            var index = IndexOf(ExploitationTypes, part);
            if (index <= last)
            {
                return false;
            }

            last = index;
        }

        return true;
    }

    [GeneratedRegex(@"(?<!\d)(\d{4})_q([1-4])(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeriodInFileName();

    private static string[] DecisionHeader(string stage)
    {
        var header = new List<string> { "Year", "Quarter" };
        foreach (var age in AgesAtExploitation)
        {
            header.Add($"{age} - Negative {stage}");
            header.Add($"{age} - Positive {stage}");
            header.Add($"{age} - Total");
        }

        header.Add("Total");
        return [.. header];
    }

    private static StatisticsTableKind? DetectKind(CsvRow headerRow, StatisticsTableKind? told, ErrorList errors)
    {
        var found = headerRow.Fields;
        if (told is { } kind)
        {
            if (HeaderMatches(found, Headers[kind]))
            {
                return kind;
            }

            ReportHeader(headerRow, Headers[kind], errors);
            return null;
        }

        foreach (var (candidate, expected) in Headers)
        {
            if (HeaderMatches(found, expected))
            {
                return candidate;
            }
        }

        var nearest = Headers.MaxBy(h => h.Value.Where((name, i) => i < found.Count && found[i] == name).Count());
        if (nearest.Value.Where((name, i) => i < found.Count && found[i] == name).Any())
        {
            errors.Add(headerRow.LineNumber, null, $"the header row is not that of any national statistics table; the nearest is {nearest.Key}");
            ReportHeader(headerRow, nearest.Value, errors);
        }
        else
        {
            errors.Add(headerRow.LineNumber, null, "the header row is not that of any national statistics table");
        }

        return null;
    }

    private static bool HeaderMatches(IReadOnlyList<string> found, IReadOnlyList<string> expected) =>
        found.Count == expected.Count && found.Select((name, i) => name == expected[i]).All(same => same);

    private static void ReportHeader(CsvRow headerRow, IReadOnlyList<string> expected, ErrorList errors)
    {
        var found = headerRow.Fields;
        for (var i = 0; i < Math.Max(found.Count, expected.Count); i++)
        {
            if (i >= found.Count)
            {
                errors.Add(headerRow.LineNumber, expected[i], "the column is missing");
            }
            else if (i >= expected.Count)
            {
                errors.Add(headerRow.LineNumber, found[i], "the table has no such column");
            }
            else if (found[i] != expected[i])
            {
                errors.Add(headerRow.LineNumber, expected[i], $"the header is '{found[i]}'; expected '{expected[i]}'");
            }
        }
    }

    private static void MarkAnnualOnlyYears(List<Cell> cells)
    {
        var yearsWithQuarters = cells.Where(c => c.Dims[QuarterDim] is { } q && q != Wild).Select(c => c.Dims[YearDim]).ToHashSet(StringComparer.Ordinal);
        foreach (var cell in cells)
        {
            if (cell.Dims[QuarterDim] == Wild && !yearsWithQuarters.Contains(cell.Dims[YearDim]!))
            {
                cell.Dims[QuarterDim] = Annual;
            }
        }
    }

    /// <summary>Checks every embedded Total against the sum of the finest rows it covers; returns those finest rows.</summary>
    private static List<Cell> CheckTotals(List<Cell> cells, ErrorList errors)
    {
        var byKey = new Dictionary<string, Cell>(cells.Count, StringComparer.Ordinal);
        var reportedRows = new HashSet<int>();
        foreach (var cell in cells)
        {
            if (!byKey.TryAdd(cell.Key, cell) && reportedRows.Add(cell.Line))
            {
                errors.Add(cell.Line, null, $"repeats row {byKey[cell.Key].Line}");
            }
        }

        var totals = byKey.Values.Where(c => c.IsTotal).ToList();
        var leaves = byKey.Values.Where(c => !c.IsTotal).ToList();
        var sums = totals.ToDictionary(t => t.Key, _ => 0L, StringComparer.Ordinal);
        var masks = totals.Select(t => t.WildMask).Distinct().ToList();
        var dims = new string?[DimCount];
        foreach (var leaf in leaves)
        {
            foreach (var mask in masks)
            {
                for (var i = 0; i < DimCount; i++)
                {
                    dims[i] = (mask & (1 << i)) != 0 ? Wild : leaf.Dims[i];
                }

                var key = Cell.KeyOf(dims);
                if (sums.TryGetValue(key, out var sum))
                {
                    sums[key] = sum + leaf.Value;
                }
            }
        }

        foreach (var total in totals.OrderBy(t => t.Line))
        {
            if (sums[total.Key] != total.Value)
            {
                errors.Add(total.Line, total.Column, string.Create(CultureInfo.InvariantCulture,
                    $"the total {total.Value} does not equal the sum of the figures it totals, {sums[total.Key]}"));
            }
        }

        return leaves;
    }

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>One number of the file with the breakdown it belongs to.</summary>
    private sealed class Cell(string?[] dims, int value, int line, string column)
    {
        public string?[] Dims { get; } = dims;

        public int Value { get; } = value;

        public int Line { get; } = line;

        public string Column { get; } = column;

        public string Key => field ??= KeyOf(Dims);

        public int WildMask
        {
            get
            {
                var mask = 0;
                for (var i = 0; i < DimCount; i++)
                {
                    mask |= Dims[i] == Wild ? 1 << i : 0;
                }

                return mask;
            }
        }

        public bool IsTotal => WildMask != 0;

        public static string KeyOf(string?[] dims) => string.Join('\u001F', dims);

        public NationalFigure ToFigure(StatisticsTableKind kind) => new()
        {
            TableKind = kind,
            Year = int.Parse(Dims[YearDim]!, CultureInfo.InvariantCulture),
            Quarter = Dims[QuarterDim] is null or Annual ? null : int.Parse(Dims[QuarterDim]!, CultureInfo.InvariantCulture),
            AgeAtExploitation = Dims[AgeDim],
            LocationOfExploitation = Dims[LocationDim],
            Gender = Dims[GenderDim],
            Nationality = Dims[NationalityDim],
            ExploitationType = Dims[ExploitationDim],
            FirstResponderType = Dims[ResponderTypeDim],
            FirstResponder = Dims[ResponderDim],
            Decision = Dims[DecisionDim],
            Value = Value,
        };
    }

    private sealed class ErrorList(List<StatisticsImportError> errors)
    {
        public bool Full => errors.Count >= MaxErrors;

        public void Add(int? row, string? column, string message)
        {
            if (errors.Count < MaxErrors)
            {
                errors.Add(new StatisticsImportError(row, column, message));
            }
            else if (errors.Count == MaxErrors)
            {
                errors.Add(new StatisticsImportError(null, null, string.Create(CultureInfo.InvariantCulture, $"Only the first {MaxErrors} faults are listed")));
            }
        }
    }

    /// <summary>Turns the rows of one table kind into cells, reporting faults by row and column.</summary>
    private sealed class RowContext(StatisticsTableKind kind, IReadOnlyList<string> header, ErrorList errors)
    {
        private static readonly string[] ResponderAges = [.. AgesAtExploitation, NotSpecified];

        private string? responderType;
        private int responderTypeLine;

        public StatisticsPeriod? Period { get; set; }

        public string Scope => kind switch
        {
            StatisticsTableKind.DutyToNotifyByNationality => string.Create(CultureInfo.InvariantCulture, $"{Period!.Value.Year} Q{Period.Value.Quarter}"),
            StatisticsTableKind.ReferralsByFirstResponder => string.Create(CultureInfo.InvariantCulture, $"{Period!.Value.Year} Q{Period.Value.Quarter} {responderType}"),
            _ => "",
        };

        public void ReadRow(CsvRow row, List<Cell> cells)
        {
            var f = row.Fields.Select(v => v.Trim()).ToArray();
            var dims = new string?[DimCount];
            var ok = true;
            switch (kind)
            {
                case StatisticsTableKind.ReferralsLongitudinal:
                    ok &= Year(row, 0, f[0], dims);
                    ok &= Quarter(row, 1, f[1], dims);
                    ok &= Category(row, 2, f[2], AgesAtExploitation, allowTotal: false, dims, AgeDim);
                    ok &= Category(row, 3, f[3], LocationsOfExploitation, allowTotal: true, dims, LocationDim);
                    Add(row, 4, f[4], dims, ok, cells);
                    break;
                case StatisticsTableKind.ReasonableGrounds or StatisticsTableKind.ConclusiveGrounds:
                    ok &= Year(row, 0, f[0], dims);
                    ok &= Quarter(row, 1, f[1], dims);
                    for (var i = 2; i < header.Count; i++)
                    {
                        var cellDims = (string?[])dims.Clone();
                        var name = header[i];
                        var separator = name.IndexOf(" - ", StringComparison.Ordinal);
                        cellDims[AgeDim] = separator < 0 ? Wild : name[..separator];
                        cellDims[DecisionDim] = separator < 0 || name.EndsWith(" - Total", StringComparison.Ordinal) ? Wild : name[(separator + 3)..];
                        Add(row, i, f[i], cellDims, ok, cells);
                    }

                    break;
                case StatisticsTableKind.DutyToNotifyLongitudinal:
                    ok &= Year(row, 0, f[0], dims);
                    ok &= Quarter(row, 1, f[1], dims);
                    Add(row, 2, f[2], dims, ok, cells);
                    break;
                case StatisticsTableKind.DutyToNotifyByNationality:
                    SetPeriod(dims);
                    ok &= FreeText(row, 0, f[0], dims, NationalityDim);
                    Add(row, 1, f[1], dims, ok, cells);
                    break;
                case StatisticsTableKind.ReferralsByFirstResponder:
                    SetPeriod(dims);
                    ok &= ResponderType(row, f[0], dims);
                    ok &= FreeText(row, 1, f[1], dims, ResponderDim);
                    if (ok && string.Equals(f[1], $"{f[0]} total", StringComparison.OrdinalIgnoreCase))
                    {
                        dims[ResponderDim] = Wild;
                    }

                    ok &= Exploitation(row, f[2], dims);
                    ok &= Category(row, 3, f[3], ResponderAges, allowTotal: true, dims, AgeDim);
                    if (dims[AgeDim] == NotSpecified)
                    {
                        // This table says "Not specified or unknown" where the others say "Age not specified or unknown".
                        dims[AgeDim] = AgesAtExploitation[2];
                    }

                    ok &= Category(row, 4, f[4], Genders, allowTotal: true, dims, GenderDim);
                    ok &= FreeText(row, 5, f[5], dims, NationalityDim);
                    Add(row, 6, f[6], dims, ok, cells);
                    break;
                default:
                    throw new InvalidOperationException($"No reader for {kind}.");
            }
        }

        private void SetPeriod(string?[] dims)
        {
            dims[YearDim] = Period!.Value.Year.ToString(CultureInfo.InvariantCulture);
            dims[QuarterDim] = Period.Value.Quarter.ToString(CultureInfo.InvariantCulture);
        }

        private void Add(CsvRow row, int column, string value, string?[] dims, bool ok, List<Cell> cells)
        {
            if (Count(row, column, value) is { } count && ok)
            {
                cells.Add(new Cell(dims, count, row.LineNumber, header[column]));
            }
        }

        private int? Count(CsvRow row, int column, string value)
        {
            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                return count;
            }

            if (value.Length == 0)
            {
                errors.Add(row.LineNumber, header[column], "is empty");
            }
            else if (decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) && number < 0)
            {
                errors.Add(row.LineNumber, header[column], $"'{value}' is negative: a count cannot be below zero");
            }
            else
            {
                errors.Add(row.LineNumber, header[column], $"'{value}' is not a whole number");
            }

            return null;
        }

        private bool Year(CsvRow row, int column, string value, string?[] dims)
        {
            // The NRM began in 2009; a year outside that span is a typo, not a figure.
            if (value.Length == 4 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2009 and <= 2100)
            {
                dims[YearDim] = value;
                return true;
            }

            errors.Add(row.LineNumber, header[column], $"'{value}' is not a year of the NRM (2009 onwards)");
            return false;
        }

        private bool Quarter(CsvRow row, int column, string value, string?[] dims)
        {
            if (value is "Q1" or "Q2" or "Q3" or "Q4")
            {
                dims[QuarterDim] = value[1..];
                return true;
            }

            if (value == Total)
            {
                dims[QuarterDim] = Wild;
                return true;
            }

            errors.Add(row.LineNumber, header[column], $"'{value}' is not a quarter: use Q1, Q2, Q3, Q4 or Total");
            return false;
        }

        private bool Category(CsvRow row, int column, string value, IReadOnlyList<string> allowed, bool allowTotal, string?[] dims, int dim)
        {
            if (allowTotal && value == Total)
            {
                dims[dim] = Wild;
                return true;
            }

            if (IndexOf(allowed, value) >= 0)
            {
                dims[dim] = value;
                return true;
            }

            var values = string.Join(", ", allowTotal ? [.. allowed, Total] : allowed);
            errors.Add(row.LineNumber, header[column], $"'{value}' is not one of the published values ({values})");
            return false;
        }

        private bool Exploitation(CsvRow row, string value, string?[] dims)
        {
            if (value == Total)
            {
                dims[ExploitationDim] = Wild;
                return true;
            }

            if (IsExploitationType(value))
            {
                dims[ExploitationDim] = value;
                return true;
            }

            errors.Add(row.LineNumber, header[2],
                $"'{value}' is not an exploitation type: use {string.Join(", ", ExploitationTypes)}, a combination of them in that order, {NotSpecified} or Total");
            return false;
        }

        private bool FreeText(CsvRow row, int column, string value, string?[] dims, int dim)
        {
            if (value.Length == 0)
            {
                errors.Add(row.LineNumber, header[column], "is empty");
                return false;
            }

            dims[dim] = value == Total ? Wild : value;
            return true;
        }

        private bool ResponderType(CsvRow row, string value, string?[] dims)
        {
            if (!FreeText(row, 0, value, dims, ResponderTypeDim))
            {
                return false;
            }

            if (value == Total)
            {
                errors.Add(row.LineNumber, header[0], "is Total: a file holds the figures of one first responder type");
                return false;
            }

            if (responderType is null)
            {
                responderType = value;
                responderTypeLine = row.LineNumber;
            }
            else if (value != responderType)
            {
                errors.Add(row.LineNumber, header[0],
                    string.Create(CultureInfo.InvariantCulture, $"'{value}' differs from '{responderType}' in row {responderTypeLine}: a file holds the figures of one first responder type"));
                return false;
            }

            return true;
        }
    }
}
