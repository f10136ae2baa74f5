using System.Collections.Concurrent;

namespace Galeri.Listing;

/// <summary>
/// Page navigation kept by the build session: the same listing size gives the same navigation, so
/// a large catalog does not make (and fingerprint) its page links anew on every serve rebuild. Owned
/// by <see cref="Incremental.BuildSession"/>, so two builds in one process share nothing.
/// </summary>
public sealed class PaginationMemo
{
    // Bounded: a long serve session that sees many listing sizes must not grow without end.
    private const int Limit = 100_000;

    private readonly ConcurrentDictionary<(string BasePath, int Number, int Items), PaginationView> _views = new();

    public PaginationView GetOrAdd(string basePath, int number, int itemCount, Func<PaginationView> make)
    {
        if (_views.TryGetValue((basePath, number, itemCount), out var known)) return known;
        if (_views.Count > Limit) _views.Clear();
        return _views[(basePath, number, itemCount)] = make();
    }
}
