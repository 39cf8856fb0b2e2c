using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Beacon.Core.Audit;
using Beacon.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;

namespace Beacon.Core.Statistics;

/// <param name="EditionName">The release, like "Q4 2023".</param>
/// <param name="ImportedBy">Who imported the file, for the record of the import.</param>
public sealed record ImportNationalStatisticsOptions(string EditionName, string FileName, Stream Content, string ImportedBy)
{
    /// <summary>Leave empty to tell the table from its header row.</summary>
    public StatisticsTableKind? TableKind { get; init; }

    /// <summary>For the one-quarter tables, when the file name does not say (like _2023_q4).</summary>
    public StatisticsPeriod? Period { get; init; }
}

public sealed record ImportNationalStatisticsResult(
    StatisticsTableKind? TableKind, string Scope, int FigureCount, bool ReplacedEarlierImport, IReadOnlyList<StatisticsImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    /// <summary>The import record written; null when the file was refused.</summary>
    public Guid? ImportId { get; init; }

    public Guid? EditionId { get; init; }
}

/// <summary>
/// Imports one national statistics file into an edition. All or nothing: a file with any fault
/// changes nothing; a good file replaces, in one transaction, what the same edition held for the
/// same table (or quarter and first responder type), and leaves every other edition as it was.
/// </summary>
/// <param name="audit">Records each import in the same transaction; the web app always passes it (tools and tests may not).</param>
public sealed partial class NationalStatisticsImporter(AppDbContext db, TimeProvider time, AuditTrail? audit = null)
{
    public const string AuditEntityType = "StatisticsImport";

