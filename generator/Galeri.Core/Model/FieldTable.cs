using System.Text;

namespace Galeri.Model;

/// <summary>
/// The field table for OPD staff in content/README.md ("Tabel Seluruh Kolom Inovasi"), written from
/// the content model between two marker comments, so the guide says what the check enforces.
/// A test fails when the committed guide differs from it.
/// </summary>
public static class FieldTable
{
    public const string Start = "<!-- tabel-kolom: dibuat dari generator/Galeri.Core/Model/InnovationFields.cs; ubah di sana, lalu jalankan tes dengan GALERI_UPDATE_GUIDE=1 -->";
    public const string End = "<!-- /tabel-kolom -->";

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

    /// <summary>The text between the markers in <paramref name="guide"/>, or null when the markers are missing.</summary>
    public static string? Between(string guide)
    {
        var start = guide.IndexOf(Start, StringComparison.Ordinal);
        var end = guide.IndexOf(End, StringComparison.Ordinal);
        if (start < 0 || end < start) return null;
        return guide[(start + Start.Length)..end].Trim('\n') + "\n";
    }

    /// <summary>The guide with the text between the markers replaced by <paramref name="table"/>.</summary>
    public static string Replace(string guide, string table)
    {
        var start = guide.IndexOf(Start, StringComparison.Ordinal) + Start.Length;
        var end = guide.IndexOf(End, StringComparison.Ordinal);
        return guide[..start] + "\n\n" + table + "\n" + guide[end..];
    }

    private static string Requirement(Field field) => field.DocRequirement ?? (field.Required ? "Wajib" : "Opsional");

    private static string Allowed(Field field) => field.DocAllowed ?? field.Type switch
    {
        FieldType.Text or FieldType.LongText => "Teks bebas",
        FieldType.Date => "Tanggal `TTTT-BB-HH`",
        FieldType.Choice => Alternatives(field.Values),
        FieldType.List when field.Item!.Type == FieldType.Choice => "Daftar dari: " + string.Join(", ", field.Item.Values.Select(Code)),
        FieldType.List when field.Item!.Type is FieldType.Text => "Daftar teks",
        _ => throw new InvalidOperationException($"{field.Key}: say in DocAllowed what may be written"),
    };

    /// <summary>"`a` atau `b`", "`a`, `b`, atau `c`".</summary>
    private static string Alternatives(IReadOnlyList<string> values) => values.Count <= 2
        ? string.Join(" atau ", values.Select(Code))
        : string.Join(", ", values.Take(values.Count - 1).Select(Code)) + ", atau " + Code(values[^1]);

    private static string Code(string value) => $"`{value}`";
}
