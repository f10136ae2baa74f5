using System.IO.Enumeration;
using Galeri.Diagnostics;

namespace Galeri.Content;

/// <summary>
/// The one walk of the content folder. Content is untrusted (it comes by pull request and is built
/// next to CI's secrets), so the walk never follows a symbolic link: every link, wherever it is
/// and whatever it points to, is reported as an error and left out, and nothing outside the
/// content folder is ever listed or read. A folder that cannot be listed is reported too, instead
/// of stopping the build with a stack trace.
/// </summary>
internal sealed class ContentTree
{
    public const string SymlinkRule = "symlink";
    public const string UnreadableRule = "unreadable";

    /// <summary>
    /// A problem of the machine, not of the content: a file or folder that could not be read. The
    /// command line exits 3 (I/O failure) for these, as for a failed write, instead of 1.
    /// </summary>
    public static bool IsReadFailure(Diagnostic diagnostic) => diagnostic.Rule == UnreadableRule;

    private ContentTree(List<(string Path, long Length, long Ticks)> files, List<string> folders, HashSet<string> refused)
    {
        Files = files;
        Folders = folders;
        Refused = refused;
    }

    /// <summary>Every regular file: path relative to the root, '/'-separated, with its size and modification time.</summary>
    public IReadOnlyList<(string Path, long Length, long Ticks)> Files { get; }

    /// <summary>Every real folder (not a link), relative to the root, '/'-separated.</summary>
    public IReadOnlyList<string> Folders { get; }

    /// <summary>Paths already reported (links, unreadable folders), or not walked on purpose: the reader must not report them as missing.</summary>
    public IReadOnlySet<string> Refused { get; }

    /// <param name="descend">Which folders (relative, '/'-separated) to walk into; a folder left out is listed as
    /// <see cref="Refused"/> without a message (<c>galeri check PATH</c> needs no other entry's files). All when null.</param>
    public static ContentTree Walk(string root, DiagnosticBag diagnostics, Func<string, bool>? descend = null)
    {
        var files = new List<(string, long, long)>();
        var folders = new List<string>();
        var refused = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push("");
        while (pending.Count > 0)
        {
            var relative = pending.Pop();
            var folder = relative.Length == 0 ? root : Path.Combine(root, relative);
            List<Item> items;
            try
            {
                items = [.. List(folder)];
            }
            catch (DirectoryNotFoundException)
            {
                continue; // removed while walking (serve): the next walk sees the new state
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                Refuse(relative, UnreadableRule);
                continue;
            }
            foreach (var item in items)
            {
                var path = relative.Length == 0 ? item.Name : relative + "/" + item.Name;
                if (item.IsLink) Refuse(path, SymlinkRule);
                else if (item.IsDirectory)
                {
                    folders.Add(path);
                    if (descend is null || descend(path)) pending.Push(path);
                    else refused.Add(path);
                }
                else files.Add((path, item.Length, item.Ticks));
            }
        }
        files.Sort((a, b) => string.CompareOrdinal(a.Item1, b.Item1));
        folders.Sort(StringComparer.Ordinal);
        return new ContentTree(files, folders, refused);

        void Refuse(string relative, string rule)
        {
            refused.Add(relative);
            var full = relative.Length == 0 ? root : Path.Combine(root, relative);
            diagnostics.Error(SourceFileReader.DisplayPath(full), SourcePosition.Start, "", rule);
        }
    }

    /// <summary>
    /// One folder's entries. The link test comes from the directory entry itself (lstat), before
    /// anything looks at what a link points to; a regular file's size and time come from the same walk.
    /// </summary>
    private static FileSystemEnumerable<Item> List(string folder) =>
        new(folder, (ref FileSystemEntry e) =>
            FileSystem.Links.IsLink(ref e)
                ? new Item(e.FileName.ToString(), IsLink: true, IsDirectory: false, 0, 0)
                : e.IsDirectory
                    ? new Item(e.FileName.ToString(), IsLink: false, IsDirectory: true, 0, 0)
                    : new Item(e.FileName.ToString(), IsLink: false, IsDirectory: false, e.Length, e.LastWriteTimeUtc.UtcTicks),
            new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false, ReturnSpecialDirectories = false });

    private readonly record struct Item(string Name, bool IsLink, bool IsDirectory, long Length, long Ticks);
}
