using Galeri.Build;
using Galeri.Diagnostics;
using Galeri.Tests.Support;

namespace Galeri.Tests.Validation;

/// <summary>Rules that need more than one file, checked on a small content folder with one thing broken.</summary>
public class ContentValidatorTests
{
    private static IReadOnlyList<Diagnostic> Check(Action<string> breakContent)
    {
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        breakContent(content);
        var bag = new DiagnosticBag();
        SiteBuilder.Check(content, null, bag);
        return bag.Sorted();
    }

    private static void Replace(string content, string relative, string from, string to)
    {
        var path = Path.Combine(content, relative);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to));
    }

    [Fact]
    public void The_mini_content_is_valid() => DiagnosticAssert.NoErrors(Check(_ => { }));

    [Fact]
    public void Unknown_opd_suggests_the_closest_code()
    {
        var error = DiagnosticAssert.SingleError(
            Check(c => Replace(c, "inovasi/siap-uji-kir-online/index.md", "opd: dishub", "opd: dishub2")), "unknown-opd");
        Assert.EndsWith("inovasi/siap-uji-kir-online/index.md", error.File);
        Assert.Equal(3, error.Line);
        Assert.Equal("opd", error.Field);
        Assert.StartsWith("OPD \"dishub2\" tidak dikenal. Maksud Anda \"dishub\"?", error.Message());
    }

    [Fact]
    public void Unknown_urusan_is_an_error()
    {
        var error = DiagnosticAssert.SingleError(
            Check(c => Replace(c, "inovasi/siap-uji-kir-online/index.md", "urusan: perhubungan", "urusan: perhubungn")), "unknown-urusan");
        Assert.Equal(7, error.Line);
    }

    [Fact]
    public void Launch_before_trial_is_an_error()
    {
        var error = DiagnosticAssert.SingleError(
            Check(c => Replace(c, "inovasi/siap-uji-kir-online/index.md", "tanggal_penerapan: 2019-01-15", "tanggal_penerapan: 2017-01-15")), "date-order");
        Assert.Equal(11, error.Line);
    }

    [Fact]
    public void Penerapan_without_launch_date_is_an_error()
    {
        DiagnosticAssert.SingleError(
            Check(c => Replace(c, "inovasi/siap-uji-kir-online/index.md", "tanggal_penerapan: 2019-01-15\n", "")), "penerapan-needs-date");
    }

    [Fact]
    public void Visit_naming_an_unknown_innovation_is_an_error()
    {
        var error = DiagnosticAssert.SingleError(
            Check(c => Replace(c, "kunjungan/2023-08-02-depok.yml", "[siap-uji-kir-online]", "[siap-uji-kir]")), "unknown-innovation");
        Assert.Equal(6, error.Line);
        Assert.Contains("Maksud Anda \"siap-uji-kir-online\"?", error.Message());
    }

    [Fact]
    public void Image_leaving_the_entry_folder_is_refused()
    {
        var error = DiagnosticAssert.SingleError(
            Check(c => Replace(c, "inovasi/siap-uji-kir-online/index.md", "kontak:", "gambar:\n  - berkas: ../data-go/foto.jpg\n    alt: Foto\nkontak:")), "image-path");
        Assert.Equal("gambar.berkas", error.Field);
    }

    [Fact]
    public void Image_that_does_not_exist_is_an_error()
    {
        DiagnosticAssert.SingleError(
            Check(c => Replace(c, "inovasi/siap-uji-kir-online/index.md", "kontak:", "gambar:\n  - berkas: foto.jpg\n    alt: Foto loket\nkontak:")), "image-missing");
    }

    [Fact]
    public void An_existing_image_passes()
    {
        DiagnosticAssert.NoErrors(Check(c =>
        {
            File.WriteAllText(Path.Combine(c, "inovasi/siap-uji-kir-online/foto.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
            Replace(c, "inovasi/siap-uji-kir-online/index.md", "kontak:", "gambar:\n  - berkas: foto.svg\n    alt: Foto loket\nkontak:");
        }));
    }

    [Fact]
    public void Duplicate_opd_code_is_an_error()
    {
        var error = DiagnosticAssert.SingleError(
            Check(c => Replace(c, "opd.yml", "kode: diskominsta", "kode: dishub")), "duplicate-code");
        Assert.EndsWith("opd.yml", error.File);
        Assert.Contains("baris 1", error.Message());
    }

    [Fact]
    public void An_empty_entry_is_reported_even_when_another_file_has_errors()
    {
        var diagnostics = Check(c =>
        {
            File.WriteAllText(Path.Combine(c, "inovasi/data-go/index.md"), "---\n---\n");
            Replace(c, "inovasi/siap-uji-kir-online/index.md", "jenis: digital", "jenis: online");
        });
        Assert.Contains(diagnostics, d => d.Rule == "required" && d.Field == "nama" && d.File.EndsWith("data-go/index.md", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Rule == "enum");
    }

    [Fact]
    public void Missing_site_file_is_reported()
    {
        var diagnostics = Check(c => File.Delete(Path.Combine(c, "site.yml")));
        Assert.EndsWith("site.yml", DiagnosticAssert.SingleError(diagnostics, "file-missing").File);
    }

    [Fact]
    public void Entry_folder_without_index_md_is_reported()
    {
        var diagnostics = Check(c => Directory.CreateDirectory(Path.Combine(c, "inovasi/kosong")));
        Assert.EndsWith("inovasi/kosong/index.md", DiagnosticAssert.SingleError(diagnostics, "file-missing").File);
    }

    [Fact]
    public void Entry_slug_used_by_the_catalog_itself_is_refused()
    {
        var diagnostics = Check(c => Directory.Move(Path.Combine(c, "inovasi/data-go"), Path.Combine(c, "inovasi/terbaru")));
        DiagnosticAssert.SingleError(diagnostics, "reserved-slug");
    }

    [Fact]
    public void All_problems_are_reported_in_one_run_sorted_by_file_and_line()
    {
        var diagnostics = Check(c =>
        {
            Replace(c, "inovasi/siap-uji-kir-online/index.md", "status: aktif", "status: hidup");
            Replace(c, "inovasi/siap-uji-kir-online/index.md", "opd: dishub", "opd: dishubb");
            Replace(c, "inovasi/data-go/index.md", "jenis: digital", "jenis: online");
        }).Where(d => d.Severity == Severity.Error).ToList();
        Assert.Equal(["enum", "unknown-opd", "enum"], diagnostics.Select(d => d.Rule));
        Assert.True(string.CompareOrdinal(diagnostics[0].File, diagnostics[1].File) < 0);
        Assert.True(diagnostics[1].Line < diagnostics[2].Line);
    }
}
