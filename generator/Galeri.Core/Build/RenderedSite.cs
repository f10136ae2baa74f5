using Galeri.Output;

namespace Galeri.Build;

/// <summary>A finished site held in memory: every file, by site path.</summary>
public sealed record RenderedSite(IReadOnlyList<OutputFile> Files, int Pages, int Entries, IReadOnlyList<(string Phase, TimeSpan Elapsed)> Phases)
{
    private readonly Lazy<IReadOnlyDictionary<string, OutputFile>> _byPath =
        new(() => Files.ToDictionary(f => f.Path, StringComparer.Ordinal));

    /// <summary>Pages rendered by this build; the rest were unchanged since the session's last build and reused.</summary>
    public int PagesRendered { get; init; }

    public OutputFile? Find(string path) => _byPath.Value.GetValueOrDefault(path);
}
