using Galeri.Content;
using Galeri.Diagnostics;
using Galeri.Entries;
using Galeri.Tests.Support;

namespace Galeri.Tests.StudiTiru;

/// <summary>
/// The studi tiru fields read as the content model declares them: what it cost (<c>anggaran</c>, whole
/// rupiah from a closed list of sources), the legal basis (<c>dasar_hukum</c>), documents
/// (<c>dokumen</c>) and what replication needs (<c>replikasi</c>'s cost, months, staff).
/// </summary>
public class StudiTiruFieldTests
{
    private const string Fields = """
        replikasi:
          dapat_direplikasi: true
          perkiraan_biaya: 2500000000
          waktu_persiapan_bulan: 6
          petugas: 4
        anggaran:
          - tahun: 2018
            nilai: 185000000
            sumber: apbd
            keterangan: Pembangunan aplikasi
          - tahun: 2019
            nilai: 42000000
            sumber: csr
        dasar_hukum:
          - jenis: peraturan_kepala_daerah
            nomor: "27"
            tahun: 2018
            judul: Pelayanan Pengujian Kendaraan Bermotor Secara Daring
            tautan: https://jdih.contoh.go.id/perwal-27-2018
        dokumen:
          - judul: SOP Pendaftaran
            berkas: sop.pdf
          - judul: Panduan teknis
            tautan: https://contoh.go.id/panduan.pdf

        """;

    private static (Innovation? Entry, IReadOnlyList<Diagnostic> Diagnostics) Parse(string fields)
    {
        var text = MiniContent.Entry.Replace("tag: [uji kir, kendaraan]\n", "tag: [uji kir, kendaraan]\n" + fields, StringComparison.Ordinal);
        var bag = new DiagnosticBag();
        var file = new SourceFile("inovasi/siap-uji-kir-online/index.md", "content/inovasi/siap-uji-kir-online/index.md", "/nowhere/inovasi/siap-uji-kir-online/index.md", text);
        return (InnovationParser.Parse(file, bag), bag.Sorted());
    }

    [Fact]
    public void Budget_legal_basis_documents_and_replication_needs_are_read()
    {
        var (entry, diagnostics) = Parse(Fields);
        DiagnosticAssert.NoErrors(diagnostics);
        Assert.Equal([new Budget(2018, 185_000_000, "apbd", "Pembangunan aplikasi"), new Budget(2019, 42_000_000, "csr", null)], entry!.Budgets);
        var basis = Assert.Single(entry.LegalBases);
        Assert.Equal(("peraturan_kepala_daerah", "27", 2018, "https://jdih.contoh.go.id/perwal-27-2018", (string?)null), (basis.Kind, basis.Number, basis.Year, basis.Url, basis.File));
        Assert.Equal(["sop.pdf", null], entry.Documents.Select(d => d.File));
        Assert.Equal("dokumen[1].berkas", entry.Documents[0].FieldName);
        // Above int's range: a regional budget line in rupiah easily is.
        Assert.Equal(2_500_000_000L, entry.Replication!.EstimatedCost);
        Assert.Equal((6, 4), (entry.Replication.PreparationMonths, entry.Replication.Staff));
    }

    [Theory]
    [InlineData("125.000.000", "number-separator", "125000000")]
    [InlineData("1500000.5", "rupiah-whole", "1500000.5")]
    [InlineData("-5000", "out-of-range", "-5000")]
    [InlineData("seratus juta", "type-number", "seratus juta")]
    [InlineData("2000000000000", "out-of-range", "2000000000000")]
    public void A_budget_value_must_be_whole_rupiah_written_plainly(string written, string rule, string quoted)
    {
        var (entry, diagnostics) = Parse(Fields.Replace("nilai: 185000000", "nilai: " + written, StringComparison.Ordinal));
        var error = DiagnosticAssert.SingleError(diagnostics, rule);
        Assert.Equal("anggaran[1].nilai", error.Field);
        Assert.Contains(quoted, error.Message("id"));
        Assert.Single(entry!.Budgets);
    }

    [Fact]
    public void An_unknown_source_or_kind_names_the_valid_ones_and_the_likely_one()
    {
        var (_, diagnostics) = Parse(Fields.Replace("sumber: apbd", "sumber: apdb", StringComparison.Ordinal)
            .Replace("jenis: peraturan_kepala_daerah", "jenis: perwal", StringComparison.Ordinal)
            .Replace("jenis: peraturan_kepala_daerah", "", StringComparison.Ordinal));
        var source = Assert.Single(diagnostics, d => d.Rule == "enum" && d.Field == "anggaran[1].sumber");
        Assert.Contains("Maksud Anda \"apbd\"?", source.Message("id"));
        Assert.Contains("apbd, apbn, dak, csr, hibah, swadaya, lainnya", source.Message("id"));
        var kind = Assert.Single(diagnostics, d => d.Rule == "enum" && d.Field == "dasar_hukum[1].jenis");
        Assert.Contains("peraturan_daerah, peraturan_kepala_daerah, keputusan, surat_edaran, lainnya", kind.Message("id"));
    }

    [Fact]
    public void A_legal_basis_without_its_number_or_year_is_reported_and_left_out()
    {
        var (entry, diagnostics) = Parse(Fields.Replace("    nomor: \"27\"\n", "", StringComparison.Ordinal).Replace("    tahun: 2018\n    judul", "    tahun: 2099\n    judul", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d is { Rule: "required", Field: "dasar_hukum[1].nomor" });
        Assert.Contains(diagnostics, d => d is { Rule: "out-of-range", Field: "dasar_hukum[1].tahun" });
        Assert.Empty(entry!.LegalBases);
    }

    [Theory]
    [InlineData("waktu_persiapan_bulan: 6", "waktu_persiapan_bulan: 0", "replikasi.waktu_persiapan_bulan", "out-of-range")]
    [InlineData("petugas: 4", "petugas: empat", "replikasi.petugas", "type-integer")]
    [InlineData("    keterangan: Pembangunan aplikasi", "    catatan: Pembangunan aplikasi", "anggaran[1].catatan", "unknown-key")]
    public void Replication_needs_and_item_keys_are_checked(string from, string to, string field, string rule)
    {
        var (_, diagnostics) = Parse(Fields.Replace(from, to, StringComparison.Ordinal));
        Assert.Equal(field, DiagnosticAssert.SingleError(diagnostics, rule).Field);
    }
}
