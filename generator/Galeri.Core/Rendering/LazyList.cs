using System.Collections;

namespace Galeri.Rendering;

/// <summary>
/// Items made only when asked for, one by one, by their place in the list: the render phase asks for
/// each entry page as it renders it, so a page's model (an entry's sections, related cards, QR code) lives
/// only as long as its rendering, not all 50,000 at once. Asking twice makes the item twice.
/// </summary>
/// <param name="count">How many items there are (known before any is made, for the progress display).</param>
/// <param name="make">Makes item <c>i</c>; called from several threads at once.</param>
internal sealed class LazyList<T>(int count, Func<int, T> make) : IReadOnlyList<T>
{
    public int Count => count;

    public T this[int index] => (uint)index < (uint)count ? make(index) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < count; i++) yield return make(i);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
