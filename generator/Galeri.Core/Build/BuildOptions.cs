namespace Galeri.Build;

/// <param name="BaseUrl">Overrides <c>base_url</c> from site.yml (for publishing the same content elsewhere).</param>
public sealed record BuildOptions(string ContentDirectory, string ThemeDirectory, string OutputDirectory, string? BaseUrl = null)
{
    /// <summary>Ignore the build cache (<c>.galeri-cache/</c>): read, render and write everything.</summary>
    public bool Clean { get; init; }

    /// <summary>Told of each phase and of counts within long phases; null for no progress reports.</summary>
    public IProgress<BuildProgress>? Progress { get; init; }

    /// <summary>
    /// What is wrong with the options themselves, found without touching the disk: a base URL that is
    /// not a full address, an output folder that can never be one. A mistake on the command line, in
    /// Bahasa Indonesia; null when there is none.
    /// </summary>
    public string? Mistake() =>
        BaseUrl is { } url && !Yaml.FieldReader.IsBaseUrl(url)
            ? $"--base-url \"{Text.TerminalText.Escape(url)}\" harus alamat lengkap yang diawali https:// atau http://, tanpa nama pengguna, tanpa '//' di jalurnya, tanpa ? atau #."
            : OutputGuard.RefusalMessage(OutputDirectory);
}
