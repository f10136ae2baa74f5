using System.Text.Json;
using Galeri.Build;
using Galeri.Content;
using Galeri.Diagnostics;
using Galeri.Schema;
using Galeri.Tests.Support;
using Galeri.Yaml;
using EvaluationOptions = Json.Schema.EvaluationOptions;
using JsonSchema = Json.Schema.JsonSchema;
using OutputFormat = Json.Schema.OutputFormat;

namespace Galeri.Tests.Schema;

/// <summary>
/// The published JSON Schema accepts every sample entry and rejects bad ones, checked by a
/// validator of the draft it declares (2020-12, JsonSchema.Net).
/// </summary>
public class InnovationSchemaTests
{
    private static readonly SiteContent Content = SiteBuilder.Check(RepoPaths.Content, null, new DiagnosticBag())!;
    private static readonly JsonSchema Schema = Load(InnovationSchema.Write(Content));

    // In 2020-12 "format" only annotates unless a validator is asked to assert it; editors that
    // check dates and e-mail addresses do, so the test does too.
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    /// <summary>Each schema in a registry of its own: the library's shared one refuses a second schema with the same $id.</summary>
    private static JsonSchema Load(string schema) =>
        JsonSchema.FromText(schema, new Json.Schema.BuildOptions { SchemaRegistry = new Json.Schema.SchemaRegistry() });

    /// <summary>What the schema finds wrong with a document: "location: keyword message", none when valid.</summary>
    private static List<string> Problems(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = schema.Evaluate(document.RootElement, Options);
        if (result.IsValid) return [];
        return [.. (result.Details ?? []).SelectMany(detail => (detail.Errors ?? new Dictionary<string, string>())
            .Select(error => $"{detail.InstanceLocation}: {error.Key} {error.Value}"))];
    }

    private static string FrontMatterJson(string markdown)
    {
        var file = new SourceFile("inovasi/x/index.md", "x", "/x/index.md", markdown.ReplaceLineEndings("\n"));
        var split = FrontMatter.Split(file, new DiagnosticBag())!;
        return YamlToJson.Convert(YamlTreeReader.Read(split.Yaml, "x", 1, new DiagnosticBag()))!.ToJsonString();
    }

    public static TheoryData<string> SampleEntries => new(Content.Innovations.Select(i => i.Slug));

    [Theory]
    [MemberData(nameof(SampleEntries))]
    public void Every_sample_entry_is_valid_against_the_schema(string slug)
    {
        var json = FrontMatterJson(File.ReadAllText(Content.InnovationBySlug[slug].Source.FullPath));
        var problems = Problems(Schema, json);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    public static TheoryData<string, string, string> BadEntries => new()
    {
        { "unknown OPD", "opd: dishub", "opd: dishub2" },
        { "jenis outside its list", "jenis: digital", "jenis: online" },
        { "misspelled field", "ringkasan:", "ringkasn:" },
        { "SDG 18", "tag: [uji kir, kendaraan]", "tag: [uji kir]\nsdgs: [18]" },
        { "date as day/month/year", "tanggal_uji_coba: 2018-03-01", "tanggal_uji_coba: 01/03/2018" },
        { "javascript link", "kontak:", "tautan:\n  layanan: javascript:alert(1)\nkontak:" },
        { "image without alt", "kontak:", "gambar:\n  - berkas: foto.jpg\nkontak:" },
        { "image outside the folder", "kontak:", "gambar:\n  - berkas: ../foto.jpg\n    alt: Foto\nkontak:" },
        { "missing nama", "nama: Aplikasi Siap Uji KIR Online\n", "" },
        { "impact value as words", "    sebelum: 180", "    sebelum: banyak" },
        { "malformed e-mail", "dishub@contoh.go.id", "dishub.contoh.go.id" },
    };

    [Theory]
    [MemberData(nameof(BadEntries))]
    public void The_schema_rejects_bad_entries(string what, string from, string to)
    {
        var schema = Load(InnovationSchema.Write(MiniSiteContent()));
        var entry = MiniContent.Entry;
        Assert.True(Problems(schema, FrontMatterJson(entry)).Count == 0, "the unchanged mini entry is valid");
        Assert.Contains(from, entry);
        Assert.True(Problems(schema, FrontMatterJson(entry.Replace(from, to))).Count > 0, $"{what} is rejected");
    }

    [Fact]
    public void The_build_publishes_the_schema_with_the_catalog_lists()
    {
        using var temp = new TempDirectory();
        var result = SiteBuilder.Build(new BuildOptions(MiniContent.WriteTo(temp.Path), RepoPaths.Theme, temp.Combine("public")));
        Assert.True(result.Written);
        var published = File.ReadAllText(temp.Combine("public", "schema", "inovasi.schema.json"));
        Assert.Contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"", published);
        Assert.Contains("\"$id\": \"https://contoh.go.id/galeri/schema/inovasi.schema.json\"", published);
        Assert.Contains("\"diskominsta\"", published);
        Assert.Contains("\"perhubungan\"", published);
        Assert.Contains("Nama inovasi", published);
    }

    private static SiteContent MiniSiteContent()
    {
        using var temp = new TempDirectory();
        return SiteBuilder.Check(MiniContent.WriteTo(temp.Path), null, new DiagnosticBag())!;
    }
}
