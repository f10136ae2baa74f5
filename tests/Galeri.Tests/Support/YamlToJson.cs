using System.Globalization;
using System.Text.Json.Nodes;
using Galeri.Yaml;

namespace Galeri.Tests.Support;

/// <summary>
/// Front matter as an editor's YAML language server sees it (YAML 1.2 core schema): plain scalars
/// become numbers, booleans or null; dates stay strings. Used to validate entries against the JSON Schema.
/// </summary>
internal static class YamlToJson
{
    public static JsonNode? Convert(YamlNode? node) => node switch
    {
        null => null,
        YamlMap map => new JsonObject(map.Entries.Select(e => KeyValuePair.Create(e.Key.Value, Convert(e.Value)))),
        YamlSequence sequence => new JsonArray(sequence.Items.Select(Convert).ToArray()),
        YamlScalar { IsNull: true } => null,
        YamlScalar { IsPlain: true } s when s.Value is "true" or "false" => JsonValue.Create(s.Value == "true"),
        YamlScalar { IsPlain: true } s when long.TryParse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer) => JsonValue.Create(integer),
        YamlScalar { IsPlain: true } s when double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
        YamlScalar s => JsonValue.Create(s.Value),
        _ => null,
    };
}
