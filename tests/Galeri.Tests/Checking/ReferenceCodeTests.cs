using Galeri.Build;
using Galeri.Diagnostics;
using Galeri.Tests.Support;
using static Galeri.Tests.Checking.CheckTestContent;

namespace Galeri.Tests.Checking;

/// <summary>OPD and urusan codes: suggestions and the list of valid codes; codes with underscores and the addresses made from them.</summary>
public class ReferenceCodeTests
{
    [Fact]
    public void An_unknown_opd_written_as_staff_know_it_gets_maksud_anda_and_the_valid_codes()
    {
        var error = DiagnosticAssert.SingleError(Check((Kir, "opd: dishub", "opd: Dishub")), "unknown-opd");
        Assert.Equal("OPD \"Dishub\" tidak dikenal. Maksud Anda \"dishub\"? Kode OPD harus ada di content/opd.yml. Kode yang ada: dishub, diskominsta.", error.Message());
        Assert.Equal("Unknown OPD \"Dishub\". Did you mean \"dishub\"? OPD codes must be listed in content/opd.yml. Valid codes: dishub, diskominsta.", error.Message("en"));

        var byName = DiagnosticAssert.SingleError(Check((Kir, "opd: dishub", "opd: Dinas Perhubungan")), "unknown-opd");
        Assert.Contains("Maksud Anda \"dishub\"?", byName.Message());
    }

    [Fact]
    public void An_unknown_urusan_lists_the_valid_codes_even_without_a_close_one()
    {
        var error = DiagnosticAssert.SingleError(Check((Kir, "urusan: perhubungan", "urusan: transportasi")), "unknown-urusan");
        Assert.DoesNotContain("Maksud Anda", error.Message());
        Assert.Contains("Kode yang ada: perhubungan, ", error.Message());
        Assert.Contains("komunikasi-informatika", error.Message());
    }

    [Fact]
    public void Codes_may_have_underscores_and_pages_live_at_their_slug()
    {
        // Another region's lists, written with underscores as its own code lists are.
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        Replace(content, "opd.yml", "- kode: dishub", "- kode: dinas_perhubungan");
        Replace(content, "referensi/urusan.yml", "- kode: perhubungan", "- kode: urusan_perhubungan");
        Replace(content, Kir, "opd: dishub", "opd: dinas_perhubungan");
        Replace(content, Kir, "urusan: perhubungan", "urusan: urusan_perhubungan");
        Replace(content, "kunjungan/2023-08-02-depok.yml", "tuan_rumah: dishub", "tuan_rumah: dinas_perhubungan");
        var output = temp.Combine("public");

        var result = SiteBuilder.Build(new BuildOptions(content, RepoPaths.Theme, output));

        DiagnosticAssert.NoErrors(result.Diagnostics);
        Assert.True(File.Exists(Path.Combine(output, "opd", "dinas-perhubungan", "index.html")));
        Assert.True(File.Exists(Path.Combine(output, "urusan", "urusan-perhubungan", "index.html")));
        var entry = File.ReadAllText(Path.Combine(output, "inovasi", "siap-uji-kir-online", "index.html"));
        Assert.Contains("opd/dinas-perhubungan/", entry);
        Assert.DoesNotContain("opd/dinas_perhubungan/", entry);
    }

    [Theory]
    [InlineData("Dinas Perhubungan", "'D', spasi, 'P'", "dinas-perhubungan")]
    [InlineData("dishub/2", "'/'", "dishub-2")]
    [InlineData("_dishub", "'_'", "dishub")]
    public void Only_characters_that_cannot_be_in_a_code_are_errors(string code, string refused, string suggestion)
    {
        var error = DiagnosticAssert.SingleError(Check(("opd.yml", "- kode: diskominsta", $"- kode: \"{code}\"")), "code-format");
        Assert.Equal($"Kode \"{code}\" memuat karakter yang tidak boleh ada dalam kode ({refused}). Gunakan huruf kecil a-z, angka, tanda hubung '-' atau garis bawah '_', misalnya \"{suggestion}\".", error.Message());
    }

    [Fact]
    public void Two_codes_with_one_address_are_an_error()
    {
        var error = DiagnosticAssert.SingleError(Check(("opd.yml", "- kode: dishub", "- kode: tata_kelola"), ("opd.yml", "- kode: diskominsta", "- kode: tata-kelola")), "code-address-clash");
        Assert.Equal("Kode \"tata-kelola\" dan \"tata_kelola\" (baris 1) menghasilkan alamat halaman yang sama, \"tata-kelola\". Ganti salah satu kodenya.", error.Message());
        Assert.Equal(5, error.Line);
    }
}
