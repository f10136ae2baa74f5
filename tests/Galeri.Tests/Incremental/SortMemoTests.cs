using Galeri.Incremental;

namespace Galeri.Tests.Incremental;

public class SortMemoTests
{
    private sealed record Item(string Name, int Id);

    private static readonly Comparison<Item> ByName = (a, b) =>
        string.CompareOrdinal(a.Name, b.Name) is var byName and not 0 ? byName : a.Id.CompareTo(b.Id);

    [Fact]
    public void A_patched_order_after_edits_additions_and_removals_equals_a_fresh_sort()
    {
        var random = new Random(7);
        var items = Enumerable.Range(0, 2000).Select(i => new Item(((char)('a' + random.Next(26))).ToString() + random.Next(50), i)).ToList();
        var memo = new SortMemo();
        memo.Sorted("k", items, ByName);
        for (var round = 0; round < 20; round++)
        {
            // A few items edited (new objects, maybe a new name), one removed, one added.
            for (var edit = 0; edit < 3; edit++)
            {
                var at = random.Next(items.Count);
                items[at] = items[at] with { Name = random.Next(2) == 0 ? items[at].Name : "z" + random.Next(100) };
            }
            items.RemoveAt(random.Next(items.Count));
            items.Add(new Item("m" + random.Next(100), 10_000 + round));
            var patched = memo.Sorted("k", items, ByName);
            Assert.Equal(items.Order(Comparer<Item>.Create(ByName)), patched);
        }
    }

    [Fact]
    public void Many_changes_are_sorted_afresh_with_the_same_result()
    {
        var memo = new SortMemo();
        var items = Enumerable.Range(0, 100).Select(i => new Item("n" + (i * 37 % 100), i)).ToList();
        memo.Sorted("k", items, ByName);
        var all = items.Select(i => i with { Name = "x" + i.Name }).ToList();
        Assert.Equal(all.Order(Comparer<Item>.Create(ByName)), memo.Sorted("k", all, ByName));
    }
}
