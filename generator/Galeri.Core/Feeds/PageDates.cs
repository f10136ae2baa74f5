using Galeri.Content;
using Galeri.Rendering;

namespace Galeri.Feeds;

/// <summary>When a page last changed, as far as the content says: an entry page by its <c>diperbarui</c> (for sitemap.xml's lastmod).</summary>
internal static class PageDates
{
    public static Func<string, DateOnly?> Of(SiteContent content)
    {
        var byPath = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var entry in content.Innovations)
            if (entry.Updated is { } updated) byPath[SiteModel.EntryPath(entry.Slug)] = updated;
        return path => byPath.TryGetValue(path, out var date) ? date : null;
    }
}
