using Galeri.Rendering;
using Galeri.Taxonomies;
using Galeri.Visits;

namespace Galeri.Home;

/// <summary>
/// The home page: what the gallery is, counts, featured innovations (<c>unggulan</c> in site.yml, or
/// else the most awarded and replicated), the latest ones and the recent visits.
/// </summary>
internal sealed class HomePage : IPageBuilder
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
            : site.Sorted("home-featured", (a, b) =>
                    Recognition(b).CompareTo(Recognition(a)) is var more and not 0 ? more : string.CompareOrdinal(a.Slug, b.Slug))
                .Take(FeaturedCount).ToList();
        var latest = site.Sorted("home-latest", (a, b) =>
                (b.StartedOn ?? DateOnly.MinValue).CompareTo(a.StartedOn ?? DateOnly.MinValue) is var newer and not 0 ? newer : string.CompareOrdinal(a.Slug, b.Slug))
            .Where(e => !featured.Contains(e))
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

    /// <summary>Awards and replications: what makes an innovation worth featuring when site.yml names none.</summary>
    private static int Recognition(Entries.Innovation entry) => entry.Awards.Count + (entry.Replication?.ReplicatedBy.Count ?? 0);

    private static IReadOnlyList<TermView> TermsOf(SiteModel site, Taxonomy taxonomy) =>
        site.Grouped(taxonomy)
            .Select(g => new TermView(g.Term.Slug, g.Term.Label, taxonomy.TermPath(g.Term.Slug), g.Entries.Count))
            .ToList();
}
