using System.Text.Encodings.Web;
using System.Text.Json;
using Galeri.Entries;
using Galeri.Model;

namespace Galeri.Schema;

/// <summary>
/// The JSON Schema (draft 2020-12) of a content type's file (an entry's front matter, a visit, opd.yml, ...),
/// written from its declared fields (<see cref="ContentTypes"/>) with the lists that live in content/ (OPD,
/// urusan, entry folders) filled in. Editors use it to complete and check fields as staff type
/// (<c># yaml-language-server: $schema=…</c>). Rules across fields (dates in order, images present)
/// remain for <c>galeri check</c>.
/// </summary>
internal static class ContentSchema
{
    private const string WebUrlPattern = "^https?://";
    private const string DatePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
    private const string SlugPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";
    private const string EmailPattern = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

    /// <summary>The schema, from its declared fields and <paramref name="inputs"/> only.</summary>
    public static string Write(ContentType type, SchemaInputs inputs)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            var shape = type.Shape;
            json.WriteStartObject();
            json.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
            if (inputs.Id is { } id) json.WriteString("$id", id);
            json.WriteString("title", $"{type.Title} — {inputs.SiteTitle}");
            json.WriteString("description", shape.Hint);
            if (type.IsList)
            {
                // opd.yml and urusan.yml: a list that must not be empty (an empty one is refused by the check).
                json.WriteString("type", "array");
                json.WriteNumber("minItems", 1);
                json.WriteStartObject("items");
                json.WriteString("description", shape.Item!.Hint);
                ObjectBody(json, shape.Item, inputs);
                json.WriteEndObject();
            }
            else ObjectBody(json, shape, inputs);
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Property(Utf8JsonWriter json, Field field, SchemaInputs inputs)
    {
        json.WriteStartObject(field.Key);
        json.WriteString("description", field.Hint);
        Shape(json, field, inputs);
        json.WriteEndObject();
    }

    /// <summary>Everything about a value but its description: the whole schema of a list's items.</summary>
    private static void Shape(Utf8JsonWriter json, Field field, SchemaInputs inputs)
    {
        switch (field.Type)
        {
            case FieldType.Number or FieldType.Integer or FieldType.Year:
                json.WriteString("type", field.Type == FieldType.Number ? "number" : "integer");
                // The same bounds the parser enforces: both read them from the field.
                if (field.Minimum is { } minimum) json.WriteNumber("minimum", minimum);
                if (field.Maximum is { } maximum) json.WriteNumber("maximum", maximum);
                break;
            case FieldType.Rupiah:
                json.WriteString("type", "integer");
                json.WriteNumber("minimum", field.Minimum ?? 0);
                json.WriteNumber("maximum", field.Maximum!.Value);
                break;
            case FieldType.DocumentFile:
                var documents = Entries.StudiTiruVocabulary.DocumentExtensions.Select(e => e.TrimStart('.')).ToList();
                Text(json, null, $"^(?!/)(?!.*\\.\\.)[^:]+\\.({string.Join("|", documents.Concat(documents.Select(e => e.ToUpperInvariant())))})$");
                break;
            case FieldType.Boolean:
                json.WriteString("type", "boolean");
                break;
            case FieldType.Date:
                Text(json, "date", DatePattern);
                break;
            case FieldType.Url:
                Text(json, "uri", WebUrlPattern);
                break;
            case FieldType.Email:
                Text(json, "email", EmailPattern);
                break;
            case FieldType.ImageFile:
                var extensions = Vocabulary.ImageExtensions.Select(e => e.TrimStart('.')).ToList();
                var alternatives = string.Join("|", extensions.Concat(extensions.Select(e => e.ToUpperInvariant())));
                Text(json, null, $"^(?!/)(?!.*\\.\\.)[^:]+\\.({alternatives})$");
                break;
            case FieldType.Slug:
                // The same rule as Slugs.IsValid: lowercase a-z and digits, single hyphens between.
                Text(json, null, SlugPattern);
                break;
            case FieldType.Code or FieldType.Choice:
                json.WriteString("type", "string");
                Enum(json, field.Type == FieldType.Code ? CodesOf(field, inputs) : field.Values.Select(v => (v, v)).ToList());
                break;
            case FieldType.List:
                json.WriteString("type", "array");
                // Tags are deduplicated while reading, without case; codes and numbers are sets.
                if (field.Item!.Type is FieldType.Choice or FieldType.Integer) json.WriteBoolean("uniqueItems", true);
                json.WriteStartObject("items");
                if (field.Item.Type == FieldType.Choice)
                {
                    json.WriteString("type", "string");
                    json.WriteStartArray("enum");
                    foreach (var value in field.Item.Values) json.WriteStringValue(value);
                    json.WriteEndArray();
                }
                else Shape(json, field.Item, inputs);
                json.WriteEndObject();
                break;
            case FieldType.Group:
                ObjectBody(json, field, inputs);
                break;
            default:
                json.WriteString("type", "string");
                if (field.Required) json.WriteNumber("minLength", 1);
                break;
        }
    }

    private static void Text(Utf8JsonWriter json, string? format, string pattern)
    {
        json.WriteString("type", "string");
        if (format is not null) json.WriteString("format", format);
        json.WriteString("pattern", pattern);
    }

    private static List<(string Value, string Label)> CodesOf(Field field, SchemaInputs inputs) =>
        inputs.Codes.Where(c => c.List == field.CodeList).Select(c => (c.Code, c.Label)).ToList();

    private static void Enum(Utf8JsonWriter json, IReadOnlyList<(string Value, string Label)> values)
    {
        json.WriteStartArray("enum");
        foreach (var (value, _) in values) json.WriteStringValue(value);
        json.WriteEndArray();
        // Shown by editors next to each completion.
        json.WriteStartArray("enumDescriptions");
        foreach (var (_, label) in values) json.WriteStringValue(label);
        json.WriteEndArray();
    }

    private static void ObjectBody(Utf8JsonWriter json, Field field, SchemaInputs inputs)
    {
        json.WriteString("type", "object");
        var required = field.Fields.Where(f => f.Required).ToList();
        if (required.Count > 0)
        {
            json.WriteStartArray("required");
            foreach (var sub in required) json.WriteStringValue(sub.Key);
            json.WriteEndArray();
        }
        json.WriteBoolean("additionalProperties", false);
        json.WriteStartObject("properties");
        foreach (var sub in field.Fields) Property(json, sub, inputs);
        json.WriteEndObject();
    }
}
