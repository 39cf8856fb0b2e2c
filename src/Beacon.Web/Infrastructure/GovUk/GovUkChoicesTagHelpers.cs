using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Beacon.Web.Infrastructure.GovUk;

/// <summary>Shared by radios and checkboxes: a fieldset with a legend around items gathered from child tags.</summary>
public abstract class GovUkChoicesTagHelper : GovUkFieldTagHelper
{
    /// <summary>Legend text; defaults to the model's display name.</summary>
    public string? Legend { get; set; }

    public string? LegendClass { get; set; }

    /// <summary>Puts an h1 in the legend: for one-question pages.</summary>
    public bool LegendIsHeading { get; set; }

    protected FieldsetOptions Fieldset => new()
    {
        Legend = new LegendOptions
        {
            Text = Legend ?? DisplayName,
            Classes = LegendClass ?? (LegendIsHeading ? "govuk-fieldset__legend--l" : "govuk-fieldset__legend--m"),
            IsPageHeading = LegendIsHeading,
        },
    };

    protected static async Task<IReadOnlyList<ChoiceItem>> CollectItemsAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var items = new List<ChoiceItem>();
        context.Items[typeof(GovUkChoicesTagHelper)] = items;
        await output.GetChildContentAsync();
        return items;
    }
}

/// <summary>
/// One radio or checkbox inside <c>govuk-radios</c> or <c>govuk-checkboxes</c>; any child content is the
/// conditional reveal, shown when the item is chosen (and always, without JavaScript, when chosen on the server).
/// </summary>
[HtmlTargetElement("govuk-radios-item", ParentTag = "govuk-radios")]
[HtmlTargetElement("govuk-checkboxes-item", ParentTag = "govuk-checkboxes")]
public sealed class GovUkChoiceItemTagHelper : TagHelper
{
    public string Value { get; set; } = "";
    public string? Label { get; set; }
    public string? Hint { get; set; }
    public bool Disabled { get; set; }

    /// <summary>Checkboxes only: a "None of these" option that unticks the others.</summary>
    public bool Exclusive { get; set; }

    /// <summary>Text of a divider (usually "or") to put before this item.</summary>
    public string? DividerBefore { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var conditional = (await output.GetChildContentAsync()).GetContent();
        output.SuppressOutput();
        if (context.Items[typeof(GovUkChoicesTagHelper)] is not List<ChoiceItem> items)
        {
            return;
        }

        if (!string.IsNullOrEmpty(DividerBefore))
        {
            items.Add(new ChoiceItem { Divider = DividerBefore });
        }

        items.Add(new ChoiceItem
        {
            Value = Value,
            Text = Label ?? Value,
            Hint = string.IsNullOrEmpty(Hint) ? null : new HintOptions { Text = Hint },
            Disabled = Disabled,
            Behaviour = Exclusive ? "exclusive" : null,
            Conditional = string.IsNullOrWhiteSpace(conditional) ? null : new ConditionalOptions { Html = conditional },
        });
    }
}

/// <summary>
/// <c>&lt;govuk-radios asp-for="Input.Contact" legend="How should we contact you?"&gt;&lt;govuk-radios-item value="Email" label="Email"&gt;…&lt;/govuk-radios-item&gt;&lt;/govuk-radios&gt;</c>
/// </summary>
[HtmlTargetElement("govuk-radios")]
[RestrictChildren("govuk-radios-item")]
public sealed class GovUkRadiosTagHelper : GovUkChoicesTagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var items = await CollectItemsAsync(context, output);
        var name = FieldName;
        Replace(output, GovUkHtml.Radios(new RadiosOptions
        {
            Name = name,
            IdPrefix = FieldId,
            Value = CurrentValue,
            Items = items,
            Fieldset = Fieldset,
            Hint = HintOptions,
            ErrorMessage = ErrorMessageOptions,
            Classes = Classes,
        }));
    }
}

/// <summary>
/// <c>&lt;govuk-checkboxes asp-for="Input.Needs" legend="…"&gt;&lt;govuk-checkboxes-item value="…" label="…" /&gt;&lt;/govuk-checkboxes&gt;</c>;
/// binds to a collection.
/// </summary>
[HtmlTargetElement("govuk-checkboxes")]
[RestrictChildren("govuk-checkboxes-item")]
public sealed class GovUkCheckboxesTagHelper : GovUkChoicesTagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var items = await CollectItemsAsync(context, output);
        Replace(output, GovUkHtml.Checkboxes(new CheckboxesOptions
        {
            Name = FieldName,
            IdPrefix = FieldId,
            Values = CurrentValues,
            Items = items,
            Fieldset = Fieldset,
            Hint = HintOptions,
            ErrorMessage = ErrorMessageOptions,
            Classes = Classes,
        }));
    }
}

/// <summary>
/// <c>&lt;govuk-date-input asp-for="Input.DateOfBirth" legend="Date of birth" hint="For example, 27 3 2007" /&gt;</c>,
/// bound by <see cref="DateInputModelBinder"/>: fields <c>name.Day</c>, <c>name.Month</c>, <c>name.Year</c>.
/// </summary>
[HtmlTargetElement("govuk-date-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkDateInputTagHelper : GovUkChoicesTagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = FieldName;
        var attempt = DateInputAttempt.Find(ViewContext.HttpContext, name);
        var model = For?.Model as DateOnly?;
        string[] values = attempt is not null
            ? [attempt.Day, attempt.Month, attempt.Year]
            : model is { } date ? [Number(date.Day), Number(date.Month), Number(date.Year)] : ["", "", ""];
        var items = DateInputAttempt.Parts.Select((p, i) => new DateInputItem
        {
            Name = DateInputAttempt.PartName(name, p.Part),
            Id = DateInputAttempt.PartId(name, p.Part),
            Label = p.Label,
            Value = values[i],
            Classes = p.Part == DateParts.Year ? "govuk-input--width-4" : "govuk-input--width-2",
            Error = attempt is not null && attempt.WrongParts.HasFlag(p.Part) ? true : null,
        }).ToList();

        Replace(output, GovUkHtml.DateInput(new DateInputOptions
        {
            Id = FieldId,
            Items = items,
            Fieldset = Fieldset,
            Hint = HintOptions,
            ErrorMessage = ErrorMessageOptions,
            Classes = Classes,
        }));

        static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
