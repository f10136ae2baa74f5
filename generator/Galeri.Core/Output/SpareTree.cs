using System.Globalization;

namespace Galeri.Output;

/// <summary>
/// The previous version of the output folder, kept in <c>.galeri-cache/&lt;name&gt;/spare/</c>. A
/// build brings it up to the new site — unchanged files become hard links to the output's own
/// files, changed ones are written — and then exchanges it with the output folder in one
/// <c>renameat2(RENAME_EXCHANGE)</c>: readers, and a build killed at any moment, see the old site
/// or the new one, never a mix, and nothing temporary ever lives inside the output. The old
/// output becomes the next spare. Reusing its folders matters: creating ~13,000 page folders anew
/// for every edit would cost seconds at 10,000 entries.
/// <para>
/// What the spare holds is listed in <c>spare.txt</c> (folders, and files with inode numbers)
/// so a build does not walk it; the list is deleted before the spare is touched and written after
/// the exchange, so after a crash the spare is walked and cleaned instead of trusted.
/// </para>
/// </summary>
internal sealed class SpareTree
{
    private const string Header = "galeri-spare 1";

    private readonly Dictionary<string, ulong> files;
    private readonly HashSet<string> folders;

    private SpareTree(string root, Dictionary<string, ulong> files, HashSet<string> folders)
    {
        Root = root;
        this.files = files;
        this.folders = folders;
    }

    public string Root { get; }

    private static string ListingOf(string root) => root + ".txt";

    /// <summary>The spare of <paramref name="target"/>, made if missing; anything in it that the new site has no place for is removed.</summary>
    public static SpareTree Open(string target, OutputShape shape)
    {
        var root = OutputPlaces.Spare(target);
        foreach (var folder in new[] { Path.GetDirectoryName(root)!, root })
        {
            // The spare is written into and emptied: it must be a real folder, never a link to somewhere else.
            if (File.Exists(folder) || FileSystem.Links.IsLink(folder)) SafeDelete.Entry(folder);
        }
        Directory.CreateDirectory(root);
        if (ReadListing(ListingOf(root)) is { } listed) return new SpareTree(root, listed.Files, listed.Folders);
        var (kept, folders, _) = Prune(root, OutputWalk.Scan(root), shape, strict: true);
        return new SpareTree(root, kept, folders);
    }

    /// <summary>
    /// Makes the spare hold exactly the new site. An unchanged file already in the spare as the very
    /// same inode as the output's is left alone; other unchanged files are hard-linked from the
    /// output; changed files are written. Returns which files were (re)made.
    /// </summary>
    public bool[] Update(string target, IReadOnlyList<OutputFile> site, bool[] changed,
        Dictionary<string, (FileStamp Stamp, ulong Inode)> intact, OutputShape shape)
    {
        File.Delete(ListingOf(Root)); // from here until Adopt, the spare's content is unknown
        var index = new Dictionary<string, int>(site.Count, StringComparer.Ordinal);
        for (var i = 0; i < site.Count; i++) index[site[i].Path] = i;
        var keep = new bool[site.Count];
        var remove = new List<string>();
        foreach (var (path, inode) in files)
        {
            if (index.TryGetValue(path, out var i) && !changed[i] && inode != 0 && intact.TryGetValue(path, out var front) && front.Inode == inode)
                keep[i] = true;
            else remove.Add(path);
        }
        ParallelWrite.ForEach(remove, path => File.Delete(Combine(Root, path)));
        foreach (var folder in folders.Where(f => !shape.Folders.Contains(f))) SafeDelete.Entry(Combine(Root, folder));
        foreach (var folder in shape.Folders.Where(f => !folders.Contains(f)).OrderBy(f => f.Length))
            Directory.CreateDirectory(Combine(Root, folder));

        var made = new bool[site.Count];
        ParallelWrite.ForEach(Enumerable.Range(0, site.Count).Where(i => !keep[i]), i =>
        {
            var file = site[i];
            var destination = Combine(Root, file.Path);
            try
            {
                if (!changed[i])
                {
                    var source = Combine(target, file.Path);
                    if (!LinuxCalls.TryHardLink(source, destination)) File.Copy(source, destination);
                }
                else if (file.Bytes is { } bytes) WriteNew(destination, bytes);
                else Place(file, destination);
            }
            catch (ArgumentOutOfRangeException e)
            {
                throw FileTooLarge.Failure(file.Path, e);
            }
            made[i] = true;
        });
        return made;
    }

