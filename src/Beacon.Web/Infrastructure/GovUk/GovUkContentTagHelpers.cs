using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Beacon.Web.Infrastructure.GovUk;

/// <summary>
/// <c>&lt;govuk-button&gt;Save and continue&lt;/govuk-button&gt;</c>; <c>variant="secondary|warning|inverse"</c>,
/// <c>start</c>, <c>href</c> for a link styled as a button. Submit buttons prevent double clicks unless told not to.
/// </summary>
[HtmlTargetElement("govuk-button")]
public sealed class GovUkButtonTagHelper : TagHelper
{
    public string? Type { get; set; }
    public string? Href { get; set; }
    public string? Name { get; set; }
    public string? Value { get; set; }
    public string? Id { get; set; }
    public string? Variant { get; set; }
    public string? Classes { get; set; }
    public bool Start { get; set; }
    public bool Disabled { get; set; }
    public bool? PreventDoubleClick { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var content = (await output.GetChildContentAsync()).GetContent().Trim();
        var isSubmit = Href is null && (Type is null || Type == "submit");
        output.TagName = null;
        output.Content.SetHtmlContent(GovUkHtml.Button(new ButtonOptions
        {
            Html = content,
            Type = Type,
            Href = Href,
            Name = Name,
            Value = Value,
            Id = Id,
            Disabled = Disabled,
            IsStartButton = Start,
            PreventDoubleClick = PreventDoubleClick ?? (isSubmit ? true : null),
            Classes = HtmlWriter.Classes(Variant is { Length: > 0 } v ? "govuk-button--" + v : null, Classes),
        }));
    }
}

/// <summary><c>&lt;govuk-back-link href="/cases" /&gt;</c>, or with child content for other text than "Back".</summary>
[HtmlTargetElement("govuk-back-link")]
public sealed class GovUkBackLinkTagHelper : TagHelper
{
    public string? Href { get; set; }
    public string? Classes { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var content = (await output.GetChildContentAsync()).GetContent().Trim();
        output.TagName = null;
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Content.SetHtmlContent(GovUkHtml.BackLink(new BackLinkOptions { Href = Href, Html = content.Length > 0 ? content : null, Classes = Classes }));
    }
}

/// <summary><c>&lt;govuk-notification-banner type="success" title="Success"&gt;&lt;p class="govuk-notification-banner__heading"&gt;Referral sent&lt;/p&gt;&lt;/govuk-notification-banner&gt;</c></summary>
[HtmlTargetElement("govuk-notification-banner")]
public sealed class GovUkNotificationBannerTagHelper : TagHelper
{
    /// <summary>"success", or nothing for "important".</summary>
    public string? Type { get; set; }
    public string? Title { get; set; }
    public string? TitleId { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var content = await output.GetChildContentAsync();
        output.TagName = null;
        output.Content.SetHtmlContent(GovUkHtml.NotificationBanner(new NotificationBannerOptions { Type = Type, TitleText = Title, TitleId = TitleId }, content));
    }
}

/// <summary><c>&lt;govuk-tag colour="green"&gt;Completed&lt;/govuk-tag&gt;</c></summary>
[HtmlTargetElement("govuk-tag")]
public sealed class GovUkTagTagHelper : TagHelper
{
    /// <summary>grey, green, turquoise, blue, light-blue, purple, pink, red, orange, yellow; nothing for the default blue.</summary>
    public string? Colour { get; set; }
    public string? Classes { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var content = (await output.GetChildContentAsync()).GetContent().Trim();
        output.TagName = null;
        output.Content.SetHtmlContent(GovUkHtml.Tag(new TagOptions
        {
            Html = content,
            Classes = HtmlWriter.Classes(Colour is { Length: > 0 } c ? "govuk-tag--" + c : null, Classes),
        }));
    }
}
