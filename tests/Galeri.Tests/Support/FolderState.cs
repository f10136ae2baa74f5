using System.Security.Cryptography;
using System.Text;

namespace Galeri.Tests.Support;

/// <summary>
/// One hash of everything under a folder: every name (file, folder — empty ones too — or link, with
/// its target) and every file's bytes. Two folders with the same hash look the same to any reader.
/// Links are described, never followed.
/// </summary>
public static class FolderState
{
    public static string Hash(string root)
    {
        var lines = new List<string>();
        var pending = new Stack<string>([root]);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            foreach (var path in Directory.EnumerateFileSystemEntries(folder))
            {
                var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
                var info = new FileInfo(path);
                if (info.LinkTarget is { } target) lines.Add($"link {relative} -> {target}");
                else if (Directory.Exists(path))
                {
                    lines.Add($"folder {relative}");
                    pending.Push(path);
                }
                else lines.Add($"file {relative} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)))}");
            }
        }
        lines.Sort(StringComparer.Ordinal);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))));
    }

    /// <summary>Names anywhere under <paramref name="root"/> that a build may only have while it runs.</summary>
    public static IEnumerable<string> Temporaries(string root) =>
        Directory.EnumerateFileSystemEntries(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Where(p => p.EndsWith(".galeri-baru", StringComparison.Ordinal) || p.EndsWith(".tmp", StringComparison.Ordinal) || Path.GetFileName(p).Contains(".tmp-", StringComparison.Ordinal));
}
