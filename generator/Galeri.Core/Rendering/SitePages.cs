using System.Collections;

namespace Galeri.Rendering;

/// <summary>
/// Every page of the site, builder after builder, as one list. A builder's pages that are made on demand
/// (<see cref="LazyList{T}"/>) stay so; the others are listed at once (their models are lists of shared cards).
/// </summary>
internal sealed class SitePages : IReadOnlyList<PageDocument>
{
    private readonly IReadOnlyList<PageDocument>[] _parts;
    private readonly int[] _starts;

    public SitePages(IEnumerable<IReadOnlyList<PageDocument>> parts)
    {
        _parts = [.. parts];
        _starts = new int[_parts.Length];
        for (var i = 0; i < _parts.Length; i++)
        {
            _starts[i] = Count;
            Count += _parts[i].Count;
        }
    }

    /// <summary>A builder's pages as a list: as they are when it already made a list, listed now otherwise.</summary>
    public static IReadOnlyList<PageDocument> Planned(IEnumerable<PageDocument> pages) => pages as IReadOnlyList<PageDocument> ?? pages.ToList();

    public int Count { get; }

    public PageDocument this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
            var part = Array.BinarySearch(_starts, index);
            // Not found: the part starting before it. Empty parts share a start with the next: take the last one there.
            if (part < 0) part = ~part - 1;
            else while (part + 1 < _parts.Length && _starts[part + 1] == index) part++;
            return _parts[part][index - _starts[part]];
        }
    }

    public IEnumerator<PageDocument> GetEnumerator() => _parts.SelectMany(p => p).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
