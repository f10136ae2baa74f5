using System.Globalization;
using System.Text;
using Galeri.Model;

namespace Galeri.Benchmark;

/// <summary>
/// Writes a valid content folder with N innovation entries, deterministically (fixed seed): the
/// same N always gives the same files, so runs are comparable. Entries look like real ones in size
/// and shape: all fields, five body sections of ~60 words each, tags from a shared vocabulary.
/// </summary>
public static class SyntheticContent
{
    private static readonly string[] Words =
    (
        "pelayanan publik masyarakat aplikasi daring data informasi pendaftaran antrean kendaraan pajak retribusi " +
        "kesehatan pendidikan sosial lingkungan sampah perizinan kependudukan dokumen warga kelurahan kecamatan " +
        "petugas sistem layanan cepat mudah transparan akuntabel terpadu digital inovasi program kegiatan laporan " +
        "pengaduan keluhan kepuasan waktu biaya proses tahapan evaluasi pemantauan kolaborasi mitra swasta komunitas"
    ).Split(' ');

    // The codes the content model allows, so the catalog stays valid when a vocabulary changes.
    private static readonly IReadOnlyList<string> Jenis = InnovationFields.Get("jenis").Values;
    private static readonly IReadOnlyList<string> Bentuk = InnovationFields.Get("bentuk").Values;
    private static readonly IReadOnlyList<string> Status = InnovationFields.Get("status").Values;
    private static readonly IReadOnlyList<string> Aspects = InnovationFields.Get("aspek_ipp").Item!.Values;
    private static readonly string[] Sections = ["Latar Belakang", "Cara Kerja", "Hasil dan Manfaat", "Kunci Keberhasilan", "Tantangan", "Cara Mereplikasi"];

    private const int OpdCount = 30;
    private const int UrusanCount = 25;
    private const int TagCount = 300;

    /// <summary>Raise when the generated files change: content written by another version is written again.</summary>
    private const int Version = 2;

    /// <summary>
    /// The catalog of <paramref name="entries"/> entries in <paramref name="contentRoot"/>, written only
    /// when missing or made by another version of this generator (or of the content model's codes):
    /// writing 50,000 entries takes longer than a cached build, and the same files keep runs comparable.
    /// </summary>
    public static void Ensure(string contentRoot, int entries)
    {
        var stamp = contentRoot + ".stamp";
        var expected = string.Join('\n', Version, entries, string.Join(',', Jenis), string.Join(',', Bentuk), string.Join(',', Status), string.Join(',', Aspects));
        if (Directory.Exists(contentRoot) && File.Exists(stamp) && File.ReadAllText(stamp) == expected) return;
        Directory.CreateDirectory(Path.GetDirectoryName(stamp)!);
        File.Delete(stamp);
        Write(contentRoot, entries);
        File.WriteAllText(stamp, expected);
    }

    public static void Write(string contentRoot, int entries)
    {
        if (Directory.Exists(contentRoot)) Directory.Delete(contentRoot, recursive: true);
        var random = new Random(20261123);
        Directory.CreateDirectory(Path.Combine(contentRoot, "referensi"));
        File.WriteAllText(Path.Combine(contentRoot, "site.yml"),
            "judul: Galeri Inovasi Sintetis\npenyelenggara: Balitbang Kota Uji\nbahasa: id\nbase_url: https://inovasi.contoh.go.id/\n" +
            "deskripsi: Katalog sintetis untuk mengukur kecepatan galeri build.\n");
        var opds = new StringBuilder();
        for (var i = 1; i <= OpdCount; i++)
            opds.Append(CultureInfo.InvariantCulture, $"- kode: opd-{i}\n  nama: Dinas Contoh {i}\n  singkatan: DC{i}\n  situs: https://opd{i}.contoh.go.id/\n");
        File.WriteAllText(Path.Combine(contentRoot, "opd.yml"), opds.ToString());
        var urusan = new StringBuilder();
        for (var i = 1; i <= UrusanCount; i++)
            urusan.Append(CultureInfo.InvariantCulture, $"- kode: urusan-{i}\n  nama: Urusan Contoh {i}\n  kelompok: Wajib Pelayanan Dasar\n");
        File.WriteAllText(Path.Combine(contentRoot, "referensi", "urusan.yml"), urusan.ToString());

        // Pairs of words: TagCount distinct tags, so each is shared by a few dozen entries, as in a real catalog.
        var tags = Enumerable.Range(0, TagCount).Select(i => $"{Words[i % Words.Length]} {Words[(i / Words.Length + i + 1) % Words.Length]}").Distinct().ToArray();
        var image = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"320\" height=\"180\" viewBox=\"0 0 320 180\" role=\"img\"><title>Contoh</title><rect width=\"320\" height=\"180\" fill=\"#0b6e6e\"/></svg>\n";
        for (var i = 1; i <= entries; i++)
        {
            var slug = $"inovasi-{i:D5}";
            var folder = Path.Combine(contentRoot, "inovasi", slug);
            Directory.CreateDirectory(folder);
            var withImage = i % 10 == 0;
            if (withImage) File.WriteAllText(Path.Combine(folder, "gambar.svg"), image);
            File.WriteAllText(Path.Combine(folder, "index.md"), Entry(random, i, tags, withImage));
        }

        var visits = Path.Combine(contentRoot, "kunjungan");
        Directory.CreateDirectory(visits);
        for (var v = 1; v <= 50; v++)
        {
            var date = new DateOnly(2018, 1, 1).AddDays(v * 37);
            var studied = string.Join(", ", Enumerable.Range(0, 3).Select(k => $"inovasi-{1 + (v * 13 + k * 101) % entries:D5}"));
            File.WriteAllText(Path.Combine(visits, $"{date:yyyy-MM-dd}-kunjungan-{v}.yml"),
                $"tanggal: {date:yyyy-MM-dd}\ninstansi: Pemerintah Kota Tamu {v}\ndaerah: Kota Tamu {v}\ntuan_rumah: opd-{1 + v % OpdCount}\n" +
                $"topik: [pelayanan publik]\ninovasi: [{studied}]\nringkasan: Kunjungan studi tiru sintetis nomor {v}.\n");
        }
        var pages = Path.Combine(contentRoot, "halaman");
        Directory.CreateDirectory(pages);
        File.WriteAllText(Path.Combine(pages, "tentang.md"), "---\njudul: Tentang\nurutan: 1\n---\nKatalog sintetis untuk pengukuran.\n");
    }

