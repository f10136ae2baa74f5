using Galeri.Entries;
using static Galeri.Model.FieldType;

namespace Galeri.Model;

/// <summary>
/// Every field of an innovation's front matter (<c>content/inovasi/&lt;slug&gt;/index.md</c>), in the
/// order staff write them. Adding a field here adds it to the JSON Schema, the <c>galeri new</c>
/// scaffold, the parser's known keys and the field table in content/README.md. Rules across fields
/// (dates in order, <c>penerapan</c> needs <c>tanggal_penerapan</c>) are code: <see cref="InnovationRules"/>.
/// </summary>
internal static class InnovationFields
{
    /// <summary>The largest size of an impact figure, either sign: a trillion, the scale of a city's whole budget in rupiah.</summary>
    private const decimal ImpactLimit = 1_000_000_000_000m;

    /// <summary>Not checked, but the catalog's filters and the studi tiru teams rely on it.</summary>
    private const string Recommended = "Opsional, **dianjurkan**";

    private const string NumberHint = "(angka, titik sebagai tanda desimal, tanpa pemisah ribuan: 1500 atau 12.5).";

    public static readonly Field Entry = new("inovasi", Group,
        "Data pokok (front matter) satu inovasi: content/inovasi/<nama-folder>/index.md. Panduan lengkap: content/README.md.")
    {
        Fields =
        [
            new("nama", FieldType.Text, "Nama inovasi, lengkap seperti dikenal masyarakat. Contoh: Aplikasi Siap Uji KIR Online.")
            {
                Required = true, Note = "wajib: nama lengkap inovasi", DocExample = "`Aplikasi Siap Uji KIR Online`",
                SearchWeight = 10, OpenData = true,
            },
            new("akronim", FieldType.Text, "Singkatan atau nama pendek, bila ada. Contoh: Siap Uji KIR.")
            {
                Note = "singkatan, bila ada (contoh: Siap Uji KIR)", DocExample = "`Siap Uji KIR`", SearchWeight = 10, OpenData = true,
            },
            new("opd", Code, "Kode perangkat daerah pengelola, dari content/opd.yml.")
            {
                Required = true, CodeList = "opd", Note = "wajib: kode OPD dari content/opd.yml",
                DocAllowed = "Salah satu `kode` di `opd.yml`", DocExample = "`dishub`",
                SearchWeight = 2, Facet = true, Taxonomy = true, OpenData = true,
            },
            new("ringkasan", LongText, $"Satu paragraf (paling banyak {InnovationRules.SummaryWordLimit} kata): apa inovasinya, untuk siapa, dan apa hasilnya.")
            {
                Required = true, Note = $"wajib: satu paragraf, paling banyak {InnovationRules.SummaryWordLimit} kata",
                DocAllowed = "Satu paragraf, 30–70 kata", DocExample = "`Siap Uji KIR Online memungkinkan ...`",
                SearchWeight = 3, OpenData = true,
            },
            new("jenis", Choice, "Digital (aplikasi, situs, sistem) atau non_digital.")
            {
                Values = Vocabulary.Jenis, Required = true, Note = "wajib: digital | non_digital", DocExample = "`digital`",
                Facet = true, Taxonomy = true, OpenData = true,
            },
            new("bentuk", Choice, "Bentuk inovasi: tata_kelola, pelayanan_publik atau lainnya.")
            {
                Values = Vocabulary.Bentuk, Required = true, Note = "wajib: tata_kelola | pelayanan_publik | lainnya",
                DocExample = "`pelayanan_publik`", OpenData = true,
            },
            new("urusan", Code, "Satu kode urusan pemerintahan, dari content/referensi/urusan.yml.")
            {
                Required = true, CodeList = "urusan", Note = "wajib: satu kode dari content/referensi/urusan.yml",
                DocAllowed = "Satu `kode` di `referensi/urusan.yml`", DocExample = "`perhubungan`",
                SearchWeight = 2, Facet = true, Taxonomy = true, OpenData = true,
            },
            new("tahapan", Choice, "Tahap inovasi: inisiatif, uji_coba atau penerapan (penerapan wajib mengisi tanggal_penerapan).")
            {
                Values = Vocabulary.Tahapan, Required = true, Note = "wajib: inisiatif | uji_coba | penerapan", DocExample = "`penerapan`",
                Facet = true, Taxonomy = true, OpenData = true,
            },
            new("status", Choice, "Keadaan saat ini: aktif, berkembang, vakum atau dihentikan.")
            {
                Values = Vocabulary.Status, Required = true, Note = "wajib: aktif | berkembang | vakum | dihentikan", DocExample = "`aktif`",
                Facet = true, Taxonomy = true, OpenData = true,
            },
            new("tanggal_uji_coba", Date, "Tanggal mulai uji coba, format TTTT-BB-HH. Contoh: 2018-03-01.")
            {
                Note = "TTTT-BB-HH, contoh 2018-03-01", DocExample = "`2018-03-05`", OpenData = true,
            },
            new("tanggal_penerapan", Date, "Tanggal mulai diterapkan, format TTTT-BB-HH; tidak boleh sebelum tanggal uji coba.")
            {
                Note = "TTTT-BB-HH; wajib bila tahapan: penerapan",
                DocRequirement = "Wajib bila `tahapan: penerapan`; dikosongkan untuk `inisiatif`",
                DocAllowed = "Tanggal `TTTT-BB-HH`, tidak lebih awal dari uji coba", DocExample = "`2018-08-01`", OpenData = true,
            },
            new("tag", List, "Kata kunci untuk pencarian, huruf kecil. Contoh: [uji kir, kendaraan].")
            {
                Item = new("", FieldType.Text, ""), Note = "kata kunci, contoh [uji kir, kendaraan]",
                DocAllowed = "Daftar kata kunci pendek, huruf kecil", DocExample = "`[uji kir, kendaraan]`",
                SearchWeight = 5, Taxonomy = true, OpenData = true,
            },
            new("aspek_ipp", List, "Aspek Indeks Pelayanan Publik yang didukung.")
            {
                Item = new("aspek_ipp", Choice, "") { Values = Vocabulary.IppAspects },
                Note = string.Join(", ", Vocabulary.IppAspects), DocExample = "`[sistem_informasi, inovasi]`", OpenData = true,
            },
            new("sdgs", List, "Nomor Tujuan Pembangunan Berkelanjutan (TPB/SDGs) yang didukung, 1 sampai 17.")
            {
                Item = new("", Integer, "") { Minimum = 1, Maximum = 17 }, Note = "nomor TPB/SDGs 1-17, contoh [9, 16]",
                DocAllowed = "Daftar angka 1–17", DocExample = "`[3, 11]`", OpenData = true,
            },
            new("dampak", List, "Hasil terukur: nilai sebelum dan sesudah inovasi.")
            {
                Item = Items(
                    new("indikator", FieldType.Text, "Apa yang diukur. Contoh: Waktu tunggu pengujian.") { Required = true },
                    new("satuan", FieldType.Text, "Satuan ukuran. Contoh: menit, hari, persen.") { Required = true },
                    new("sebelum", Number, "Nilai sebelum inovasi " + NumberHint) { Required = true, Minimum = -ImpactLimit, Maximum = ImpactLimit },
                    new("sesudah", Number, "Nilai sesudah inovasi " + NumberHint) { Required = true, Minimum = -ImpactLimit, Maximum = ImpactLimit },
                    new("tahun", Year, "Tahun pengukuran.") { Required = true },
                    new("sumber", FieldType.Text, "Sumber data. Contoh: Laporan kinerja Dishub 2019.") { Required = true }),
                Note = "hasil terukur; tiap butir wajib berisi: indikator, satuan, sebelum, sesudah, tahun, sumber",
                DocRequirement = "Opsional, **dianjurkan** untuk inovasi yang sudah diterapkan dan aktif",
                DocAllowed = "Daftar; setiap butir wajib berisi `indikator`, `satuan`, `sebelum` (angka), `sesudah` (angka), `tahun` (angka), `sumber`",
                DocExample = "lihat contoh di atas",
            },
            new("penghargaan", List, "Penghargaan yang diterima.")
            {
                Item = Items(
                    new("nama", FieldType.Text, "Nama penghargaan.") { Required = true },
                    new("penyelenggara", FieldType.Text, "Pemberi penghargaan. Contoh: Kementerian PANRB."),
                    new("tahun", Year, "Tahun penghargaan.")),
                Note = "tiap butir: nama, penyelenggara, tahun",
                DocAllowed = "Daftar berisi `nama`, `penyelenggara`, `tahun`", DocExample = "lihat contoh di atas",
                SearchWeight = 4, Facet = true,
            },
            new("mitra", List, "Organisasi mitra yang ikut menjalankan inovasi: instansi, BUMN/BUMD, perguruan tinggi, swasta, komunitas. Contoh: [Bank Jateng, Universitas Tidar].")
            {
                Item = new("", FieldType.Text, ""), Note = "organisasi mitra, contoh [Bank Jateng, Universitas Tidar]",
                DocAllowed = "Daftar nama organisasi mitra", DocExample = "`[Bank Jateng, Universitas Tidar]`",
                SearchWeight = 2, OpenData = true,
            },
            new("replikasi", Group, "Apakah dan bagaimana inovasi dapat ditiru daerah lain.")
            {
                Fields =
                [
                    new("dapat_direplikasi", FieldType.Boolean, "true bila inovasi dapat ditiru daerah lain, false bila tidak.") { Note = "true | false", Facet = true },
                    new("prasyarat", List, "Yang perlu disiapkan daerah peniru. Contoh: [Regulasi daerah, Server].")
                    {
                        Item = new("", FieldType.Text, ""), Note = "yang perlu disiapkan daerah peniru",
                    },
                    new("direplikasi_oleh", List, "Instansi yang sudah meniru inovasi ini.")
                    {
                        Item = Items(
                            new("instansi", FieldType.Text, "Nama instansi peniru.") { Required = true },
                            new("daerah", FieldType.Text, "Daerahnya. Contoh: Kota Salatiga."),
                            new("tahun", Year, "Tahun replikasi.")),
                        Note = "tiap butir: instansi, daerah, tahun",
                    },
                    new("perkiraan_biaya", Rupiah, "Perkiraan biaya bagi daerah peniru, dalam rupiah, angka bulat tanpa titik. Contoh: 150000000.")
                    {
                        Maximum = StudiTiruVocabulary.MaxRupiah, Note = "rupiah tanpa titik, contoh 150000000",
                    },
                    new("waktu_persiapan_bulan", Integer, "Perkiraan lama persiapan bagi daerah peniru, dalam bulan.")
                    {
                        Minimum = 1, Maximum = 60, Note = "lama persiapan dalam bulan, contoh 3",
                    },
                    new("petugas", Integer, "Jumlah petugas yang dibutuhkan untuk menjalankan inovasi.")
                    {
                        Minimum = 1, Maximum = 10_000, Note = "jumlah petugas yang dibutuhkan",
                    },
                ],
                DocAllowed = "Berisi `dapat_direplikasi` (`true`/`false`), `prasyarat` (daftar teks), `direplikasi_oleh` (daftar berisi `instansi`, `daerah`, `tahun`), `perkiraan_biaya` (rupiah), `waktu_persiapan_bulan`, `petugas` (angka)",
                DocExample = "lihat contoh di atas",
                SearchWeight = 1,
            },
            new("anggaran", List, "Biaya inovasi di daerah ini: per tahun, berapa rupiah, dari sumber apa.")
            {
                Item = Items(
                    new("tahun", Year, "Tahun anggaran.") { Required = true },
                    new("nilai", Rupiah, "Nilai dalam rupiah, angka bulat tanpa titik. Contoh: 125000000.") { Required = true, Maximum = StudiTiruVocabulary.MaxRupiah },
                    new("sumber", Choice, "Sumber dana: " + string.Join(", ", StudiTiruVocabulary.BudgetSources) + ".")
                    {
                        Required = true, Values = StudiTiruVocabulary.BudgetSources,
                    },
                    new("keterangan", FieldType.Text, "Untuk apa dana dipakai. Contoh: Pengembangan aplikasi.")),
                Note = "tiap butir: tahun, nilai (rupiah tanpa titik), sumber, keterangan",
                DocAllowed = "Daftar berisi `tahun`, `nilai` (rupiah, angka bulat tanpa titik), `sumber` (" + string.Join(", ", StudiTiruVocabulary.BudgetSources.Select(v => $"`{v}`")) + "), `keterangan`",
                DocExample = "`- {tahun: 2019, nilai: 125000000, sumber: apbd}`",
            },
            new("dasar_hukum", List, "Peraturan atau keputusan yang menjadi dasar inovasi.")
            {
                Item = Items(
                    new("jenis", Choice, "Jenis: " + string.Join(", ", StudiTiruVocabulary.LegalKinds) + ".")
                    {
                        Required = true, Values = StudiTiruVocabulary.LegalKinds,
                    },
                    new("nomor", FieldType.Text, "Nomor peraturan. Contoh: 27.") { Required = true },
                    new("tahun", Year, "Tahun terbit.") { Required = true },
                    new("judul", FieldType.Text, "Judul peraturan. Contoh: Pelayanan Pengujian Kendaraan Bermotor Secara Daring.") { Required = true },
                    new("tautan", Url, "Alamat https:// teks peraturan (misalnya JDIH), bila ada."),
                    new("berkas", DocumentFile, "Atau: nama berkas salinan peraturan di folder inovasi ini (pdf, docx, odt).")),
                Note = "tiap butir: jenis, nomor, tahun, judul, tautan atau berkas",
                DocAllowed = "Daftar berisi `jenis` (" + string.Join(", ", StudiTiruVocabulary.LegalKinds.Select(v => $"`{v}`")) + "), `nomor`, `tahun`, `judul`, dan `tautan` (alamat `https://`) atau `berkas` (berkas di folder yang sama)",
                DocExample = "`- {jenis: peraturan_kepala_daerah, nomor: \"27\", tahun: 2018, judul: ...}`",
            },
            new("dokumen", List, "Dokumen yang bisa dibawa pulang tim studi tiru: SOP, petunjuk teknis, templat.")
            {
                Item = Items(
                    new("judul", FieldType.Text, "Judul dokumen. Contoh: SOP Pendaftaran Uji KIR Daring.") { Required = true },
                    new("berkas", DocumentFile, "Nama berkas di folder inovasi ini: " + string.Join(", ", StudiTiruVocabulary.DocumentExtensions) + "."),
                    new("tautan", Url, "Atau: alamat https:// dokumen di situs lain.")),
                Note = "tiap butir: judul, berkas (pdf/docx/xlsx/odt/ods/pptx) atau tautan",
                DocAllowed = "Daftar berisi `judul` dan `berkas` (" + string.Join(", ", StudiTiruVocabulary.DocumentExtensions.Select(v => $"`{v}`")) + ", di folder yang sama) atau `tautan` (alamat `https://`)",
                DocExample = "`- {judul: SOP Layanan, berkas: sop-layanan.pdf}`",
            },
            new("tautan", Group, "Tautan resmi, masing-masing satu alamat https://.")
            {
                Fields =
                [
                    new("layanan", Url, "Alamat layanan yang bisa dicoba.") { Note = "alamat https:// layanan" },
                    new("video", Url, "Video penjelasan.") { Note = "alamat https:// video" },
                    new("dokumen", Url, "Dokumen pendukung (SOP, laporan).") { Note = "alamat https:// dokumen" },
                ],
                DocAllowed = "Berisi `layanan`, `video`, dan/atau `dokumen`, masing-masing satu alamat `https://`",
                DocExample = "`layanan: https://data.magelangkota.go.id/`",
            },
            new("kontak", Group, "Kontak kelembagaan untuk tim studi tiru (bukan nomor pribadi).")
            {
                Fields =
                [
                    new("unit", FieldType.Text, "Unit kerja yang dapat dihubungi."),
                    new("email", Email, "Surel kelembagaan. Contoh: dishub@magelangkota.go.id."),
                    new("telepon", Phone, "Telepon kantor. Contoh: (0293) 362405."),
                ],
                Note = "kontak kelembagaan, bukan nomor pribadi", DocRequirement = Recommended, SearchWeight = 1,
                DocAllowed = "Berisi `unit`, `email`, `telepon` milik lembaga", DocExample = "`email: dishub@magelangkota.go.id`",
            },
            new("gambar", List, "Gambar di folder yang sama dengan index.md; setiap gambar wajib punya teks alternatif.")
            {
                Item = Items(
                    new("berkas", ImageFile, "Nama berkas di folder inovasi ini (jpg, jpeg, png, webp, gif, svg).") { Required = true },
                    new("alt", FieldType.Text, "Uraian isi gambar untuk pembaca layar. Contoh: Petugas memeriksa rem truk di jalur uji.") { Required = true }),
                Note = "berkas di folder ini; tiap butir: berkas, alt (wajib)",
                DocAllowed = "Daftar berisi `berkas` (nama berkas di folder yang sama) dan `alt` (wajib, deskripsi gambar)",
                DocExample = "`berkas: alur-layanan.svg`",
            },
            new("diperbarui", Date, "Tanggal terakhir data ini diperiksa, format TTTT-BB-HH.")
            {
                DocRequirement = Recommended, DocExample = "`2025-09-30`", OpenData = true,
            },
        ],
    };

    /// <summary>The top-level fields, in the order staff write them.</summary>
    public static IReadOnlyList<Field> All => Entry.Fields;

    public static Field Get(string key) => Entry.Find(key) ?? throw new KeyNotFoundException(key);

    private static Field Items(params Field[] fields) => new("", Group, "") { Fields = fields };
}
