using System.Globalization;

using Microsoft.AspNetCore.Html;

namespace Beacon.Web.Infrastructure.GovUk;

/// <summary>
/// GOV.UK Frontend components rendered in C#, markup as the Nunjucks macros of govuk-frontend 6.
/// Usable straight from Razor: <c>@GovUkHtml.Tag(new() { Text = "Open" })</c>.
/// </summary>
public static partial class GovUkHtml
{
    public static IHtmlContent Label(LabelOptions options)
    {
        var html = new HtmlWriter();
        WriteLabel(html, options, options.For);
        return html.ToHtml();
    }

    public static IHtmlContent Hint(HintOptions options)
    {
        var html = new HtmlWriter();
        WriteHint(html, options);
        return html.ToHtml();
    }

    public static IHtmlContent ErrorMessage(ErrorMessageOptions options)
    {
        var html = new HtmlWriter();
        WriteErrorMessage(html, options);
        return html.ToHtml();
    }

    public static IHtmlContent Fieldset(FieldsetOptions options, IHtmlContent? content = null)
    {
        var html = new HtmlWriter();
        WriteFieldset(html, options, options.DescribedBy, options.Role, content is null ? options.Html : ToHtmlString(content));
        return html.ToHtml();
    }

    internal static string ToHtmlString(IHtmlContent content)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        content.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }

    private static bool HasContent(string? text, string? html) => !string.IsNullOrEmpty(text) || !string.IsNullOrEmpty(html);

    private static void WriteLabel(HtmlWriter html, LabelOptions? label, string? forId, string? extraClasses = null)
    {
        if (label is null || !HasContent(label.Text, label.Html))
        {
            return;
        }

        if (label.IsPageHeading)
        {
            html.Open("h1", ("class", "govuk-label-wrapper"));
        }

        html.Open("label", label.Attributes, ("class", HtmlWriter.Classes("govuk-label", extraClasses, label.Classes)), ("for", forId))
            .Content(label.Text, label.Html)
            .Close("label");

        if (label.IsPageHeading)
        {
            html.Close("h1");
        }
    }

    private static void WriteHint(HtmlWriter html, HintOptions hint, string? id = null, string? extraClasses = null) =>
        html.Open("div", hint.Attributes, ("id", id ?? hint.Id), ("class", HtmlWriter.Classes("govuk-hint", extraClasses, hint.Classes)))
            .Content(hint.Text, hint.Html)
            .Close("div");

    private static void WriteErrorMessage(HtmlWriter html, ErrorMessageOptions error, string? id = null)
    {
        html.Open("p", error.Attributes, ("id", id ?? error.Id), ("class", HtmlWriter.Classes("govuk-error-message", error.Classes)));
        var hidden = error.VisuallyHiddenText ?? "Error";
        if (hidden.Length > 0)
        {
            html.Open("span", ("class", "govuk-visually-hidden")).Text(hidden + ":").Close("span").Raw(" ");
        }

        html.Content(error.Text, error.Html).Close("p");
    }

    private static void WriteFieldset(HtmlWriter html, FieldsetOptions fieldset, string? describedBy, string? role, string? innerHtml)
    {
        html.Open("fieldset", fieldset.Attributes,
            ("class", HtmlWriter.Classes("govuk-fieldset", fieldset.Classes)),
            ("role", HtmlWriter.NullIfEmpty(role)),
            ("aria-describedby", HtmlWriter.NullIfEmpty(describedBy)));
        if (fieldset.Legend is { } legend && HasContent(legend.Text, legend.Html))
        {
            html.Open("legend", ("class", HtmlWriter.Classes("govuk-fieldset__legend", legend.Classes)));
            if (legend.IsPageHeading)
            {
                html.Open("h1", ("class", "govuk-fieldset__heading")).Content(legend.Text, legend.Html).Close("h1");
            }
            else
            {
                html.Content(legend.Text, legend.Html);
            }

            html.Close("legend");
        }

        html.Raw(innerHtml).Close("fieldset");
    }

    private static void OpenFormGroup(HtmlWriter html, bool hasError, FormGroupOptions? formGroup, string? extraClasses = null, IReadOnlyDictionary<string, string>? extraAttributes = null)
    {
        var attributes = formGroup?.Attributes;
        if (extraAttributes is not null)
        {
            attributes = attributes is null ? extraAttributes : extraAttributes.Concat(attributes).ToDictionary();
        }

        html.Open("div", attributes, ("class", HtmlWriter.Classes("govuk-form-group", hasError ? "govuk-form-group--error" : null, extraClasses, formGroup?.Classes)));
    }

    /// <summary>Hint then error message, each added to aria-describedby, as every GOV.UK field does.</summary>
    private static string? WriteHintAndError(HtmlWriter html, string idBase, HintOptions? hint, ErrorMessageOptions? error, string? describedBy)
    {
        if (hint is not null)
        {
            var hintId = idBase + "-hint";
            describedBy = HtmlWriter.JoinIds(describedBy, hintId);
            WriteHint(html, hint, hintId);
        }

        if (error is not null)
        {
            var errorId = idBase + "-error";
            describedBy = HtmlWriter.JoinIds(describedBy, errorId);
            WriteErrorMessage(html, error, errorId);
        }

        return describedBy;
    }

    private static string? Bool(bool? value) => value switch
    {
        true => "true",
        false => "false",
        null => null,
    };
}
