using System.Collections.Concurrent;

namespace Galeri.Incremental;

/// <summary>
/// Which files of a cache folder (drawn share images, resized photos) this build used, so the
/// folder holds one build's files rather than every version ever made.
/// </summary>
internal sealed class KeptFileUse
{
    private readonly ConcurrentDictionary<string, bool> _used = new(StringComparer.Ordinal);

    public void Mark(string path) => _used[path] = true;

    /// <summary>Deletes the files in <paramref name="folder"/> no one marked since the last prune; a file that can't be deleted waits for the next one.</summary>
    public void Prune(string? folder)
    {
        if (folder is null || !Directory.Exists(folder)) return;
        foreach (var path in Directory.EnumerateFiles(folder))
        {
            if (_used.ContainsKey(path)) continue;
            try
            {
                File.Delete(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }
        _used.Clear();
    }
}
