using System.CommandLine;
using Galeri.Text;

namespace Galeri.Cli;

/// <summary>The <c>--content</c> option every command shares, and its one check and message.</summary>
public static class ContentFolder
{
    public static Option<string> Option() =>
        new("--content") { Description = "Folder konten (default: content)", DefaultValueFactory = _ => "content" };

    /// <returns>True when the folder exists; otherwise says how to fix it.</returns>
    public static bool Exists(string path, string language = "id")
    {
        if (Directory.Exists(path)) return true;
        Console.Error.WriteLine(language == "en"
            ? $"galeri: content folder \"{TerminalText.Escape(path)}\" not found. Use --content to point at it."
            : $"galeri: folder konten \"{TerminalText.Escape(path)}\" tidak ditemukan. Gunakan --content untuk menunjuk folder konten.");
        return false;
    }
}
