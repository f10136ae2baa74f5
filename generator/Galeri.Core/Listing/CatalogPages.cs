using Galeri.Entries;
using Galeri.Rendering;

namespace Galeri.Listing;

/// <summary>
/// The catalog: all entries as cards, by name (<c>inovasi/</c>) and newest first
/// (<c>inovasi/terbaru/</c>), in pages (<see cref="Paginator"/>) so it works without JavaScript at any size.
/// </summary>
internal sealed class CatalogPages : IPageBuilder
{
    public const string ByName = "inovasi/";
    public const string ByNewest = "inovasi/terbaru/";

    /// <summary>Entry slugs the catalog's own pages take.</summary>
    public static readonly IReadOnlySet<string> ReservedSlugs = new HashSet<string>(StringComparer.Ordinal) { "terbaru", Paginator.PagesFolder };

    public IEnumerable<PageDocument> Build(SiteModel site)
    {
        var byName = site.ByName;
        var byNewest = site.Sorted("catalog-newest", (a, b) =>
            (b.StartedOn ?? DateOnly.MinValue).CompareTo(a.StartedOn ?? DateOnly.MinValue) is var newer and not 0 ? newer
            : StringComparer.OrdinalIgnoreCase.Compare(a.Name, b.Name) is var byName and not 0 ? byName
            : string.CompareOrdinal(a.Slug, b.Slug));
        var title = site.Strings.Get("katalog.judul");
        return Paginate(site, byName, ByName, "nama", title)
            .Concat(Paginate(site, byNewest, ByNewest, "terbaru", title + " — " + site.Strings.Get("katalog.urut_terbaru")));
    }

    private static IEnumerable<PageDocument> Paginate(SiteModel site, IReadOnlyList<Innovation> entries, string basePath, string sort, string title)
    {
        foreach (var (path, number, slice, pagination) in site.Paginate(entries, basePath))
        {
            var model = new CatalogPageModel(site.CardsOf(slice), entries.Count, pagination.First, pagination.Last, sort, ByName, ByNewest, pagination);
            var pageTitle = number == 1 ? title : $"{title} ({site.Strings.Get("katalog.halaman")} {number})";
            yield return new PageDocument(path, "catalog", pageTitle, site.Content.Site.Description, "inovasi", model);
        }
    }
}
