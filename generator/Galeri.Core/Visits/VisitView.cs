using Galeri.Rendering;

namespace Galeri.Visits;

/// <summary>A visit as templates see it, with the innovations it studied as cards.</summary>
/// <param name="Fields">The content model's fields without typed code, as written (<see cref="Visit.Values"/>): <c>visit.fields.&lt;kolom&gt;</c>.</param>
internal sealed record VisitView(
    string Id,
    string Url,
    DateView Date,
    string Agency,
    string? Region,
    LinkView? Host,
    IReadOnlyList<string> Topics,
    string? Summary,
    IReadOnlyList<EntryCard> Innovations,
    IReadOnlyDictionary<string, object> Fields)
{
    public static VisitView From(SiteModel site, Visit visit) => new(
        visit.Id,
        SiteModel.VisitPath(visit.Id),
        site.Date(visit.Date),
        visit.Agency,
        visit.Region,
        visit.HostCode is { } host ? site.OpdLink(host) : null,
        visit.Topics,
        visit.Summary,
        visit.InnovationSlugs
            .Select(s => site.Cards.GetValueOrDefault(s.Slug))
            .OfType<EntryCard>()
            .ToList(),
        visit.Values);
}
