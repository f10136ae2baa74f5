using Galeri.Output;

namespace Galeri.Build;

/// <summary>A finished site held in memory: every file, by site path.</summary>
/// <param name="Files">Every file, except under <c>galeri serve</c> those <see cref="Deferred"/>.</param>
public sealed record RenderedSite(IReadOnlyList<OutputFile> Files, int Pages, int Entries, IReadOnlyList<(string Phase, TimeSpan Elapsed)> Phases)
{
    private readonly Lazy<IReadOnlyDictionary<string, OutputFile>> _byPath =
        new(() => Files.ToDictionary(f => f.Path, StringComparer.Ordinal));

    /// <summary>Pages rendered by this build; the rest were unchanged since the session's last build and reused.</summary>
    public int PagesRendered { get; init; }

    /// <summary>Entries whose search analysis this build made anew; the others' were kept (not counted when the search data is <see cref="Deferred"/>).</summary>
    public int SearchAnalysed { get; init; }

    /// <summary>Entries whose front matter or body this build read as YAML and Markdown anew; the others' readings were kept (<see cref="Incremental.SyntaxStore"/>, <c>galeri build</c> only).</summary>
    public int EntriesRead { get; init; }

    /// <summary>Whether this build walked the whole content folder; under <c>galeri serve</c> a save of known files reads only those.</summary>
    public bool ContentWalked { get; init; }

    /// <summary>Under <c>galeri serve</c>: the search data, made after the pages (see <see cref="MakeDeferred"/>).</summary>
    internal DeferredFiles? Deferred { get; init; }

    /// <summary>A file by its site path; a deferred one is made first if it has not been.</summary>
    public OutputFile? Find(string path) => _byPath.Value.GetValueOrDefault(path) ?? Deferred?.Find(path);

    /// <summary>Makes the files left for after the pages (<c>galeri serve</c> calls it once the browsers reload).</summary>
    /// <returns>The phase it ran, or none when nothing was deferred.</returns>
    public IReadOnlyList<(string Phase, TimeSpan Elapsed)> MakeDeferred() => Deferred is { } deferred ? [("search", deferred.Make())] : [];
}
