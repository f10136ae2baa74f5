namespace Galeri.Tests.Support;

public static class DirectoryCopy
{
    public static void Copy(string source, string destination) => Copy(source, destination, _ => true);

    /// <param name="include">Given each folder's and file's '/'-separated path relative to <paramref name="source"/>; a folder left out is not entered.</param>
    public static void Copy(string source, string destination, Func<string, bool> include) => Copy(source, destination, "", include);

    private static void Copy(string source, string destination, string prefix, Func<string, bool> include)
    {
        Directory.CreateDirectory(destination);
        foreach (var directory in Directory.EnumerateDirectories(source))
        {
            var name = Path.GetFileName(directory);
            if (include(prefix + name)) Copy(directory, Path.Combine(destination, name), prefix + name + "/", include);
        }
        foreach (var file in Directory.EnumerateFiles(source))
        {
            var name = Path.GetFileName(file);
            if (include(prefix + name)) File.Copy(file, Path.Combine(destination, name), overwrite: true);
        }
    }

    /// <summary>Every file under a folder with its bytes, keyed by '/'-separated relative path.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string root) =>
        new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes),
            StringComparer.Ordinal);
}
