namespace Beacon.Web.Infrastructure.GovUk;

public sealed record InputOptions
{
    public string? Id { get; init; }
    public required string Name { get; init; }
    public string? Type { get; init; }
    public string? Value { get; init; }
    public LabelOptions? Label { get; init; }
    public HintOptions? Hint { get; init; }
    public ErrorMessageOptions? ErrorMessage { get; init; }
    public string? Classes { get; init; }
    public ContentOptions? Prefix { get; init; }
    public ContentOptions? Suffix { get; init; }
    public FormGroupOptions? FormGroup { get; init; }
    public string? Autocomplete { get; init; }
    public string? Inputmode { get; init; }
    public string? Pattern { get; init; }
    public string? Autocapitalize { get; init; }
    public bool? Spellcheck { get; init; }
    public bool Disabled { get; init; }
    public string? DescribedBy { get; init; }
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
}

public record TextareaOptions
{
    public string? Id { get; init; }
    public required string Name { get; init; }
    public int? Rows { get; init; }
    public string? Value { get; init; }
    public LabelOptions? Label { get; init; }
    public HintOptions? Hint { get; init; }
    public ErrorMessageOptions? ErrorMessage { get; init; }
    public string? Classes { get; init; }
    public FormGroupOptions? FormGroup { get; init; }
    public bool? Spellcheck { get; init; }
    public bool Disabled { get; init; }
    public string? Autocomplete { get; init; }
    public string? DescribedBy { get; init; }
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
}

public sealed record CharacterCountOptions : TextareaOptions
{
    public int? Maxlength { get; init; }
    public int? Maxwords { get; init; }
    public int? Threshold { get; init; }
    public string? CountType { get; init; }
    public string? TextareaDescriptionText { get; init; }
}

public sealed record ConditionalOptions
{
    public string? Html { get; init; }
}

/// <summary>One radio or checkbox, or a divider ("or") between them.</summary>
public sealed record ChoiceItem
{
    public string? Value { get; init; }
    public string? Text { get; init; }
    public string? Html { get; init; }
    public string? Id { get; init; }
    public string? Name { get; init; }
    public bool? Checked { get; init; }
    public bool Disabled { get; init; }
    public HintOptions? Hint { get; init; }
    public LabelOptions? Label { get; init; }
    public ConditionalOptions? Conditional { get; init; }
    public string? Divider { get; init; }

    /// <summary>"exclusive" for a "None of these" checkbox that unticks the others.</summary>
    public string? Behaviour { get; init; }
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
}

public sealed record RadiosOptions
{
    public required string Name { get; init; }
    public string? IdPrefix { get; init; }
    public string? Value { get; init; }
    public IReadOnlyList<ChoiceItem?> Items { get; init; } = [];
    public FieldsetOptions? Fieldset { get; init; }
    public HintOptions? Hint { get; init; }
    public ErrorMessageOptions? ErrorMessage { get; init; }
    public string? Classes { get; init; }
    public FormGroupOptions? FormGroup { get; init; }
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
}

public sealed record CheckboxesOptions
{
    public required string Name { get; init; }
    public string? IdPrefix { get; init; }
    public IReadOnlyList<string>? Values { get; init; }
    public IReadOnlyList<ChoiceItem?> Items { get; init; } = [];
    public FieldsetOptions? Fieldset { get; init; }
    public HintOptions? Hint { get; init; }
    public ErrorMessageOptions? ErrorMessage { get; init; }
    public string? Classes { get; init; }
    public string? DescribedBy { get; init; }
    public FormGroupOptions? FormGroup { get; init; }
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
}

public sealed record DateInputItem
{
    public string? Name { get; init; }
    public string? Id { get; init; }
    public string? Value { get; init; }
    public string? Label { get; init; }
    public string? Classes { get; init; }

    /// <summary>True marks this part as wrong; when no part is marked, an error marks them all.</summary>
    public bool? Error { get; init; }
    public string? Inputmode { get; init; }
    public string? Autocomplete { get; init; }
    public string? Pattern { get; init; }
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
}

public sealed record DateInputOptions
{
    public required string Id { get; init; }
    public string? NamePrefix { get; init; }
    public IReadOnlyList<DateInputItem?>? Items { get; init; }
    public DateInputItem? Day { get; init; }
    public DateInputItem? Month { get; init; }
    public DateInputItem? Year { get; init; }
    public IReadOnlyDictionary<string, string>? Values { get; init; }
    public FieldsetOptions? Fieldset { get; init; }
    public HintOptions? Hint { get; init; }
    public ErrorMessageOptions? ErrorMessage { get; init; }
    public string? Classes { get; init; }
    public FormGroupOptions? FormGroup { get; init; }
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
}

public sealed record SelectItem
{
    public string? Value { get; init; }
    public string? Text { get; init; }
    public bool? Selected { get; init; }
    public bool Disabled { get; init; }
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
}

public sealed record SelectOptions
{
    public string? Id { get; init; }
    public required string Name { get; init; }
    public string? Value { get; init; }
    public IReadOnlyList<SelectItem?> Items { get; init; } = [];
    public LabelOptions? Label { get; init; }
    public HintOptions? Hint { get; init; }
    public ErrorMessageOptions? ErrorMessage { get; init; }
    public string? Classes { get; init; }
    public FormGroupOptions? FormGroup { get; init; }
    public bool Disabled { get; init; }
    public string? DescribedBy { get; init; }
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
}
