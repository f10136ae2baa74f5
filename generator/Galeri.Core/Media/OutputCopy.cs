using Galeri.Output;

namespace Galeri.Media;

/// <summary>
/// A file kept in the build cache, published by copying it from there into the output folder (the
/// writer copies file to file, never holding it in memory). The one step from cache to output for
/// resized photos; share images take the same way (see <see cref="Incremental.ShareImageMemo"/>).
/// </summary>
internal static class OutputCopy
{
    public static OutputFile FromCache(string outputPath, string keptFile) => OutputFile.Copy(outputPath, keptFile);
}
