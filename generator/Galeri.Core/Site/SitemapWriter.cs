using System.Security;
using System.Text;
using Galeri.Output;
using Galeri.Rendering;

namespace Galeri.Site;

/// <summary><c>sitemap.xml</c> and <c>robots.txt</c>, written only when the site knows its base_url (sitemaps need absolute addresses).</summary>
public static class SitemapWriter
{
    public static IEnumerable<OutputFile> Write(SiteConfig site, IReadOnlyList<PageDocument> pages)
    {
        if (site.BaseUrl is null) yield break;
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var page in pages.Where(p => p.Path != NotFoundPage.Path).OrderBy(p => p.Path, StringComparer.Ordinal))
            xml.Append("  <url><loc>").Append(SecurityElement.Escape(site.AbsoluteUrl(page.Path))).Append("</loc></url>\n");
        xml.Append("</urlset>\n");
        yield return OutputFile.FromText("sitemap.xml", xml.ToString());
        yield return OutputFile.FromText("robots.txt", $"User-agent: *\nAllow: /\nSitemap: {site.AbsoluteUrl("sitemap.xml")}\n");
    }
}
