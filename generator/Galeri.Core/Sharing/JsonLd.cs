using System.Text.Json;
using Galeri.Entries;
using Galeri.Site;

namespace Galeri.Sharing;

/// <summary>
/// schema.org JSON-LD: an entry as an <c>Article</c> by its OPD, published by the site's organizer; the
/// site as a <c>WebSite</c> with its search. The default JSON encoder escapes &lt; &gt; and &amp;, so the
/// text cannot end its script element.
/// </summary>
internal static class JsonLd
{
    private static readonly JsonWriterOptions Options = new() { Indented = false };

    public static string Entry(SiteConfig site, EntryPageModel entry, string? image) => Write(json =>
    {
        var card = entry.Entry;
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", "Article");
        json.WriteString("headline", card.Name);
        if (card.Acronym is { } acronym) json.WriteString("alternativeHeadline", acronym);
        json.WriteString("description", card.Summary);
        if (entry.AbsoluteUrl is { } url)
        {
            json.WriteString("url", url);
            json.WriteString("mainEntityOfPage", url);
        }
        if (image is not null) json.WriteString("image", image);
        json.WriteString("inLanguage", "id");
        if ((entry.LaunchDate ?? entry.TrialDate) is { } published) json.WriteString("datePublished", published.Iso);
        if ((entry.Updated ?? entry.LaunchDate ?? entry.TrialDate) is { } modified) json.WriteString("dateModified", modified.Iso);
        if (card.Urusan is { } urusan) json.WriteString("about", urusan.Label);
        if (card.Tags.Count > 0) json.WriteString("keywords", string.Join(", ", card.Tags.Select(t => t.Label)));
        json.WriteStartObject("author");
        json.WriteString("@type", "GovernmentOrganization");
        json.WriteString("name", card.Opd.Label);
        if (entry.OpdWebsite is { } website) json.WriteString("url", website);
        json.WriteEndObject();
        Publisher(json, site);
        if (entry.Awards.Count > 0)
        {
            json.WriteStartArray("award");
            foreach (var award in entry.Awards)
                json.WriteStringValue(award.Year is { } year ? $"{award.Name} ({year})" : award.Name);
            json.WriteEndArray();
        }
    });

    public static string Site(SiteConfig site) => Write(json =>
    {
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", "WebSite");
        json.WriteString("name", site.Title);
        if (site.Description is { } description) json.WriteString("description", description);
        json.WriteString("inLanguage", site.Language);
        Publisher(json, site);
        if (site.BaseUrl is not { } home) return;
        json.WriteString("url", home);
        json.WriteStartObject("potentialAction");
        json.WriteString("@type", "SearchAction");
        json.WriteString("target", site.AbsoluteUrl("cari/") + "?q={search_term_string}");
        json.WriteString("query-input", "required name=search_term_string");
        json.WriteEndObject();
    });

    private static void Publisher(Utf8JsonWriter json, SiteConfig site)
    {
        json.WriteStartObject("publisher");
        json.WriteString("@type", "GovernmentOrganization");
        json.WriteString("name", site.Organizer);
        if (site.AbsoluteUrl(SiteIcons.Large) is { } logo) json.WriteString("logo", logo);
        json.WriteEndObject();
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
