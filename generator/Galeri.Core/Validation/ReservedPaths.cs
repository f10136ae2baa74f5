namespace Galeri.Validation;

/// <summary>Top-level addresses the generator writes itself; a free page may not use them.</summary>
public static class ReservedPaths
{
    public static readonly IReadOnlySet<string> Top = new HashSet<string>(StringComparer.Ordinal)
    {
        "inovasi", "opd", "urusan", "tag", "tahun", "jenis", "tahapan", "status", "kunjungan", "assets", "cari", "schema", "404",
    };
}
