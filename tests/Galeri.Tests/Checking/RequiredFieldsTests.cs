using Galeri.Diagnostics;
using Galeri.Tests.Support;
using static Galeri.Tests.Checking.CheckTestContent;

namespace Galeri.Tests.Checking;

/// <summary>
/// Fields the guide calls required are enforced (issue 12): an entry without them used to pass and
/// silently drop out of every taxonomy and filter.
/// </summary>
public class RequiredFieldsTests
{
    [Theory]
    [InlineData("jenis: digital\n", "jenis")]
    [InlineData("bentuk: pelayanan_publik\n", "bentuk")]
    [InlineData("urusan: perhubungan\n", "urusan")]
    [InlineData("tahapan: penerapan\n", "tahapan")]
    [InlineData("status: aktif\n", "status")]
    public void An_entry_without_a_classifying_field_is_an_error(string line, string field)
    {
        var diagnostics = Check((Kir, line, ""));
        var error = DiagnosticAssert.SingleError(diagnostics, "required");
        Assert.Equal(field, error.Field);
        Assert.Equal($"Kolom wajib \"{field}\" belum diisi.", error.Message());
    }

    [Theory]
    [InlineData("    satuan: menit\n", "dampak[1].satuan")]
    [InlineData("    sebelum: 180\n", "dampak[1].sebelum")]
    [InlineData("    sesudah: 45\n", "dampak[1].sesudah")]
    [InlineData("    tahun: 2019\n", "dampak[1].tahun")]
    [InlineData("    sumber: Laporan kinerja Dishub 2019", "dampak[1].sumber")]
    public void An_impact_needs_every_documented_part(string line, string field)
    {
        var error = DiagnosticAssert.SingleError(Check((Kir, line, "")), "required");
        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void A_number_where_a_list_of_text_is_expected_is_an_error()
    {
        var diagnostics = Check((Kir, "tag: [uji kir, kendaraan]", "tag: 2023"));
        var error = DiagnosticAssert.SingleError(diagnostics, "type-text-list");
        Assert.Equal((12, "tag"), (error.Line, error.Field));
        Assert.Contains("tertulis angka 2023", error.Message());
        Assert.Contains("[\"2023\"]", error.Message());
    }

    [Fact]
    public void A_single_text_is_still_a_one_item_list_and_a_quoted_number_is_text()
    {
        DiagnosticAssert.NoErrors(Check((Kir, "tag: [uji kir, kendaraan]", "tag: kendaraan")));
        DiagnosticAssert.NoErrors(Check((Kir, "tag: [uji kir, kendaraan]", "tag: \"2023\"")));
    }

    [Fact]
    public void The_guide_says_the_classifying_fields_are_required()
    {
        var table = Galeri.Model.FieldTable.Between(File.ReadAllText(Path.Combine(RepoPaths.Content, "README.md")))!;
        foreach (var field in new[] { "jenis", "bentuk", "urusan", "tahapan", "status" })
            Assert.Contains($"| `{field}` | Wajib |", table);
    }

    [Fact]
    public void An_entry_missing_a_required_field_still_has_its_references_and_images_checked()
    {
        var diagnostics = Check((Kir, "nama: Aplikasi Siap Uji KIR Online\n", ""), (Kir, "urusan: perhubungan", "urusan: transportasi"));
        Assert.Equal("nama", DiagnosticAssert.SingleError(diagnostics, "required").Field);
        DiagnosticAssert.SingleError(diagnostics, "unknown-urusan");
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error && d.Rule is not "required" and not "unknown-urusan");
    }
}
