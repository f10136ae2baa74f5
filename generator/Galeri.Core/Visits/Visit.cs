using Galeri.Content;
using Galeri.Diagnostics;

namespace Galeri.Visits;

/// <summary>A studi tiru visit to the city, from <c>content/kunjungan/&lt;id&gt;.yml</c>.</summary>
/// <param name="Id">The file name without extension; also the visit page's address.</param>
/// <param name="HostCode">The OPD that received the visitors (<c>tuan_rumah</c>).</param>
internal sealed record Visit(
    string Id,
    SourceFile Source,
    DateOnly Date,
    string Agency,
    string? Region,
    string? HostCode,
    IReadOnlyList<string> Topics,
    IReadOnlyList<(string Slug, SourcePosition Position)> InnovationSlugs,
    string? Summary,
    IReadOnlyDictionary<string, SourcePosition> FieldPositions)
{
    /// <summary>The declared fields without typed code (<see cref="Model.VisitFields"/>), as written, by key: the page's <c>visit.fields</c>.</summary>
    public IReadOnlyDictionary<string, object> Values { get; init; } = System.Collections.ObjectModel.ReadOnlyDictionary<string, object>.Empty;
}
