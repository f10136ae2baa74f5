using Galeri.Model;
using static Galeri.Model.FieldType;

namespace Galeri.Editor;

/// <summary>
/// The fields of the content types that have no field table in the content model yet (visits, free
/// pages, the OPD and urusan lists), in the only place the editor reads them: the keys are the
/// parsers' (<see cref="Visits.VisitParser.Fields"/>, <see cref="FreePages.FreePageParser.Fields"/>,
/// <see cref="Opds.OpdListParser.Fields"/>, <see cref="Urusan.UrusanListParser.Fields"/>; a test keeps
/// them equal), the requirements and ranges the parsers' checks, the hints content/README.md's.
/// When the content model declares these tables, each property here becomes that table.
/// </summary>
public static class EditorContentTypes
{
    /// <summary>A studi tiru visit: <c>content/kunjungan/TTTT-BB-HH-nama.yml</c>.</summary>
    public static IReadOnlyList<Field> Visit { get; } =
    [
        new("tanggal", Date, "Tanggal kunjungan, format TTTT-BB-HH.") { Required = true },
        new("instansi", FieldType.Text, "Lembaga yang berkunjung. Contoh: Dinas Sosial Kota Salatiga.") { Required = true },
        new("daerah", FieldType.Text, "Asal lembaga tersebut. Contoh: Kota Salatiga, Jawa Tengah."),
        new("tuan_rumah", Code, "Perangkat daerah penerima kunjungan, dari content/opd.yml.") { CodeList = "opd" },
        new("topik", List, "Hal-hal yang dibahas, satu per butir. Contoh: Penguatan Forum TJSLP.") { Item = new("", FieldType.Text, "") },
        new("inovasi", List, "Inovasi yang dipelajari; boleh dikosongkan bila tidak ada.") { Item = new("", Code, "") { CodeList = "inovasi" } },
        new("ringkasan", LongText, "Satu paragraf tentang jalannya kunjungan, berdasarkan fakta yang tercatat, tanpa mengarang kutipan."),
    ];

    /// <summary>A free page ("Tentang", "Panduan Studi Tiru"): <c>content/halaman/slug.md</c>.</summary>
    public static IReadOnlyList<Field> FreePage { get; } =
    [
        new("judul", FieldType.Text, "Judul halaman, juga teks tautannya di menu.") { Required = true },
        new("deskripsi", LongText, "Satu kalimat tentang isi halaman, untuk mesin pencari dan pratinjau tautan."),
        new("urutan", Integer, "Urutan di menu navigasi: angka kecil tampil lebih dulu.") { Minimum = -1000, Maximum = 1000 },
    ];

    /// <summary>One item of <c>content/opd.yml</c>.</summary>
    public static IReadOnlyList<Field> Opd { get; } =
    [
        new("kode", Code, "Kode pendek perangkat daerah, huruf kecil, angka, tanda - atau _. Contoh: dishub. Jangan diubah setelah dipakai inovasi.") { Required = true },
        new("nama", FieldType.Text, "Nama lengkap. Contoh: Dinas Perhubungan.") { Required = true },
        new("singkatan", FieldType.Text, "Nama singkat. Contoh: Dishub."),
        new("situs", Url, "Alamat situs resmi, https://."),
    ];

    /// <summary>One item of <c>content/referensi/urusan.yml</c>.</summary>
    public static IReadOnlyList<Field> Urusan { get; } =
    [
        new("kode", Code, "Kode pendek urusan, huruf kecil, angka, tanda - atau _. Contoh: perhubungan. Jangan diubah setelah dipakai inovasi.") { Required = true },
        new("nama", FieldType.Text, "Nama urusan pemerintahan. Contoh: Perhubungan.") { Required = true },
        new("kelompok", FieldType.Text, "Kelompok urusan. Contoh: Wajib Pelayanan Dasar."),
    ];
}
