using Galeri.Rendering;
using Galeri.Search.Facets;

namespace Galeri.Search;

/// <summary>
/// <c>cari/</c>: search and facet filters over every entry, run in the browser from the index and
/// store in <see cref="SearchFiles"/>. The header's search box on every page submits to it.
/// </summary>
internal sealed class SearchPage : IPageBuilder
{
    public const string Path = "cari/";

    public IEnumerable<PageDocument> Build(SiteModel site)
    {
        var facets = SearchFacets.All.Select(f => new SearchFacetView(f.Key, site.Strings.Get("cari.faset." + f.Key))).ToList();
        yield return new PageDocument(Path, "search", site.Strings.Get("cari.judul"), site.Strings.Get("cari.deskripsi"), "cari", new SearchPageModel(facets));
    }
}

/// <summary>What <c>layouts/search.liquid</c> sees besides the globals: the filters, whose fieldsets it draws empty; results come from the browser.</summary>
internal sealed record SearchPageModel(IReadOnlyList<SearchFacetView> Facets);

/// <summary>One filter's fieldset: its key (the URL parameter) and its legend.</summary>
internal sealed record SearchFacetView(string Key, string Legend);
