using System.Security;
using System.Text;
using Galeri.Output;
using Galeri.Rendering;

namespace Galeri.Site;

/// <summary><c>sitemap.xml</c> and <c>robots.txt</c>, written only when the site knows its base_url (sitemaps need absolute addresses).</summary>
internal static class SitemapWriter
{
    /// <param name="lastModified">A page's last change (an entry's <c>diperbarui</c>), written as lastmod; null when unknown.</param>
    /// <param name="paths">The site path of every page (the render phase lists them as it goes).</param>
    /// <remarks>
    /// The sitemap is made when its bytes are first read (<see cref="OutputFile.Later"/>): <c>galeri build</c>
    /// writes it, <c>galeri serve</c> makes it only if a browser asks (62,743 addresses at 50,000 entries took
    /// 70–115 ms of every rebuild). <paramref name="paths"/> must not change after the call.
    /// </remarks>
    public static IEnumerable<OutputFile> Write(SiteConfig site, IEnumerable<string> paths, Func<string, DateOnly?>? lastModified = null)
    {
        if (site.BaseUrl is null) yield break;
        yield return OutputFile.Later("sitemap.xml", () => Encoding.UTF8.GetBytes(Sitemap(site, paths, lastModified)));
        yield return OutputFile.FromText("robots.txt", Robots(site));
    }

    private static string Sitemap(SiteConfig site, IEnumerable<string> paths, Func<string, DateOnly?>? lastModified)
    {
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var path in paths.Where(p => p != NotFoundPage.Path).Order(StringComparer.Ordinal))
        {
            xml.Append("  <url><loc>").Append(SecurityElement.Escape(site.AbsoluteUrl(path))).Append("</loc>");
            if (lastModified?.Invoke(path) is { } date)
                xml.Append("<lastmod>").Append(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append("</lastmod>");
            xml.Append("</url>\n");
        }
        xml.Append("</urlset>\n");
        return xml.ToString();
    }

    /// <summary>
    /// Crawlers read robots.txt only at the root of a host. At a domain root this one is that file; under
    /// a sub-path (https://host/galeri/) it is not read there, so it says so and allows only the site's own
    /// path: its lines can be copied into the host's robots.txt as they are (the README says so).
    /// </summary>
    public static string Robots(SiteConfig site)
    {
        var text = new StringBuilder();
        if (site.BasePath != "/")
            text.Append("# Situs ini berada di ").Append(site.BasePath).Append(": crawler hanya membaca robots.txt di akar domain.\n")
                .Append("# Salin baris di bawah ke robots.txt di akar domain ").Append(new Uri(site.BaseUrl!).GetLeftPart(UriPartial.Authority)).Append("/.\n");
        text.Append("User-agent: *\nAllow: ").Append(site.BasePath).Append('\n');
        text.Append("Sitemap: ").Append(site.AbsoluteUrl("sitemap.xml")).Append('\n');
        return text.ToString();
    }
}
