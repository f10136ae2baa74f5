namespace Galeri.Entries;

/// <summary>
/// The closed lists of the studi tiru fields (<c>anggaran</c>, <c>dasar_hukum</c>, <c>dokumen</c>):
/// the two questions every delegation asks a host, what it cost and on what legal basis, and the
/// documents it can take home. Labels live in the theme's i18n files (<c>sumber.*</c>, <c>jenis.*</c>).
/// </summary>
internal static class StudiTiruVocabulary
{
    /// <summary>Where the money came from (<c>anggaran.sumber</c>), as regional budget reports name it.</summary>
    public static readonly IReadOnlyList<string> BudgetSources = ["apbd", "apbn", "dak", "csr", "hibah", "swadaya", "lainnya"];

    /// <summary>The kinds of legal basis (<c>dasar_hukum.jenis</c>): a Perda, a Perwal/Perbup, a decree, a circular.</summary>
    public static readonly IReadOnlyList<string> LegalKinds = ["peraturan_daerah", "peraturan_kepala_daerah", "keputusan", "surat_edaran", "lainnya"];

    /// <summary>Office documents: published only when <c>dokumen</c> or <c>dasar_hukum</c> names them, and only when they are what their name says (zip files of the right kind, without macros).</summary>
    public static readonly IReadOnlyList<string> OfficeExtensions = [".docx", ".xlsx", ".pptx", ".odt", ".ods"];

    /// <summary>What <c>dokumen.berkas</c> and <c>dasar_hukum.berkas</c> may name.</summary>
    public static readonly IReadOnlyList<string> DocumentExtensions = [".pdf", .. OfficeExtensions];

    /// <summary>Office types that carry macros (or may: the binary Excel workbook): refused with their own message, whatever names them.</summary>
    public static readonly IReadOnlySet<string> MacroExtensions = new HashSet<string>(StringComparer.Ordinal)
    {
        ".docm", ".dotm", ".xlsm", ".xltm", ".xlam", ".xlsb", ".pptm", ".potm", ".ppsm", ".ppam", ".sldm",
    };

    /// <summary>The largest amount of rupiah any field takes: a trillion, the scale of a city's whole budget.</summary>
    public const long MaxRupiah = 1_000_000_000_000L;
}
