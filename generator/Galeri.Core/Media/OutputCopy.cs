using Galeri.Output;

namespace Galeri.Media;

/// <summary>
/// A file kept in the build cache, published by copying it from there into the output folder (the
/// writer copies file to file, never holding it in memory). The one step from cache to output for
/// resized photos. Copied, not hard-linked as share images are (<see cref="Incremental.ShareImageMemo"/>): a
/// photo's cache key is its source's hash, so a kept file edited in place through the output would
/// go unnoticed.
/// </summary>
internal static class OutputCopy
{
    public static OutputFile FromCache(string outputPath, string keptFile) => OutputFile.Copy(outputPath, keptFile);
}
