namespace Galeri.Output;

/// <summary>
/// Removes a name and, for a real folder, everything under it — never following a symbolic link: a
/// link (to a file or a folder, inside or outside) is removed itself and its target left alone.
/// </summary>
internal static class SafeDelete
{
    public static void Entry(string path)
    {
        FileAttributes attributes;
        try
        {
            attributes = File.GetAttributes(path); // of the link itself when path is a link
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return;
        }
        if ((attributes & FileAttributes.ReparsePoint) != 0 || (attributes & FileAttributes.Directory) == 0) File.Delete(path);
        else Directory.Delete(path, recursive: true); // .NET removes links met inside a folder as links, without entering them
    }

    /// <summary>As <see cref="Entry"/>, but a failure only leaves a harmless leftover that the next build removes.</summary>
    public static void TryEntry(string path)
    {
        try
        {
            Entry(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
