using System.Text.RegularExpressions;
using Galeri.Build;
using Galeri.Diagnostics;
using Galeri.Editor;
using Galeri.Entries.Sections;
using Galeri.Model;
using Galeri.Tests.Support;
using YamlDotNet.Serialization;

namespace Galeri.Tests.Editor;

/// <summary>
/// admin/ of a built site: written only when site.yml has <c>editor:</c>, and its config.yml derived
/// from the field table (every field, in order, with the widget, range, options and requirement the
/// check enforces), for GitHub pull requests or, under serve --editor, for the local decap-server.
/// </summary>
public class DecapConfigTests
{
    private const string EditorSection = """

        editor:
          repo: balitbang-magelang/galeri-inovasi
          branch: utama
          auth:
            base_url: https://masuk.magelangkota.go.id
            auth_endpoint: /oauth/auth
        """;

    [Fact]
    public void A_site_without_an_editor_section_has_no_admin_folder()
    {
        var site = RenderedSites.Render(RepoPaths.Content, RepoPaths.Theme);
        Assert.DoesNotContain(site.Files, f => f.Path.StartsWith("admin/", StringComparison.Ordinal));
    }

    [Fact]
    public void The_editor_section_writes_the_editor_with_decap_from_npm_under_admin_only()
    {
        using var temp = new TempDirectory();
        var content = WithEditor(temp);
        var site = RenderedSites.Render(content, RepoPaths.Theme);
        var admin = site.Files.Where(f => f.Path.StartsWith("admin/", StringComparison.Ordinal)).Select(f => f.Path).ToList();
        Assert.Contains("admin/index.html", admin);
        Assert.Contains("admin/config.yml", admin);
        Assert.Contains("admin/decap-cms.js", admin);
        Assert.Contains("admin/js-yaml.min.js", admin);
        Assert.Contains("admin/galeri-editor.js", admin);
        Assert.DoesNotContain(admin, p => p.EndsWith(".map", StringComparison.Ordinal));
        var page = RenderedSites.TextOf(site, "admin/index.html");
        Assert.DoesNotContain("http", page.Replace("http-equiv", ""), StringComparison.Ordinal); // no CDN
        foreach (var script in Regex.Matches(page, "src=\"([^\"]+)\"").Select(m => m.Groups[1].Value))
            Assert.Contains("admin/" + script, admin);
    }

    [Fact]
    public void The_github_configuration_opens_pull_requests_through_the_auth_proxy()
    {
        var config = Config(out _);
        var backend = Map(config["backend"]);
        Assert.Equal("github", backend["name"]);
        Assert.Equal("balitbang-magelang/galeri-inovasi", backend["repo"]);
        Assert.Equal("utama", backend["branch"]);
        Assert.Equal("true", backend["open_authoring"]);
        Assert.Equal("https://masuk.magelangkota.go.id", backend["base_url"]);
        Assert.Equal("oauth/auth", backend["auth_endpoint"]);
        Assert.Equal("editorial_workflow", config["publish_mode"]);
        Assert.Equal("id", config["locale"]);
    }

    [Fact]
    public void Innovations_are_page_bundles_with_every_field_of_the_table_in_order()
    {
        var innovations = Collection(Config(out _), "inovasi");
        Assert.Equal("content/inovasi", innovations["folder"]);
        Assert.Equal("{{slug}}/index", innovations["path"]);
        Assert.Equal("", innovations["media_folder"]);
        Assert.Equal("", innovations["public_folder"]);
        var fields = List(innovations["fields"]).Select(Map).ToList();
        Assert.Equal([.. InnovationFields.All.Select(f => f.Key), "body"], fields.Select(f => (string)f["name"]));
        foreach (var field in InnovationFields.All)
            Assert.Equal(field.Required ? "true" : "false", fields.Single(f => (string)f["name"] == field.Key)["required"]);
    }

    [Fact]
    public void Widgets_offer_only_what_the_check_accepts()
    {
        var fields = Fields(Collection(Config(out var content), "inovasi"));

        var opd = fields["opd"];
        Assert.Equal("select", opd["widget"]);
        Assert.Equal(content.Opds.Select(o => o.Code), List(opd["options"]).Select(o => (string)Map(o)["value"]));
        Assert.Equal(content.Urusan.Select(u => u.Code), List(fields["urusan"]["options"]).Select(o => (string)Map(o)["value"]));

        var tahapan = List(fields["tahapan"]["options"]).Select(Map).ToList();
        Assert.Equal(Galeri.Entries.Vocabulary.Tahapan, tahapan.Select(o => (string)o["value"]));
        Assert.Contains(tahapan, o => (string)o["label"] == "Uji Coba");
        Assert.Equal("true", fields["aspek_ipp"]["multiple"]);

        Assert.Equal("datetime", fields["tanggal_uji_coba"]["widget"]);
        Assert.Equal("YYYY-MM-DD", fields["tanggal_uji_coba"]["format"]);

        var sdgs = Map(fields["sdgs"]["field"]);
        Assert.Equal(("number", "int", "1", "17"), ((string)sdgs["widget"], (string)sdgs["value_type"], (string)sdgs["min"], (string)sdgs["max"]));

        var dampak = Fields(fields["dampak"]);
        Assert.Equal("list", fields["dampak"]["widget"]);
        Assert.Equal("float", dampak["sebelum"]["value_type"]);
        Assert.Equal(("int", "1945"), ((string)dampak["tahun"]["value_type"], (string)dampak["tahun"]["min"]));
        Assert.Equal("true", dampak["indikator"]["required"]);
        Assert.Equal(InnovationFields.Get("dampak").Item!.Fields[0].Hint, dampak["indikator"]["hint"]);

        var gambar = Fields(fields["gambar"]);
        Assert.Equal("image", gambar["berkas"]["widget"]);
        Assert.Equal("true", gambar["alt"]["required"]);
        Assert.Contains("replikasi", fields.Keys);
        Assert.Contains("penghargaan", fields.Keys);
    }

