using Galeri.Text;
using Galeri.Yaml;

namespace Galeri.Model;

/// <summary>
/// Reads a field as its declaration says: required or not, its vocabulary, its range. Typed code
/// (the parser) names the field; <see cref="Value"/> reads any declared field by its type alone, for
/// fields that need no code of their own (a list of partners is shown and searched as written).
/// </summary>
internal static class FieldReading
{
    public static string? Text(this FieldReader fields, Field group, string key) =>
        fields.Text(key, Declared(group, key).Required);

    public static string? Choice(this FieldReader fields, Field group, string key)
    {
        var field = Declared(group, key);
        return fields.Choice(key, field.Values, field.Required);
    }

    public static DateOnly? Date(this FieldReader fields, Field group, string key) =>
        fields.Date(key, Declared(group, key).Required);

    public static string? Url(this FieldReader fields, Field group, string key) => fields.Url(Declared(group, key).Key);

    public static string? Email(this FieldReader fields, Field group, string key) => fields.Email(Declared(group, key).Key);

    public static bool? Boolean(this FieldReader fields, Field group, string key) =>
        fields.Boolean(key, Declared(group, key).Required);

    public static IReadOnlyList<string> TextList(this FieldReader fields, Field group, string key) =>
        [.. fields.TextList(Declared(group, key).Key).Select(t => t.Value)];

    /// <summary>A list of codes (<see cref="FieldType.Code"/> items) with where each is written: whether each exists is the validator's question.</summary>
    public static IReadOnlyList<(string Code, Diagnostics.SourcePosition Position)> Codes(this FieldReader fields, Field group, string key) =>
        fields.TextList(Declared(group, key).Key);

    public static FieldReader? Nested(this FieldReader fields, Field group, string key) => fields.Nested(Declared(group, key).Key);

    /// <summary>
    /// A group field (a map) read as declared: keys it does not declare reported, each declared field
    /// read by its type (<see cref="Value"/>). Null when absent or not a map (reported).
    /// </summary>
    public static FieldGroup? Group(this FieldReader fields, Field group, string key) =>
        fields.Nested(group, key) is { } nested ? new FieldGroup(nested, Group(nested, Declared(group, key))) : null;

    /// <summary>An office phone number: a personal mobile number in it is a warning (<see cref="Entries.ContactPrivacy"/>).</summary>
    public static string? Phone(this FieldReader fields, Field group, string key) => fields.Phone(Declared(group, key));

    private static string? Phone(this FieldReader fields, Field field)
    {
        var value = fields.Text(field.Key, field.Required);
        Entries.ContactPrivacy.CheckMobile(fields, field.Key);
        return value;
    }

    public static IReadOnlyList<FieldReader> NestedList(this FieldReader fields, Field group, string key) =>
        fields.NestedList(Declared(group, key).Key);

    public static decimal? Number(this FieldReader fields, Field group, string key)
    {
        var field = Declared(group, key);
        return fields.Number(key, field.Minimum!.Value, field.Maximum!.Value, field.Required);
    }

    public static int? Integer(this FieldReader fields, Field group, string key)
    {
        var field = Declared(group, key);
        return fields.Integer(key, (int)field.Minimum!.Value, (int)field.Maximum!.Value, field.Required);
    }

    /// <summary>A whole number of rupiah: read as a number (so "125.000.000" is refused with the plain form), then refused when it has a fraction.</summary>
    public static long? Rupiah(this FieldReader fields, Field group, string key) => fields.Rupiah(Declared(group, key));

