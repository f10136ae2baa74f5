using System.Collections.Concurrent;
using System.Text.Json;

namespace Galeri.Search.Lunr;

/// <summary>
/// Terms as small integers, so the index is assembled with arrays instead of string dictionaries,
/// and each term's JSON-escaped form is made once. Shared across builds by the build session (Incremental.SearchMemo):
/// ids only grow; ids no document uses any more are simply skipped.
/// </summary>
internal sealed class TermTable
{
    private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<(string Term, JsonEncodedText Json)> _terms = [];
    private readonly Lock _gate = new();

    public int Count
    {
        get { lock (_gate) return _terms.Count; }
    }

    public int Id(string term)
    {
        if (_ids.TryGetValue(term, out var id)) return id;
        lock (_gate)
        {
            if (_ids.TryGetValue(term, out id)) return id;
            id = _terms.Count;
            _terms.Add((term, JsonEncodedText.Encode(term)));
            _ids[term] = id;
            return id;
        }
    }

    /// <summary>A consistent view of every term so far, by id (read without locking while the index is written).</summary>
    public (string Term, JsonEncodedText Json)[] Snapshot()
    {
        lock (_gate) return [.. _terms];
    }
}
