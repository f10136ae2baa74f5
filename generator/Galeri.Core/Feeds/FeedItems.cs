using Galeri.Content;
using Galeri.Entries;

namespace Galeri.Feeds;

/// <summary>The innovations a feed lists: newest first by their latest date (launch or update, else trial), the newest <see cref="Limit"/>.</summary>
internal static class FeedItems
{
    /// <summary>Feed readers show the latest items; a feed of a whole large catalog would be megabytes fetched again and again.</summary>
    public const int Limit = 50;

    public sealed record Item(Innovation Entry, DateOnly Date, string OpdName);

    public static IReadOnlyList<Item> Of(SiteContent content) =>
        content.Innovations
            .Select(entry => (entry, date: DateOf(entry)))
            .Where(e => e.date is not null)
            .OrderByDescending(e => e.date!.Value)
            .ThenBy(e => e.entry.Slug, StringComparer.Ordinal)
            .Take(Limit)
            .Select(e => new Item(e.entry, e.date!.Value,
                content.OpdByCode.TryGetValue(e.entry.OpdCode, out var opd) ? opd.Name : e.entry.OpdCode))
            .ToList();

    /// <summary>When the entry last had news: the later of its launch and its update, else its trial.</summary>
    public static DateOnly? DateOf(Innovation entry)
    {
        var latest = entry.LaunchDate > entry.Updated || entry.Updated is null ? entry.LaunchDate : entry.Updated;
        return latest ?? entry.TrialDate;
    }
}
