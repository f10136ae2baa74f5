namespace Galeri.Sharing;

/// <summary>What <c>partials/share-meta.liquid</c> sees as <c>share</c>: the page's Open Graph and Twitter card values and its JSON-LD.</summary>
/// <param name="Image">The share image's absolute address; null without a base_url (Open Graph needs absolute addresses).</param>
/// <param name="Type">Open Graph type: "article" for entries, else "website".</param>
/// <param name="Locale">Open Graph locale, e.g. "id_ID".</param>
/// <param name="JsonLd">schema.org JSON-LD for a script element, already safe inside it; null when the page has none.</param>
/// <param name="Feeds">Whether feed.xml and atom.xml exist (they need a base_url).</param>
internal sealed record ShareView(string? Image, string ImageAlt, string Type, string Locale, string? JsonLd, bool Feeds,
    int ImageWidth = ShareImagePaths.Width, int ImageHeight = ShareImagePaths.Height);
