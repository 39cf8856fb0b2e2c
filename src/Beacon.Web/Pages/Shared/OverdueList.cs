using Beacon.Core.Cases;

namespace Beacon.Web.Pages.Shared;

/// <summary>The model of <c>_OverdueItems</c>: a heading and the items under it (from <see cref="OverdueItems"/>).</summary>
public sealed record OverdueList(string Heading, string TestId, IReadOnlyList<OverdueItem> Items, string Empty = "Nothing is overdue or due soon.")
{
    public int OverdueCount => Items.Count(i => i.IsOverdue);
}
