using System.IO.Enumeration;

namespace Galeri.FileSystem;

/// <summary>
/// The one test both walks (content and output), the spare tree and serve's no-walk path use to never follow a symbolic link: the directory
/// entry's own attributes (lstat), read before anything looks at what a link points to.
/// </summary>
internal static class Links
{
    public static bool IsLink(ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0;

    /// <summary>Whether the name itself is a symbolic link (to a file or a folder, present or not).</summary>
    public static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;
}
