namespace Galeri.Output;

/// <summary>A file of the finished site: either bytes made by the generator or a file copied as it is (images, CSS).</summary>
/// <param name="Path">Path under the output folder, '/'-separated.</param>
public sealed record OutputFile(string Path, byte[]? Bytes, string? CopyFrom)
{
    /// <summary>The bytes; a file made <see cref="Later"/> is made on first read.</summary>
    public byte[]? Bytes { get => field ?? Deferred?.Value; init; } = Bytes;

    /// <summary>The content's identity when already known (a page reused from the last build's output); see <see cref="OutputManifest.ContentOf"/>.</summary>
    public UInt128? Hash { get; init; }

    /// <summary>For a copied file: whether the writer may link or move its source instead of copying it.</summary>
    internal SourceUse Use { get; init; }

    private Lazy<byte[]>? Deferred { get; init; }

    /// <summary>For a file made <see cref="Streamed"/>: writes its bytes into a stream, so that a build can put them on disk without holding them.</summary>
    internal Action<Stream>? Writer { get; private init; }

    public static OutputFile FromText(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text), null);

    public static OutputFile Copy(string path, string source) => new(path, null, source);

    /// <summary>
    /// A file made when its bytes are first read, once: <c>galeri build</c> reads every file, so it is
    /// made in the same build; <c>galeri serve</c> makes it when a browser asks for it, so a rebuild
    /// after a save does not wait for large files nobody is looking at (the catalog's open data).
    /// </summary>
    /// <remarks>A making that throws is not remembered: the next read (a browser reloading) tries again.</remarks>
    internal static OutputFile Later(string path, Func<byte[]> make) =>
        new(path, null, null) { Deferred = new Lazy<byte[]>(make, LazyThreadSafetyMode.PublicationOnly) };

    /// <summary>
    /// A large file made by writing into a stream, when needed: <c>galeri build</c> writes it straight to disk
    /// (<see cref="SpilledFiles.KeepStreamed"/>; the open data of 50,000 entries held in memory took about
    /// 0.6 GB at the build's peak), and reading <see cref="Bytes"/> makes it in memory, once, as <see cref="Later"/> does.
    /// </summary>
    internal static OutputFile Streamed(string path, Action<Stream> write) => Later(path, () =>
    {
        using var memory = new MemoryStream();
        write(memory);
        return memory.ToArray();
    }) with { Writer = write };
}
