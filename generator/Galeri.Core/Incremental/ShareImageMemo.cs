using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Galeri.Output;

namespace Galeri.Incremental;

/// <summary>
/// Images the build makes (share cards, photo crops, icons), kept by what they are made from: an
/// unchanged card or photo is not drawn again. In memory for the session (<c>galeri serve</c>); with a
/// <see cref="Folder"/> (<c>galeri build</c> sets one in its cache folder) also on disk between runs,
/// where the output's file is a hard link to the kept one (<see cref="SourceUse.HardLink"/>) instead of
/// bytes held in memory. The key names everything the
/// image depends on; the drawing code's version is added (<see cref="DrawingVersion"/>), so a galeri that draws differently draws everything again.
/// </summary>
/// <param name="keep">
/// Whether to remember each entry's image by the entry object too (<see cref="Get(object, object?[], string, Func{string}, Func{byte[]})"/>):
/// <c>galeri serve</c>, rebuilding in one process, then skips making and hashing 50,000 keys a rebuild. A one-build session does not.
/// </param>
internal sealed class ShareImageMemo(bool keep = true)
{
    // Its own table, not the session's: the session's ModelMemo already keeps each entry's page model by the entry.
    private readonly ModelMemo _byOwner = new(keep);

    private readonly ConcurrentDictionary<string, (UInt128 Key, OutputFile File)> _known = new(StringComparer.Ordinal);
    private readonly KeptFileUse _used = new();
    private int _made;

    /// <summary>Where images are kept between builds; null: only for this session.</summary>
    public string? Folder
    {
        get => _folder;
        set
        {
            _folder = value;
            _listing = new Lazy<Dictionary<string, string>>(() => List(value));
        }
    }

    /// <summary>
    /// Draw an image when its bytes are first read, not when the build asks for it (<c>galeri serve</c>:
    /// a browser previewing the site seldom asks for a share card, and drawing every entry's took 70 s
    /// at 10,000 entries before the first page could be seen). Kept in memory once drawn.
    /// </summary>
    public bool WhenAsked { get; set; }

    private string? _folder;
    private Lazy<Dictionary<string, string>> _listing = new(() => []);

    /// <summary>How many images this session has drawn: lets tests see that an unchanged one is not drawn again.</summary>
    public int Made => Volatile.Read(ref _made);

    /// <param name="outputPath">Where the image goes in the site.</param>
    /// <param name="key">Everything the image is made from (texts, a source file's path, size and time).</param>
    /// <param name="make">Draws the image; called only when no image for this key is kept.</param>
    public OutputFile Get(string outputPath, string key, Func<byte[]> make)
    {
        var hash = XxHash128.HashToUInt128(Encoding.UTF8.GetBytes(DrawingVersion.Key + "\n" + outputPath + "\n" + key));
        if (_known.TryGetValue(outputPath, out var known) && known.Key == hash) return Used(known.File);
        var file = WhenAsked ? OutputFile.Later(outputPath, () => Draw(make))
            : Folder is null ? new OutputFile(outputPath, Draw(make), null) : FromFolder(Folder, outputPath, hash, make);
        _known[outputPath] = (hash, file);
        return Used(file);
    }

    /// <summary>
    /// The image of an owner (an entry) that is the same object as last build, with inputs all equal
    /// (as <see cref="ModelMemo"/> compares them), is last build's file; otherwise as <see cref="Get(string, string, Func{byte[]})"/>.
    /// </summary>
    /// <param name="inputs">Everything the key is made from besides the owner itself.</param>
    /// <param name="key">The key, made only when needed.</param>
    public OutputFile Get(object owner, object?[] inputs, string outputPath, Func<string> key, Func<byte[]> make) =>
        Used(_byOwner.Reuse(owner, inputs, () => Get(outputPath, key(), make)));

    /// <summary>Deletes kept files no image of this build used: the folder holds one build's images, not every version ever drawn.</summary>
    public void Prune() => _used.Prune(Folder);

    private OutputFile Used(OutputFile file)
    {
        if (file.CopyFrom is { } path) _used.Mark(path);
        return file;
    }

    private byte[] Draw(Func<byte[]> make)
    {
        Interlocked.Increment(ref _made);
        return make();
    }

    private OutputFile FromFolder(string folder, string outputPath, UInt128 hash, Func<byte[]> make)
    {
        var name = hash.ToString("x32", CultureInfo.InvariantCulture);
        if (_listing.Value.TryGetValue(name, out var kept) && IsIntact(kept)) return Kept(outputPath, kept);
        var drawn = Draw(make);
        try
        {
            Directory.CreateDirectory(folder);
            var temporary = Path.Combine(folder, name + "." + Guid.NewGuid().ToString("N") + ".tmp");
            File.WriteAllBytes(temporary, drawn);
            // The file's time goes into its name: see IsIntact.
            var ticks = File.GetLastWriteTimeUtc(temporary).Ticks.ToString(CultureInfo.InvariantCulture);
            kept = Path.Combine(folder, name + "-" + ticks + Path.GetExtension(outputPath));
            File.Move(temporary, kept, overwrite: true);
            // Taken from the kept file from the first build on, so the next build sees the same source.
            return Kept(outputPath, kept);
        }
        // A cache that cannot be written only costs the next build its speed.
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
        return new OutputFile(outputPath, drawn, null);
    }

    /// <summary>The kept images by the key's hash (a name is <c>&lt;hash&gt;-&lt;time&gt;.&lt;ext&gt;</c>): one walk of the folder per build.</summary>
    private static Dictionary<string, string> List(string? folder)
    {
        var kept = new Dictionary<string, string>(StringComparer.Ordinal);
        if (folder is null || !Directory.Exists(folder)) return kept;
        foreach (var path in Directory.EnumerateFiles(folder))
        {
            var name = Path.GetFileName(path);
            if (name.Length > 33 && name[32] == '-' && !name.EndsWith(".tmp", StringComparison.Ordinal)) kept[name[..32]] = path;
        }
        return kept;
    }

    /// <summary>
    /// The output's copy of a kept image is a hard link to it (no bytes read or copied for an unchanged
    /// image), so an image edited in place in the output changes the kept file too. Its name records
    /// the time it was written with: a kept file whose time differs is drawn again instead of trusted.
    /// </summary>
    private static bool IsIntact(string kept)
    {
        var info = new FileInfo(kept);
        if (!info.Exists || info.Attributes.HasFlag(FileAttributes.ReparsePoint)) return false;
        var name = Path.GetFileNameWithoutExtension(kept);
        return name[33..] == info.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture);
    }

    private static OutputFile Kept(string outputPath, string kept) => OutputFile.Copy(outputPath, kept) with { Use = SourceUse.HardLink };
}
