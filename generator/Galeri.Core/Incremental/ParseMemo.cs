using System.Collections.Concurrent;
using Galeri.Content;
using Galeri.Diagnostics;

namespace Galeri.Incremental;

/// <summary>
/// The parse phase, remembered: a file read as the same <see cref="SourceFile"/> object as last
/// time (see <see cref="SourceMemo"/>), with the same extra input, gives the same parsed object as
/// last time, and the same messages. Unchanged entries thus stay the very same objects from build
/// to build, which is what the later phases compare.
/// </summary>
public sealed class ParseMemo
{
    private readonly ConcurrentDictionary<string, Parsed> _results = new(StringComparer.Ordinal);

    /// <param name="key">Whatever else the result depends on besides the file (e.g. the entry's bundle files).</param>
    public T? Parse<T>(SourceFile file, string key, DiagnosticBag diagnostics, Func<SourceFile, DiagnosticBag, T?> parse) where T : class
    {
        if (_results.TryGetValue(file.FullPath, out var known) && ReferenceEquals(known.Source, file) && known.Key == key && known.Result is T or null)
        {
            diagnostics.AddRange(known.Diagnostics);
            return (T?)known.Result;
        }
        var (result, messages) = DiagnosticBag.Collect(own => parse(file, own));
        diagnostics.AddRange(messages);
        _results[file.FullPath] = new Parsed(file, key, result, messages);
        return result;
    }

    private sealed record Parsed(SourceFile Source, string Key, object? Result, IReadOnlyList<Diagnostic> Diagnostics);
}
