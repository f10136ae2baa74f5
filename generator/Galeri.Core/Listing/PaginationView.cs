namespace Galeri.Listing;

public sealed record PaginationView(int Current, int Total, string? Previous, string? Next, IReadOnlyList<PageLinkView> Pages);

public sealed record PageLinkView(int Number, string Url, bool Current);
