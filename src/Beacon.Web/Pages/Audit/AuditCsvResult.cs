using System.Text;
using Beacon.Core.Audit;
using Beacon.Core.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Beacon.Web.Pages.Audit;

/// <summary>
/// Audit rows as a CSV download, written to the response as the database returns them (a year of
/// the access log does not fit in memory). Never cached; the file name carries no personal data.
/// </summary>
public sealed class AuditCsvResult(string fileName, IAsyncEnumerable<AuditRow> rows) : IActionResult
{
    public static readonly IReadOnlyList<string> Header =
    [
        "Record", "When (UTC)", "When (UK time)", "User ID", "User name", "User email", "Organisation", "Roles",
        "Subject type", "Subject ID", "Subject", "Action", "Outcome", "Changes", "Reason", "Correlation ID",
    ];

    public string FileName { get; } = fileName;

    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        var cancellationToken = http.RequestAborted;
        var response = http.Response;
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = FileName }.ToString();
        response.Headers.CacheControl = "no-store";
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        // With a byte order mark, so that a spreadsheet reads names with accents correctly.
        await using var writer = new StreamWriter(response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 16 * 1024, leaveOpen: true);
        await writer.WriteAsync(CsvWriter.Line(Header).AsMemory(), cancellationToken);
        var count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await writer.WriteAsync(CsvWriter.Line(Cells(row)).AsMemory(), cancellationToken);
            if (++count % 500 == 0)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }

        await writer.FlushAsync(cancellationToken);
    }

    public static IEnumerable<string?> Cells(AuditRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return
        [
            row.IsAccess ? "Access" : "Change",
            AuditFormat.Iso(row.At),
            UkTime.ToUk(row.At).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
            row.UserId?.ToString(),
            row.UserId is null ? "System" : row.UserName,
            row.UserEmail,
            row.Organisation,
            AuditFormat.Roles(row.Roles),
            row.SubjectType,
            row.SubjectId == Guid.Empty ? null : row.SubjectId.ToString(),
            row.SubjectLabel,
            row.Action,
            row.Outcome?.ToString(),
            AuditQueries.DescribeChanges(row.SubjectType, row.Changes),
            row.Reason,
            row.CorrelationId,
        ];
    }
}
