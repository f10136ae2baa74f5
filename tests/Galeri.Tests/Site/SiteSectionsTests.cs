using Galeri.Content;
using Galeri.Diagnostics;
using Galeri.Site;
using Galeri.Tests.Support;

namespace Galeri.Tests.Site;

/// <summary>
/// site.yml's sections (<c>kontak</c>, <c>lisensi</c>, <c>editor</c>) are read by their declarations in
/// SiteFields: unknown keys, required keys and each field's type (the office phone's too) are checked
/// as in an entry, and the sample's settings read as written.
/// </summary>
public class SiteSectionsTests
{
    private static readonly string Sample = File.ReadAllText(Path.Combine(RepoPaths.Content, ContentLayout.SiteFile));

    private static (SiteConfig? Config, IReadOnlyList<Diagnostic> Diagnostics) Parse(string yaml)
    {
        var bag = new DiagnosticBag();
        var file = new SourceFile(ContentLayout.SiteFile, "content/site.yml", "/nowhere/site.yml", yaml.ReplaceLineEndings("\n"));
        return (SiteConfigParser.Parse(file, null, bag), bag.Sorted());
    }

    [Fact]
    public void The_sample_sections_read_as_written_without_a_word()
    {
        var (config, diagnostics) = Parse(Sample);

        Assert.Empty(diagnostics);
        Assert.Equal(new SiteContact("Badan Penelitian dan Pengembangan Kota Magelang", "Jl. Sarwo Edie Wibowo No. 2, Kota Magelang 56117",
            "balitbang@magelangkota.go.id", "(0293) 363399"), config!.Contact);
        Assert.Equal(new DataLicense("CC-BY-4.0", "Creative Commons Atribusi 4.0 Internasional", "https://creativecommons.org/licenses/by/4.0/deed.id"), config.License);
        Assert.Null(config.Editor);
    }

    [Fact]
    public void A_personal_mobile_number_as_the_office_phone_is_the_warning_an_entry_gets()
    {
        var (config, diagnostics) = Parse(Sample.Replace("telepon: (0293) 363399", "telepon: 0812-3456-7890", StringComparison.Ordinal));

        var warning = Assert.Single(diagnostics);
        Assert.Equal((Severity.Warning, "contact-personal-phone", "kontak.telepon"), (warning.Severity, warning.Rule, warning.Field));
        Assert.Contains("nomor ponsel pribadi (0812-3456-7890)", warning.Message());
        Assert.Equal("0812-3456-7890", config!.Contact!.Telephone); // a warning: still shown
    }

    [Fact]
    public void Section_keys_are_checked_against_their_declarations()
    {
        var (config, diagnostics) = Parse(Sample
            .Replace("  telepon:", "  telpon:", StringComparison.Ordinal)
            .Replace("  nama: CC-BY-4.0\n", "", StringComparison.Ordinal)
            .Replace("  email: balitbang@magelangkota.go.id", "  email: balitbang di magelangkota", StringComparison.Ordinal));

        var unknown = DiagnosticAssert.SingleError(diagnostics, "unknown-key");
        Assert.Equal("kontak.telpon", unknown.Field);
        Assert.Contains("telepon", unknown.Message());
        Assert.Equal("lisensi.nama", DiagnosticAssert.SingleError(diagnostics, "required").Field);
        Assert.Equal("kontak.email", DiagnosticAssert.SingleError(diagnostics, "email-invalid").Field);
        Assert.Null(config!.License);
        Assert.Null(config.Contact!.Email);
    }

    [Fact]
    public void The_editor_section_keeps_its_defaults_and_its_repository_rule()
    {
        var (config, diagnostics) = Parse(Sample + "editor:\n  repo: balitbang/galeri\n  folder: /situs/content/\n  auth:\n    base_url: https://auth.contoh.go.id\n    auth_endpoint: /masuk/\n");

        Assert.Empty(diagnostics);
        Assert.Equal(new Galeri.Editor.EditorSettings("balitbang/galeri", "main", "situs/content", "https://auth.contoh.go.id", "masuk"), config!.Editor);

        var (wrong, problems) = Parse(Sample + "editor:\n  repo: https://github.com/balitbang/galeri\n  cabang: main\n");
        Assert.Null(wrong!.Editor);
        Assert.Equal("editor.repo", DiagnosticAssert.SingleError(problems, "editor-repo-invalid").Field);
        Assert.Equal("editor.cabang", DiagnosticAssert.SingleError(problems, "unknown-key").Field);
    }
}
