using System.Globalization;

using Microsoft.AspNetCore.Html;

namespace Beacon.Web.Infrastructure.GovUk;

public static partial class GovUkHtml
{
    public static IHtmlContent Input(InputOptions options)
    {
        var html = new HtmlWriter();
        WriteInput(html, options);
        return html.ToHtml();
    }

    private static void WriteInput(HtmlWriter html, InputOptions options)
    {
        var id = options.Id ?? options.Name;
        OpenFormGroup(html, options.ErrorMessage is not null, options.FormGroup);
        WriteLabel(html, options.Label, id);
        var describedBy = WriteHintAndError(html, id, options.Hint, options.ErrorMessage, options.DescribedBy);

        var hasPrefix = options.Prefix is { } prefix && HasContent(prefix.Text, prefix.Html);
        var hasSuffix = options.Suffix is { } suffix && HasContent(suffix.Text, suffix.Html);
        if (hasPrefix || hasSuffix)
        {
            html.Open("div", ("class", "govuk-input__wrapper"));
        }

        if (hasPrefix)
        {
            WriteAffix(html, options.Prefix!, "prefix");
        }

        html.Open("input", options.Attributes,
            ("class", HtmlWriter.Classes("govuk-input", options.Classes, options.ErrorMessage is null ? null : "govuk-input--error")),
            ("id", id),
            ("name", options.Name),
            ("type", string.IsNullOrEmpty(options.Type) ? "text" : options.Type),
            ("spellcheck", Bool(options.Spellcheck)),
            ("value", options.Value),
            ("disabled", HtmlWriter.FlagIf(options.Disabled)),
            ("aria-describedby", describedBy),
            ("autocomplete", options.Autocomplete),
            ("autocapitalize", options.Autocapitalize),
            ("pattern", options.Pattern),
            ("inputmode", options.Inputmode));

        if (hasSuffix)
        {
            WriteAffix(html, options.Suffix!, "suffix");
        }

        if (hasPrefix || hasSuffix)
        {
            html.Close("div");
        }

        html.Close("div");
    }

    private static void WriteAffix(HtmlWriter html, ContentOptions affix, string type) =>
        html.Open("div", affix.Attributes, ("class", HtmlWriter.Classes("govuk-input__" + type, affix.Classes)), ("aria-hidden", "true"))
            .Content(affix.Text, affix.Html)
            .Close("div");

    public static IHtmlContent Textarea(TextareaOptions options)
    {
        if (options is CharacterCountOptions count)
        {
            return CharacterCount(count);
        }

        var html = new HtmlWriter();
        WriteTextarea(html, options, options.DescribedBy, null, null, null, null);
        return html.ToHtml();
    }

