using System.Globalization;
using System.IO.Hashing;

namespace Galeri.Output;

/// <summary>
/// Files a build writes to disk as soon as they are made (rendered pages), so that a
/// large catalog is never held in memory whole: at 50,000 entries the pages alone are about 2 GB.
/// They wait in <c>.galeri-cache/&lt;name&gt;/tulis/</c> and the output writer moves them into the
/// new tree (<see cref="SourceUse.Move"/>); what it did not need is deleted with the folder.
/// </summary>
internal sealed class SpilledFiles
{
    // Smaller files cost more as a file of their own than as bytes in memory.
    private const int MinimumLength = 2048;

    // Files are spread over this many folders: creating a file locks its folder, and threads creating
    // thousands of pages in one folder spun on that lock (a fifth of a 10,000-entry build's CPU was
    // the kernel's file creation, most of it waiting for the folder).
    private const int Folders = 64;

    private readonly string _folder;
    private long _count;

    private SpilledFiles(string folder) => _folder = folder;

    /// <summary>An empty spill folder in the cache folder <paramref name="cacheFolder"/>; null when that is not a real folder (then files stay in memory).</summary>
    public static SpilledFiles? Open(string cacheFolder)
    {
        foreach (var place in new[] { Path.GetDirectoryName(cacheFolder)!, cacheFolder })
            if (FileSystem.Links.IsLink(place) || File.Exists(place)) return null;
        var folder = Path.Combine(cacheFolder, "tulis");
        SafeDelete.Entry(folder); // a killed build's leftovers, or a link put there: removed, never followed
        for (var i = 0; i < Folders; i++) Directory.CreateDirectory(Path.Combine(folder, i.ToString(CultureInfo.InvariantCulture)));
        return new SpilledFiles(folder);
    }

    /// <summary>The file, written out when it is large enough: the result names it as a file to move, with its content's hash.</summary>
    public OutputFile Keep(OutputFile file)
    {
        if (file.Bytes is not { Length: >= MinimumLength } bytes) return file;
        return Spill(file.Path, path =>
        {
            using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            RandomAccess.Write(handle, bytes, 0);
            return XxHash128.HashToUInt128(bytes);
        });
    }

    /// <summary>A file made by writing into a stream (<see cref="OutputFile.Streamed"/>), written out without being held in memory.</summary>
    public OutputFile KeepStreamed(OutputFile file) => Spill(file.Path, path =>
    {
        var hash = new XxHash128();
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        using var hashing = new HashingStream(stream, hash);
        file.Writer!(hashing);
        return hash.GetCurrentHashAsUInt128();
    });

    /// <summary>Writes a new file of the spill folder (<paramref name="write"/> returns its content's hash): the result names it as a file to move.</summary>
    private OutputFile Spill(string sitePath, Func<string, UInt128> write)
    {
        var number = Interlocked.Increment(ref _count);
        var path = Path.Combine(_folder, (number % Folders).ToString(CultureInfo.InvariantCulture), number.ToString(CultureInfo.InvariantCulture));
        try
        {
            return new OutputFile(sitePath, null, path) { Hash = write(path), Use = SourceUse.Move };
        }
        catch (ArgumentOutOfRangeException e)
        {
            // While rendering, as in the write phase: a full or limited disk is a write failure.
            throw FileTooLarge.Failure(sitePath, e);
        }
    }

    /// <summary>Deletes what is left (files the output already held unchanged); a failure leaves it for the next build's <see cref="Open"/>.</summary>
    public void Delete() => SafeDelete.TryEntry(_folder);
}