    [Fact]
    public void The_body_starts_with_the_section_headings_and_must_fill_the_required_ones()
    {
        var body = Fields(Collection(Config(out _), "inovasi"))["body"];
        var start = (string)body["default"];
        foreach (var kind in SectionKind.All) Assert.Contains("## " + kind.Heading, start);

        var pattern = new Regex((string)List(body["pattern"])[0]);
        Assert.DoesNotMatch(pattern, start);
        var written = "## Latar Belakang\n\nMasalahnya.\n\n## Cara Kerja\n\nLangkahnya.\n\n## Hasil dan Manfaat\n\nHasilnya.\n\n## Tantangan\n";
        Assert.Matches(pattern, written);
        Assert.DoesNotMatch(pattern, written.Replace("Langkahnya.\n\n", ""));
    }

    [Fact]
    public void Visits_free_pages_and_the_code_lists_are_collections_too()
    {
        var config = Config(out var content);
        var visits = Collection(config, "kunjungan");
        Assert.Equal("yml", visits["format"]);
        var visitFields = Fields(visits);
        Assert.Equal(content.Innovations.Select(i => i.Slug), List(visitFields["inovasi"]["options"]).Select(o => (string)Map(o)["value"]));
        Assert.Equal("true", visitFields["tanggal"]["required"]);
        Assert.Equal("frontmatter", Collection(config, "halaman")["format"]);

        var lists = Collection(config, "referensi");
        Assert.Equal(DecapCollections.ListFormat, lists["format"]);
        var files = List(lists["files"]).Select(Map).ToList();
        Assert.Equal(["content/opd.yml", "content/referensi/urusan.yml"], files.Select(f => (string)f["file"]));
    }

    [Fact]
    public void The_editor_asks_for_every_field_the_content_model_declares()
    {
        var config = Config(out _);
        Assert.Equal(Galeri.Model.VisitFields.Visit.Keys, List(Collection(config, "kunjungan")["fields"]).Select(f => (string)Map(f)["name"]).Where(Galeri.Model.VisitFields.Visit.Keys.Contains));
        Assert.Contains(EditorRuntime.Folder, Galeri.Validation.ReservedPaths.Top);
    }

    [Fact]
    public void Under_serve_the_editor_saves_through_the_local_server_without_pull_requests()
    {
        using var temp = new TempDirectory();
        var diagnostics = new DiagnosticBag();
        var site = SiteBuilder.Render(RepoPaths.Content, RepoPaths.Theme, null, diagnostics, null, null, "http://127.0.0.1:8181/api/v1")!;
        var config = Parse(RenderedSites.TextOf(site, "admin/config.yml"));
        var backend = Map(config["backend"]);
        Assert.Equal(("proxy", "http://127.0.0.1:8181/api/v1"), ((string)backend["name"], (string)backend["proxy_url"]));
        Assert.False(config.ContainsKey("publish_mode"));
        Assert.Equal("content/inovasi", Collection(config, "inovasi")["folder"]);
    }

    [Fact]
    public void A_repository_that_is_not_owner_slash_name_is_reported()
    {
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        File.AppendAllText(Path.Combine(content, "site.yml"), "\neditor:\n  repo: https://github.com/balitbang\n");
        var diagnostics = new DiagnosticBag();
        SiteBuilder.Check(content, null, diagnostics);
        Assert.Contains(diagnostics.Sorted(), d => d.Rule == "editor-repo-invalid" && d.Field == "editor.repo");
    }

    private static string WithEditor(TempDirectory temp)
    {
        var content = temp.Combine("content");
        DirectoryCopy.Copy(RepoPaths.Content, content);
        File.AppendAllText(Path.Combine(content, "site.yml"), EditorSection);
        return content;
    }

    private static Dictionary<object, object> Config(out Galeri.Content.SiteContent content)
    {
        using var temp = new TempDirectory();
        var folder = WithEditor(temp);
        content = SiteBuilder.Check(folder, null, new DiagnosticBag())!;
        return Parse(RenderedSites.TextOf(RenderedSites.Render(folder, RepoPaths.Theme), "admin/config.yml"));
    }

    private static Dictionary<object, object> Parse(string yaml) => new DeserializerBuilder().Build().Deserialize<Dictionary<object, object>>(yaml);

    private static Dictionary<object, object> Collection(Dictionary<object, object> config, string name) =>
        List(config["collections"]).Select(Map).Single(c => (string)c["name"] == name);

    private static Dictionary<string, Dictionary<object, object>> Fields(Dictionary<object, object> owner) =>
        List(owner["fields"]).Select(Map).ToDictionary(f => (string)f["name"]);

    private static Dictionary<object, object> Map(object value) => (Dictionary<object, object>)value;

    private static List<object> List(object value) => (List<object>)value;
}
