using Galeri.Entries;
using Galeri.Rendering;

namespace Galeri.Listing;

/// <summary>
/// The catalog: all entries as cards, by name (<c>inovasi/</c>) and newest first
/// (<c>inovasi/terbaru/</c>), in pages of <see cref="PageSize"/> so it works without JavaScript at any size.
/// </summary>
public sealed class CatalogPages : IPageBuilder
{
    public const int PageSize = 48;
    public const string ByName = "inovasi/";
    public const string ByNewest = "inovasi/terbaru/";

    /// <summary>Entry slugs the catalog's own pages take.</summary>
    public static readonly IReadOnlySet<string> ReservedSlugs = new HashSet<string>(StringComparer.Ordinal) { "terbaru", "halaman" };

    public IEnumerable<PageDocument> Build(SiteModel site)
    {
        var entries = site.Content.Innovations;
        var byName = entries
            .OrderBy(e => e.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(e => e.Slug, StringComparer.Ordinal)
            .ToList();
        var byNewest = entries
            .OrderByDescending(e => e.LaunchDate ?? e.TrialDate ?? DateOnly.MinValue)
            .ThenBy(e => e.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(e => e.Slug, StringComparer.Ordinal)
            .ToList();
        var title = site.Strings.Get("katalog.judul");
        return Paginate(site, byName, ByName, "nama", title)
            .Concat(Paginate(site, byNewest, ByNewest, "terbaru", title + " — " + site.Strings.Get("katalog.urut_terbaru")));
    }

    private static IEnumerable<PageDocument> Paginate(SiteModel site, IReadOnlyList<Innovation> entries, string basePath, string sort, string title)
    {
        var pageCount = Math.Max(1, (entries.Count + PageSize - 1) / PageSize);
        string PathOf(int number) => number == 1 ? basePath : $"{basePath}halaman/{number}/";
        for (var number = 1; number <= pageCount; number++)
        {
            var slice = entries.Skip((number - 1) * PageSize).Take(PageSize).ToList();
            var pages = Enumerable.Range(1, pageCount).Select(n => new PageLinkView(n, PathOf(n), n == number)).ToList();
            var pagination = new PaginationView(number, pageCount,
                number > 1 ? PathOf(number - 1) : null,
                number < pageCount ? PathOf(number + 1) : null,
                pages);
            var first = slice.Count == 0 ? 0 : (number - 1) * PageSize + 1;
            var model = new CatalogPageModel(site.CardsOf(slice), entries.Count, first, first + slice.Count - (slice.Count == 0 ? 0 : 1),
                sort, ByName, ByNewest, pagination);
            var pageTitle = number == 1 ? title : $"{title} ({site.Strings.Get("katalog.halaman")} {number})";
            yield return new PageDocument(PathOf(number), "catalog", pageTitle, site.Content.Site.Description, "inovasi", model);
        }
    }
}
