using Galeri.Content;
using Galeri.Entries;
using Galeri.Theming;

namespace Galeri.Taxonomies;

/// <summary>
/// A way of grouping entries (urusan, tag, year, jenis, ...): one index page listing its terms and
/// one page per term. A new taxonomy is one more definition in <see cref="SiteTaxonomies.All"/>.
/// </summary>
/// <param name="Key">The URL folder ("urusan", "tag", "tahun") and the i18n key of its name.</param>
/// <param name="Descending">Whether the index lists terms in descending order (years: newest first).</param>
internal sealed record Taxonomy(string Key, bool Descending, Func<Innovation, SiteContent, Strings, IEnumerable<TermRef>> TermsOf)
{
    public string IndexPath => Key + "/";

    /// <summary>Whether the main menu gives it its own item (urusan) rather than counting it as part of the catalog.</summary>
    public bool InMenu { get; init; }

    /// <summary>The entry's distinct terms (by slug), as <see cref="TermsOf"/> gives them. Page builders ask <see cref="Rendering.SiteModel.TermsOf"/>, which keeps them in the build session.</summary>
    public TermRef[] TermsOfEntry(Innovation entry, SiteContent content, Strings strings) =>
        TermsOf(entry, content, strings).DistinctBy(t => t.Slug).ToArray();

    public string TermPath(string slug) => $"{Key}/{slug}/";

    /// <summary>
    /// Every term in use with its entries (in content order), ordered as the index page lists them.
    /// Two tags may share a slug ("Uji KIR", "uji kir"): an entry is listed once per term.
    /// </summary>
    /// <param name="listOrder">The order of each term's entries (e.g. by name); content order when null. The term itself (its label) always comes from the first entry in content order.</param>
    public IReadOnlyList<(TermRef Term, IReadOnlyList<Innovation> Entries)> Group(Rendering.SiteModel site, IReadOnlyList<Innovation>? listOrder = null)
    {
        var content = site.Content;
        var groups = new Dictionary<string, (TermRef Term, List<Innovation> Entries)>(StringComparer.Ordinal);
        foreach (var entry in content.Innovations)
        {
            foreach (var term in site.TermsOf(this, entry))
            {
                if (!groups.TryGetValue(term.Slug, out var group)) groups[term.Slug] = group = (term, []);
                if (listOrder is null) group.Entries.Add(entry);
            }
        }
        if (listOrder is not null)
            foreach (var entry in listOrder)
            foreach (var term in site.TermsOf(this, entry))
                groups[term.Slug].Entries.Add(entry);
        var ordered = groups.Values
            .OrderBy(g => g.Term.SortKey, StringComparer.Ordinal)
            .ThenBy(g => g.Term.Slug, StringComparer.Ordinal)
            .Select(g => (g.Term, (IReadOnlyList<Innovation>)g.Entries))
            .ToList();
        if (Descending) ordered.Reverse();
        return ordered;
    }
}
