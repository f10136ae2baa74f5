using Galeri.Taxonomies;

namespace Galeri.Validation;

/// <summary>Top-level addresses the generator writes itself; a free page may not use them.</summary>
internal static class ReservedPaths
{
    /// <summary>The generator's own folders, and one per taxonomy (a new taxonomy reserves its address by being listed).</summary>
    public static readonly IReadOnlySet<string> Top = new HashSet<string>(
        ["inovasi", "opd", "kunjungan", "assets", "cari", "schema", "404", Editor.EditorRuntime.Folder, "data", "statistik", "bandingkan", "rencana", .. SiteTaxonomies.All.Select(t => t.Key)],
        StringComparer.Ordinal);
}
