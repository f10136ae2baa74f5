using Galeri.Entries;
using Galeri.Rendering;
using Galeri.Site;

namespace Galeri.Sharing;

/// <summary>
/// A page's share values (<see cref="ShareView"/>), from what the page's own model holds, so a page
/// re-rendered only when its model changes never shows stale values: an entry page gets its share
/// image and article JSON-LD; the home page the site's JSON-LD; every other page the site's card.
/// </summary>
internal sealed class SharePages(SiteConfig site)
{
    private readonly string _locale = site.Language == "en" ? "en_US" : "id_ID";

    public ShareView For(PageDocument page)
    {
        if (page.Model is EntryPageModel entry)
        {
            var photo = entry.Images.FirstOrDefault(i => ShareImagePaths.IsRaster(i.Url));
            var image = site.AbsoluteUrl(ShareImagePaths.ForEntry(entry.Entry.Slug, photo is not null));
            var alt = photo?.Alt ?? $"{entry.Entry.Name} — {entry.Entry.Opd.Label}";
            return new ShareView(image, alt, "article", _locale, JsonLd.Entry(site, entry, image), site.BaseUrl is not null);
        }
        return new ShareView(site.AbsoluteUrl(ShareImagePaths.Site), site.Title, "website", _locale,
            page.Path == "" ? JsonLd.Site(site) : null, site.BaseUrl is not null);
    }
}
