using Galeri.Listing;
using Galeri.Rendering;

namespace Galeri.Taxonomies;

/// <summary>An index page and one page per term, for one taxonomy.</summary>
internal sealed class TaxonomyPages(Taxonomy taxonomy) : IPageBuilder
{
    public IEnumerable<PageDocument> Build(SiteModel site)
    {
        var view = TaxonomyView.Of(taxonomy, site.Strings);
        var ordered = site.Grouped(taxonomy, byName: true);
        var terms = ordered
            .Select(g => new TermView(g.Term.Slug, g.Term.Label, taxonomy.TermPath(g.Term.Slug), g.Entries.Count, g.Term.Note))
            .ToList();

        yield return new PageDocument(taxonomy.IndexPath, "terms", view.Title, null, taxonomy.Key, new TermsPageModel(view, terms));
        for (var i = 0; i < terms.Count; i++)
        {
            var entries = ordered[i].Entries;
            var title = $"{view.Title}: {terms[i].Label}";
            foreach (var (path, number, slice, pagination) in site.Paginate(entries, terms[i].Url))
            {
                var pageTitle = number == 1 ? title : $"{title} ({site.Strings.Get("katalog.halaman")} {number})";
                yield return new PageDocument(path, "term", pageTitle, terms[i].Note, taxonomy.Key,
                    new TermPageModel(view, terms[i], site.CardsOf(slice), pagination));
            }
        }
    }
}
