using Galeri.Listing;
using Galeri.Rendering;
using Galeri.Visits;

namespace Galeri.Opds;

/// <summary><c>opd/</c> lists every OPD; <c>opd/&lt;kode&gt;/</c> shows one with its innovations and hosted visits.</summary>
internal sealed class OpdPages : IPageBuilder
{
    public const string IndexPath = "opd/";

    public IEnumerable<PageDocument> Build(SiteModel site)
    {
        var entriesByOpd = site.ByName.ToLookup(e => e.OpdCode, StringComparer.Ordinal); // each OPD's entries by name
        var visitsByHost = site.Content.Visits.Where(v => v.HostCode is not null).ToLookup(v => v.HostCode!, StringComparer.Ordinal);
        var views = site.Content.Opds
            .Select(o => new OpdView(o.Code, o.Name, o.ShortName, o.Website, SiteModel.OpdPath(o.Code), entriesByOpd[o.Code].Count()))
            .OrderBy(o => o.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();

        yield return new PageDocument(IndexPath, "opds", site.Strings.Get("opd.judul"), site.Strings.Get("opd.deskripsi"), "opd", new OpdIndexModel(views));
        foreach (var opd in views)
        {
            var entries = entriesByOpd[opd.Code].ToList();
            var visits = visitsByHost[opd.Code].Select(v => VisitView.From(site, v)).ToList();
            foreach (var (path, number, slice, pagination) in site.Paginate(entries, opd.Url))
            {
                var title = number == 1 ? opd.Name : $"{opd.Name} ({site.Strings.Get("katalog.halaman")} {number})";
                yield return new PageDocument(path, "opd", title, null, "opd", new OpdPageModel(opd, site.CardsOf(slice), visits, pagination));
            }
        }
    }
}
