using System.Collections;

namespace Galeri.Rendering;

/// <summary>
/// Pages made only when asked for, one by one, by their place in the list: the render phase asks for
/// each page as it renders it, so a page's model (an entry's sections, related cards, QR code) lives
/// only as long as its rendering, not all 50,000 at once. Asking twice makes the page twice.
/// </summary>
/// <param name="count">How many pages there are (known before any is made, for the progress display).</param>
/// <param name="make">Makes page <c>i</c>; called from several threads at once.</param>
internal sealed class LazyPages(int count, Func<int, PageDocument> make) : IReadOnlyList<PageDocument>
{
    public int Count => count;

    public PageDocument this[int index] => (uint)index < (uint)count ? make(index) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<PageDocument> GetEnumerator()
    {
        for (var i = 0; i < count; i++) yield return make(i);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
