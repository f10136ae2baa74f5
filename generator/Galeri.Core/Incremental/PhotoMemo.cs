using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Galeri.Content;
using Galeri.Media;
using Galeri.Output;

namespace Galeri.Incremental;

/// <summary>
/// Resized photos, kept by what they are made from: the source file's content hash and the encoder's
/// settings (<see cref="PhotoFormats.Settings"/>, the plan, the generator's version). An unchanged photo
/// is not decoded or encoded again. In memory for the session (<c>galeri serve</c>); with a
/// <see cref="Folder"/> (<c>galeri build</c> sets <c>.galeri-cache/&lt;output&gt;/foto/</c>) on disk between
/// runs, where the output copies each file from the kept one instead of holding it in memory.
/// </summary>
internal sealed class PhotoMemo
{
    private readonly ConcurrentDictionary<string, (FileTime Time, UInt128 Hash)> _hashes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<UInt128, IReadOnlyList<byte[]>> _inMemory = new();
    private readonly KeptFileUse _used = new();
    private int _encoded;

    /// <summary>Where resized photos are kept between builds; null: only for this session.</summary>
    public string? Folder { get; set; }

    /// <summary>How many photos this session has decoded and encoded: lets tests see that an unchanged photo is not encoded again.</summary>
    public int Encoded => Volatile.Read(ref _encoded);

    /// <param name="source">The photo in the content folder.</param>
    /// <param name="time">Its size and time as the walk saw them: an unchanged file is not hashed again in the session.</param>
    /// <param name="outputFolder">The entry's folder in the site, e.g. <c>inovasi/data-go/</c>.</param>
    /// <returns>The photo's published files, or null when it cannot be read as an image.</returns>
    public IReadOnlyList<OutputFile>? Files(string source, FileTime? time, PhotoPlan plan, string outputFolder)
    {
        var key = KeyOf(source, time, plan);
        var files = plan.Files.ToList();
        if (Folder is not null)
        {
            var kept = files.Select((v, i) => KeptPath(Folder, key, i, v)).ToList();
            if (kept.All(IsKept)) return Used(files, kept, outputFolder);
            var made = Make(source, plan);
            if (made is null) return null;
            if (Keep(kept, made)) return Used(files, kept, outputFolder);
            return [.. files.Select((v, i) => new OutputFile(outputFolder + v.File, made[i], null))];
        }
        var bytes = _inMemory.TryGetValue(key, out var known) ? known : Make(source, plan);
        if (bytes is null) return null;
        _inMemory[key] = bytes;
        return [.. files.Select((v, i) => new OutputFile(outputFolder + v.File, bytes[i], null))];
    }

    /// <summary>Deletes kept files no photo of this build used: the folder holds one build's photos, not every version ever made.</summary>
    public void Prune() => _used.Prune(Folder);

    private UInt128 KeyOf(string source, FileTime? time, PhotoPlan plan)
    {
        UInt128 content;
        if (time is { } t && _hashes.TryGetValue(source, out var known) && known.Time == t) content = known.Hash;
        else
        {
            using var stream = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            var hasher = new XxHash128();
            hasher.Append(stream);
            content = hasher.GetCurrentHashAsUInt128();
            if (time is { } stamp) _hashes[source] = (stamp, content);
        }
        var settings = string.Join('\n', [DrawingVersion.Key, PhotoFormats.Settings,
            .. plan.Files.Select(v => $"{v.Width}x{v.Height} {v.Format}")]);
        return XxHash128.HashToUInt128(Encoding.UTF8.GetBytes(content.ToString("x32", CultureInfo.InvariantCulture) + "\n" + settings));
    }

    private IReadOnlyList<byte[]>? Make(string source, PhotoPlan plan)
    {
        Interlocked.Increment(ref _encoded);
        try
        {
            return PhotoEncoder.Encode(source, plan);
        }
        catch (NetVips.VipsException)
        {
            return null;
        }
    }

    private static string KeptPath(string folder, UInt128 key, int index, PhotoVariant variant) =>
        Path.Combine(folder, key.ToString("x32", CultureInfo.InvariantCulture) + "-" + index.ToString(CultureInfo.InvariantCulture)
            + "-" + variant.Width.ToString(CultureInfo.InvariantCulture) + "." + variant.Format);

    private static bool IsKept(string path) => File.Exists(path) && !File.GetAttributes(path).HasFlag(FileAttributes.ReparsePoint);

    /// <returns>False when the cache cannot be written: that only costs the next build its speed.</returns>
    private static bool Keep(IReadOnlyList<string> kept, IReadOnlyList<byte[]> made)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(kept[0])!);
            for (var i = 0; i < kept.Count; i++)
            {
                var temporary = kept[i] + "." + Guid.NewGuid().ToString("N") + ".tmp";
                File.WriteAllBytes(temporary, made[i]);
                File.Move(temporary, kept[i], overwrite: true);
            }
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private IReadOnlyList<OutputFile> Used(IReadOnlyList<PhotoVariant> files, IReadOnlyList<string> kept, string outputFolder)
    {
        foreach (var path in kept) _used.Mark(path);
        return [.. files.Select((v, i) => OutputCopy.FromCache(outputFolder + v.File, kept[i]))];
    }
}
