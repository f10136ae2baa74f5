using Galeri.Rendering;

namespace Galeri.Visits;

/// <summary><c>kunjungan/</c> lists the studi tiru visits; <c>kunjungan/&lt;id&gt;/</c> shows one.</summary>
internal sealed class VisitPages : IPageBuilder
{
    public const string IndexPath = "kunjungan/";

    public IEnumerable<PageDocument> Build(SiteModel site)
    {
        var visits = site.Content.Visits.Select(v => VisitView.From(site, v)).ToList();
        yield return new PageDocument(IndexPath, "visits", site.Strings.Get("kunjungan.judul"), site.Strings.Get("kunjungan.deskripsi"), "kunjungan",
            new VisitsPageModel(visits));
        foreach (var visit in visits)
        {
            var title = $"{visit.Agency} — {visit.Date.Text}";
            yield return new PageDocument(visit.Url, "visit", title, visit.Summary, "kunjungan", new VisitPageModel(visit));
        }
    }
}
