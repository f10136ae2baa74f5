using System.Collections.Concurrent;
using Galeri.Content;

namespace Galeri.Incremental;

/// <summary>
/// Image sizes kept from the last build, by the file's path with its size and time as the read phase
/// saw them (<see cref="Entries.Innovation.BundleFileTimes"/>): an unchanged image is not read again,
/// a replaced one (other size or time) is. A file the walk did not see is read every time.
/// </summary>
internal sealed class ImageMemo
{
    private readonly ConcurrentDictionary<string, Known> _sizes = new(StringComparer.Ordinal);
    private int _reads;

    /// <summary>How many image files this session has read: lets tests see that an unchanged image is not read again.</summary>
    public int Reads => Volatile.Read(ref _reads);

    public (int Width, int Height)? SizeOf(string path, FileTime? time, Func<string, (int Width, int Height)?> read)
    {
        if (time is { } t && _sizes.TryGetValue(path, out var known) && known.Time == t) return known.Size;
        Interlocked.Increment(ref _reads);
        var size = read(path);
        if (time is { } stamp) _sizes[path] = new Known(stamp, size);
        return size;
    }

    private sealed record Known(FileTime Time, (int Width, int Height)? Size);
}
