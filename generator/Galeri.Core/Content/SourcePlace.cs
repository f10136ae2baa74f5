using System.IO.Hashing;

namespace Galeri.Content;

/// <summary>
/// Where a parsed item came from, without the file's text: what later phases need for messages and for
/// the files beside it. An entry keeps this, not its <see cref="SourceFile"/>, so that the texts of
/// 50,000 entries (about 500 MB in memory) can go once they are parsed.
/// </summary>
internal sealed record SourcePlace(string RelativePath, string DisplayPath, string FullPath)
{
    /// <summary>A hash of the file's text: with the entry's bundle, all an entry's parse reads (see <see cref="Incremental.ParseMemo"/>).</summary>
    public UInt128 TextHash { get; init; }

    public static SourcePlace Of(SourceFile file) => new(file.RelativePath, file.DisplayPath, file.FullPath)
    {
        TextHash = XxHash128.HashToUInt128(file.Utf8()),
    };
}
