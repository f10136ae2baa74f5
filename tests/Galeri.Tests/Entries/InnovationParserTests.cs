using Galeri.Content;
using Galeri.Diagnostics;
using Galeri.Entries;
using Galeri.Tests.Support;

namespace Galeri.Tests.Entries;

public class InnovationParserTests
{
    private static (Innovation? Entry, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text, string slug = "siap-uji-kir-online")
    {
        var bag = new DiagnosticBag();
        var file = new SourceFile($"inovasi/{slug}/index.md", $"content/inovasi/{slug}/index.md", $"/nowhere/inovasi/{slug}/index.md", text.ReplaceLineEndings("\n"));
        return (InnovationParser.Parse(file, bag), bag.Sorted());
    }

    [Fact]
    public void A_complete_entry_reads_into_its_fields_and_sections()
    {
        var (entry, diagnostics) = Parse(MiniContent.Entry);
        DiagnosticAssert.NoErrors(diagnostics);
        Assert.NotNull(entry);
        Assert.Equal("siap-uji-kir-online", entry.Slug);
        Assert.Equal("Aplikasi Siap Uji KIR Online", entry.Name);
        Assert.Equal("dishub", entry.OpdCode);
        Assert.Equal(new DateOnly(2019, 1, 15), entry.LaunchDate);
        Assert.Equal(2019, entry.Year);
        Assert.Equal(["uji kir", "kendaraan"], entry.Tags);
        Assert.Equal("dishub@contoh.go.id", entry.Contact!.Email);
        Assert.Equal(["latar-belakang", "cara-kerja", "hasil-dan-manfaat"], entry.Sections.Select(s => s.Id));
        Assert.Contains("Antrean panjang", entry.Sections[0].Html);
        Assert.Equal(new SourcePosition(3, 1), entry.PositionOf("opd"));
    }

    [Fact]
    public void Unknown_key_names_the_line_and_suggests_the_right_field_once()
    {
        var (_, diagnostics) = Parse(MiniContent.Entry.Replace("ringkasan:", "ringkasn:"));
        var unknown = DiagnosticAssert.SingleError(diagnostics, "unknown-key");
        Assert.Equal(4, unknown.Line);
        Assert.Equal("ringkasn", unknown.Field);
        Assert.Contains("Maksud Anda \"ringkasan\"?", unknown.Message());
        // The typo is the one mistake: "ringkasan" is not reported missing as well.
        Assert.DoesNotContain(diagnostics, d => d.Rule == "required");
    }

    [Fact]
    public void A_field_declared_only_in_the_content_model_is_read_by_its_type()
    {
        var (entry, diagnostics) = Parse(MiniContent.Entry.Replace("\ntag:", "\nmitra: [Bank Jateng, Universitas Tidar]\ntag:"));
        DiagnosticAssert.NoErrors(diagnostics);
        Assert.Equal(["Bank Jateng", "Universitas Tidar"], Assert.IsAssignableFrom<IEnumerable<string>>(entry!.Values["mitra"]));
    }

    [Fact]
    public void A_field_declared_only_in_the_content_model_reports_the_wrong_shape()
    {
        var (entry, diagnostics) = Parse(MiniContent.Entry.Replace("\ntag:", "\nmitra:\n  nama: Bank Jateng\ntag:"));
        Assert.Equal("mitra", DiagnosticAssert.SingleError(diagnostics, "type-list").Field);
        Assert.False(entry!.Values.ContainsKey("mitra"));
    }

    [Fact]
    public void A_misspelled_model_field_is_suggested_like_any_other()
    {
        var (_, diagnostics) = Parse(MiniContent.Entry.Replace("\ntag:", "\nmitar: [Bank Jateng]\ntag:"));
        Assert.Contains("Maksud Anda \"mitra\"?", DiagnosticAssert.SingleError(diagnostics, "unknown-key").Message());
    }

