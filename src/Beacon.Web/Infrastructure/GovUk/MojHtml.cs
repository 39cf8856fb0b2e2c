using Microsoft.AspNetCore.Html;

namespace Beacon.Web.Infrastructure.GovUk;

public sealed record MojNavigationItem
{
    public required string Href { get; init; }
    public string? Text { get; init; }
    public string? Html { get; init; }
    public bool Active { get; init; }
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
}

public sealed record SubNavigationOptions
{
    public string? Label { get; init; }
    public IReadOnlyList<MojNavigationItem> Items { get; init; } = [];
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
}

public sealed record TimelineItem
{
    public required ContentOptions Label { get; init; }
    public ContentOptions? Byline { get; init; }

    /// <summary>Machine-readable timestamp for the datetime attribute.</summary>
    public required string Timestamp { get; init; }

    /// <summary>What people read, already formatted (the Nunjucks date filters have no C# twin).</summary>
    public required string DisplayDate { get; init; }
    public string? Text { get; init; }
    public string? Html { get; init; }
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
}

public sealed record TimelineOptions
{
    public int HeadingLevel { get; init; } = 2;
    public IReadOnlyList<TimelineItem> Items { get; init; } = [];
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
}

public sealed record BadgeOptions
{
    public string? Text { get; init; }
    public string? Html { get; init; }
    public string? Label { get; init; }
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
}

public sealed record FilterTag
{
    public required string Href { get; init; }
    public required string Text { get; init; }
}

public sealed record FilterCategory
{
    public required string Heading { get; init; }
    public IReadOnlyList<FilterTag> Items { get; init; } = [];
}

public sealed record SelectedFilters
{
    public string Heading { get; init; } = "Selected filters";
    public required string ClearHref { get; init; }
    public string ClearText { get; init; } = "Clear filters";
    public IReadOnlyList<FilterCategory> Categories { get; init; } = [];
}

/// <summary>
/// The MOJ filter panel. Put it inside a GET form: the options are ordinary fields and the submit
/// button applies them, so it works without JavaScript; each selected filter tag is a link that removes it.
/// </summary>
public sealed record FilterOptions
{
    public string Heading { get; init; } = "Filter";
    public SelectedFilters? SelectedFilters { get; init; }
    public IHtmlContent? OptionsHtml { get; init; }
    public string SubmitText { get; init; } = "Apply filters";
    public IReadOnlyDictionary<string, string>? SubmitAttributes { get; init; }
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
}

/// <summary>Ministry of Justice Frontend components, markup as the moj-frontend 11 templates.</summary>
public static class MojHtml
{
    public static IHtmlContent SubNavigation(SubNavigationOptions options)
    {
        var html = new HtmlWriter();
        html.Open("nav", options.Attributes, ("class", HtmlWriter.Classes("moj-sub-navigation", options.Classes)),
                ("aria-label", string.IsNullOrEmpty(options.Label) ? "Secondary navigation region" : options.Label))
            .Open("ul", ("class", "moj-sub-navigation__list"));
        foreach (var item in options.Items)
        {
            html.Open("li", ("class", HtmlWriter.Classes("moj-sub-navigation__item", item.Classes)))
                .Open("a", item.Attributes, ("class", "moj-sub-navigation__link"), ("aria-current", item.Active ? "page" : null), ("href", item.Href))
                .Content(item.Text, item.Html)
                .Close("a").Close("li");
        }

        return html.Close("ul").Close("nav").ToHtml();
    }

    public static IHtmlContent Timeline(TimelineOptions options)
    {
        var heading = "h" + Math.Clamp(options.HeadingLevel, 1, 6).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var html = new HtmlWriter();
        html.Open("div", options.Attributes, ("class", HtmlWriter.Classes("moj-timeline", options.Classes)));
        foreach (var item in options.Items)
        {
            html.Open("div", item.Attributes, ("class", HtmlWriter.Classes("moj-timeline__item", item.Classes)))
                .Open("div", ("class", "moj-timeline__header"))
                .Open(heading, ("class", "moj-timeline__title")).Content(item.Label.Text, item.Label.Html).Close(heading);
            if (item.Byline is { } byline)
            {
                html.Open("p", ("class", "moj-timeline__byline")).Text("by ").Content(byline.Text, byline.Html).Close("p");
            }

            html.Close("div")
                .Open("p", ("class", "moj-timeline__date"))
                .Element("time", item.DisplayDate, ("datetime", item.Timestamp))
                .Close("p")
                .Open("div", ("class", "moj-timeline__description")).Content(item.Text, item.Html).Close("div")
                .Close("div");
        }

        return html.Close("div").ToHtml();
    }

    public static IHtmlContent Badge(BadgeOptions options)
    {
        var html = new HtmlWriter();
        html.Open("span", options.Attributes, ("class", HtmlWriter.Classes("moj-badge", options.Classes)), ("aria-label", HtmlWriter.NullIfEmpty(options.Label)))
            .Content(options.Text, options.Html)
            .Close("span");
        return html.ToHtml();
    }

    public static IHtmlContent Filter(FilterOptions options)
    {
        var html = new HtmlWriter();
        html.Open("div", options.Attributes, ("class", "moj-filter"), ("data-module", "moj-filter"))
            .Open("div", ("class", "moj-filter__header"))
            .Open("div", ("class", "moj-filter__header-title")).Element("h2", options.Heading, ("class", "govuk-heading-m")).Close("div")
            .Open("div", ("class", "moj-filter__header-action")).Close("div")
            .Close("div")
            .Open("div", ("class", "moj-filter__content"));
        if (options.SelectedFilters is { } selected)
        {
            html.Open("div", ("class", "moj-filter__selected"))
                .Open("div", ("class", "moj-filter__selected-heading"))
                .Open("div", ("class", "moj-filter__heading-title")).Element("h2", selected.Heading, ("class", "govuk-heading-m")).Close("div")
                .Open("div", ("class", "moj-filter__heading-action"))
                .Open("p").Element("a", selected.ClearText, ("class", "govuk-link govuk-link--no-visited-state"), ("href", selected.ClearHref)).Close("p")
                .Close("div")
                .Close("div");
            foreach (var category in selected.Categories)
            {
                html.Element("h3", category.Heading, ("class", "govuk-heading-s govuk-!-margin-bottom-0"))
                    .Open("ul", ("class", "moj-filter-tags"));
                foreach (var tag in category.Items)
                {
                    html.Open("li")
                        .Open("a", ("class", "moj-filter__tag"), ("href", tag.Href))
                        .Element("span", "Remove this filter", ("class", "govuk-visually-hidden"))
                        .Text(" " + tag.Text)
                        .Close("a").Close("li");
                }

                html.Close("ul");
            }

            html.Close("div");
        }

        html.Open("div", ("class", "moj-filter__options"))
            .Raw(GovUkHtml.Button(new ButtonOptions { Text = options.SubmitText, Attributes = options.SubmitAttributes }))
            .Raw(options.OptionsHtml)
            .Close("div")
            .Close("div")
            .Close("div");
        return html.ToHtml();
    }
}
