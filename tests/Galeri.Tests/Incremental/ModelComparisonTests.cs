using Galeri.Incremental;

namespace Galeri.Tests.Incremental;

/// <summary>
/// <c>galeri serve</c> takes a listing page as unchanged when its new model holds the same values as the
/// last one (<see cref="ModelComparison"/>), without hashing it. "Same" must never hide a difference the
/// page would show: each case below renders differently, so a page kept on a wrong "same" would be stale.
/// </summary>
public class ModelComparisonTests
{
    private sealed record Card(string Name, decimal? Budget);

    private sealed record Listing(string Title, IReadOnlyList<Card> Cards, int Page);

    private static readonly Card Kir = new("Siap Uji KIR", 125.5m);
    private static readonly Card DataGo = new("Data Go", null);

    [Fact]
    public void A_new_listing_holding_the_same_cards_is_the_same()
    {
        Assert.True(ModelComparison.Same(new Listing("Tag: data", [Kir, DataGo], 1), new Listing("Tag: data", new List<Card> { Kir, DataGo }, 1)));
        Assert.True(ModelComparison.Same(new Listing("Tag: data", [Kir], 1), new Listing("Tag: data", [new Card("Siap Uji KIR", 125.5m)], 1)));
    }

    public static TheoryData<string> Differences => ["title", "card name", "card order", "one card fewer", "page", "decimal written with more places", "null budget"];

    [Theory]
    [MemberData(nameof(Differences))]
    public void Anything_a_page_would_show_differently_is_not_the_same(string difference)
    {
        var last = new Listing("Tag: data", [Kir, DataGo], 1);
        var next = difference switch
        {
            "title" => last with { Title = "Tag: Data" },
            "card name" => last with { Cards = [Kir, DataGo with { Name = "Data Go!" }] },
            "card order" => last with { Cards = [DataGo, Kir] },
            "one card fewer" => last with { Cards = [Kir] },
            "page" => last with { Page = 2 },
            // 125.5 and 125.50 are equal numbers, but a page prints them differently.
            "decimal written with more places" => last with { Cards = [Kir with { Budget = 125.50m }, DataGo] },
            "null budget" => last with { Cards = [Kir with { Budget = null }, DataGo] },
            _ => throw new ArgumentOutOfRangeException(nameof(difference)),
        };
        Assert.False(ModelComparison.Same(last, next));
        Assert.False(ModelComparison.Same(next, last));
    }

    [Fact]
    public void Values_of_different_types_are_not_the_same()
    {
        Assert.False(ModelComparison.Same(1, 1L));
        Assert.False(ModelComparison.Same("1", 1));
        Assert.False(ModelComparison.Same(new List<string> { "a" }, "a"));
        Assert.False(ModelComparison.Same(null, ""));
    }
}
