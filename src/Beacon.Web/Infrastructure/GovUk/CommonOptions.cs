namespace Beacon.Web.Infrastructure.GovUk;

// Option records mirror the GOV.UK Frontend Nunjucks macro parameters (same names, camelCase in JSON),
// so a fixture's options deserialise straight into them. Html properties are trusted markup.

public sealed record LabelOptions
{
    public string? Text { get; init; }
    public string? Html { get; init; }
    public string? Classes { get; init; }
    public bool IsPageHeading { get; init; }
    public string? For { get; init; }
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
}

public sealed record HintOptions
{
    public string? Text { get; init; }
    public string? Html { get; init; }
    public string? Id { get; init; }
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
}

public sealed record ErrorMessageOptions
{
    public string? Text { get; init; }
    public string? Html { get; init; }
    public string? Id { get; init; }
    public string? Classes { get; init; }
    public string? VisuallyHiddenText { get; init; }
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
}

public sealed record LegendOptions
{
    public string? Text { get; init; }
    public string? Html { get; init; }
    public string? Classes { get; init; }
    public bool IsPageHeading { get; init; }
}

public sealed record FieldsetOptions
{
    public LegendOptions? Legend { get; init; }
    public string? Classes { get; init; }
    public string? Role { get; init; }
    public string? DescribedBy { get; init; }
    public string? Html { get; init; }
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
}

public sealed record FormGroupOptions
{
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
}

/// <summary>A text or HTML fragment with optional classes: summary list keys, titles, statuses.</summary>
public sealed record ContentOptions
{
    public string? Text { get; init; }
    public string? Html { get; init; }
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
}
