using System.Collections.Concurrent;
namespace Galeri.Incremental;

/// <summary>
/// Sorted lists (of entries) kept from the last build. When only a few items changed (new objects)
/// or went away, last build's order is reused: the gone and changed ones are taken out and the
/// changed ones put back in their place by binary search, instead of sorting every entry again.
/// The comparison must be a total order (end with the slug), so the result is exactly a fresh sort.
/// </summary>
internal sealed class SortMemo
{
    private readonly ConcurrentDictionary<string, object> _sorted = new(StringComparer.Ordinal);

    /// <param name="key">Names the list; each key is one order of one kind of item.</param>
    public IReadOnlyList<T> Sorted<T>(string key, IReadOnlyList<T> items, Comparison<T> order) where T : class
    {
        var sorted = _sorted.TryGetValue(key, out var last) && last is List<T> previous ? Update(previous, items, order) : null;
        sorted ??= items.Order(Comparer<T>.Create(order)).ToList();
        _sorted[key] = sorted;
        return sorted;
    }

    /// <returns>The new order, or null when too much changed for patching to pay.</returns>
    private static List<T>? Update<T>(List<T> last, IReadOnlyList<T> items, Comparison<T> order) where T : class
    {
        var now = new HashSet<T>(items, ReferenceEqualityComparer.Instance);
        var kept = new List<T>(items.Count);
        foreach (var item in last)
            if (now.Remove(item)) kept.Add(item);
        if (now.Count > items.Count / 20 + 16) return null; // what is left in "now" is new
        var comparer = Comparer<T>.Create(order);
        foreach (var item in now)
        {
            var at = kept.BinarySearch(item, comparer);
            kept.Insert(at < 0 ? ~at : at, item);
        }
        return kept;
    }
}
