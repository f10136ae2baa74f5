namespace Galeri.Output;

/// <summary>A file of the finished site: either bytes made by the generator or a file copied as it is (images, CSS).</summary>
/// <param name="Path">Path under the output folder, '/'-separated.</param>
public sealed record OutputFile(string Path, byte[]? Bytes, string? CopyFrom)
{
    /// <summary>The content's identity when already known (a page reused from the last build's output); see <see cref="OutputManifest.ContentOf"/>.</summary>
    public UInt128? Hash { get; init; }

    /// <summary>For a copied file: whether the writer may link or move its source instead of copying it.</summary>
    internal SourceUse Use { get; init; }

    public static OutputFile FromText(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text), null);

    public static OutputFile Copy(string path, string source) => new(path, null, source);
}
