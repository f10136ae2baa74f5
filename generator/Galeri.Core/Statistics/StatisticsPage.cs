using System.Globalization;
using Galeri.Rendering;
using Galeri.Taxonomies;

namespace Galeri.Statistics;

/// <summary>
/// <c>statistik/</c>: the catalog in numbers. Innovations by OPD, urusan, jenis, tahapan, status and
/// launch year; awards by year; replications by region. Each breakdown is an SVG chart with the same
/// numbers in a table. The home page's counters link here.
/// </summary>
internal sealed class StatisticsPage : IPageBuilder
{
    public const string Path = "statistik/";

    // The session keeps the model by this owner while every entry, list and string table is the same object.
    private static readonly object Owner = new();

    public IEnumerable<PageDocument> Build(SiteModel site)
    {
        var model = site.Session.Models.Reuse(Owner,
            [.. site.Content.Innovations, site.Content.Innovations.Count, site.Content.Opds, site.Content.Urusan, site.Strings], () => Model(site));
        yield return new PageDocument(Path, "statistik", site.Strings.Get("statistik.judul"), site.Strings.Get("statistik.pengantar"), "statistik", model);
    }

    private static StatisticsPageModel Model(SiteModel site)
    {
        var entries = site.Content.Innovations;
        var charts = new List<ChartView>
        {
            Chart(site, "opd", "menurut_opd", "kolom_opd", "kolom_inovasi", ByOpd(site)),
            Chart(site, "urusan", "menurut_urusan", "kolom_urusan", "kolom_inovasi", ByTaxonomy(site, SiteTaxonomies.Urusan)),
            Chart(site, "jenis", "menurut_jenis", "kolom_jenis", "kolom_inovasi", ByTaxonomy(site, SiteTaxonomies.Jenis)),
            Chart(site, "tahapan", "menurut_tahapan", "kolom_tahapan", "kolom_inovasi", ByTaxonomy(site, SiteTaxonomies.Tahapan)),
            Chart(site, "status", "menurut_status", "kolom_status", "kolom_inovasi", ByTaxonomy(site, SiteTaxonomies.Status)),
            Chart(site, "tahun", "menurut_tahun", "kolom_tahun", "kolom_inovasi", [.. Enumerable.Reverse(ByTaxonomy(site, SiteTaxonomies.Year))]),
            Chart(site, "penghargaan", "penghargaan_tahun", "kolom_tahun", "kolom_penghargaan", AwardsByYear(site)),
            Chart(site, "replikasi", "replikasi_daerah", "kolom_daerah", "kolom_replikasi", ReplicationsByRegion(site)),
        };
        return new StatisticsPageModel(entries.Count, entries.Sum(e => e.Awards.Count),
            entries.Sum(e => e.Replication?.ReplicatedBy.Count ?? 0), charts);
    }

    private static ChartView Chart(SiteModel site, string key, string title, string labelHeading, string countHeading, IReadOnlyList<ChartRow> rows)
    {
        var strings = site.Strings;
        var heading = strings.Get("statistik." + title);
        var description = rows.Count == 0
            ? strings.Get("statistik.kosong")
            : strings.Get("statistik.grafik_isi")
                .Replace("{judul}", heading, StringComparison.Ordinal)
                .Replace("{teratas}", rows.MaxBy(r => r.Count)!.Label, StringComparison.Ordinal)
                .Replace("{jumlah}", rows.Max(r => r.Count).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return new ChartView(key, heading, BarChart.Svg("grafik-" + key, heading, description, rows),
            strings.Get("statistik." + labelHeading), strings.Get("statistik." + countHeading), rows);
    }

    private static List<ChartRow> ByOpd(SiteModel site) =>
        site.Content.Innovations.GroupBy(e => e.OpdCode, StringComparer.Ordinal)
            .Select(g => (Link: site.OpdLink(g.Key), Count: g.Count()))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Link.Label, StringComparer.Ordinal)
            .Select(g => new ChartRow(g.Link.Label, g.Link.Short ?? g.Link.Label, g.Count, g.Link.Url))
            .ToList();

    private static List<ChartRow> ByTaxonomy(SiteModel site, Taxonomy taxonomy) =>
        [.. site.Grouped(taxonomy).Select(g => new ChartRow(g.Term.Label, g.Term.Label, g.Entries.Count, taxonomy.TermPath(g.Term.Slug)))];

    private static List<ChartRow> AwardsByYear(SiteModel site)
    {
        var unknown = site.Strings.Get("statistik.tanpa_tahun");
        return site.Content.Innovations.SelectMany(e => e.Awards)
            .GroupBy(a => a.Year)
            .OrderBy(g => g.Key ?? int.MaxValue)
            .Select(g => g.Key is { } year ? Row(year.ToString(CultureInfo.InvariantCulture), g.Count()) : Row(unknown, g.Count()))
            .ToList();
    }

    private static List<ChartRow> ReplicationsByRegion(SiteModel site)
    {
        var unknown = site.Strings.Get("statistik.tanpa_daerah");
        return site.Content.Innovations.SelectMany(e => e.Replication?.ReplicatedBy ?? [])
            .GroupBy(r => r.Region ?? unknown, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Row(g.Key, g.Count()))
            .ToList();
    }

    private static ChartRow Row(string label, int count) => new(label, label, count, null);
}
