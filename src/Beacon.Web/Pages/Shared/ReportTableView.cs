using Beacon.Core.Reporting;

namespace Beacon.Web.Pages.Shared;

/// <summary>What <c>_ReportTable</c> draws: the table, its chart, and where its downloads and drill-down links go.</summary>
/// <param name="ExportLink">Makes the download address for a format ("csv", "xlsx"); none, no downloads.</param>
/// <param name="RowLink">Makes a row's drill-down address; null for rows without one.</param>
public sealed record ReportTableView(
    ReportTable Table,
    Func<string, string>? ExportLink = null,
    Func<ReportRow, string?>? RowLink = null,
    int HeadingLevel = 3,
    bool ShowChart = true);
