namespace Galeri.Listing;

/// <summary>Where a listing page sits among its pages, for the pagination nav and the "1–48 of 120" line.</summary>
/// <param name="Pages">The pages the nav may link: the first, the last and those around the current one (not every page).</param>
/// <param name="First">Number of the first item on this page (1-based), 0 when empty.</param>
/// <param name="Last">Number of the last item on this page.</param>
internal sealed record PaginationView(int Current, int Total, string? Previous, string? Next, IReadOnlyList<PageLinkView> Pages,
    int First, int Last);

internal sealed record PageLinkView(int Number, string Url, bool Current);
