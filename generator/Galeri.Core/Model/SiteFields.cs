using static Galeri.Model.FieldType;

namespace Galeri.Model;

/// <summary>
/// Every setting in <c>content/site.yml</c>, in the order they are written. Adding a setting here adds it
/// to the JSON Schema (<c>galeri schema --jenis situs</c>), the parser's known keys, the templates'
/// <c>site.fields</c> and the field table in content/README.md: one entry in this list. Rules beyond a
/// field's type (base_url's plain path) are code: <see cref="Site.SiteConfigParser"/>.
/// </summary>
internal static class SiteFields
{
    /// <summary>The languages the theme speaks (theme/i18n/&lt;bahasa&gt;.yml).</summary>
    public static readonly IReadOnlyList<string> Languages = ["id", "en"];

    public static readonly Field Site = new("situs", Group,
        "Pengaturan umum situs: content/site.yml. Biasanya hanya diubah oleh Balitbang. Panduan: content/README.md.")
    {
        Fields =
        [
            new("judul", FieldType.Text, "Nama situs, tampil di setiap halaman. Contoh: Galeri Inovasi Kota Magelang.")
            {
                Required = true, DocExample = "`Galeri Inovasi Kota Magelang`",
            },
            new("penyelenggara", FieldType.Text, "Lembaga pengelola situs. Contoh: Balitbang Kota Magelang.")
            {
                Required = true, DocExample = "`Balitbang Kota Magelang`",
            },
            new("bahasa", Choice, "Bahasa tampilan situs: id (Bahasa Indonesia) atau en (English).")
            {
                Values = Languages, DocRequirement = "Opsional; bila kosong `id`", DocExample = "`id`",
            },
            new("base_url", Url, "Alamat situs yang dipublikasikan, untuk tautan kanonik dan sitemap. Contoh: https://inovasi.magelangkota.go.id/.")
            {
                DocAllowed = "Alamat `https://` tanpa `?` atau `#`; bila kosong tidak dibuat sitemap", DocExample = "`https://inovasi.magelangkota.go.id/`",
            },
            new("deskripsi", LongText, "Satu atau dua kalimat tentang galeri, untuk beranda dan mesin pencari.")
            {
                DocExample = "`Katalog inovasi pelayanan publik ...`",
            },
            new("unggulan", List, "Nama folder inovasi unggulan di beranda, sesuai urutan tampil.")
            {
                Item = new("", Code, "") { CodeList = CodeLists.Innovation },
                DocAllowed = "Daftar nama folder di `inovasi/`, sesuai urutan tampil", DocExample = "`[data-go, siap-uji-kir-online]`",
            },
            new("kontak", Group, "Kantor penyelenggara: tujuan surat permohonan studi tiru di halaman rencana kunjungan.")
            {
                Fields =
                [
                    new("unit", FieldType.Text, "Nama kantor. Contoh: Badan Penelitian dan Pengembangan Kota Magelang."),
                    new("alamat", FieldType.Text, "Alamat surat. Contoh: Jl. Sarwo Edie Wibowo No. 2, Kota Magelang 56117."),
                    new("email", Email, "Surel kantor. Contoh: balitbang@magelangkota.go.id."),
                    new("telepon", Phone, "Telepon kantor. Contoh: (0293) 363399."),
                ],
                DocExample = "`unit: Balitbang Kota Magelang`",
            },
            new("lisensi", Group, "Lisensi data terbuka (data/inovasi.csv, data/inovasi.json), disebut dalam data/datapackage.json.")
            {
                Fields =
                [
                    new("nama", FieldType.Text, "Kode lisensi SPDX. Contoh: CC-BY-4.0.") { Required = true },
                    new("judul", FieldType.Text, "Nama lengkap lisensi. Contoh: Creative Commons Atribusi 4.0 Internasional."),
                    new("alamat", Url, "Alamat teks lisensi. Contoh: https://creativecommons.org/licenses/by/4.0/deed.id."),
                ],
                DocExample = "`nama: CC-BY-4.0`",
            },
            new(Editor.EditorSettingsParser.Key, Group, "Editor web (Decap CMS) untuk penulis OPD: bila diisi, galeri build menulis admin/. Panduan: CONTRIBUTING.md.")
            {
                Fields =
                [
                    new("repo", FieldType.Text, "Repositori GitHub konten, pemilik/nama. Contoh: balitbang-magelang/galeri-inovasi.") { Required = true },
                    new("branch", FieldType.Text, "Cabang tujuan pull request. Bila kosong: main."),
                    new("folder", FieldType.Text, "Folder konten di repositori. Bila kosong: content."),
                    new("auth", Group, "Proksi OAuth untuk masuk dengan akun GitHub (bila tidak memakai Netlify).")
                    {
                        Fields =
                        [
                            new("base_url", Url, "Alamat proksi OAuth. Contoh: https://auth.magelangkota.go.id."),
                            new("auth_endpoint", FieldType.Text, "Jalur masuk pada proksi itu. Contoh: auth."),
                        ],
                    },
                ],
                DocAllowed = "Berisi `repo` (pemilik/nama), `branch`, `folder`, dan `auth` (`base_url`, `auth_endpoint`) bila masuk lewat proksi OAuth",
                DocExample = "`repo: balitbang-magelang/galeri-inovasi`",
            },
        ],
    };
}
