using System.Collections.Concurrent;
using Galeri.Listing;

namespace Galeri.Incremental;

/// <summary>
/// Page navigation kept by the build session: a page's navigation depends only on the listing's
/// address, the page number and the number of items (<see cref="Paginator.View"/>), so the same ones
/// give the same object and a large catalog does not make (and fingerprint) its page links anew on
/// every serve rebuild. Owned by <see cref="BuildSession"/>, so two builds in one process share nothing.
/// </summary>
internal sealed class PaginationMemo
{
    // Bounded: a long serve session that sees many listing sizes must not grow without end.
    private const int Limit = 100_000;

    private readonly ConcurrentDictionary<(string BasePath, int Number, int Items), PaginationView> _views = new();

    public PaginationView View(string basePath, int number, int itemCount)
    {
        if (_views.TryGetValue((basePath, number, itemCount), out var known)) return known;
        if (_views.Count > Limit) _views.Clear();
        return _views[(basePath, number, itemCount)] = Paginator.View(basePath, number, itemCount);
    }
}
