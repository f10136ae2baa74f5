using Galeri.Build;
using Galeri.Diagnostics;
using Galeri.Model;
using Galeri.Tests.Support;

namespace Galeri.Tests.Model;

/// <summary>
/// Every top-level field of every content type, written with a value of the wrong kind, is reported
/// by <c>galeri check</c> on the line it is written, under its own name, in Bahasa Indonesia: the
/// parsers read each field as its table declares it.
/// </summary>
public class FieldMessageTests
{
    public static TheoryData<string, string> Fields => new(
        from type in ContentTypes.All
        from declared in type.Fields
        select (type.Key, declared.Key));

    [Theory]
    [MemberData(nameof(Fields))]
    public void A_wrong_value_is_reported_at_its_line_in_Indonesian(string typeKey, string fieldKey)
    {
        var type = ContentTypes.Find(typeKey)!;
        var field = type.Fields.Single(f => f.Key == fieldKey);
        var (wrong, rule) = WrongValue(field);
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        var line = Write(content, type, field, wrong);

        var diagnostics = new DiagnosticBag();
        SiteBuilder.Check(content, null, diagnostics);

        var found = diagnostics.Sorted().Where(d => d.Rule == rule && d.Field == fieldKey).ToList();
        Assert.True(found.Count == 1, $"{typeKey}.{fieldKey}: {wrong} gives no single {rule}; got:\n" + string.Join("\n", diagnostics.Sorted()));
        Assert.Equal(line, found[0].Line);
        Assert.Equal(Severity.Error, found[0].Severity);
        Assert.NotEqual(found[0].Message("en"), found[0].Message("id"));
    }

    /// <summary>A value the field's type refuses, and the rule that refuses it.</summary>
    private static (string Value, string Rule) WrongValue(Field field) => field.Type switch
    {
        FieldType.Date => ("2023-13-45", "date-invalid"),
        FieldType.Url => ("ftp://contoh.go.id/", "url-invalid"),
        FieldType.Email => ("bukan-surel", "email-invalid"),
        FieldType.Integer or FieldType.Year => ("banyak", "type-integer"),
        FieldType.Number => ("banyak", "type-number"),
        FieldType.Choice => ("tidak-ada", "enum"),
        FieldType.Boolean => ("mungkin", "type-boolean"),
        FieldType.List => ("{a: 1}", "type-list"),
        FieldType.Group => ("teks", "type-map"),
        _ => ("[satu, dua]", "type-text"),
    };

    /// <summary>
    /// A file of <paramref name="type"/> with its required fields and <paramref name="field"/> written as
    /// <paramref name="value"/>, in declared order (for a list, one more item of it); returns the field's line.
    /// </summary>
    private static int Write(string content, ContentType type, Field field, string value)
    {
        var lines = type.Fields
            .Where(f => f == field || f.Required)
            .Select(f => (f.Key, Value: f == field ? value : ValidValue(type, f)))
            .ToList();
        var at = lines.FindIndex(l => l.Key == field.Key);
        var body = lines.Select(l => $"{l.Key}: {l.Value}").ToList();
        switch (type.Key)
        {
            case "opd" or "urusan":
                var path = Path.Combine(content, type.Key == "opd" ? "opd.yml" : "referensi/urusan.yml");
                var existing = File.ReadAllText(path).TrimEnd('\n') + "\n";
                File.WriteAllText(path, existing + string.Join("\n", body.Select((l, i) => (i == 0 ? "- " : "  ") + l)) + "\n");
                return existing.Count(c => c == '\n') + at + 1;
            case "kunjungan":
                File.WriteAllText(Path.Combine(content, "kunjungan", "2024-01-01-uji.yml"), string.Join("\n", body) + "\n");
                return at + 1;
            case "situs":
                File.WriteAllText(Path.Combine(content, "site.yml"), string.Join("\n", body) + "\n");
                return at + 1;
            case "halaman":
                File.WriteAllText(Path.Combine(content, "halaman", "uji.md"), "---\n" + string.Join("\n", body) + "\n---\n\nIsi halaman.\n");
                return at + 2;
            default:
                Directory.CreateDirectory(Path.Combine(content, "inovasi", "uji-baru"));
                File.WriteAllText(Path.Combine(content, "inovasi", "uji-baru", "index.md"),
                    "---\n" + string.Join("\n", body) + "\n---\n\n## Latar Belakang\n\nTeks.\n");
                return at + 2;
        }
    }

    private static string ValidValue(ContentType type, Field field) => (type.Key, field.Key) switch
    {
        (_, "kode") => "uji-baru",
        (_, "tanggal") => "2024-01-01",
        (_, "opd") => "dishub",
        _ => "Teks uji",
    };
}
