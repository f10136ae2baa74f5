using Galeri.Content;
using Galeri.Entries;
using Galeri.Incremental;
using Galeri.Output;

namespace Galeri.Sharing;

/// <summary>
/// The share images of the site (see <see cref="ShareImagePaths"/>): the site's card, the icons, and per entry
/// its first raster photo cropped or a card with its name, OPD and the site's title. Drawn through the
/// session's <see cref="ShareImageMemo"/>, so an unchanged entry's image is not drawn again.
/// </summary>
internal static class ShareImages
{
    /// <summary>The share images and the site's icons (<see cref="SiteIcons"/>, from the theme in <paramref name="themeRoot"/>).</summary>
    public static IReadOnlyList<OutputFile> Files(SiteContent content, string themeRoot, ShareImageMemo memo)
    {
        var site = content.Site;
        var files = new List<OutputFile>
        {
            memo.Get(ShareImagePaths.Site, $"card\n{site.Title}\n{site.Organizer}\n{site.BaseUrl}",
                () => ShareCard.Draw(site.Title, site.Organizer, Host(site) ?? site.Title)),
        };
        files.AddRange(content.Innovations.AsParallel().AsOrdered().Select(entry => ForEntry(content, entry, memo)));
        files.AddRange(SiteIcons.Files(themeRoot, memo));
        // Last: every image of this build has been asked for, so what is left in the memo's folder is stale.
        memo.Prune();
        return files;
    }

    private static OutputFile ForEntry(SiteContent content, Innovation entry, ShareImageMemo memo)
    {
        var opd = content.OpdByCode.TryGetValue(entry.OpdCode, out var found) ? found.Name : entry.OpdCode;
        var title = entry.Name;
        var footer = content.Site.Title;
        var photo = entry.Images.FirstOrDefault(i => ShareImagePaths.IsRaster(i.File));
        var path = ShareImagePaths.ForEntry(entry.Slug, photo is not null);
        // The entry object stands for everything in it (a changed file is a new object); the rest is compared.
        if (photo is null)
            return memo.Get(entry, [opd, footer], path, () => $"card\n{title}\n{opd}\n{footer}", () => ShareCard.Draw(title, opd, footer));
        var source = Path.Combine(entry.BundleDirectory, photo.File);
        byte[] Draw() => PhotoCrop.Draw(source) ?? ShareCard.Draw(title, opd, footer, jpeg: true);
        string Key(string stamp) => $"photo\n{source}\n{stamp}\n{title}\n{opd}\n{footer}";
        if (entry.BundleFileTimes.TryGetValue(photo.File, out var time))
            return memo.Get(entry, [opd, footer], path, () => Key(time.ToString()), Draw);
        // A photo the walk did not see by this name: its file is looked at every build.
        return memo.Get(path, Key(Stamp(source)), Draw);
    }

    /// <summary>The file's size and time when the walk did not see it: a replaced photo then draws again.</summary>
    private static string Stamp(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? $"{info.Length}:{info.LastWriteTimeUtc.Ticks}" : "missing";
    }

    private static string? Host(Site.SiteConfig site) => site.BaseUrl is null ? null : new Uri(site.BaseUrl).Host;
}
