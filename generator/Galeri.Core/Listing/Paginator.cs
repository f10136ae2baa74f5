namespace Galeri.Listing;

/// <summary>
/// Splits a list into pages of <see cref="PageSize"/> at <c>base/</c>, <c>base/halaman/2/</c>, ...
/// Used by the catalog, taxonomy and OPD pages, so no listing page grows without bound.
/// </summary>
internal static class Paginator
{
    public const int PageSize = 48;

    /// <summary>The folder under a listing that holds its later pages; an entry or term may not take this name.</summary>
    public const string PagesFolder = "halaman";

    public static string PathOf(string basePath, int number) => number == 1 ? basePath : $"{basePath}{PagesFolder}/{number}/";

    /// <summary>Each page of the listing: its path, number and items. Its navigation is <see cref="View"/> (through the session in a build: <see cref="Rendering.SiteModel.Paginate"/>).</summary>
    public static IEnumerable<(string Path, int Number, IReadOnlyList<T> Items)> Slices<T>(IReadOnlyList<T> items, string basePath)
    {
        var pageCount = PageCount(items.Count);
        for (var number = 1; number <= pageCount; number++)
            yield return (PathOf(basePath, number), number, items.Skip((number - 1) * PageSize).Take(PageSize).ToList());
    }

    /// <summary>The navigation of page <paramref name="number"/> of a listing of <paramref name="itemCount"/> items: it depends on nothing else.</summary>
    public static PaginationView View(string basePath, int number, int itemCount)
    {
        var pageCount = PageCount(itemCount);
        var sliceCount = Math.Clamp(itemCount - (number - 1) * PageSize, 0, PageSize);
        var first = sliceCount == 0 ? 0 : (number - 1) * PageSize + 1;
        return new PaginationView(
            number,
            pageCount,
            number > 1 ? PathOf(basePath, number - 1) : null,
            number < pageCount ? PathOf(basePath, number + 1) : null,
            Shown(number, pageCount).Select(n => new PageLinkView(n, PathOf(basePath, n), n == number)).ToList(),
            first,
            sliceCount == 0 ? 0 : first + sliceCount - 1);
    }

    /// <summary>
    /// The page numbers a navigation can show: the first, the last, two either side of the current
    /// one and the one just beyond each of those (where the nav puts "…"). Listing every page would
    /// make each of a 1,000-page catalog's pages carry 1,000 links to fingerprint and loop over: a
    /// quadratic step at 50,000 entries.
    /// </summary>
    private static IEnumerable<int> Shown(int number, int pageCount)
    {
        var low = Math.Max(1, number - 3);
        var high = Math.Min(pageCount, number + 3);
        if (low > 1) yield return 1;
        for (var n = low; n <= high; n++) yield return n;
        if (high < pageCount) yield return pageCount;
    }

    private static int PageCount(int itemCount) => Math.Max(1, (itemCount + PageSize - 1) / PageSize);
}