    public async Task<ImportNationalStatisticsResult> ImportAsync(ImportNationalStatisticsOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var editionName = options.EditionName?.Trim() ?? "";
        var release = EditionPattern().Match(editionName);
        if (!release.Success)
        {
            return Failed(new StatisticsImportError(null, null, $"The edition '{editionName}' must be the quarter of the release, like Q4 2023"));
        }

        ParsedStatistics parsed;
        using (var reader = new StreamReader(options.Content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true))
        {
            parsed = NationalStatisticsParser.Parse(reader, options.FileName, options.TableKind, options.Period);
        }

        if (!parsed.Succeeded)
        {
            return Failed([.. parsed.Errors]);
        }

        try
        {
            return await WriteAsync(parsed, editionName, release, options, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same edition or slice was created by an import that committed first (a double
            // post): write again, which now finds it and replaces it, leaving one copy.
            return await WriteAsync(parsed, editionName, release, options, cancellationToken);
        }
    }

    private async Task<ImportNationalStatisticsResult> WriteAsync(
        ParsedStatistics parsed, string editionName, Match release, ImportNationalStatisticsOptions options, CancellationToken cancellationToken)
    {
        var kind = parsed.TableKind!.Value;
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var edition = await db.StatisticsEditions.SingleOrDefaultAsync(e => e.Name == editionName, cancellationToken);
        if (edition is null)
        {
            edition = new StatisticsEdition
            {
                Id = Guid.CreateVersion7(now),
                Name = editionName,
                ReleaseYear = int.Parse(release.Groups[2].Value, CultureInfo.InvariantCulture),
                ReleaseQuarter = int.Parse(release.Groups[1].Value, CultureInfo.InvariantCulture),
                CreatedAt = now,
            };
            db.StatisticsEditions.Add(edition);
        }

        var import = await db.StatisticsImports.SingleOrDefaultAsync(
            i => i.EditionId == edition.Id && i.TableKind == kind && i.Scope == parsed.Scope, cancellationToken);
        var replaced = import is not null;
        if (import is null)
        {
            import = new StatisticsImport { Id = Guid.CreateVersion7(now), EditionId = edition.Id, TableKind = kind, Scope = parsed.Scope, FileName = "", ImportedBy = "" };
            db.StatisticsImports.Add(import);
        }
        else
        {
            // Locks the slice first, so a concurrent import of it waits and then deletes these figures too, rather than adding a second copy.
            await db.StatisticsImports.Where(i => i.Id == import.Id).ExecuteUpdateAsync(i => i.SetProperty(x => x.ImportedAt, now), cancellationToken);
            await db.NationalFigures.Where(f => f.ImportId == import.Id).ExecuteDeleteAsync(cancellationToken);
        }

        import.FileName = Path.GetFileName(options.FileName);
        import.ImportedBy = options.ImportedBy;
        import.ImportedAt = now;
        import.FigureCount = parsed.Figures.Count;
        foreach (var figure in parsed.Figures)
        {
            figure.Id = Guid.CreateVersion7(now);
            figure.EditionId = edition.Id;
            figure.ImportId = import.Id;
        }

        audit?.Record(AuditEntityType, import.Id, replaced ? "National statistics re-imported" : "National statistics imported", AuditTrail.Changes(
            ("Edition", null, edition.Name), ("Table", null, kind), ("Scope", null, parsed.Scope.Length == 0 ? "Whole table" : parsed.Scope), ("File", null, import.FileName), ("Figures", null, parsed.Figures.Count)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await InsertAsync(parsed.Figures, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            // The figures are not edited after import; keeping them tracked would only hold memory.
            db.ChangeTracker.Clear();
        }

        return new ImportNationalStatisticsResult(kind, parsed.Scope, parsed.Figures.Count, replaced, []) { ImportId = import.Id, EditionId = edition.Id };
    }

    private async Task InsertAsync(List<NationalFigure> figures, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            // EF inserts row by row (about 4 s for the 14,000 figures of the largest file); COPY takes a fraction of that.
            await CopyAsync(figures, cancellationToken);
            return;
        }

        // SQLite: plain EF, without scanning every new row for changes on each Add.
        var detectChanges = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            db.NationalFigures.AddRange(figures);
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detectChanges;
        }
    }

    private async Task CopyAsync(List<NationalFigure> figures, CancellationToken cancellationToken)
    {
        // Column names come from the EF model, so a renamed property cannot silently break the COPY.
        var entity = db.Model.FindEntityType(typeof(NationalFigure))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        string[] properties =
        [
            nameof(NationalFigure.Id), nameof(NationalFigure.EditionId), nameof(NationalFigure.ImportId), nameof(NationalFigure.TableKind),
            nameof(NationalFigure.Year), nameof(NationalFigure.Quarter), nameof(NationalFigure.AgeAtExploitation),
            nameof(NationalFigure.LocationOfExploitation), nameof(NationalFigure.Gender), nameof(NationalFigure.Nationality),
            nameof(NationalFigure.ExploitationType), nameof(NationalFigure.FirstResponderType), nameof(NationalFigure.FirstResponder),
            nameof(NationalFigure.Decision), nameof(NationalFigure.Value),
        ];
        var columns = string.Join(", ", properties.Select(p => $"\"{entity.FindProperty(p)!.GetColumnName(table)}\""));
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var writer = await connection.BeginBinaryImportAsync($"COPY \"{table.Name}\" ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var f in figures)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(f.Id, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(f.EditionId, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(f.ImportId, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(f.TableKind.ToString(), NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(f.Year, NpgsqlDbType.Integer, cancellationToken);
            await WriteAsync(writer, f.Quarter, cancellationToken);
            foreach (var text in (string?[])[f.AgeAtExploitation, f.LocationOfExploitation, f.Gender, f.Nationality, f.ExploitationType, f.FirstResponderType, f.FirstResponder, f.Decision])
            {
                await WriteAsync(writer, text, cancellationToken);
            }

            await writer.WriteAsync(f.Value, NpgsqlDbType.Integer, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static Task WriteAsync(NpgsqlBinaryImporter writer, int? value, CancellationToken cancellationToken) =>
        value is { } v ? writer.WriteAsync(v, NpgsqlDbType.Integer, cancellationToken) : writer.WriteNullAsync(cancellationToken);

    private static Task WriteAsync(NpgsqlBinaryImporter writer, string? value, CancellationToken cancellationToken) =>
        value is null ? writer.WriteNullAsync(cancellationToken) : writer.WriteAsync(value, NpgsqlDbType.Varchar, cancellationToken);

    private static ImportNationalStatisticsResult Failed(params StatisticsImportError[] errors) => new(null, "", 0, false, errors);

    [GeneratedRegex(@"^Q([1-4]) (\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex EditionPattern();
}
