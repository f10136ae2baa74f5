using Galeri.Search.Lunr;

namespace Galeri.Search;

/// <summary>What is searched and how much each field counts: a match in the name outweighs ten in the body.</summary>
public static class SearchFields
{
    public static readonly IReadOnlyList<LunrField> All =
    [
        new("nama", 10),
        new("akronim", 10),
        new("tag", 5),
        new("ringkasan", 3),
        new("opd", 2),
        new("urusan", 2),
        new("isi", 1),
    ];
}
