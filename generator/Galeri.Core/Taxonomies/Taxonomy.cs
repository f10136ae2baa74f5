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
    /// Every term in use with its entries in content order, ordered as the index page lists them. Two
    /// tags may share a slug ("Uji KIR", "uji kir"): an entry is listed once per term, and the term
    /// (its label) comes from the first entry in content order. Pages ask <see cref="Rendering.SiteModel.Grouped"/>,
    /// which groups once per build.
    /// </summary>
    public IReadOnlyList<(TermRef Term, IReadOnlyList<Innovation> Entries)> Group(Rendering.SiteModel site)
    {
        var groups = new Dictionary<string, (TermRef Term, List<Innovation> Entries)>(StringComparer.Ordinal);
        var entries = site.Content.Innovations;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            foreach (var term in site.TermsAt(this, i))
            {
                if (!groups.TryGetValue(term.Slug, out var group)) groups[term.Slug] = group = (term, []);
                group.Entries.Add(entry);
            }
        }
        var ordered = groups.Values
            .OrderBy(g => g.Term.SortKey, StringComparer.Ordinal)
            .ThenBy(g => g.Term.Slug, StringComparer.Ordinal)
            .Select(g => (g.Term, (IReadOnlyList<Innovation>)g.Entries))
            .ToList();
        if (Descending) ordered.Reverse();
        return ordered;
    }

    /// <summary>The same terms as <paramref name="grouped"/> (<see cref="Group"/>), each listing its entries in <paramref name="listOrder"/> (places in the content, e.g. by name).</summary>
    public IReadOnlyList<(TermRef Term, IReadOnlyList<Innovation> Entries)> InOrder(
        IReadOnlyList<(TermRef Term, IReadOnlyList<Innovation> Entries)> grouped, Rendering.SiteModel site, IReadOnlyList<int> listOrder)
    {
        var lists = new Dictionary<string, List<Innovation>>(grouped.Count, StringComparer.Ordinal);
        foreach (var (term, entries) in grouped) lists[term.Slug] = new List<Innovation>(entries.Count);
        var all = site.Content.Innovations;
        foreach (var i in listOrder)
        foreach (var term in site.TermsAt(this, i))
            lists[term.Slug].Add(all[i]);
        return [.. grouped.Select(g => (g.Term, (IReadOnlyList<Innovation>)lists[g.Term.Slug]))];
    }
}