    /// <summary>A textarea that counts characters (maxlength) or words (maxwords), with a server-rendered limit message for when JavaScript is off.</summary>
    public static IHtmlContent CharacterCount(CharacterCountOptions options)
    {
        var id = options.Id ?? options.Name;
        var countType = options.CountType ?? (options.Maxwords is not null ? "words" : null);
        var limit = options.Maxwords ?? options.Maxlength;
        string? description = null;
        if (limit is not null)
        {
            description = (options.TextareaDescriptionText ?? "You can enter up to %{count} " + (countType == "words" ? "words" : "characters"))
                .Replace("%{count}", limit.Value.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        var groupAttributes = new Dictionary<string, string> { ["data-module"] = "govuk-character-count" };
        AddIfSet(groupAttributes, "data-maxlength", options.Maxlength);
        AddIfSet(groupAttributes, "data-maxwords", options.Maxwords);
        AddIfSet(groupAttributes, "data-threshold", options.Threshold);
        if (countType is not null)
        {
            groupAttributes["data-count-type"] = countType;
        }

        var html = new HtmlWriter();
        WriteTextarea(html, options, id + "-info", "govuk-js-character-count", "govuk-character-count", groupAttributes,
            after => WriteHint(after, new HintOptions { Text = description }, id + "-info", HtmlWriter.Classes("govuk-character-count__message")));
        return html.ToHtml();

        static void AddIfSet(Dictionary<string, string> attributes, string name, int? value)
        {
            if (value is not null)
            {
                attributes[name] = value.Value.ToString(CultureInfo.InvariantCulture);
            }
        }
    }

    private static void WriteTextarea(HtmlWriter html, TextareaOptions options, string? describedBy, string? extraClasses,
        string? groupClasses, IReadOnlyDictionary<string, string>? groupAttributes, Action<HtmlWriter>? afterInput)
    {
        var id = options.Id ?? options.Name;
        OpenFormGroup(html, options.ErrorMessage is not null, options.FormGroup, groupClasses, groupAttributes);
        WriteLabel(html, options.Label, id);
        describedBy = WriteHintAndError(html, id, options.Hint, options.ErrorMessage, describedBy);
        html.Open("textarea", options.Attributes,
                ("class", HtmlWriter.Classes("govuk-textarea", options.ErrorMessage is null ? null : "govuk-textarea--error", extraClasses, options.Classes)),
                ("id", id),
                ("name", options.Name),
                ("rows", (options.Rows is > 0 ? options.Rows.Value : 5).ToString(CultureInfo.InvariantCulture)),
                ("spellcheck", Bool(options.Spellcheck)),
                ("disabled", HtmlWriter.FlagIf(options.Disabled)),
                ("aria-describedby", describedBy),
                ("autocomplete", HtmlWriter.NullIfEmpty(options.Autocomplete)))
            .Text(options.Value)
            .Close("textarea");
        afterInput?.Invoke(html);
        html.Close("div");
    }

    public static IHtmlContent Radios(RadiosOptions options)
    {
        var idPrefix = options.IdPrefix ?? options.Name;
        var inner = new HtmlWriter();
        var describedBy = WriteHintAndError(inner, idPrefix, options.Hint, options.ErrorMessage, options.Fieldset?.DescribedBy);
        inner.Open("div", options.Attributes, ("class", HtmlWriter.Classes("govuk-radios", options.Classes)), ("data-module", "govuk-radios"));
        for (var i = 0; i < options.Items.Count; i++)
        {
            if (options.Items[i] is not { } item)
            {
                continue;
            }

            var isChecked = item.Checked == true
                || (!string.IsNullOrEmpty(options.Value) && item.Checked != false && item.Value == options.Value);
            WriteChoice(inner, "radios", "radio", idPrefix, i + 1, options.Name, item, isChecked, null);
        }

        inner.Close("div");
        return WrapChoices(options.ErrorMessage is not null, options.FormGroup, options.Fieldset, describedBy, null, inner);
    }

    public static IHtmlContent Checkboxes(CheckboxesOptions options)
    {
        var idPrefix = options.IdPrefix ?? options.Name;
        var inner = new HtmlWriter();
        var describedBy = WriteHintAndError(inner, idPrefix, options.Hint, options.ErrorMessage, options.Fieldset?.DescribedBy ?? options.DescribedBy);
        inner.Open("div", options.Attributes, ("class", HtmlWriter.Classes("govuk-checkboxes", options.Classes)), ("data-module", "govuk-checkboxes"));
        for (var i = 0; i < options.Items.Count; i++)
        {
            if (options.Items[i] is not { } item)
            {
                continue;
            }

            var isChecked = item.Checked == true
                || (options.Values is { Count: > 0 } values && item.Checked != false && item.Value is not null && values.Contains(item.Value));
            WriteChoice(inner, "checkboxes", "checkbox", idPrefix, i + 1, item.Name ?? options.Name, item, isChecked,
                options.Fieldset is null ? describedBy : null);
        }

        inner.Close("div");
        return WrapChoices(options.ErrorMessage is not null, options.FormGroup, options.Fieldset, describedBy, null, inner);
    }

    private static void WriteChoice(HtmlWriter html, string block, string type, string idPrefix, int index, string name, ChoiceItem item, bool isChecked, string? groupDescribedBy)
    {
        var itemId = item.Id ?? (index > 1 ? $"{idPrefix}-{index}" : idPrefix);
        if (!string.IsNullOrEmpty(item.Divider))
        {
            html.Element("div", item.Divider, ("class", $"govuk-{block}__divider"));
            return;
        }

        var hasHint = item.Hint is { } hint && HasContent(hint.Text, hint.Html);
        var hintId = itemId + "-item-hint";
        var conditionalId = "conditional-" + itemId;
        var hasConditional = !string.IsNullOrEmpty(item.Conditional?.Html);
        html.Open("div", ("class", $"govuk-{block}__item"))
            .Open("input", item.Attributes,
                ("class", $"govuk-{block}__input"),
                ("id", itemId),
                ("name", name),
                ("type", type),
                ("value", item.Value ?? ""),
                ("checked", HtmlWriter.FlagIf(isChecked)),
                ("disabled", HtmlWriter.FlagIf(item.Disabled)),
                ("data-aria-controls", hasConditional ? conditionalId : null),
                ("data-behaviour", HtmlWriter.NullIfEmpty(item.Behaviour)),
                ("aria-describedby", HtmlWriter.JoinIds(groupDescribedBy, hasHint ? hintId : null)));
        WriteLabel(html, new LabelOptions { Text = item.Text, Html = item.Html, Classes = item.Label?.Classes, Attributes = item.Label?.Attributes }, itemId, $"govuk-{block}__label");
        if (hasHint)
        {
            WriteHint(html, item.Hint!, hintId, $"govuk-{block}__hint");
        }

        html.Close("div");
        if (hasConditional)
        {
            html.Open("div", ("class", HtmlWriter.Classes($"govuk-{block}__conditional", isChecked ? null : $"govuk-{block}__conditional--hidden")), ("id", conditionalId))
                .Raw(item.Conditional!.Html!.Trim())
                .Close("div");
        }
    }

    private static IHtmlContent WrapChoices(bool hasError, FormGroupOptions? formGroup, FieldsetOptions? fieldset, string? describedBy, string? role, HtmlWriter inner)
    {
        var html = new HtmlWriter();
        OpenFormGroup(html, hasError, formGroup);
        if (fieldset is not null)
        {
            WriteFieldset(html, fieldset, describedBy, role ?? fieldset.Role, inner.ToString());
        }
        else
        {
            html.Raw(inner.ToString());
        }

        return html.Close("div").ToHtml();
    }

    public static IHtmlContent DateInput(DateInputOptions options)
    {
        var day = options.Day ?? new DateInputItem { Name = "day", Value = options.Values?.GetValueOrDefault("day") };
        var month = options.Month ?? new DateInputItem { Name = "month", Value = options.Values?.GetValueOrDefault("month") };
        var year = options.Year ?? new DateInputItem { Name = "year", Value = options.Values?.GetValueOrDefault("year") };
        var items = options.Items is { Count: > 0 } given ? given : [day, month, year];
        var anyItemHasError = items.Any(i => i is not null && ItemHasError(i));
        var namePrefix = string.IsNullOrEmpty(options.NamePrefix) ? "" : options.NamePrefix + "-";

        var inner = new HtmlWriter();
        var describedBy = WriteHintAndError(inner, options.Id, options.Hint, options.ErrorMessage, options.Fieldset?.DescribedBy);
        inner.Open("div", options.Attributes, ("class", HtmlWriter.Classes("govuk-date-input", options.Classes)), ("id", options.Id));
        foreach (var item in items)
        {
            if (item is null)
            {
                continue;
            }

            // Parts named day/month/year (or as the day/month/year options) take those defaults, as the macro does.
            var itemName = item.Name;
            var itemValue = item.Value;
            var width = 2;
            if (ReferenceEquals(item, day) || (item.Name is { } n1 && (n1 == "day" || n1 == day.Name)))
            {
                itemName = item.Name ?? "day";
                itemValue ??= day.Value;
            }
            else if (ReferenceEquals(item, month) || (item.Name is { } n2 && (n2 == "month" || n2 == month.Name)))
            {
                itemName = item.Name ?? "month";
                itemValue ??= month.Value;
            }
            else if (ReferenceEquals(item, year) || (item.Name is { } n3 && (n3 == "year" || n3 == year.Name)))
            {
                itemName = item.Name ?? "year";
                itemValue ??= year.Value;
                width = 4;
            }

            var classesGiven = item.Classes ?? "";
            string? errorClass = null;
            if (!classesGiven.Contains("govuk-input--error", StringComparison.Ordinal)
                && (ItemHasError(item) || (item.Error != false && options.ErrorMessage is not null && !anyItemHasError)))
            {
                errorClass = "govuk-input--error";
            }

            var widthClass = classesGiven.Contains("govuk-input--width-", StringComparison.Ordinal) ? null : "govuk-input--width-" + width.ToString(CultureInfo.InvariantCulture);
            var name = namePrefix + itemName;
            inner.Open("div", ("class", "govuk-date-input__item"));
            WriteInput(inner, new InputOptions
            {
                Label = new LabelOptions { Text = item.Label ?? Capitalise(itemName), Classes = "govuk-date-input__label" },
                Id = item.Id ?? (options.Id + "-" + itemName),
                Classes = HtmlWriter.Classes("govuk-date-input__input", errorClass, widthClass, item.Classes),
                Name = name,
                Value = itemValue ?? options.Values?.GetValueOrDefault(name),
                Inputmode = item.Inputmode ?? "numeric",
                Autocomplete = item.Autocomplete,
                Pattern = item.Pattern,
                Attributes = item.Attributes,
            });
            inner.Close("div");
        }

        inner.Close("div");

        // role="group" so JAWS announces the fieldset's description for text inputs.
        return WrapChoices(options.ErrorMessage is not null, options.FormGroup, options.Fieldset, describedBy, "group", inner);

        static bool ItemHasError(DateInputItem item) =>
            item.Error == true || (item.Classes?.Contains("govuk-input--error", StringComparison.Ordinal) ?? false);

        static string Capitalise(string? value) =>
            string.IsNullOrEmpty(value) ? "" : char.ToUpperInvariant(value[0]) + value[1..].ToLowerInvariant();
    }

    public static IHtmlContent Select(SelectOptions options)
    {
        var id = options.Id ?? options.Name;
        var html = new HtmlWriter();
        OpenFormGroup(html, options.ErrorMessage is not null, options.FormGroup);
        WriteLabel(html, options.Label, id);
        var describedBy = WriteHintAndError(html, id, options.Hint, options.ErrorMessage, options.DescribedBy);
        html.Open("select", options.Attributes,
            ("class", HtmlWriter.Classes("govuk-select", options.Classes, options.ErrorMessage is null ? null : "govuk-select--error")),
            ("id", id),
            ("name", options.Name),
            ("disabled", HtmlWriter.FlagIf(options.Disabled)),
            ("aria-describedby", describedBy));
        foreach (var item in options.Items)
        {
            if (item is null)
            {
                continue;
            }

            var effectiveValue = item.Value ?? item.Text;
            var selected = item.Selected == true
                || (!string.IsNullOrEmpty(options.Value) && item.Selected != false && effectiveValue == options.Value);
            html.Open("option", item.Attributes,
                    ("value", item.Value),
                    ("selected", HtmlWriter.FlagIf(selected)),
                    ("disabled", HtmlWriter.FlagIf(item.Disabled)))
                .Text(item.Text)
                .Close("option");
        }

        html.Close("select").Close("div");
        return html.ToHtml();
    }
}
