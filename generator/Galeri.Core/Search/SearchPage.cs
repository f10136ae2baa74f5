using Galeri.Rendering;

namespace Galeri.Search;

/// <summary>
/// <c>cari/</c>: search and facet filters over every entry, run in the browser from the index and
/// store in <see cref="SearchFiles"/>. The header's search box on every page submits to it.
/// </summary>
public sealed class SearchPage : IPageBuilder
{
    public const string Path = "cari/";

    public IEnumerable<PageDocument> Build(SiteModel site)
    {
        yield return new PageDocument(Path, "search", site.Strings.Get("cari.judul"), site.Strings.Get("cari.deskripsi"), "cari", new SearchPageModel());
    }
}

/// <summary>What <c>layouts/search.liquid</c> sees besides the globals: nothing yet; results come from the browser.</summary>
public sealed record SearchPageModel;
