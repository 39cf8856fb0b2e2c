using System.Globalization;

using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Beacon.Web.Infrastructure.GovUk;

/// <summary>
/// What every GOV.UK form field tag helper shares: name and id from <c>asp-for</c> (ids by ASP.NET's
/// sanitising rule, so error summary links land on them), the first ModelState error as the GOV.UK
/// error message, and the attempted value after a failed post so nothing typed is lost.
/// </summary>
public abstract class GovUkFieldTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression? For { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>Overrides the name from <c>asp-for</c>.</summary>
    public string? Name { get; set; }

    /// <summary>Overrides the id made from the name.</summary>
    public string? Id { get; set; }

    /// <summary>Hint text under the label or legend; defaults to the model's [Display(Description)].</summary>
    public string? Hint { get; set; }

    /// <summary>Extra classes on the control, e.g. <c>govuk-input--width-10</c> or <c>govuk-radios--inline</c>.</summary>
    public string? Classes { get; set; }

    protected string FieldName =>
        Name ?? (For is null
            ? throw new InvalidOperationException($"<{GetType().Name}> needs asp-for or name.")
            : ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name));

    protected string FieldId => Id ?? TagBuilder.CreateSanitizedId(FieldName, "_");

    protected string DisplayName => For?.Metadata.DisplayName ?? DateInputModelBinder.Humanise(For?.Metadata.PropertyName ?? FieldName);

    protected HintOptions? HintOptions =>
        (Hint ?? For?.Metadata.Description) is { Length: > 0 } hint ? new HintOptions { Text = hint } : null;

    protected ErrorMessageOptions? ErrorMessageOptions =>
        ViewContext.ViewData.ModelState.TryGetValue(FieldName, out var entry) && entry.Errors.FirstOrDefault(e => e.ErrorMessage.Length > 0) is { } error
            ? new ErrorMessageOptions { Text = error.ErrorMessage }
            : null;

    /// <summary>What was posted, if anything, else the model's value.</summary>
    protected string? CurrentValue =>
        ViewContext.ViewData.ModelState.TryGetValue(FieldName, out var entry) && entry.RawValue is not null
            ? entry.AttemptedValue
            : For?.Model is IFormattable formattable ? formattable.ToString(null, CultureInfo.CurrentCulture) : For?.Model?.ToString();

    /// <summary>All posted values (checkboxes), else the model's collection.</summary>
    protected IReadOnlyList<string> CurrentValues
    {
        get
        {
            if (ViewContext.ViewData.ModelState.TryGetValue(FieldName, out var entry) && entry.RawValue is not null)
            {
                return entry.RawValue switch
                {
                    string one => [one],
                    IEnumerable<string> many => [.. many],
                    _ => [entry.AttemptedValue ?? ""],
                };
            }

            return For?.Model switch
            {
                null => [],
                string one => [one],
                System.Collections.IEnumerable many => [.. many.Cast<object?>().Select(v => Convert.ToString(v, CultureInfo.CurrentCulture) ?? "")],
                var one => [Convert.ToString(one, CultureInfo.CurrentCulture) ?? ""],
            };
        }
    }

    protected static void Replace(TagHelperOutput output, Microsoft.AspNetCore.Html.IHtmlContent html)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.TagName = null;
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Content.SetHtmlContent(html);
    }
}

