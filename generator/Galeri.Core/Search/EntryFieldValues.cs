using Galeri.Entries;

namespace Galeri.Search;

/// <summary>
/// A field's value by its key in the content model, for the search index and its facets. Fields the
/// parser reads into typed members (awards, replication, contact, codes) are not in
/// <see cref="Innovation.Values"/>; their searchable text and their facet facts come from the typed
/// members here, so search reads every field the same way, by key.
/// </summary>
internal static class EntryFieldValues
{
    /// <returns>A string, a list of strings, a bool, or null when the entry has no such value.</returns>
    public static object? Of(Innovation entry, string key) => key switch
    {
        "opd" => entry.OpdCode,
        "urusan" => entry.UrusanCode,
        "jenis" => entry.Jenis,
        "bentuk" => entry.Bentuk,
        "tahapan" => entry.Tahapan,
        "status" => entry.Status,
        "penghargaan" => entry.Awards.Count == 0 ? null : entry.Awards.Select(a => a.Organizer is null ? a.Name : a.Name + "\n" + a.Organizer).ToList(),
        "replikasi" => entry.Replication is { } r
            ? r.ReplicatedBy.Select(x => x.Region is null ? x.Agency : x.Agency + "\n" + x.Region).ToList()
            : null,
        "kontak" => entry.Contact?.Unit,
        _ => entry.Values.GetValueOrDefault(key),
    };

    /// <summary>A yes/no fact nested in a typed field: <c>replikasi.dapat_direplikasi</c>.</summary>
    public static object? Of(Innovation entry, IReadOnlyList<string> path) => path switch
    {
        ["replikasi", "dapat_direplikasi"] => entry.Replication?.Possible,
        [var key] => Of(entry, key),
        _ => null,
    };
}
