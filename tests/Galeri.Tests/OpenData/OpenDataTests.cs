using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsvHelper;
using Galeri.Build;
using Galeri.Model;
using Galeri.OpenData;
using Galeri.Tests.Integration;
using Galeri.Tests.Support;

namespace Galeri.Tests.OpenData;

/// <summary>
/// data/inovasi.json, data/inovasi.csv and data/datapackage.json of the sample catalog and of a small
/// catalog with awkward text: a real Data Package validator accepts them, a CSV library reads the rows
/// back as written, and each entry's JSON is valid against the entry schema.
/// </summary>
public class OpenDataTests(SampleSiteFixture sample) : IClassFixture<SampleSiteFixture>
{
    private string DataFolder => Path.Combine(sample.Output, "data");

    [Fact]
    public async Task The_sample_package_is_valid_and_every_csv_row_meets_its_table_schema()
    {
        var report = await OpenDataCheck.Validate(DataFolder);
        Assert.True(report.Valid, string.Join("\n", report.Errors));
        Assert.Equal(sample.Result.Entries, report.Rows["inovasi"]);
    }

    [Fact]
    public void The_csv_starts_with_a_byte_order_mark_and_has_one_row_per_innovation_with_the_field_table_columns()
    {
        var bytes = File.ReadAllBytes(Path.Combine(DataFolder, "inovasi.csv"));
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var rows = ReadCsv(bytes);
        Assert.Equal(sample.Result.Entries, rows.Count);
        var expected = new List<string> { "slug", "halaman" };
        foreach (var field in InnovationFields.All.Where(f => f.OpenData))
        {
            expected.Add(field.Key);
            if (field.Type == FieldType.Code) expected.Add(field.Key + "_nama");
        }
        Assert.Equal(expected, rows[0].Keys);
        var kir = rows.Single(r => r["slug"] == "siap-uji-kir-online");
        Assert.Equal("https://inovasi.magelangkota.go.id/inovasi/siap-uji-kir-online/", kir["halaman"]);
        Assert.Equal("Dinas Perhubungan", kir["opd_nama"]);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", kir["tanggal_penerapan"]);
    }

    [Fact]
    public void Every_entry_in_the_json_is_valid_against_the_entry_schema_and_keeps_every_field()
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(DataFolder, "inovasi.json")))!;
        var schema = Json.Schema.JsonSchema.FromText(sample.Read("schema/inovasi.schema.json"),
            new Json.Schema.BuildOptions { SchemaRegistry = new Json.Schema.SchemaRegistry() });
        var entries = json["inovasi"]!.AsArray();
        Assert.Equal(sample.Result.Entries, entries.Count);
        foreach (var entry in entries)
        {
            var result = schema.Evaluate(JsonDocument.Parse(entry!["data"]!.ToJsonString()).RootElement,
                new Json.Schema.EvaluationOptions { RequireFormatValidation = true });
            Assert.True(result.IsValid, entry["slug"] + " is not valid against the schema");
        }
        // Fields that are not CSV columns are still in the JSON: impacts as numbers, awards, replications.
        var kir = entries.Single(e => (string?)e!["slug"] == "siap-uji-kir-online")!["data"]!;
        Assert.Equal(180m, kir["dampak"]![0]!["sebelum"]!.GetValue<decimal>());
        Assert.NotNull(kir["kontak"]);
        Assert.Equal("CC-BY-4.0", (string?)json["lisensi"]);
    }

    [Fact]
    public void The_package_names_the_licence_from_site_yml_and_types_each_column()
    {
        var package = JsonNode.Parse(File.ReadAllText(Path.Combine(DataFolder, "datapackage.json")))!;
        Assert.Equal("CC-BY-4.0", (string?)package["licenses"]![0]!["name"]);
        var fields = package["resources"]![0]!["schema"]!["fields"]!.AsArray().ToDictionary(f => (string)f!["name"]!, f => f!);
        Assert.Equal("date", (string?)fields["tanggal_penerapan"]["type"]);
        Assert.Contains("penerapan", fields["tahapan"]["constraints"]!["enum"]!.AsArray().Select(v => (string?)v));
        Assert.Contains("dishub", fields["opd"]["constraints"]!["enum"]!.AsArray().Select(v => (string?)v));
    }

    [Fact]
    public async Task Text_with_commas_quotes_and_line_breaks_survives_the_csv_and_a_catalog_without_licence_has_none()
    {
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        var entry = Path.Combine(content, "inovasi", "siap-uji-kir-online", "index.md");
        var awkward = "Pendaftaran \"uji KIR\", daring;\n  dua baris.";
        File.WriteAllText(entry, File.ReadAllText(entry)
            .Replace("ringkasan: Pendaftaran uji KIR kendaraan secara daring.", "ringkasan: |-\n  Pendaftaran \"uji KIR\", daring;\n    dua baris.", StringComparison.Ordinal)
            .Replace("tag: [uji kir, kendaraan]", "tag: [uji kir, \"kendaraan, umum\"]", StringComparison.Ordinal));
        var output = temp.Combine("public");
        var result = SiteBuilder.Build(new BuildOptions(content, RepoPaths.Theme, output));
        Assert.True(result.Written, string.Join("\n", result.Diagnostics));

        var rows = ReadCsv(File.ReadAllBytes(Path.Combine(output, "data", "inovasi.csv")));
        var kir = rows.Single(r => r["slug"] == "siap-uji-kir-online");
        Assert.Equal(awkward, kir["ringkasan"]);
        Assert.Equal("uji kir; kendaraan, umum", kir["tag"]);
        Assert.Equal("https://contoh.go.id/galeri/inovasi/siap-uji-kir-online/", kir["halaman"]);

        var package = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "data", "datapackage.json")))!;
        Assert.Null(package["licenses"]);
        var report = await OpenDataCheck.Validate(Path.Combine(output, "data"));
        Assert.True(report.Valid, string.Join("\n", report.Errors));
        Assert.Equal(2, report.Rows["inovasi"]);
    }

    /// <summary>The rows as CsvHelper reads the file's bytes (it takes a UTF-8 byte-order mark as one), each column by its header.</summary>
    private static List<Dictionary<string, string>> ReadCsv(byte[] bytes)
    {
        using var csv = CsvReader.Create(bytes);
        var header = csv.Headers.ToList();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
            rows.Add(header.Select((name, i) => (name, value: csv.GetString(i))).ToDictionary(c => c.name, c => c.value));
        return rows;
    }
}
