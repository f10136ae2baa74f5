using Galeri.Entries;
using Galeri.Listing;
using Galeri.Rendering;

namespace Galeri.Taxonomies;

/// <summary>An index page and one page per term, for one taxonomy.</summary>
public sealed class TaxonomyPages(Taxonomy taxonomy) : IPageBuilder
{
    public IEnumerable<PageDocument> Build(SiteModel site)
    {
        var view = new TaxonomyView(taxonomy.Key, site.Strings.Get("taksonomi." + taxonomy.Key), taxonomy.IndexPath);
        var groups = new Dictionary<string, (TermRef Term, List<Innovation> Entries)>(StringComparer.Ordinal);
        foreach (var entry in site.Content.Innovations)
        {
            // Two tags may share a slug ("Uji KIR", "uji kir"); list the entry once per term.
            foreach (var term in taxonomy.TermsOf(entry, site.Content, site.Strings).DistinctBy(t => t.Slug))
            {
                if (!groups.TryGetValue(term.Slug, out var group)) groups[term.Slug] = group = (term, []);
                group.Entries.Add(entry);
            }
        }
        var ordered = groups.Values.OrderBy(g => g.Term.SortKey, StringComparer.Ordinal).ThenBy(g => g.Term.Slug, StringComparer.Ordinal).ToList();
        if (taxonomy.Descending) ordered.Reverse();
        var terms = ordered
            .Select(g => new TermView(g.Term.Slug, g.Term.Label, taxonomy.TermPath(g.Term.Slug), g.Entries.Count, g.Term.Note))
            .ToList();

        yield return new PageDocument(taxonomy.IndexPath, "terms", view.Title, null, taxonomy.Key, new TermsPageModel(view, terms));
        for (var i = 0; i < terms.Count; i++)
        {
            var entries = ordered[i].Entries.OrderBy(e => e.Name, StringComparer.OrdinalIgnoreCase).ThenBy(e => e.Slug, StringComparer.Ordinal).ToList();
            var title = $"{view.Title}: {terms[i].Label}";
            foreach (var (path, number, slice, pagination) in Paginator.Paginate(entries, terms[i].Url))
            {
                var pageTitle = number == 1 ? title : $"{title} ({site.Strings.Get("katalog.halaman")} {number})";
                yield return new PageDocument(path, "term", pageTitle, terms[i].Note, taxonomy.Key,
                    new TermPageModel(view, terms[i], site.CardsOf(slice), pagination));
            }
        }
    }
}
