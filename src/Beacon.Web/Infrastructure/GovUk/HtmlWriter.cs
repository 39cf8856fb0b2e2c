using System.Text;
using System.Text.Encodings.Web;

using Microsoft.AspNetCore.Html;

namespace Beacon.Web.Infrastructure.GovUk;

/// <summary>A minimal HTML builder: every attribute value and text is encoded; only <see cref="Raw"/> is not.</summary>
internal sealed class HtmlWriter
{
    /// <summary>An attribute value meaning "write the bare attribute name" (checked, disabled).</summary>
    public const string Flag = "\u0001";

    private readonly StringBuilder _html = new();

    public HtmlWriter Open(string tag, IReadOnlyDictionary<string, string>? extra, params (string Name, string? Value)[] attributes)
    {
        _html.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            Attribute(name, value);
        }

        if (extra is not null)
        {
            foreach (var (name, value) in extra)
            {
                Attribute(name, value);
            }
        }

        _html.Append('>');
        return this;
    }

    public HtmlWriter Open(string tag, params (string Name, string? Value)[] attributes) => Open(tag, null, attributes);

    public HtmlWriter Close(string tag)
    {
        _html.Append("</").Append(tag).Append('>');
        return this;
    }

    public HtmlWriter Text(string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            _html.Append(HtmlEncoder.Default.Encode(text));
        }

        return this;
    }

    public HtmlWriter Raw(string? html)
    {
        _html.Append(html);
        return this;
    }

    public HtmlWriter Raw(IHtmlContent? html) => Raw(html is null ? null : GovUkHtml.ToHtmlString(html));

    /// <summary>GOV.UK's "html if set, else text" rule.</summary>
    public HtmlWriter Content(string? text, string? html) => string.IsNullOrEmpty(html) ? Text(text) : Raw(html.Trim());

    public HtmlWriter Element(string tag, string? text, params (string Name, string? Value)[] attributes) =>
        Open(tag, attributes).Text(text).Close(tag);

    public IHtmlContent ToHtml() => new HtmlString(_html.ToString());

    public override string ToString() => _html.ToString();

    private void Attribute(string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        _html.Append(' ').Append(name);
        if (value != Flag)
        {
            _html.Append("=\"").Append(HtmlEncoder.Default.Encode(value)).Append('"');
        }
    }

    /// <summary>Joins the non-empty class names with spaces.</summary>
    public static string Classes(params string?[] names) =>
        string.Join(' ', names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim()));

    public static string? FlagIf(bool condition) => condition ? Flag : null;

    public static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    public static string? JoinIds(params string?[] ids)
    {
        var joined = Classes(ids);
        return joined.Length == 0 ? null : joined;
    }
}