    [Fact]
    public void Value_outside_its_list_lists_the_choices_and_suggests_one()
    {
        var (_, diagnostics) = Parse(MiniContent.Entry.Replace("tahapan: penerapan", "tahapan: penerapn"));
        var error = DiagnosticAssert.SingleError(diagnostics, "enum");
        Assert.Equal(8, error.Line);
        Assert.Equal("content/inovasi/siap-uji-kir-online/index.md:8:1 error tahapan: Nilai \"penerapn\" tidak dikenal untuk \"tahapan\". " +
                     "Pilihan yang benar: inisiatif, uji_coba, penerapan. Maksud Anda \"penerapan\"?", error.ToString());
    }

    [Fact]
    public void Impossible_date_is_an_error_with_the_expected_format()
    {
        var (_, diagnostics) = Parse(MiniContent.Entry.Replace("2019-01-15", "2019-02-30"));
        var error = DiagnosticAssert.SingleError(diagnostics, "date-invalid");
        Assert.Equal(11, error.Line);
        Assert.Contains("TTTT-BB-HH", error.Message());
    }

    [Fact]
    public void Link_that_is_not_http_is_refused()
    {
        var text = MiniContent.Entry.Replace("kontak:", "tautan:\n  layanan: javascript:alert(1)\nkontak:");
        var (_, diagnostics) = Parse(text);
        var error = DiagnosticAssert.SingleError(diagnostics, "url-invalid");
        Assert.Equal("tautan.layanan", error.Field);
        Assert.Equal(14, error.Line);
    }

    [Fact]
    public void Malformed_email_is_refused()
    {
        var (_, diagnostics) = Parse(MiniContent.Entry.Replace("dishub@contoh.go.id", "dishub.contoh.go.id"));
        Assert.Equal("kontak.email", DiagnosticAssert.SingleError(diagnostics, "email-invalid").Field);
    }

    [Fact]
    public void Sdg_outside_one_to_seventeen_is_refused()
    {
        var (_, diagnostics) = Parse(MiniContent.Entry.Replace("tag: [uji kir, kendaraan]", "tag: [uji kir]\nsdgs: [9, 18]"));
        var error = DiagnosticAssert.SingleError(diagnostics, "out-of-range");
        Assert.Equal("sdgs", error.Field);
    }

    [Fact]
    public void Image_without_alt_is_an_error()
    {
        var (_, diagnostics) = Parse(MiniContent.Entry.Replace("kontak:", "gambar:\n  - berkas: foto.jpg\nkontak:"));
        Assert.Equal("gambar[1].alt", DiagnosticAssert.SingleError(diagnostics, "required").Field);
    }

    [Fact]
    public void Missing_required_section_is_an_error_and_missing_optional_ones_are_warnings()
    {
        var (_, diagnostics) = Parse(MiniContent.Entry.Replace("## Cara Kerja", "## Cara Kerjanya"));
        var error = DiagnosticAssert.SingleError(diagnostics, "section-missing");
        Assert.Contains("## Cara Kerja", error.Message());
        Assert.Contains(diagnostics, d => d is { Severity: Severity.Warning, Rule: "section-unknown" });
        Assert.Equal(3, diagnostics.Count(d => d.Rule == "section-recommended"));
    }

    [Fact]
    public void Raw_html_in_the_body_is_a_warning_with_its_line()
    {
        var (entry, diagnostics) = Parse(MiniContent.Entry.Replace("Waktu tunggu turun.", "Waktu <b>tunggu</b> turun."));
        var warning = Assert.Single(diagnostics, d => d.Rule == "raw-html");
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(35, warning.Line);
        Assert.Contains("&lt;b&gt;", entry!.Sections[2].Html);
    }

    [Fact]
    public void Folder_name_must_be_a_valid_address()
    {
        var (_, diagnostics) = Parse(MiniContent.Entry, slug: "Siap_KIR");
        var error = DiagnosticAssert.SingleError(diagnostics, "slug-format");
        Assert.Contains("\"siap-kir\"", error.Message());
    }

    [Fact]
    public void Wrong_type_is_reported_instead_of_crashing()
    {
        var (_, diagnostics) = Parse(MiniContent.Entry.Replace("nama: Aplikasi Siap Uji KIR Online", "nama: [Aplikasi, KIR]"));
        Assert.Equal("nama", DiagnosticAssert.SingleError(diagnostics, "type-text").Field);
    }
}
