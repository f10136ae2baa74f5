using System.Collections;
using System.Globalization;
using Galeri.Content;
using Galeri.Model;

namespace Galeri.OpenData;

/// <summary>
/// The columns of <c>data/inovasi.csv</c>, derived from the content model: the entry's folder name and
/// page, then each field marked <see cref="Field.OpenData"/> in declared order. A code from a list in
/// content/ (OPD, urusan) is followed by its name, since codes alone mean little to a data user;
/// a group becomes one column per sub-field (<c>kontak.email</c>); a list is one cell, items joined by "; ".
/// </summary>
internal static class OpenDataColumns
{
    /// <summary>Between the items of a list in one cell.</summary>
    public const string ListSeparator = "; ";

    public static IReadOnlyList<OpenDataColumn> For(SiteContent content)
    {
        var columns = new List<OpenDataColumn>
        {
            new("slug", "Nama folder inovasi di content/inovasi/: pengenal yang tidak berubah.", "string", null, true, [], row => row.Entry.Slug),
            new("halaman", "Alamat halaman inovasi di galeri.", "string", null, true, [], row => row.Page),
        };
        foreach (var field in InnovationFields.All.Where(f => f.OpenData))
            Add(columns, field, field.Key, values => values.TryGetValue(field.Key, out var value) ? value : null, content);
        return columns;
    }

    private static void Add(List<OpenDataColumn> columns, Field field, string name, Func<IReadOnlyDictionary<string, object>, object?> value, SiteContent content)
    {
        if (field.Type == FieldType.Group)
        {
            foreach (var sub in field.Fields)
                Add(columns, sub, name + "." + sub.Key,
                    values => value(values) is IReadOnlyDictionary<string, object> group && group.TryGetValue(sub.Key, out var inner) ? inner : null, content);
            return;
        }
        var (type, format) = TableType(field);
        var allowed = field.Type switch
        {
            FieldType.Choice => field.Values,
            FieldType.Code => Codes(field, content).Select(c => c.Code).ToList(),
            _ => (IReadOnlyList<string>)[],
        };
        columns.Add(new(name, field.Hint, type, format, field.Required, allowed, row => Text(value(row.Values))));
        if (field.Type != FieldType.Code) return;
        var names = Codes(field, content).ToDictionary(c => c.Code, c => c.Name, StringComparer.Ordinal);
        columns.Add(new(name + "_nama", $"Nama untuk kode pada kolom {name}.", "string", null, false, [],
            row => value(row.Values) is string code && names.TryGetValue(code, out var label) ? label : ""));
    }

    private static (string Type, string? Format) TableType(Field field) => field.Type switch
    {
        FieldType.Integer or FieldType.Rupiah => ("integer", null),
        FieldType.Number => ("number", null),
        FieldType.Year => ("year", null),
        FieldType.Date => ("date", null),
        FieldType.Boolean => ("boolean", null),
        FieldType.Url => ("string", "uri"),
        FieldType.Email => ("string", "email"),
        _ => ("string", null),
    };

    private static IEnumerable<(string Code, string Name)> Codes(Field field, SiteContent content) => field.CodeList switch
    {
        "opd" => content.Opds.Select(o => (o.Code, o.Name)),
        "urusan" => content.Urusan.Select(u => (u.Code, u.Name)),
        _ => throw new InvalidOperationException($"{field.Key}: no code list {field.CodeList}"),
    };

    /// <summary>A value as one cell: numbers and dates as Table Schema reads them, a list joined, a list of groups as JSON.</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        string text => text,
        bool flag => flag ? "true" : "false",
        int number => number.ToString(CultureInfo.InvariantCulture),
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IEnumerable items when items.Cast<object>().Any(i => i is IDictionary<string, object>) => Json(value),
        IEnumerable items => string.Join(ListSeparator, items.Cast<object>().Select(Text)),
        _ => throw new InvalidOperationException($"no cell form for {value.GetType().Name}"),
    };

    private static string Json(object value)
    {
        using var stream = new MemoryStream();
        using (var json = new System.Text.Json.Utf8JsonWriter(stream, new System.Text.Json.JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            JsonValues.Write(json, value);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