    private static long? Rupiah(this FieldReader fields, Field field)
    {
        var value = fields.Number(field.Key, field.Minimum ?? 0, field.Maximum!.Value, field.Required);
        if (value is not { } amount) return null;
        if (amount == decimal.Truncate(amount)) return (long)amount;
        fields.Diagnostics.Error(fields.File, fields.PositionOf(field.Key), fields.FieldName(field.Key), "rupiah-whole",
            fields.FieldName(field.Key), amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return null;
    }

    public static IReadOnlyList<int> IntegerList(this FieldReader fields, Field group, string key)
    {
        var item = Declared(group, key).Item!;
        return fields.IntegerList(key, (int)item.Minimum!.Value, (int)item.Maximum!.Value);
    }

    /// <summary>A list of codes from the field's vocabulary, each kept once; a code not in it is reported with the nearest one.</summary>
    public static IReadOnlyList<string> Choices(this FieldReader fields, Field group, string key)
    {
        var allowed = Declared(group, key).Item!.Values;
        var result = new List<string>();
        foreach (var (value, position) in fields.TextList(key))
        {
            if (allowed.Contains(value, StringComparer.Ordinal))
            {
                if (!result.Contains(value)) result.Add(value);
                continue;
            }
            fields.Diagnostics.Error(fields.File, position, fields.FieldName(key), "enum",
                fields.FieldName(key), value, string.Join(", ", allowed), Suggestions.Closest(value, allowed) ?? "");
        }
        return result;
    }

    /// <summary>Reports every key the group does not declare, with the declared key it was probably meant to be.</summary>
    public static void RejectUnknownKeys(this FieldReader fields, Field group) => fields.RejectUnknownKeys(group.Keys);

    /// <summary>
    /// The value of a declared field read by its type alone: text, a number, a date, true/false, a
    /// list of those (empty lists read as absent), or a group as a map by key. Null when absent or invalid.
    /// </summary>
    public static object? Value(this FieldReader fields, Field field)
    {
        var key = field.Key;
        return field.Type switch
        {
            FieldType.Choice => fields.Choice(key, field.Values, field.Required),
            FieldType.Date => fields.Date(key, field.Required),
            FieldType.Url => fields.Url(key),
            FieldType.Email => fields.Email(key),
            FieldType.Phone => fields.Phone(field),
            FieldType.Number => fields.Number(key, field.Minimum!.Value, field.Maximum!.Value, field.Required),
            FieldType.Integer or FieldType.Year => fields.Integer(key, (int)field.Minimum!.Value, (int)field.Maximum!.Value, field.Required),
            FieldType.Boolean => fields.Boolean(key, field.Required),
            FieldType.Rupiah => fields.Rupiah(field),
            FieldType.List => List(fields, field),
            FieldType.Group => fields.Nested(key) is { } nested ? Group(nested, field) : null,
            _ => fields.Text(key, field.Required),
        };
    }

    /// <summary>
    /// The declared fields of <paramref name="group"/> no typed read has asked for yet, read by their type
    /// alone, by key: what a field added to the table without code of its own is shown from. Call it last.
    /// </summary>
    public static IReadOnlyDictionary<string, object> Untyped(this FieldReader fields, Field group)
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var field in group.Fields)
            if (!fields.Asked(field.Key) && fields.Value(field) is { } value) values[field.Key] = value;
        return values;
    }

    private static object? List(FieldReader fields, Field field)
    {
        var key = field.Key;
        System.Collections.ICollection items = field.Item!.Type switch
        {
            FieldType.Choice => fields.Choices(new Field("", FieldType.Group, "") { Fields = [field] }, key).ToList(),
            FieldType.Integer or FieldType.Year => fields.IntegerList(key, (int)field.Item.Minimum!.Value, (int)field.Item.Maximum!.Value).ToList(),
            FieldType.Group => fields.NestedList(key).Select(item => Group(item, field.Item)).ToList(),
            _ => fields.TextList(key).Select(t => t.Value).ToList(),
        };
        return items.Count == 0 ? null : items;
    }

    private static Dictionary<string, object> Group(FieldReader fields, Field group)
    {
        fields.RejectUnknownKeys(group);
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var field in group.Fields)
            if (fields.Value(field) is { } value) values[field.Key] = value;
        return values;
    }

    private static Field Declared(Field group, string key) =>
        group.Find(key) ?? throw new InvalidOperationException($"{group.Key} declares no field {key}: add it to the content model first.");
}
