namespace Galeri.Build;

/// <param name="BaseUrl">Overrides <c>base_url</c> from site.yml (for publishing the same content elsewhere).</param>
public sealed record BuildOptions(string ContentDirectory, string ThemeDirectory, string OutputDirectory, string? BaseUrl = null)
{
    /// <summary>Ignore the build cache (<c>.galeri-cache/</c>): read, render and write everything.</summary>
    public bool Clean { get; init; }

    /// <summary>Told of each phase and of counts within long phases; null for no progress reports.</summary>
    public IProgress<BuildProgress>? Progress { get; init; }
}