    private static string Entry(Random random, int number, string[] tags, bool withImage)
    {
        string Sentence(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)])) + ".";
        var trial = new DateOnly(2015, 1, 1).AddDays(random.Next(3000));
        var launch = trial.AddDays(random.Next(30, 400));
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append(CultureInfo.InvariantCulture, $"nama: Inovasi {Words[random.Next(Words.Length)]} {number}\n");
        text.Append(CultureInfo.InvariantCulture, $"akronim: IN{number}\n");
        text.Append(CultureInfo.InvariantCulture, $"opd: opd-{1 + random.Next(OpdCount)}\n");
        text.Append(CultureInfo.InvariantCulture, $"ringkasan: {Sentence(40)}\n");
        text.Append(CultureInfo.InvariantCulture, $"jenis: {Jenis[random.Next(Jenis.Count)]}\n");
        text.Append(CultureInfo.InvariantCulture, $"bentuk: {Bentuk[random.Next(Bentuk.Count)]}\n");
        text.Append(CultureInfo.InvariantCulture, $"urusan: urusan-{1 + random.Next(UrusanCount)}\n");
        text.Append("tahapan: penerapan\n");
        text.Append(CultureInfo.InvariantCulture, $"status: {Status[random.Next(Status.Count)]}\n");
        text.Append(CultureInfo.InvariantCulture, $"tanggal_uji_coba: {trial:yyyy-MM-dd}\n");
        text.Append(CultureInfo.InvariantCulture, $"tanggal_penerapan: {launch:yyyy-MM-dd}\n");
        text.Append(CultureInfo.InvariantCulture, $"tag: [{string.Join(", ", Enumerable.Range(0, 3).Select(_ => tags[random.Next(tags.Length)]).Distinct())}]\n");
        text.Append(CultureInfo.InvariantCulture, $"aspek_ipp: [{Aspects[random.Next(Aspects.Count)]}, inovasi]\n");
        text.Append(CultureInfo.InvariantCulture, $"sdgs: [{1 + random.Next(17)}]\n");
        text.Append(CultureInfo.InvariantCulture,
            $"dampak:\n  - indikator: Waktu layanan\n    satuan: menit\n    sebelum: {60 + random.Next(100)}\n    sesudah: {5 + random.Next(30)}\n    tahun: {launch.Year}\n    sumber: Data sintetis\n");
        text.Append(CultureInfo.InvariantCulture, $"penghargaan:\n  - nama: Penghargaan Contoh\n    penyelenggara: Kementerian Contoh\n    tahun: {launch.Year}\n");
        text.Append("replikasi:\n  dapat_direplikasi: true\n  prasyarat: [Regulasi daerah, Anggaran]\n  direplikasi_oleh:\n    - instansi: Kota Tamu\n      daerah: Jawa Tengah\n      tahun: 2022\n");
        text.Append("tautan:\n  layanan: https://layanan.contoh.go.id/\n");
        text.Append(CultureInfo.InvariantCulture, $"kontak:\n  unit: Bidang Layanan\n  email: opd{number}@contoh.go.id\n  telepon: (0293) 362000\n");
        if (withImage) text.Append("gambar:\n  - berkas: gambar.svg\n    alt: Ilustrasi alur layanan\n");
        text.Append("diperbarui: 2026-01-15\n---\n");
        foreach (var section in Sections)
        {
            text.Append(CultureInfo.InvariantCulture, $"## {section}\n\n{Sentence(30)} {Sentence(25)}\n\n- {Sentence(8)}\n- {Sentence(8)}\n\n");
        }
        return text.ToString();
    }
}
