using System.Globalization;
using Galeri.Diagnostics;

namespace Galeri.Yaml;

/// <summary>
/// One value written where a list of texts is expected. A text is taken as a one-item list, since
/// that is what the writer meant (<c>tag: kendaraan</c>); a bare number is not (<c>tag: 2023</c>):
/// it is more likely a year or a count put in the wrong field, and quoting it says it is meant as text.
/// </summary>
internal static class SingleTextItem
{
    public static IReadOnlyList<(string Value, SourcePosition Position)> Read(FieldReader fields, string key, YamlScalar scalar)
    {
        var text = scalar.Value.Trim();
        if (scalar.IsPlain && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            fields.Diagnostics.Error(fields.File, scalar.Position, fields.FieldName(key), "type-text-list", fields.FieldName(key), text);
            return [];
        }
        return [(text, scalar.Position)];
    }
}
