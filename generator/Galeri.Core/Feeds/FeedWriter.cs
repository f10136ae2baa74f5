using System.Globalization;
using System.Text;
using System.Xml;
using Galeri.Content;
using Galeri.Output;
using Galeri.Rendering;

namespace Galeri.Feeds;

/// <summary>
/// <c>feed.xml</c> (RSS 2.0) and <c>atom.xml</c> (Atom 1.0) of the innovations (<see cref="FeedItems"/>),
/// with absolute links: written only when the site knows its base_url, like the sitemap. Every page
/// links them for autodiscovery. The feeds' own dates are the newest item's, so a build is repeatable.
/// </summary>
internal static class FeedWriter
{
    public const string RssPath = "feed.xml";
    public const string AtomPath = "atom.xml";
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    private static readonly XmlWriterSettings Settings = new() { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };

    public static IEnumerable<OutputFile> Write(SiteContent content)
    {
        var site = content.Site;
        if (site.BaseUrl is null) return [];
        var items = FeedItems.Of(content);
        return [new OutputFile(RssPath, Rss(content, items), null), new OutputFile(AtomPath, Atom(content, items), null)];
    }

    private static string Url(SiteContent content, string path) => content.Site.AbsoluteUrl(path)!;

    private static byte[] Rss(SiteContent content, IReadOnlyList<FeedItems.Item> items)
    {
        var site = content.Site;
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "atom", null, AtomNamespace);
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", site.Title);
            xml.WriteElementString("link", site.BaseUrl);
            xml.WriteElementString("description", site.Description ?? site.Title);
            xml.WriteElementString("language", site.Language);
            if (items.Count > 0) xml.WriteElementString("lastBuildDate", Rfc822(items[0].Date));
            xml.WriteStartElement("atom", "link", AtomNamespace);
            xml.WriteAttributeString("href", Url(content, RssPath));
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", "application/rss+xml");
            xml.WriteEndElement();
            foreach (var item in items)
            {
                var url = Url(content, SiteModel.EntryPath(item.Entry.Slug));
                xml.WriteStartElement("item");
                xml.WriteElementString("title", item.Entry.Name);
                xml.WriteElementString("link", url);
                xml.WriteStartElement("guid");
                xml.WriteAttributeString("isPermaLink", "true");
                xml.WriteString(url);
                xml.WriteEndElement();
                xml.WriteElementString("description", item.Entry.Summary);
                xml.WriteElementString("pubDate", Rfc822(item.Date));
                xml.WriteElementString("category", item.OpdName);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static byte[] Atom(SiteContent content, IReadOnlyList<FeedItems.Item> items)
    {
        var site = content.Site;
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", AtomNamespace);
            xml.WriteAttributeString("xml", "lang", null, site.Language);
            xml.WriteElementString("title", AtomNamespace, site.Title);
            if (site.Description is { } description) xml.WriteElementString("subtitle", AtomNamespace, description);
            xml.WriteElementString("id", AtomNamespace, site.BaseUrl);
            xml.WriteElementString("updated", AtomNamespace, Rfc3339(items.Count > 0 ? items[0].Date : new DateOnly(2000, 1, 1)));
            Link(xml, Url(content, AtomPath), "self", "application/atom+xml");
            Link(xml, site.BaseUrl!, "alternate", "text/html");
            xml.WriteStartElement("author", AtomNamespace);
            xml.WriteElementString("name", AtomNamespace, site.Organizer);
            xml.WriteEndElement();
            foreach (var item in items)
            {
                var url = Url(content, SiteModel.EntryPath(item.Entry.Slug));
                xml.WriteStartElement("entry", AtomNamespace);
                xml.WriteElementString("title", AtomNamespace, item.Entry.Name);
                xml.WriteElementString("id", AtomNamespace, url);
                Link(xml, url, "alternate", "text/html");
                xml.WriteElementString("updated", AtomNamespace, Rfc3339(item.Date));
                if (item.Entry.StartedOn is { } started) xml.WriteElementString("published", AtomNamespace, Rfc3339(started));
                xml.WriteStartElement("author", AtomNamespace);
                xml.WriteElementString("name", AtomNamespace, item.OpdName);
                xml.WriteEndElement();
                xml.WriteElementString("summary", AtomNamespace, item.Entry.Summary);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void Link(XmlWriter xml, string href, string rel, string type)
    {
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("href", href);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteEndElement();
    }

    private static string Rfc822(DateOnly date) => date.ToDateTime(TimeOnly.MinValue).ToString("r", CultureInfo.InvariantCulture);

    private static string Rfc3339(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
