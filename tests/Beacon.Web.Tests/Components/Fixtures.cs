using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Beacon.Web.Tests.Components;

/// <summary>GOV.UK Frontend's own component fixtures: the macro options and the HTML the macro renders.</summary>
internal static class Fixtures
{
    private static readonly Lazy<string> ComponentsRoot = new(FindComponentsRoot);

    /// <summary>
    /// Unknown options fail deserialisation, so a fixture using an option the C# renderer lacks cannot pass by
    /// silently ignoring it.
    /// </summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        Converters = { new LenientStringConverter() },
    };

    public static (T Options, string Html) Load<T>(string component, string name)
    {
        var path = Path.Combine(ComponentsRoot.Value, component, "fixtures.json");
        var fixtures = JsonNode.Parse(File.ReadAllText(path))!["fixtures"]!.AsArray();
        var fixture = fixtures.SingleOrDefault(f => (string?)f!["name"] == name)
            ?? throw new InvalidOperationException($"No fixture \"{name}\" in {path}");
        var options = fixture["options"].Deserialize<T>(Json) ?? throw new InvalidOperationException("Fixture has no options");
        return (options, (string)fixture["html"]!);
    }

    private static string FindComponentsRoot()
    {
        var root = Path.Combine(Beacon.Tests.Shared.TestFixtures.RepositoryRoot, "src", "Beacon.Web", "node_modules", "govuk-frontend", "dist", "govuk", "components");
        return Directory.Exists(root) ? root : throw new DirectoryNotFoundException("govuk-frontend not found: build src/Beacon.Web (it runs npm ci)");
    }

    /// <summary>Nunjucks options mix numbers and strings freely (page numbers, item values).</summary>
    private sealed class LenientStringConverter : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number => reader.GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture),
            JsonTokenType.True => "true",
            JsonTokenType.False => "false",
            JsonTokenType.Null => null,
            _ => throw new JsonException($"Expected a string but found {reader.TokenType}"),
        };

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }
}
