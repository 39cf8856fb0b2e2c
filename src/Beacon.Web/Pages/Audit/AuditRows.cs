using System.Globalization;
using Beacon.Core.Accounts;
using Beacon.Core.Audit;
using Beacon.Web.Infrastructure.GovUk;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Audit;

/// <summary>One page of audit rows, newest first, and the GOV.UK pagination to the others.</summary>
public sealed record AuditRowPage(IReadOnlyList<AuditRow> Rows, int Page, int PageCount, int Total)
{
    public const int PageSize = 50;

    public static async Task<AuditRowPage> ReadAsync(IQueryable<AuditRow> query, string? requestedPage, CancellationToken cancellationToken)
    {
        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = int.TryParse(requestedPage, NumberStyles.None, CultureInfo.InvariantCulture, out var asked) ? Math.Clamp(asked, 1, pageCount) : 1;
        var rows = await query.NewestFirst().Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new AuditRowPage(rows, page, pageCount, total);
    }

    public string Showing(string noun) =>
        Total == 0 ? $"No {noun}."
        : PageCount == 1 ? $"{Total} {noun}, newest first."
        : $"Showing {((Page - 1) * PageSize) + 1} to {((Page - 1) * PageSize) + Rows.Count} of {Total} {noun}, newest first.";

    /// <summary>GOV.UK pagination: first, last, and the pages either side of this one; null when one page holds all.</summary>
    public PaginationOptions? Pagination(Func<int, string> href, string label)
    {
        ArgumentNullException.ThrowIfNull(href);
        if (PageCount <= 1)
        {
            return null;
        }

        var items = new List<PaginationItem?>();
        for (var number = 1; number <= PageCount; number++)
        {
            if (number == 1 || number == PageCount || Math.Abs(number - Page) <= 1)
            {
                items.Add(new PaginationItem { Number = number.ToString(CultureInfo.InvariantCulture), Href = href(number), Current = number == Page });
            }
            else if (items.Count > 0 && items[^1] is { Ellipsis: false })
            {
                items.Add(new PaginationItem { Ellipsis = true });
            }
        }

        return new PaginationOptions
        {
            LandmarkLabel = label,
            Previous = Page > 1 ? new PaginationLink { Href = href(Page - 1) } : null,
            Next = Page < PageCount ? new PaginationLink { Href = href(Page + 1) } : null,
            Items = items,
        };
    }
}

/// <summary>How audit rows read on the pages and in the exports.</summary>
public static class AuditFormat
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string When(DateTimeOffset at) => UkTime.ToUk(at).ToString("d MMM yyyy, HH:mm:ss", English);

    public static string Iso(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>"FirstResponder,Staff" as "First responder, Staff"; a system task's name as it is.</summary>
    public static string Roles(string? roles) =>
        string.Join(", ", (roles ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(r => Enum.TryParse<Role>(r, ignoreCase: false, out var role) && Enum.IsDefined(role) && !char.IsDigit(r[0])
                ? Beacon.Core.Accounts.Roles.DisplayName(role)
                : r));

    public static string User(AuditRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.UserId is null ? "System" : row.UserName ?? "Unknown user";
    }

    public static string Subject(AuditRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var all = row.SubjectId == Guid.Empty;
        return row.SubjectType switch
        {
            AuditQueries.CaseResource => $"Case {row.SubjectLabel}",
            AuditQueries.AccessLogResource => all ? "Access log" : $"Access history of case {row.SubjectLabel}",
            AuditQueries.AuditEventsResource => "Audit events",
            AuditQueries.UserResource => all ? "List of users" : $"User {row.SubjectLabel}",
            _ => row.SubjectType,
        };
    }

    /// <summary>The auditor's page about the subject, where there is one.</summary>
    public static string? SubjectHref(AuditRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.SubjectId == Guid.Empty || row.SubjectLabel is null)
        {
            return null;
        }

        return row.SubjectType switch
        {
            AuditQueries.CaseResource or AuditQueries.AccessLogResource => $"/audit/case-access/{row.SubjectId}",
            AuditQueries.UserResource => $"/audit/users/{row.SubjectId}",
            _ => null,
        };
    }

    public static string? Details(AuditRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var changes = AuditQueries.DescribeChanges(row.SubjectType, row.Changes);
        return (changes, row.Reason) switch
        {
            (null, null) => null,
            ({ } c, null) => c,
            (null, { } r) => "Reason: " + r,
            ({ } c, { } r) => c + ". Reason: " + r,
        };
    }
}
