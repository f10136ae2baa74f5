using System.Globalization;
using Galeri.Rendering;

namespace Galeri.Entries;

/// <summary>One page per innovation: <c>inovasi/&lt;slug&gt;/</c>.</summary>
internal sealed class EntryPages : IPageBuilder
{
    private const int RelatedCount = 4;

    public IEnumerable<PageDocument> Build(SiteModel site)
    {
        var related = site.Session.Related = new RelatedFinder(site.Content, site.Session.Related);
        var visitsBySlug = site.Content.Visits
            .SelectMany(v => v.InnovationSlugs.Select(s => (s.Slug, Visit: v)))
            .ToLookup(x => x.Slug, x => x.Visit, StringComparer.Ordinal);
        // Made as the render phase asks for each one: at 50,000 entries the models of all pages at once would not fit in 2 GB.
        return new LazyList<PageDocument>(site.Content.Innovations.Count, i =>
        {
            var entry = site.Content.Innovations[i];
            var path = SiteModel.EntryPath(entry.Slug);
            var inputs = new EntryModelInputs(
                entry,
                site.Card(entry),
                site.Strings,
                site.Content.Site,
                site.Content.OpdByCode.GetValueOrDefault(entry.OpdCode),
                site.CardsOf(related.Find(entry, RelatedCount)),
                [.. visitsBySlug[entry.Slug]],
                [.. entry.Images.Select(image => site.ImageSize(entry, image))],
                site.Content.Site.AbsoluteUrl(path) is { } url ? site.QrCode(url) : null);
            var model = site.Session.Models.ReuseOrDefer(entry, inputs, BuildModel);
            return new PageDocument(path, "entry", entry.Name, entry.Summary, "inovasi", model);
        });
    }

    private static EntryPageModel BuildModel(EntryModelInputs inputs)
    {
        var (entry, card, strings, siteConfig, opd, related, visits, imageSizes, qr) = inputs;
        var numbers = SiteModel.NumbersOf(strings);
        DateView? Date(DateOnly? date) => date is { } d ? SiteModel.DateOf(strings, d) : null;
        return new EntryPageModel(
            card,
            entry.Bentuk is { } bentuk ? new LinkView(bentuk, strings.Label("bentuk", bentuk), "") : null,
            Date(entry.TrialDate),
            Date(entry.LaunchDate),
            Date(entry.Updated),
            entry.IppAspects.Select(a => strings.Label("aspek_ipp", a)).ToList(),
            entry.Sdgs.Order().Select(n => new SdgView(n, strings.Label("sdgs", n.ToString(CultureInfo.InvariantCulture)))).ToList(),
            entry.Sections.Select(s => new SectionView(s.Id, s.Kind is null ? s.Title : strings.Get("bagian." + s.Kind.Key.Replace('-', '_'), s.Title), s, s.Kind is not null)).ToList(),
            entry.Impacts.Select(i => Impact(strings, numbers, i)).ToList(),
            entry.Awards.OrderByDescending(a => a.Year ?? 0).ThenBy(a => a.Name, StringComparer.Ordinal).ToList(),
            entry.Replication is { } r ? new ReplicationView(r.Possible, r.Prerequisites, r.ReplicatedBy.OrderBy(x => x.Year ?? 0).ThenBy(x => x.Agency, StringComparer.Ordinal).ToList()) : null,
            entry.Links,
            entry.Contact is { } c ? new ContactView(c.Unit, c.Email, c.Telephone, TelephoneHref(c.Telephone)) : null,
            entry.Images.Select((img, i) => ImageViews.Of(entry.Slug, img.File, img.Alt, imageSizes[i])).ToList(),
            related,
            visits.Select(v => new VisitLinkView(v.Agency, SiteModel.VisitPath(v.Id), SiteModel.DateOf(strings, v.Date))).ToList(),
            opd?.Website,
            siteConfig.AbsoluteUrl(SiteModel.EntryPath(entry.Slug)),
            entry.Values,
            StudiTiru.ReadinessViews.Of(entry, strings),
            siteConfig.AbsoluteUrl(SiteModel.EntryPath(entry.Slug)) is { } url && qr is not null
                ? new StudiTiru.QrSvg(qr, strings.Get("siap.qr_label", "Kode QR: {url}").Replace("{url}", url, StringComparison.Ordinal))
                : null);
    }

    /// <summary>Units that are already percentages: their change is told in points (14% → 4% is −10 poin), not as a ratio.</summary>
    private static readonly IReadOnlySet<string> PercentUnits = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "persen", "%", "percent", "persentase" };

    private static ImpactView Impact(Theming.Strings strings, Text.NumberFormat numbers, Impact impact)
    {
        string? change = null;
        if (impact is { Before: { } before, After: { } after })
        {
            string Signed(decimal value) => (value > 0 ? "+" : "") + numbers.Format(value);
            if (impact.Unit is { } unit && PercentUnits.Contains(unit.Trim()))
                change = Signed(after - before) + " " + strings.Get("dampak.poin", "poin");
            else if (before != 0)
                change = Signed(decimal.Round((after - before) / Math.Abs(before) * 100, 0)) + "%";
        }
        return new ImpactView(impact.Indicator, impact.Unit,
            impact.Before is { } b ? numbers.Format(b) : null,
            impact.After is { } a ? numbers.Format(a) : null,
            impact.Year, impact.Source, change);
    }

    private static string? TelephoneHref(string? telephone)
    {
        if (telephone is null) return null;
        var digits = new string(telephone.Where(c => char.IsAsciiDigit(c) || c == '+').ToArray());
        return digits.Length >= 5 ? "tel:" + digits : null;
    }
}
