using Galeri.Model;
using Galeri.Search.Lunr;

namespace Galeri.Search;

/// <summary>
/// What is searched and how much each field counts: the content model's searchable fields, heaviest
/// first (a match in the name outweighs ten in the body), then the body.
/// </summary>
internal static class SearchFields
{
    /// <summary>The entry's body text (all sections): not a front-matter field.</summary>
    public const string Body = "isi";

    public static readonly IReadOnlyList<LunrField> All =
    [
        .. InnovationFields.All.Where(f => f.SearchWeight > 0).OrderByDescending(f => f.SearchWeight).Select(f => new LunrField(f.Key, f.SearchWeight)),
        new(Body, 1),
    ];
}
