using Galeri.Diagnostics;
using Galeri.Tests.Support;
using static Galeri.Tests.Checking.CheckTestContent;

namespace Galeri.Tests.Checking;

/// <summary>
/// YAML mistakes as OPD writers make them: each at its line, in Bahasa Indonesia with the usual fix,
/// and never hiding what else can be checked in the same file (issue 12).
/// </summary>
public class YamlMistakeTests
{
    private const string Summary = "ringkasan: Pendaftaran uji KIR kendaraan secara daring.";

    [Fact]
    public void A_colon_in_a_text_is_explained_with_quotes_as_the_fix()
    {
        var error = DiagnosticAssert.SingleError(Check((Kir, Summary, "ringkasan: Siap Uji KIR: pendaftaran uji KIR secara daring.")), "yaml-colon-in-text");
        Assert.Equal((4, 24), (error.Line, error.Column));
        Assert.Equal("Isi kolom \"ringkasan\" memuat ': ' (titik dua lalu spasi), yang dibaca YAML sebagai awal kolom baru. Apit teks yang memuat ': ' dengan tanda petik, misalnya ringkasan: \"Siap Uji KIR: pendaftaran uji KIR secara…\".", error.Message());
        Assert.Contains("Put text that contains ': ' in quotes", error.Message("en"));
        Assert.DoesNotContain("While scanning", error.Message());
    }

    [Theory]
    [InlineData("akronim: \"Siap Uji", "yaml-unclosed-quote", 3)]
    [InlineData("akronim: 'Siap Uji's'", "yaml-quote-inside", 3)]
    [InlineData("akronim Siap Uji KIR", "yaml-missing-colon", 3)]
    [InlineData("akronim: @siapuji", "yaml-special-start", 3)]
    [InlineData("akronim: `siapuji`", "yaml-special-start", 3)]
    [InlineData("akronim: \"C:\\data\"", "yaml-backslash", 3)]
    [InlineData("akronim: [Siap, Uji", "yaml-unfinished", 3)]
    [InlineData("akronim: Siap\n opd2: x", "yaml-indentation", 4)]
    public void Each_kind_of_mistake_has_its_own_explanation(string written, string rule, int line)
    {
        var diagnostics = Check((Kir, "nama: Aplikasi Siap Uji KIR Online\n", "nama: Aplikasi Siap Uji KIR Online\n" + written + "\n"));
        var error = DiagnosticAssert.SingleError(diagnostics, rule);
        Assert.Equal(line, error.Line);
        Assert.NotEqual(error.Message("id"), error.Message("en"));
        // Only the broken field is lost: nothing else in the file is reported.
        Assert.Single(diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void A_syntax_error_does_not_hide_the_other_fields_or_the_body()
    {
        var diagnostics = Check(
            (Kir, Summary, "ringkasan: Siap Uji KIR: pendaftaran daring."),
            (Kir, "opd: dishub", "opd: Dishub"),
            (Kir, "urusan: perhubungan", "urusan: transportasi"),
            (Kir, "    sumber: Laporan kinerja Dishub 2019", ""),
            (Kir, "## Cara Kerja", "## Cara Bekerja"));
        var rules = diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Rule).Order().ToList();
        Assert.Equal(["required", "section-missing", "unknown-opd", "unknown-urusan", "yaml-colon-in-text"], rules);
        // The field with the syntax error is not reported missing as well.
        Assert.DoesNotContain(diagnostics, d => d.Rule == "required" && d.Field == "ringkasan");
    }

    [Fact]
    public void A_syntax_error_in_one_file_never_hides_another_files_errors()
    {
        var diagnostics = Check(
            ("site.yml", "judul:", "judul: Galeri: Inovasi\njudul2:"),
            ("opd.yml", "- kode: diskominsta", "- kode: bapperida\n  nama: [Badan Perencanaan\n- kode: diskominsta"),
            ("inovasi/data-go/index.md", "urusan: komunikasi-informatika", "urusan: kominfo"),
            (Kir, "opd: dishub", "opd: dishubb"));
        var lines = Lines(diagnostics);
        Assert.Contains("site.yml", lines);
        Assert.Contains(diagnostics, d => d.File.EndsWith("opd.yml", StringComparison.Ordinal) && d.Rule.StartsWith("yaml-", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Rule == "unknown-urusan" && d.File.EndsWith("data-go/index.md", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Rule == "unknown-opd" && d.Arguments[0] == "dishubb");
    }

    [Fact]
    public void Front_matter_never_closed_is_reported_at_its_opening_line_and_the_body_is_still_checked()
    {
        var diagnostics = Check((Kir, "    sumber: Laporan kinerja Dishub 2019\n---\n", "    sumber: Laporan kinerja Dishub 2019\n\n"), (Kir, "opd: dishub", "opd: dishubb"));
        var error = DiagnosticAssert.SingleError(diagnostics, "front-matter-unclosed");
        Assert.Equal(1, error.Line);
        Assert.Contains("kemungkinan sesudah baris 23", error.Message());
        DiagnosticAssert.SingleError(diagnostics, "unknown-opd");
        Assert.DoesNotContain(diagnostics, d => d.Rule == "section-missing");
    }
}
