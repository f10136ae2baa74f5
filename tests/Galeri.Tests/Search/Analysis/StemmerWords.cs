using Galeri.Search.Analysis;
using Galeri.Tests.Support;

namespace Galeri.Tests.Search.Analysis;

/// <summary>
/// Words for the stemmer parity test: every token of the sample content, plus common roots dressed in
/// prefixes, suffixes and particles. Many generated words are not real Indonesian; they still exercise
/// every branch of the algorithm, and the two stemmers must agree on them too.
/// </summary>
public static class StemmerWords
{
    private static readonly string[] Roots =
    [
        // Vowel-initial (meng-/peng-, mem- + vowel, ber-/be- edge cases).
        "ajar", "ambil", "antar", "atur", "awas", "ubah", "ukur", "olah", "ikut", "isi", "ingat", "umum", "usaha",
        "obat", "urus", "uji", "erat", "ekor", "akses", "aman", "arsip", "aset", "adu", "alih", "anggar", "ajuk",
        // s- (meny-), p- (mem-), t- (men-), k- (meng-) drop their first letter after a nasal prefix.
        "sapu", "salur", "sampai", "satu", "sedia", "selesai", "serah", "simpan", "siap", "susun", "sehat", "sosial",
        "surat", "sampah", "sewa", "sidang", "sebar", "sekolah", "sentuh", "syarat",
        "pakai", "pukul", "pantau", "periksa", "pilih", "proses", "pasar", "pajak", "pesan", "pikir", "pimpin",
        "potong", "pinjam", "pindah", "perintah", "percaya", "pelihara", "putus",
        "tulis", "tanam", "tolong", "tanggap", "tata", "temu", "terima", "tetap", "tindak", "tingkat", "tunggu",
        "tukar", "tanda", "tampil", "tolak", "timbang", "terbit", "tanggung", "tegak",
        "kirim", "kerja", "kelola", "kembang", "kumpul", "kendara", "kenal", "kunjung", "kontrol", "kabar", "kaji",
        "kurang", "kuat", "keluarga", "kelas", "kota", "kecamatan",
        "bayar", "baca", "bantu", "bangun", "buat", "beri", "bina", "beli", "buka", "bagi", "batas", "bersih",
        "bimbing", "buang", "baik", "baru", "bentuk", "beda", "berkas", "besar", "bela",
        "daftar", "data", "didik", "dengar", "dukung", "dana", "desa", "dokumen", "damping", "dorong", "duduk",
        "guna", "gerak", "gabung", "ganti", "gambar", "gelar", "gizi",
        "hitung", "hubung", "hasil", "hukum", "hadir", "hapus", "harap", "hemat", "hari", "hidup",
        "jalan", "jual", "jaga", "jadwal", "jamin", "jemput", "jangkau", "jawab", "jelas",
        "layan", "lapor", "lihat", "lindung", "lahir", "lampu", "lengkap", "lokasi", "latih", "lacak", "lantik",
        "lancar", "lanjut", "lebar",
        "masuk", "minta", "mohon", "mudah", "mulai", "milik", "makan", "main", "manfaat", "mutasi",
        "nilai", "nikah", "nyala", "nanti", "nyata",
        "rawat", "rekam", "rencana", "rusak", "rumah", "ramah", "rasa", "rintis", "rangkum", "ringkas",
        "wajib", "warga", "wujud", "waris", "wawancara", "wilayah", "yakin",
        "cari", "catat", "cetak", "cepat", "cegah", "cipta", "cocok", "cakup",
        "fasilitas", "fungsi", "zona", "vaksin",
        // Loanwords ending in -si keep their -i.
        "informasi", "administrasi", "komunikasi", "sosialisasi", "registrasi", "verifikasi", "validasi",
        "aplikasi", "digitalisasi", "integrasi", "koordinasi", "kolaborasi", "partisipasi", "publikasi",
        "evaluasi", "inovasi", "rekonsiliasi", "konsultasi", "transaksi", "kompetisi",
        // Short and one-vowel roots sit at the measure threshold.
        "tik", "cat", "bom", "lap", "pel", "sah", "es", "il",
    ];

    private static readonly string[] Prefixes =
    [
        "", "me", "mem", "men", "meng", "meny", "pe", "pem", "pen", "peng", "peny", "ber", "be", "per", "di", "ter",
        "ke", "se", "memper", "diper", "keber", "keter", "pember", "penge", "menge", "ketidak", "bel", "pel",
    ];

    private static readonly string[] Suffixes = ["", "kan", "an", "i"];

    private static readonly string[] Endings = ["nya", "lah", "kah", "pun", "ku", "mu", "nyalah"];

    // Where the algorithm's edges are: empty and tiny words, the be-C-er rule, non-ASCII letters, digits.
    private static readonly string[] EdgeWords =
    [
        "", "a", "e", "aku", "mem", "meny", "peny", "ter", "kan", "nya", "kahkah", "ii", "si", "sisi", "pesisi",
        "menyi", "menya", "menye", "menyanyi", "memakai", "memerintahkan", "memperbaharu", "bekerja", "beserta",
        "belajar", "pelajar", "pelajaran", "mempelajari", "dipelajari", "pembelajaran", "belajarlah",
        "pelajarannya", "berbelanja", "bererti", "beternak", "berer", "beer", "be1er", "béker", "bekér",
        "mengé", "memé", "menyé", "pengé", "kendaraan", "pengetahuan", "keberhasilan", "keterbukaan",
        "2019", "e2e", "café", "naïve", "ñandu", "ektp", "uji2019", "meng2", "di3kan",
    ];

    public static IReadOnlyList<string> All()
    {
        var words = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in ContentFiles())
            words.UnionWith(Tokenizer.Tokenize(File.ReadAllText(file)));
        // Every form bare, and with one ending taken in turn: all endings still meet every prefix and
        // suffix, at a seventh of the words (Jint stems about 20,000 words a second).
        var turn = 0;
        foreach (var root in Roots)
            foreach (var stem in Dressed(root))
                foreach (var suffix in Suffixes)
                {
                    words.Add(stem + suffix);
                    words.Add(stem + suffix + Endings[turn++ % Endings.Length]);
                }
        words.UnionWith(EdgeWords);
        return [.. words];
    }

    public static IEnumerable<string> ContentFiles() =>
        Directory.EnumerateFiles(RepoPaths.Content, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    /// <summary>The root with each prefix as plain concatenation, and with meN-/peN- as the language really attaches them.</summary>
    private static IEnumerable<string> Dressed(string root)
    {
        foreach (var prefix in Prefixes) yield return prefix + root;
        foreach (var nasal in new[] { "me", "pe" })
            yield return nasal + Nasalised(root);
    }

    // meN- + sapu = menyapu, + pakai = memakai, + tulis = menulis, + kirim = mengirim, + ambil = mengambil.
    private static string Nasalised(string root) => root[0] switch
    {
        's' => "ny" + root[1..],
        'p' => "m" + root[1..],
        't' => "n" + root[1..],
        'k' => "ng" + root[1..],
        'b' or 'f' or 'v' => "m" + root,
        'c' or 'd' or 'j' or 'z' => "n" + root,
        'l' or 'm' or 'n' or 'r' or 'w' or 'y' => root,
        _ => "ng" + root,
    };
}
