using Galeri.Rendering;

namespace Galeri.Listing;

/// <summary>What <c>layouts/catalog.liquid</c> sees.</summary>
/// <param name="Sort">"nama" or "terbaru".</param>
/// <param name="SortByName">Site path of the first page sorted by name.</param>
/// <param name="SortByNewest">Site path of the first page sorted newest first.</param>
internal sealed record CatalogPageModel(
    IReadOnlyList<EntryCard> Entries,
    int Total,
    int First,
    int Last,
    string Sort,
    string SortByName,
    string SortByNewest,
    PaginationView Pagination);
