using System.Collections.Concurrent;
using Galeri.Content;
using Galeri.Diagnostics;

namespace Galeri.Incremental;

/// <summary>
/// The read phase, remembered: a file whose size and modification time have not changed since it
/// was last read is not read again; its text (the same object as before) and the messages its
/// reading gave are reused. The same <see cref="SourceFile"/> object is what lets
/// <see cref="ParseMemo"/> skip parsing it.
/// </summary>
public sealed class SourceMemo
{
    private readonly ConcurrentDictionary<string, Read> _files = new(StringComparer.Ordinal);

    public SourceFile? ReadFile(string contentRoot, string fullPath, DiagnosticBag diagnostics)
    {
        var info = new FileInfo(fullPath);
        var stamp = info.Exists ? (info.Length, info.LastWriteTimeUtc.Ticks) : (-1, 0);
        if (stamp.Item1 >= 0 && _files.TryGetValue(fullPath, out var known) && known.Stamp == stamp)
        {
            diagnostics.AddRange(known.Diagnostics);
            return known.File;
        }
        var own = new DiagnosticBag();
        var file = SourceFileReader.Read(contentRoot, fullPath, own);
        var messages = own.Snapshot();
        diagnostics.AddRange(messages);
        if (stamp.Item1 >= 0) _files[fullPath] = new Read(stamp, file, messages);
        else _files.TryRemove(fullPath, out _);
        return file;
    }

    /// <summary>Forgets files a watcher saw change, so they are read again even if size and time look the same.</summary>
    public void Forget(IEnumerable<string> fullPaths)
    {
        foreach (var path in fullPaths) _files.TryRemove(Path.GetFullPath(path), out _);
    }

    private sealed record Read((long Length, long Ticks) Stamp, SourceFile? File, IReadOnlyList<Diagnostic> Diagnostics);
}
