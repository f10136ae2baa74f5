using System.Globalization;
using Galeri.Output;

namespace Galeri.Incremental;

/// <summary>
/// What <c>galeri build</c> keeps between runs, in <c>.galeri-cache/&lt;output folder name&gt;/</c>
/// beside the output folder: the fingerprint of every page it wrote (so an unchanged page is not
/// rendered again) and of every file made from a record of inputs (<see cref="FileMemo"/>: not made
/// again), and the manifest of the output folder (so an unchanged file is not written again). Plain
/// text, one line per page or file. Anything unreadable counts as no cache. The same folder holds the
/// spare tree the output writer swaps in (<see cref="Output.SpareTree"/>).
/// </summary>
internal sealed class BuildCache
{
    public const string FolderName = OutputPlaces.CacheFolderName;
    private const string Header = "galeri-cache 3";

    private BuildCache(string folder, Dictionary<string, UInt128> pages, Dictionary<string, UInt128> made, Dictionary<string, FileStamp> files)
    {
        Folder = folder;
        Pages = pages;
        Made = made;
        Output = new OutputManifest(files);
    }

    public string Folder { get; }

    /// <summary>Fingerprints of the pages in the output folder (see <see cref="PageMemo"/>).</summary>
    public IReadOnlyDictionary<string, UInt128> Pages { get; }

    /// <summary>Fingerprints of the made files in the output folder, by output path (see <see cref="FileMemo"/>).</summary>
    public IReadOnlyDictionary<string, UInt128> Made { get; }

    public OutputManifest Output { get; }

    public bool IsEmpty => Pages.Count == 0 && Output.Files.Count == 0;

    /// <summary>
    /// The cached pages whose files are still exactly as written (size and time), as files to copy
    /// from the output folder: what <see cref="PageMemo.Seed"/> starts from.
    /// </summary>
    public IEnumerable<(string Path, UInt128 Fingerprint, OutputFile File)> IntactPages(string outputDirectory) =>
        Intact(outputDirectory, Pages, Theming.SiteUrls.OutputPath);

    /// <summary>The cached made files still exactly as written, as files to copy from the output folder: what <see cref="FileMemo.Seed"/> starts from.</summary>
    public IEnumerable<(string Path, UInt128 Fingerprint, OutputFile File)> IntactMade(string outputDirectory) =>
        Intact(outputDirectory, Made, path => path);

    private IEnumerable<(string Path, UInt128 Fingerprint, OutputFile File)> Intact(string outputDirectory,
        IReadOnlyDictionary<string, UInt128> fingerprints, Func<string, string> fileOf)
    {
        var output = Path.GetFullPath(outputDirectory);
        if (IsEmpty || !Directory.Exists(output)) yield break;
        var intact = IntactFiles(output);
        foreach (var (path, fingerprint) in fingerprints)
        {
            var file = fileOf(path);
            if (intact.TryGetValue(file, out var found))
                yield return (path, fingerprint, OutputFile.Copy(file, System.IO.Path.Combine(output, file)) with { Hash = found.Stamp.Content });
        }
    }

    private IReadOnlyDictionary<string, (FileStamp Stamp, ulong Inode)>? _intact;

    /// <summary>The files of the output folder still exactly as the last build wrote them (walked once per build).</summary>
    public IReadOnlyDictionary<string, (FileStamp Stamp, ulong Inode)> IntactFiles(string outputDirectory) =>
        _intact ??= IsEmpty ? new Dictionary<string, (FileStamp, ulong)>() : Output.Verify(Path.GetFullPath(outputDirectory));

    public static string FolderFor(string outputDirectory) =>
        OutputPlaces.CacheFolder(Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar));

    public static BuildCache Empty(string outputDirectory) => new(FolderFor(outputDirectory), [], [], []);

    public static BuildCache Load(string outputDirectory)
    {
        var folder = FolderFor(outputDirectory);
        var path = Path.Combine(folder, "state.txt");
        try
        {
            if (!File.Exists(path)) return Empty(outputDirectory);
            var pages = new Dictionary<string, UInt128>(StringComparer.Ordinal);
            var made = new Dictionary<string, UInt128>(StringComparer.Ordinal);
            var files = new Dictionary<string, FileStamp>(StringComparer.Ordinal);
            using var reader = new StreamReader(path);
            if (reader.ReadLine() != Header) return Empty(outputDirectory);
            while (reader.ReadLine() is { } line)
            {
                var parts = line.Split(' ', 6);
                if (parts[0] == "page" && parts.Length == 3) pages[parts[2]] = Hex(parts[1]);
                else if (parts[0] == "made" && parts.Length == 3) made[parts[2]] = Hex(parts[1]);
                else if (parts[0] == "file" && parts.Length == 6)
                    files[parts[5]] = new FileStamp(Hex(parts[1]), Number(parts[2]), Number(parts[3]), Number(parts[4]));
                else return Empty(outputDirectory);
            }
            return new BuildCache(folder, pages, made, files);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or OverflowException)
        {
            return Empty(outputDirectory); // a damaged cache only costs a full build
        }
    }

    /// <summary>Replaces the cache (written beside, then renamed over, so a crash never leaves half a cache).</summary>
    public static void Save(string outputDirectory, IReadOnlyDictionary<string, UInt128> pages, IReadOnlyDictionary<string, UInt128> made, OutputManifest output)
    {
        var folder = FolderFor(outputDirectory);
        Directory.CreateDirectory(folder);
        var ignore = Path.Combine(Path.GetDirectoryName(folder)!, ".gitignore");
        if (!File.Exists(ignore)) File.WriteAllText(ignore, "# Cache galeri build: aman dihapus kapan saja.\n*\n");
        var path = Path.Combine(folder, "state.txt");
        var temporary = path + ".tmp";
        File.Delete(temporary); // a name left by a killed build (or a link put there) is replaced, never written through
        using (var writer = new StreamWriter(temporary))
        {
            writer.WriteLine(Header);
            foreach (var (page, fingerprint) in pages.OrderBy(p => p.Key, StringComparer.Ordinal))
                writer.WriteLine($"page {fingerprint:x32} {page}");
            // Only files the output holds: one the write phase did not keep has no file for the next build to reuse.
            foreach (var (file, fingerprint) in made.Where(m => output.Files.ContainsKey(m.Key)).OrderBy(m => m.Key, StringComparer.Ordinal))
                writer.WriteLine($"made {fingerprint:x32} {file}");
            foreach (var (file, stamp) in output.Files.OrderBy(f => f.Key, StringComparer.Ordinal))
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"file {stamp.Content:x32} {stamp.Length} {stamp.Ticks} {stamp.Changed} {file}"));
        }
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>
    /// Forgets everything about the last build: its state, its entries' readings (<see cref="SyntaxStore"/>), its search analyses (<see cref="AnalysisStore"/>), and what the spare tree holds (which the
    /// next write then walks and cleans instead of trusting; its folders are reused, which is faster
    /// than deleting and making them again).
    /// </summary>
    public static void Delete(string outputDirectory)
    {
        var folder = FolderFor(outputDirectory);
        foreach (var name in new[] { "state.txt", "state.txt.tmp", "spare.txt", AnalysisStore.FileName, AnalysisStore.FileName + ".tmp", SyntaxStore.FileName, SyntaxStore.FileName + ".tmp" })
            SafeDelete.Entry(Path.Combine(folder, name));
    }

    private static long Number(string text) => long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    private static UInt128 Hex(string text) => UInt128.Parse(text, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