/// <summary><c>&lt;govuk-input asp-for="Input.Name" label="Full name" hint="…" classes="govuk-input--width-20" /&gt;</c></summary>
[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkInputTagHelper : GovUkFieldTagHelper
{
    /// <summary>Label text; defaults to the model's display name.</summary>
    public string? Label { get; set; }

    public string? LabelClass { get; set; }

    /// <summary>Wraps the label in an h1: for one-question pages.</summary>
    public bool LabelIsHeading { get; set; }

    public string? Type { get; set; }
    public string? Prefix { get; set; }
    public string? Suffix { get; set; }
    public string? Autocomplete { get; set; }
    public string? Inputmode { get; set; }
    public bool? Spellcheck { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output) =>
        Replace(output, GovUkHtml.Input(new InputOptions
        {
            Name = FieldName,
            Id = FieldId,
            Type = Type,
            Value = CurrentValue,
            Label = new LabelOptions { Text = Label ?? DisplayName, Classes = LabelClass, IsPageHeading = LabelIsHeading },
            Hint = HintOptions,
            ErrorMessage = ErrorMessageOptions,
            Classes = Classes,
            Prefix = Prefix is null ? null : new ContentOptions { Text = Prefix },
            Suffix = Suffix is null ? null : new ContentOptions { Text = Suffix },
            Autocomplete = Autocomplete,
            Inputmode = Inputmode,
            Spellcheck = Spellcheck,
        }));
}

/// <summary>
/// <c>&lt;govuk-textarea asp-for="Input.Details" label="Details" max-length="500" /&gt;</c>: a character count
/// when <c>max-length</c> or <c>max-words</c> is given, else a plain textarea.
/// </summary>
[HtmlTargetElement("govuk-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkTextareaTagHelper : GovUkFieldTagHelper
{
    public string? Label { get; set; }
    public string? LabelClass { get; set; }
    public bool LabelIsHeading { get; set; }
    public int? Rows { get; set; }
    public int? MaxLength { get; set; }
    public int? MaxWords { get; set; }

    /// <summary>Percentage of the limit at which the count message appears.</summary>
    public int? Threshold { get; set; }
    public bool? Spellcheck { get; set; }
    public string? Autocomplete { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var textarea = new CharacterCountOptions
        {
            Name = FieldName,
            Id = FieldId,
            Rows = Rows,
            Value = CurrentValue,
            Label = new LabelOptions { Text = Label ?? DisplayName, Classes = LabelClass, IsPageHeading = LabelIsHeading },
            Hint = HintOptions,
            ErrorMessage = ErrorMessageOptions,
            Classes = Classes,
            Spellcheck = Spellcheck,
            Autocomplete = Autocomplete,
            Maxlength = MaxWords is null ? MaxLength : null,
            Maxwords = MaxWords,
            Threshold = Threshold,
        };
        Replace(output, MaxLength is null && MaxWords is null
            ? GovUkHtml.Textarea(new TextareaOptions
            {
                Name = textarea.Name,
                Id = textarea.Id,
                Rows = Rows,
                Value = textarea.Value,
                Label = textarea.Label,
                Hint = textarea.Hint,
                ErrorMessage = textarea.ErrorMessage,
                Classes = Classes,
                Spellcheck = Spellcheck,
                Autocomplete = Autocomplete,
            })
            : GovUkHtml.CharacterCount(textarea));
    }
}

/// <summary><c>&lt;govuk-select asp-for="Input.Council" asp-items="Model.Councils" label="Council" /&gt;</c></summary>
[HtmlTargetElement("govuk-select", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkSelectTagHelper : GovUkFieldTagHelper
{
    public string? Label { get; set; }
    public string? LabelClass { get; set; }
    public bool LabelIsHeading { get; set; }

    [HtmlAttributeName("asp-items")]
    public IEnumerable<SelectListItem>? Items { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var current = CurrentValue;
        Replace(output, GovUkHtml.Select(new SelectOptions
        {
            Name = FieldName,
            Id = FieldId,
            Value = current,
            Items = [.. (Items ?? []).Select(i => new SelectItem
            {
                Value = i.Value,
                Text = i.Text,
                Disabled = i.Disabled,
                Selected = current is null ? i.Selected : null,
            })],
            Label = new LabelOptions { Text = Label ?? DisplayName, Classes = LabelClass, IsPageHeading = LabelIsHeading },
            Hint = HintOptions,
            ErrorMessage = ErrorMessageOptions,
            Classes = Classes,
        }));
    }
}
