using Galeri.Entries;
using Galeri.FreePages;
using Galeri.Opds;
using Galeri.Site;
using Galeri.Urusan;
using Galeri.Visits;

namespace Galeri.Content;

/// <summary>
/// Everything the site is made from, parsed and immutable: the input of the render phase.
/// Listing pages see all of it; lookups by code are ready-made.
/// </summary>
internal sealed class SiteContent
{
    public SiteContent(
        string root,
        SiteConfig site,
        IReadOnlyList<Opd> opds,
        IReadOnlyList<UrusanItem> urusan,
        IReadOnlyList<Innovation> innovations,
        IReadOnlyList<Visit> visits,
        IReadOnlyList<FreePage> pages,
        IReadOnlySet<string>? entryFolders = null,
        bool opdListUsable = true,
        bool urusanListUsable = true)
    {
        Root = root;
        Site = site;
        Opds = opds;
        Urusan = urusan;
        // Read in folder order, entries usually arrive sorted already: then there is nothing to sort.
        Innovations = IsSortedBySlug(innovations) ? innovations : innovations.OrderBy(i => i.Slug, StringComparer.Ordinal).ToList();
        Visits = visits.OrderByDescending(v => v.Date).ThenBy(v => v.Id, StringComparer.Ordinal).ToList();
        Pages = pages.OrderBy(p => p.Order ?? int.MaxValue).ThenBy(p => p.Title, StringComparer.Ordinal).ToList();
        OpdByCode = opds.ToDictionary(o => o.Code, StringComparer.Ordinal);
        UrusanByCode = urusan.ToDictionary(u => u.Code, StringComparer.Ordinal);
        EntryFolders = entryFolders ?? Innovations.Select(i => i.Slug).ToHashSet(StringComparer.Ordinal);
        OpdListUsable = opdListUsable;
        UrusanListUsable = urusanListUsable;
        var bySlug = new Dictionary<string, Innovation>(Innovations.Count, StringComparer.Ordinal);
        foreach (var entry in Innovations) bySlug.TryAdd(entry.Slug, entry); // the first of a duplicated slug, which is reported
        InnovationBySlug = bySlug;
    }

    private static bool IsSortedBySlug(IReadOnlyList<Innovation> entries)
    {
        for (var i = 1; i < entries.Count; i++)
            if (string.CompareOrdinal(entries[i - 1].Slug, entries[i].Slug) > 0) return false;
        return true;
    }

    /// <summary>False when site.yml could not be read (reported): the content is only good for checking, not for building.</summary>
    public bool SiteUsable { get; init; } = true;

    public string Root { get; }
    public SiteConfig Site { get; }
    public IReadOnlyList<Opd> Opds { get; }
    public IReadOnlyList<UrusanItem> Urusan { get; }

    /// <summary>Search synonyms from <c>referensi/sinonim.yml</c> (none when the file is absent).</summary>
    public Search.Synonyms.SynonymList Synonyms { get; init; } = Search.Synonyms.SynonymList.Empty;

    /// <summary>Sorted by slug.</summary>
    public IReadOnlyList<Innovation> Innovations { get; }

    /// <summary>Newest first.</summary>
    public IReadOnlyList<Visit> Visits { get; }

    /// <summary>In navigation order.</summary>
    public IReadOnlyList<FreePage> Pages { get; }

    /// <summary>
    /// Every entry folder, including entries too broken to parse: references to them (from visits,
    /// unggulan) are not reported again, since the entry's own error already is.
    /// </summary>
    public IReadOnlySet<string> EntryFolders { get; }

    /// <summary>False when opd.yml could not be read as a list: references to OPDs are then not checked (that one error says it all).</summary>
    public bool OpdListUsable { get; }

    public bool UrusanListUsable { get; }

    public IReadOnlyDictionary<string, Opd> OpdByCode { get; }
    public IReadOnlyDictionary<string, UrusanItem> UrusanByCode { get; }
    public IReadOnlyDictionary<string, Innovation> InnovationBySlug { get; }
}
