namespace Beacon.Web.Infrastructure.GovUk;

public sealed record SummaryListAction
{
    public required string Href { get; init; }
    public string? Text { get; init; }
    public string? Html { get; init; }
    public string? VisuallyHiddenText { get; init; }
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
}

public sealed record SummaryListActions
{
    public IReadOnlyList<SummaryListAction> Items { get; init; } = [];
    public string? Classes { get; init; }
}

public sealed record SummaryListRow
{
    public required ContentOptions Key { get; init; }
    public ContentOptions? Value { get; init; }
    public SummaryListActions? Actions { get; init; }
    public string? Classes { get; init; }
}

public sealed record SummaryCardTitle
{
    public string? Text { get; init; }
    public string? Html { get; init; }
    public int? HeadingLevel { get; init; }
    public string? Classes { get; init; }
}

public sealed record SummaryCardOptions
{
    public SummaryCardTitle? Title { get; init; }
    public SummaryListActions? Actions { get; init; }
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
}

public sealed record SummaryListOptions
{
    public IReadOnlyList<SummaryListRow?> Rows { get; init; } = [];
    public SummaryCardOptions? Card { get; init; }
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
}

public sealed record ButtonOptions
{
    public string? Text { get; init; }
    public string? Html { get; init; }

    /// <summary>When set, the button is a link styled as a button.</summary>
    public string? Href { get; init; }
    public string? Type { get; init; }
    public string? Name { get; init; }
    public string? Value { get; init; }
    public string? Id { get; init; }
    public bool Disabled { get; init; }
    public bool? PreventDoubleClick { get; init; }
    public bool IsStartButton { get; init; }
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
}

public sealed record BackLinkOptions
{
    public string? Href { get; init; }
    public string? Text { get; init; }
    public string? Html { get; init; }
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
}

public sealed record NotificationBannerOptions
{
    /// <summary>"success" for the green banner with role alert; anything else is "important".</summary>
    public string? Type { get; init; }
    public string? Role { get; init; }
    public string? TitleText { get; init; }
    public string? TitleHtml { get; init; }
    public string? TitleId { get; init; }
    public int? TitleHeadingLevel { get; init; }
    public string? Text { get; init; }
    public string? Html { get; init; }
    public bool? DisableAutoFocus { get; init; }
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
}

public sealed record TagOptions
{
    public string? Text { get; init; }
    public string? Html { get; init; }
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
}

public sealed record TableCell
{
    public string? Text { get; init; }
    public string? Html { get; init; }

    /// <summary>"numeric" right-aligns the cell.</summary>
    public string? Format { get; init; }
    public string? Classes { get; init; }
    public int? Colspan { get; init; }
    public int? Rowspan { get; init; }
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
}

public sealed record TableOptions
{
    public string? Caption { get; init; }
    public string? CaptionClasses { get; init; }
    public bool FirstCellIsHeader { get; init; }
    public IReadOnlyList<TableCell>? Head { get; init; }
    public IReadOnlyList<IReadOnlyList<TableCell>?> Rows { get; init; } = [];
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
}

public sealed record PaginationLink
{
    public string? Href { get; init; }
    public string? Text { get; init; }
    public string? Html { get; init; }
    public string? LabelText { get; init; }
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
}

public sealed record PaginationItem
{
    public string? Number { get; init; }
    public string? Href { get; init; }
    public bool Current { get; init; }
    public bool Ellipsis { get; init; }
    public string? VisuallyHiddenText { get; init; }
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
}

public sealed record PaginationOptions
{
    public PaginationLink? Previous { get; init; }
    public PaginationLink? Next { get; init; }
    public IReadOnlyList<PaginationItem?>? Items { get; init; }
    public string? LandmarkLabel { get; init; }
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
}

public sealed record TaskListStatus
{
    public string? Text { get; init; }
    public string? Html { get; init; }
    public TagOptions? Tag { get; init; }
    public string? Classes { get; init; }
}

public sealed record TaskListItem
{
    public required ContentOptions Title { get; init; }
    public ContentOptions? Hint { get; init; }
    public TaskListStatus? Status { get; init; }
    public string? Href { get; init; }
    public string? Classes { get; init; }
}

public sealed record TaskListOptions
{
    public string? IdPrefix { get; init; }
    public IReadOnlyList<TaskListItem?> Items { get; init; } = [];
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
}

public sealed record ErrorSummaryItem
{
    public string? Text { get; init; }
    public string? Html { get; init; }
    public string? Href { get; init; }
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
}

public sealed record ErrorSummaryOptions
{
    public string? TitleText { get; init; }
    public string? TitleHtml { get; init; }
    public string? DescriptionText { get; init; }
    public string? DescriptionHtml { get; init; }
    public IReadOnlyList<ErrorSummaryItem>? ErrorList { get; init; }
    public bool? DisableAutoFocus { get; init; }
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
}
