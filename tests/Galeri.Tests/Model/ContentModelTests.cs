using System.Text.Json.Nodes;
using Galeri.Build;
using Galeri.Diagnostics;
using Galeri.Model;
using Galeri.Schema;
using Galeri.Scaffolding;
using Galeri.Tests.Support;
using Galeri.Theming;

namespace Galeri.Tests.Model;

/// <summary>
/// The content model is the one declaration of each content type's fields (innovation, visit, OPD,
/// urusan, free page, site settings): the JSON Schema, the <c>galeri new</c> scaffold (where there is
/// one) and the contributor guide's field table must each show every field, and every code a writer
/// may choose must have a label in both languages the theme speaks.
/// </summary>
public class ContentModelTests
{
    private static readonly string[] Languages = ["id", "en"];

    private static readonly string GuidePath = Path.Combine(RepoPaths.Content, "README.md");

    /// <summary>Every declared field of every content type, with the path of group keys above it (list items count as their list).</summary>
    public static TheoryData<string, string> FieldPaths => new(
        from type in ContentTypes.All
        from declared in Walk(Root(type), "")
        select (type.Key, declared.Path));

    /// <summary>The group whose fields a file holds: the file's own, or each list item's.</summary>
    private static Field Root(ContentType type) => type.IsList ? type.Shape.Item! : type.Shape;

    private static IEnumerable<(string Path, Field Field)> Walk(Field group, string prefix)
    {
        foreach (var field in group.Fields)
        {
            var path = prefix + field.Key;
            yield return (path, field);
            var inner = field.Type == FieldType.List ? field.Item! : field;
            if (inner.Type == FieldType.Group)
                foreach (var nested in Walk(inner, path + ".")) yield return nested;
        }
    }

    [Theory]
    [MemberData(nameof(FieldPaths))]
    public void Every_declared_field_is_in_the_schema(string typeKey, string path)
    {
        var type = ContentTypes.Find(typeKey)!;
        var content = SiteBuilder.Check(RepoPaths.Content, null, new DiagnosticBag())!;
        var node = JsonNode.Parse(ContentSchema.Write(type, SchemaInputs.Of(type, content)));
        if (type.IsList) node = node?["items"];
        foreach (var key in path.Split('.'))
        {
            if (node?["items"] is { } items) node = items;
            node = node?["properties"]?[key];
        }
        Assert.True(node is not null, $"{typeKey}: {path} is not in the schema");
    }

    /// <summary>The types <c>galeri new</c> makes a file for, with the file it writes.</summary>
    private static string? Scaffold(string typeKey) => typeKey switch
    {
        "inovasi" => EntryScaffold.Text("Layanan Contoh", "dishub", null),
        "kunjungan" => VisitScaffold.Text(new DateOnly(2024, 5, 21), "Dinas Sosial Kota Depok", "Kota Depok", "dinsos"),
        _ => null,
    };

    [Theory]
    [MemberData(nameof(FieldPaths))]
    public void Every_declared_field_is_in_the_scaffold(string typeKey, string path)
    {
        if (Scaffold(typeKey) is not { } text) return; // opd.yml, urusan.yml, site.yml and free pages are not made by galeri new
        var root = Root(ContentTypes.Find(typeKey)!);
        var parts = path.Split('.');
        var field = Walk(root, "").Single(f => f.Path == path).Field;
        var parent = parts.Length == 1 ? null : Walk(root, "").Single(f => f.Path == string.Join('.', parts[..^1])).Field;
        if (parent is { Type: FieldType.List })
            // Items of a list are written as [] with their fields named in the note.
            Assert.Contains(field.Key, parent.Note ?? "");
        else
            Assert.Contains("\n" + new string(' ', 2 * (parts.Length - 1)) + field.Key + ":", text);
    }

    [Theory]
    [MemberData(nameof(FieldPaths))]
    public void Every_declared_field_is_in_the_contributor_guide(string typeKey, string path)
    {
        var table = FieldTable.Between(File.ReadAllText(GuidePath), ContentTypes.Find(typeKey)!) ?? "";
        var parts = path.Split('.');
        var row = table.Split('\n').FirstOrDefault(line => line.StartsWith($"| `{parts[0]}` |", StringComparison.Ordinal));
        Assert.True(row is not null, $"content/README.md's {typeKey} table has no row for {parts[0]}");
        Assert.Contains($"`{parts[^1]}`", row);
    }

    public static TheoryData<string> TypeKeys => new(ContentTypes.All.Select(t => t.Key));

    [Theory]
    [MemberData(nameof(TypeKeys))]
    public void The_guide_field_table_is_the_one_the_model_writes(string typeKey)
    {
        var type = ContentTypes.Find(typeKey)!;
        var guide = File.ReadAllText(GuidePath);
        var expected = FieldTable.Markdown(type.Fields);
        // GALERI_UPDATE_GUIDE=1 rewrites the table in content/README.md from the model instead of failing.
        if (Environment.GetEnvironmentVariable("GALERI_UPDATE_GUIDE") == "1" && FieldTable.Between(guide, type) is not null)
        {
            lock (GuidePath) File.WriteAllText(GuidePath, guide = FieldTable.Replace(File.ReadAllText(GuidePath), type, expected));
        }
        Assert.True(FieldTable.Between(guide, type) == expected,
            $"content/README.md's {typeKey} field table differs from the content model. Run the tests with GALERI_UPDATE_GUIDE=1, or paste:\n" + expected);
    }

    public static TheoryData<string, string> Codes => new(
        from type in ContentTypes.All
        from declared in Walk(Root(type), "").Select(f => f.Field)
        let choice = declared.Type == FieldType.List ? declared.Item! : declared
        where choice.Type == FieldType.Choice
        from value in choice.Values
        from language in Languages
        select ($"{declared.Key}.{value}", language));

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_code_has_a_label_in_both_languages(string key, string language)
    {
        var strings = Strings.Load(Path.Combine(RepoPaths.Theme, "i18n", language + ".yml"), new DiagnosticBag());
        const string missing = "\0missing";
        var label = strings.Get(key, missing);
        Assert.True(label != missing && label.Trim().Length > 0, $"theme/i18n/{language}.yml has no label {key}");
    }

    [Theory]
    [MemberData(nameof(TypeKeys))]
    public void Field_keys_are_unique_within_their_group(string typeKey)
    {
        var root = Root(ContentTypes.Find(typeKey)!);
        var groups = Walk(root, "").Select(f => f.Field.Type == FieldType.List ? f.Field.Item! : f.Field)
            .Where(f => f.Type == FieldType.Group).Append(root);
        foreach (var group in groups)
            Assert.Equal(group.Keys.Count, group.Keys.Distinct(StringComparer.Ordinal).Count());
    }
}