    /// <summary>
    /// After the exchange the old output sits where the spare was: clears from it what the new site
    /// has no place for (links, strays, empty folders) and lists the rest for the next build.
    /// </summary>
    /// <param name="oldOutput">The old output as walked before the exchange (nothing was written into it since).</param>
    public static void Adopt(string target, List<OutputEntry> oldOutput, OutputShape shape)
    {
        var root = OutputPlaces.Spare(target);
        if (FileSystem.Links.IsLink(root) || !Directory.Exists(root)) return; // the output itself was a link: that link was moved here
        var (kept, folders, complete) = Prune(root, oldOutput, shape, strict: false);
        if (complete) WriteListing(ListingOf(root), kept, folders);
    }

    private static (Dictionary<string, ulong> Files, HashSet<string> Folders, bool Complete) Prune(string root, List<OutputEntry> entries, OutputShape shape, bool strict)
    {
        var kept = new Dictionary<string, ulong>(StringComparer.Ordinal);
        var folders = new HashSet<string>(StringComparer.Ordinal);
        var complete = true;
        foreach (var entry in entries)
        {
            if (entry.Kind == EntryKind.File && shape.Fits(entry)) kept[entry.Path] = entry.Inode;
            else if (entry.Kind == EntryKind.Directory && shape.Fits(entry)) folders.Add(entry.Path);
            else if (strict) SafeDelete.Entry(Combine(root, entry.Path));
            else
            {
                try
                {
                    SafeDelete.Entry(Combine(root, entry.Path));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    complete = false; // left for the next build, which walks the spare and tries again
                }
            }
        }
        return (kept, folders, complete);
    }

    private static void WriteListing(string path, Dictionary<string, ulong> files, HashSet<string> folders)
    {
        // A name with a line break cannot be listed faithfully: then the next build walks the spare instead.
        if (files.Keys.Concat(folders).Any(p => p.Contains('\n') || p.Contains('\r'))) return;
        var temporary = path + ".tmp";
        using (var writer = new StreamWriter(temporary))
        {
            writer.WriteLine(Header);
            foreach (var folder in folders) writer.WriteLine($"d {folder}");
            foreach (var (file, inode) in files) writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"f {inode} {file}"));
        }
        File.Move(temporary, path, overwrite: true);
    }

    private static (Dictionary<string, ulong> Files, HashSet<string> Folders)? ReadListing(string path)
    {
        try
        {
            if (!File.Exists(path)) return null;
            using var reader = new StreamReader(path);
            if (reader.ReadLine() != Header) return null;
            var files = new Dictionary<string, ulong>(StringComparer.Ordinal);
            var folders = new HashSet<string>(StringComparer.Ordinal);
            while (reader.ReadLine() is { } line)
            {
                if (line.StartsWith("d ", StringComparison.Ordinal)) folders.Add(line[2..]);
                else if (line.StartsWith("f ", StringComparison.Ordinal) && line.IndexOf(' ', 2) is var space and > 2)
                    files[line[(space + 1)..]] = ulong.Parse(line.AsSpan(2, space - 2), CultureInfo.InvariantCulture);
                else return null;
            }
            return (files, folders);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>A copied file into its new name: galeri's own kept files are linked, files staged for this build moved, the rest copied.</summary>
    private static void Place(OutputFile file, string destination)
    {
        var source = file.CopyFrom!;
        switch (file.Use)
        {
            case SourceUse.Move:
                File.Move(source, destination);
                break;
            case SourceUse.HardLink when LinuxCalls.TryHardLink(source, destination):
                break;
            default:
                File.Copy(source, destination);
                break;
        }
    }

    private static string Combine(string root, string relative) => Path.Combine(root, relative);

    /// <summary>Open, write, close: the name was just freed, so there is nothing to truncate or share.</summary>
    private static void WriteNew(string path, byte[] bytes)
    {
        using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        RandomAccess.Write(handle, bytes, 0);
    }
}
