using Galeri.Entries;
using Galeri.Output;
using Galeri.Rendering;

namespace Galeri.Media;

/// <summary>
/// The published files of every photo in every entry folder (<see cref="PhotoPlan"/>), whether a page
/// names it in <c>gambar</c>, in its Markdown body, or not at all: no photo is published as uploaded, so
/// none carries its phone's GPS position. Made through the session's <see cref="Incremental.PhotoMemo"/>.
/// </summary>
internal static class PhotoFiles
{
    public static IReadOnlyList<OutputFile> Files(SiteModel site)
    {
        var memo = site.Session.Photos;
        var photos = site.Content.Innovations
            .SelectMany(entry => BundleFiles.Of(entry).Where(PhotoFormats.IsResizable).Select(file => (entry, file)))
            .ToList();
        var files = photos.AsParallel().AsOrdered().SelectMany(photo =>
        {
            var (entry, file) = photo;
            if (site.PhotoPlanOf(entry, file) is not { } plan) return [];
            var time = entry.BundleFileTimes.TryGetValue(file, out var t) ? t : (Content.FileTime?)null;
            return memo.Files(Path.Combine(entry.BundleDirectory, file), time, plan, SiteModel.EntryPath(entry.Slug)) ?? [];
        }).ToList();
        // Last: every photo of this build has been asked for, so what is left in the memo's folder is stale.
        memo.Prune();
        return files;
    }
}
