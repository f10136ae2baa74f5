namespace Galeri.Entries;

/// <summary>The closed lists of values an entry's fields may take. Labels live in the theme's i18n files.</summary>
internal static class Vocabulary
{
    public static readonly IReadOnlyList<string> Jenis = ["digital", "non_digital"];
    public static readonly IReadOnlyList<string> Bentuk = ["tata_kelola", "pelayanan_publik", "lainnya"];
    public static readonly IReadOnlyList<string> Tahapan = ["inisiatif", "uji_coba", "penerapan"];
    public static readonly IReadOnlyList<string> Status = ["aktif", "berkembang", "vakum", "dihentikan"];

    /// <summary>The six aspects of the Indeks Pelayanan Publik (IPP).</summary>
    public static readonly IReadOnlyList<string> IppAspects =
    [
        "kebijakan_pelayanan", "profesionalisme_sdm", "sarana_prasarana",
        "konsultasi_pengaduan", "sistem_informasi", "inovasi",
    ];

    public static readonly IReadOnlyList<string> ImageExtensions = [".jpg", ".jpeg", ".png", ".webp", ".gif", ".svg"];
}
