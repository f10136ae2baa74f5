using System.CommandLine;
using Galeri.Text;

namespace Galeri.Cli;

/// <summary>
/// Which theme to use: the one named by --theme, else ./theme, else the theme shipped with the
/// tool (so an installed <c>galeri</c> works on a folder that holds only content/).
/// </summary>
public static class ThemeLocator
{
    public const string DefaultFolder = "theme";

    /// <summary>The <c>--theme</c> option of build and serve.</summary>
    public static Option<string?> Option() =>
        new("--theme") { Description = "Folder tema (default: theme, atau tema bawaan)" };

    /// <returns>True when the folder exists; otherwise says how to fix it.</returns>
    public static bool Exists(string path)
    {
        if (Directory.Exists(path)) return true;
        Console.Error.WriteLine($"galeri: folder tema \"{TerminalText.Escape(path)}\" tidak ditemukan. Gunakan --theme untuk menunjuk folder tema.");
        return false;
    }

    public static string Resolve(string? requested)
    {
        if (requested is not null) return requested;
        if (Directory.Exists(DefaultFolder)) return DefaultFolder;
        var bundled = Path.Combine(AppContext.BaseDirectory, DefaultFolder);
        return Directory.Exists(bundled) ? bundled : DefaultFolder;
    }
}
