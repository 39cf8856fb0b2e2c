namespace Beacon.Web.Pages.Cases.Referral;

public sealed record FieldView(FieldDef Field, string[] Values, string? Error, IReadOnlyList<string>? List)
{
    public string Id => Field.Name;

    public string? Value => Values.FirstOrDefault();

    public string? DescribedBy =>
        string.Join(' ', new[] { Field.Hint is null ? null : Id + "-hint", Error is null ? null : Id + "-error" }.OfType<string>()) is { Length: > 0 } ids ? ids : null;
}
