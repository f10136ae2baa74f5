using Galeri.Rendering;

namespace Galeri.Visits;

/// <summary>A visit as templates see it, with the innovations it studied as cards.</summary>
public sealed record VisitView(
    string Id,
    string Url,
    DateView Date,
    string Agency,
    string? Region,
    LinkView? Host,
    IReadOnlyList<string> Topics,
    string? Summary,
    IReadOnlyList<EntryCard> Innovations)
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
            .ToList());
}
