using Galeri.Rendering;
using Galeri.Taxonomies;
using Galeri.Visits;

namespace Galeri.Home;

/// <summary>
/// The home page: what the gallery is, counts, featured innovations (<c>unggulan</c> in site.yml, or
/// else the most awarded and replicated), the latest ones and the recent visits.
/// </summary>
public sealed class HomePage : IPageBuilder
{
    private const int FeaturedCount = 4;
    private const int LatestCount = 6;
    private const int VisitCount = 3;

    public IEnumerable<PageDocument> Build(SiteModel site)
    {
        var content = site.Content;
        var entries = content.Innovations;
        var featured = content.Site.Featured.Count > 0
            ? content.Site.Featured.Select(f => content.InnovationBySlug.GetValueOrDefault(f.Slug)).OfType<Entries.Innovation>().ToList()
            : entries.OrderByDescending(e => e.Awards.Count + (e.Replication?.ReplicatedBy.Count ?? 0))
                .ThenBy(e => e.Slug, StringComparer.Ordinal).Take(FeaturedCount).ToList();
        var latest = entries
            .Where(e => !featured.Contains(e))
            .OrderByDescending(e => e.StartedOn ?? DateOnly.MinValue)
            .ThenBy(e => e.Slug, StringComparer.Ordinal)
            .Take(LatestCount)
            .ToList();
        var stats = new StatsView(
            entries.Count,
            entries.Select(e => e.OpdCode).Distinct().Count(),
            content.Visits.Count,
            entries.Sum(e => e.Replication?.ReplicatedBy.Count ?? 0),
            entries.Sum(e => e.Awards.Count));
        var model = new HomePageModel(
            stats,
            site.CardsOf(featured),
            site.CardsOf(latest),
            content.Visits.Take(VisitCount).Select(v => VisitView.From(site, v)).ToList(),
            TermsOf(site, SiteTaxonomies.Jenis),
            TermsOf(site, SiteTaxonomies.Tahapan));
        yield return new PageDocument("", "home", content.Site.Title, content.Site.Description, "beranda", model);
    }

    private static IReadOnlyList<TermView> TermsOf(SiteModel site, Taxonomy taxonomy) =>
        taxonomy.Group(site.Content, site.Strings)
            .Select(g => new TermView(g.Term.Slug, g.Term.Label, taxonomy.TermPath(g.Term.Slug), g.Entries.Count))
            .ToList();
}
