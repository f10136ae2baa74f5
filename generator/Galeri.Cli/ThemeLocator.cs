namespace Galeri.Cli;

/// <summary>
/// Which theme to use: the one named by --theme, else ./theme, else the theme shipped with the
/// tool (so an installed <c>galeri</c> works on a folder that holds only content/).
/// </summary>
public static class ThemeLocator
{
    public const string DefaultFolder = "theme";

    public static string Resolve(string? requested)
    {
        if (requested is not null) return requested;
        if (Directory.Exists(DefaultFolder)) return DefaultFolder;
        var bundled = Path.Combine(AppContext.BaseDirectory, DefaultFolder);
        return Directory.Exists(bundled) ? bundled : DefaultFolder;
    }
}
