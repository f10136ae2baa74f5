using System.Text;
using Galeri.Model;

namespace Galeri.Scaffolding;

/// <summary>
/// A new file's field lines, from a content type's declared fields: each key with what the command
/// already knows filled in (others empty, lists as <c>[]</c>, groups with their fields below them) and
/// the field's <see cref="Field.Note"/> as a comment lined up at a column.
/// </summary>
internal static class ScaffoldLines
{
    public static string Of(IReadOnlyList<Field> fields, IReadOnlyDictionary<string, string> filled, int hintColumn)
    {
        var lines = new StringBuilder();
        foreach (var field in fields) Write(lines, field, "", filled, hintColumn);
        return lines.ToString();
    }

    private static void Write(StringBuilder lines, Field field, string indent, IReadOnlyDictionary<string, string> filled, int hintColumn)
    {
        var line = indent + field.Key + ":" + field.Type switch
        {
            FieldType.List => " []",
            _ when filled.TryGetValue(field.Key, out var value) => " " + value,
            _ => "",
        };
        if (field.Note is { } note) line = line.PadRight(hintColumn - 1) + " # " + note;
        lines.Append(line).Append('\n');
        if (field.Type == FieldType.Group)
            foreach (var sub in field.Fields) Write(lines, sub, indent + "  ", filled, hintColumn);
    }

    /// <summary>Text as a YAML value: quoted when a colon, a hash or a leading space would change how it is read.</summary>
    public static string Quote(string value) => value.Contains(':') || value.Contains('#') || value.StartsWith(' ')
        ? "\"" + value.Replace("\"", "\\\"") + "\""
        : value;
}
