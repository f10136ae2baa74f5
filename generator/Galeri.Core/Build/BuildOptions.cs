namespace Galeri.Build;

/// <param name="BaseUrl">Overrides <c>base_url</c> from site.yml (for publishing the same content elsewhere).</param>
public sealed record BuildOptions(string ContentDirectory, string ThemeDirectory, string OutputDirectory, string? BaseUrl = null);
