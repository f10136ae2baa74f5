using System.Diagnostics;

namespace Galeri.Output;

/// <summary>
/// Files under one folder of the site that are made after the pages, once (<c>galeri serve</c>'s search
/// data: a rebuild after a save shows the edited page first, and the index follows). Whoever asks for one
/// of them first, the server once the browsers have been told to reload or a browser, makes them all;
/// a second asker waits for the first.
/// </summary>
/// <param name="folder">The site folder they are in, '/'-terminated: every file made must be under it.</param>
internal sealed class DeferredFiles(string folder, Func<IReadOnlyList<OutputFile>> make)
{
    private readonly Lazy<(IReadOnlyDictionary<string, OutputFile> ByPath, TimeSpan Elapsed)> _made = new(() =>
    {
        var clock = Stopwatch.StartNew();
        var files = make();
        if (files.FirstOrDefault(f => !f.Path.StartsWith(folder, StringComparison.Ordinal)) is { } stray)
            throw new InvalidOperationException($"{stray.Path} is not under {folder}");
        return (files.ToDictionary(f => f.Path, StringComparer.Ordinal), clock.Elapsed);
    });

    /// <summary>Makes the files now unless they have been made.</summary>
    /// <returns>How long making them took.</returns>
    public TimeSpan Make() => _made.Value.Elapsed;

    public OutputFile? Find(string path) =>
        path.StartsWith(folder, StringComparison.Ordinal) ? _made.Value.ByPath.GetValueOrDefault(path) : null;
}
