using Galeri.Content;
using Galeri.Entries;
using Galeri.Theming;

namespace Galeri.Taxonomies;

/// <summary>
/// A way of grouping entries (urusan, tag, year, jenis, ...): one index page listing its terms and
/// one page per term. A new taxonomy is one more definition in <see cref="Taxonomies.All"/>.
/// </summary>
/// <param name="Key">The URL folder ("urusan", "tag", "tahun") and the i18n key of its name.</param>
/// <param name="Descending">Whether the index lists terms in descending order (years: newest first).</param>
public sealed record Taxonomy(string Key, bool Descending, Func<Innovation, SiteContent, Strings, IEnumerable<TermRef>> TermsOf)
{
    public string IndexPath => Key + "/";

    public string TermPath(string slug) => $"{Key}/{slug}/";

    /// <summary>
    /// Every term in use with its entries (in content order), ordered as the index page lists them.
    /// Two tags may share a slug ("Uji KIR", "uji kir"): an entry is listed once per term.
    /// </summary>
    public IReadOnlyList<(TermRef Term, IReadOnlyList<Innovation> Entries)> Group(SiteContent content, Strings strings)
    {
        var groups = new Dictionary<string, (TermRef Term, List<Innovation> Entries)>(StringComparer.Ordinal);
        foreach (var entry in content.Innovations)
        {
            foreach (var term in TermsOf(entry, content, strings).DistinctBy(t => t.Slug))
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
}
