using System.Text;
using System.Text.RegularExpressions;

using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Beacon.Web.Tests.Components;

/// <summary>
/// Compares two HTML fragments by structure: same element tree and tag names, same attribute sets
/// (class as an order-free set), same text with whitespace collapsed. Whitespace-only text and comments are ignored.
/// </summary>
internal static partial class HtmlStructure
{
    private static readonly HtmlParser Parser = new();

    public static void ShouldMatch(string actualHtml, string expectedHtml)
    {
        var actual = Parse(actualHtml);
        var expected = Parse(expectedHtml);
        var difference = Compare(actual, expected, "");
        if (difference is not null)
        {
            throw new ShouldAssertException($"""
                HTML structure differs at {difference}

                Expected:
                {Describe(expected)}
                Actual:
                {Describe(actual)}
                """);
        }
    }

    private static IElement Parse(string html) => Parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>").Body!;

    private static string? Compare(INode actual, INode expected, string path)
    {
        var actualChildren = Significant(actual);
        var expectedChildren = Significant(expected);
        for (var i = 0; i < Math.Max(actualChildren.Count, expectedChildren.Count); i++)
        {
            if (i >= actualChildren.Count)
            {
                return $"{path}: missing {Label(expectedChildren[i])}";
            }

            if (i >= expectedChildren.Count)
            {
                return $"{path}: unexpected {Label(actualChildren[i])}";
            }

            var a = actualChildren[i];
            var e = expectedChildren[i];
            var here = $"{path}/{Label(e)}[{i}]";
            if (a is IElement ae && e is IElement ee)
            {
                if (ae.LocalName != ee.LocalName)
                {
                    return $"{here}: expected <{ee.LocalName}> but was <{ae.LocalName}>";
                }

                var attributeDifference = CompareAttributes(ae, ee);
                if (attributeDifference is not null)
                {
                    return $"{here}: {attributeDifference}";
                }

                var inner = Compare(ae, ee, here);
                if (inner is not null)
                {
                    return inner;
                }
            }
            else if (a.NodeType == NodeType.Text && e.NodeType == NodeType.Text)
            {
                if (Normalise(a.TextContent) != Normalise(e.TextContent))
                {
                    return $"{here}: expected text \"{Normalise(e.TextContent)}\" but was \"{Normalise(a.TextContent)}\"";
                }
            }
            else
            {
                return $"{here}: expected {Label(e)} but was {Label(a)}";
            }
        }

        return null;
    }

    private static string? CompareAttributes(IElement actual, IElement expected)
    {
        var a = Attributes(actual);
        var e = Attributes(expected);
        var missing = e.Keys.Except(a.Keys).ToList();
        var extra = a.Keys.Except(e.Keys).ToList();
        if (missing.Count > 0 || extra.Count > 0)
        {
            return $"attributes differ: missing [{string.Join(", ", missing)}], unexpected [{string.Join(", ", extra)}]";
        }

        foreach (var (name, value) in e)
        {
            if (a[name] != value)
            {
                return $"attribute {name}: expected \"{value}\" but was \"{a[name]}\"";
            }
        }

        return null;
    }

    private static Dictionary<string, string> Attributes(IElement element) =>
        element.Attributes.ToDictionary(
            a => a.Name,
            a => a.Name == "class" ? string.Join(' ', a.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)) : a.Value);

    private static List<INode> Significant(INode node) =>
        node.ChildNodes.Where(c => c is IElement || (c.NodeType == NodeType.Text && Normalise(c.TextContent).Length > 0)).ToList();

    private static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

    private static string Label(INode node) => node switch
    {
        IElement element => element.LocalName + (element.ClassList.Length > 0 ? "." + string.Join('.', element.ClassList) : ""),
        _ => "text \"" + Normalise(node.TextContent) + "\"",
    };

    /// <summary>An indented outline of the tree, for failure messages.</summary>
    private static string Describe(INode root)
    {
        var outline = new StringBuilder();
        Walk(root, 0);
        return outline.ToString();

        void Walk(INode node, int depth)
        {
            foreach (var child in Significant(node))
            {
                outline.Append(' ', depth * 2);
                if (child is IElement element)
                {
                    outline.Append('<').Append(element.LocalName);
                    foreach (var (name, value) in Attributes(element).OrderBy(a => a.Key, StringComparer.Ordinal))
                    {
                        outline.Append(' ').Append(name).Append("=\"").Append(value).Append('"');
                    }

                    outline.AppendLine(">");
                    Walk(child, depth + 1);
                }
                else
                {
                    outline.AppendLine(Normalise(child.TextContent));
                }
            }
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
