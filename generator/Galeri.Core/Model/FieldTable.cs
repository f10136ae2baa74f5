using System.Text;

namespace Galeri.Model;

/// <summary>
/// The field tables for OPD staff in content/README.md ("Tabel Seluruh Kolom Inovasi", and one per other
/// content type), each written from the content model between two marker comments, so the guide says
/// what the check enforces. A test fails when the committed guide differs from them.
/// </summary>
internal static class FieldTable
{
    public const string Start = "<!-- tabel-kolom: dibuat dari generator/Galeri.Core/Model/InnovationFields.cs; ubah di sana, lalu jalankan tes dengan GALERI_UPDATE_GUIDE=1 -->";
    public const string End = "<!-- /tabel-kolom -->";

    /// <summary>The marker before a content type's table (the innovation's keeps its first form).</summary>
    public static string StartOf(ContentType type) => type == ContentTypes.Innovation
        ? Start
        : $"<!-- tabel-kolom {type.Key}: dibuat dari generator/Galeri.Core/Model/{type.Declaration}; ubah di sana, lalu jalankan tes dengan GALERI_UPDATE_GUIDE=1 -->";

    public static string EndOf(ContentType type) => type == ContentTypes.Innovation ? End : $"<!-- /tabel-kolom {type.Key} -->";

    /// <summary>The table, one row per top-level field, as Markdown (without the markers).</summary>
    public static string Markdown(IReadOnlyList<Field> fields)
    {
        var text = new StringBuilder();
        text.Append("| Kolom | Wajib/Opsional | Isi yang diperbolehkan | Contoh |\n");
        text.Append("|---|---|---|---|\n");
        foreach (var field in fields)
            text.Append($"| `{field.Key}` | {Requirement(field)} | {Allowed(field)} | {field.DocExample} |\n");
        return text.ToString();
    }

    /// <summary>The text between the innovation table's markers in <paramref name="guide"/>, or null when the markers are missing.</summary>
    public static string? Between(string guide) => Between(guide, ContentTypes.Innovation);

    /// <summary>The text between a content type's markers in <paramref name="guide"/>, or null when the markers are missing.</summary>
    public static string? Between(string guide, ContentType type)
    {
        var (startMarker, endMarker) = (StartOf(type), EndOf(type));
        var start = guide.IndexOf(startMarker, StringComparison.Ordinal);
        var end = guide.IndexOf(endMarker, StringComparison.Ordinal);
        if (start < 0 || end < start) return null;
        return guide[(start + startMarker.Length)..end].Trim('\n') + "\n";
    }

    /// <summary>The guide with the text between the innovation table's markers replaced by <paramref name="table"/>.</summary>
    public static string Replace(string guide, string table) => Replace(guide, ContentTypes.Innovation, table);

    /// <summary>The guide with the text between a content type's markers replaced by <paramref name="table"/>.</summary>
    public static string Replace(string guide, ContentType type, string table)
    {
        var start = guide.IndexOf(StartOf(type), StringComparison.Ordinal) + StartOf(type).Length;
        var end = guide.IndexOf(EndOf(type), StringComparison.Ordinal);
        return guide[..start] + "\n\n" + table + "\n" + guide[end..];
    }

    private static string Requirement(Field field) => field.DocRequirement ?? (field.Required ? "Wajib" : "Opsional");

    private static string Allowed(Field field) => field.DocAllowed ?? field.Type switch
    {
        FieldType.Text or FieldType.LongText => "Teks bebas",
        FieldType.Date => "Tanggal `TTTT-BB-HH`",
        FieldType.Url => "Alamat lengkap diawali `https://`",
        FieldType.Email => "Alamat surel",
        FieldType.Boolean => "`true` atau `false`",
        FieldType.Integer or FieldType.Year => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Bilangan bulat {field.Minimum}–{field.Maximum}"),
        FieldType.Choice => Alternatives(field.Values),
        FieldType.List when field.Item!.Type == FieldType.Choice => "Daftar dari: " + string.Join(", ", field.Item.Values.Select(Code)),
        FieldType.List when field.Item!.Type is FieldType.Text => "Daftar teks",
        FieldType.List when field.Item!.Type is FieldType.Group => "Daftar berisi " + Keys(field.Item),
        FieldType.Group => "Berisi " + Keys(field),
        FieldType.Phone => "Nomor telepon kantor",
        _ => throw new InvalidOperationException($"{field.Key}: say in DocAllowed what may be written"),
    };

    /// <summary>"`a` atau `b`", "`a`, `b`, atau `c`".</summary>
    private static string Alternatives(IReadOnlyList<string> values) => values.Count <= 2
        ? string.Join(" atau ", values.Select(Code))
        : string.Join(", ", values.Take(values.Count - 1).Select(Code)) + ", atau " + Code(values[^1]);

    private static string Code(string value) => $"`{value}`";

    /// <summary>"`a`, `b`, `c`": a group's keys.</summary>
    private static string Keys(Field group) => string.Join(", ", group.Fields.Select(f => Code(f.Key)));
}
