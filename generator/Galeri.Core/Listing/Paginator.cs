namespace Galeri.Listing;

/// <summary>
/// Splits a list into pages of <see cref="PageSize"/> at <c>base/</c>, <c>base/halaman/2/</c>, ...
/// Used by the catalog, taxonomy and OPD pages, so no listing page grows without bound.
/// </summary>
public static class Paginator
{
    public const int PageSize = 48;

    /// <summary>The folder under a listing that holds its later pages; an entry or term may not take this name.</summary>
    public const string PagesFolder = "halaman";

    private static PaginationView View(string basePath, int number, int pageCount, int sliceCount)
    {
        var first = sliceCount == 0 ? 0 : (number - 1) * PageSize + 1;
        return new PaginationView(
            number,
            pageCount,
            number > 1 ? PathOf(basePath, number - 1) : null,
            number < pageCount ? PathOf(basePath, number + 1) : null,
            Enumerable.Range(1, pageCount).Select(n => new PageLinkView(n, PathOf(basePath, n), n == number)).ToList(),
            first,
            sliceCount == 0 ? 0 : first + sliceCount - 1);
    }

    public static string PathOf(string basePath, int number) => number == 1 ? basePath : $"{basePath}{PagesFolder}/{number}/";

    /// <param name="views">The build session's navigation, kept between rebuilds (see <see cref="PaginationMemo"/>).</param>
    public static IEnumerable<(string Path, int Number, IReadOnlyList<T> Items, PaginationView Pagination)> Paginate<T>(IReadOnlyList<T> items, string basePath, PaginationMemo views)
    {
        var pageCount = Math.Max(1, (items.Count + PageSize - 1) / PageSize);
        for (var number = 1; number <= pageCount; number++)
        {
            var slice = items.Skip((number - 1) * PageSize).Take(PageSize).ToList();
            yield return (PathOf(basePath, number), number, slice,
                views.GetOrAdd(basePath, number, items.Count, () => View(basePath, number, pageCount, slice.Count)));
        }
    }
}
