using Galeri.Diagnostics;
using Galeri.Output;

namespace Galeri.Build;

/// <summary>
/// Refuses output folders a build must never replace: no usable name, the file system root, the
/// home or working folder or one that holds them, anything inside a build cache (it would publish
/// the cache), the content or theme folder or one that holds them, and a non-empty folder galeri
/// did not make. Checked before any work is done.
/// </summary>
internal static class OutputGuard
{
    public static void Check(BuildOptions options, DiagnosticBag diagnostics)
    {
        if (Refusal(options.OutputDirectory) is { } refused)
        {
            diagnostics.Error(options.OutputDirectory, SourcePosition.Start, "--output", refused.Rule, refused.Args);
            return;
        }
        var output = Normalize(options.OutputDirectory);
        foreach (var (input, name) in new[] { (options.ContentDirectory, "--content"), (options.ThemeDirectory, "--theme") })
        {
            var path = Normalize(input);
            if (Contains(output, path) || Contains(path, output))
                diagnostics.Error(options.OutputDirectory, SourcePosition.Start, "--output", "output-overlaps", name);
        }
        try
        {
            OutputMarker.EnsureReplaceable(output.TrimEnd('/'));
        }
        catch (OutputFolderException)
        {
            diagnostics.Error(options.OutputDirectory, SourcePosition.Start, "--output", "output-foreign");
        }
    }

    /// <summary>
    /// Why <paramref name="output"/> can never be an output folder, whatever it holds: a mistake on the
    /// command line (exit 2), found without touching the disk. Null when the path itself is acceptable.
    /// </summary>
    public static (string Rule, string[] Args)? Refusal(string output)
    {
        string full;
        try
        {
            if (string.IsNullOrWhiteSpace(output)) return ("output-invalid", [output]);
            full = Normalize(output);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return ("output-invalid", [output]); // a NUL character, an impossible path
        }
        if (full.Split('/').Contains(OutputPlaces.CacheFolderName)) return ("output-in-cache", [output]);
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        // Replacing the output swaps the whole folder: never one that holds the root, the user's home or the working folder.
        foreach (var precious in new[] { "/", home, Environment.CurrentDirectory })
            if (precious.Length > 0 && Contains(full, Normalize(precious))) return ("output-system-folder", [output]);
        return null;
    }

    /// <summary>The refusal's text in Bahasa Indonesia, for the command line; null when there is none.</summary>
    public static string? RefusalMessage(string output) =>
        Refusal(output) is { } refused ? DiagnosticMessages.Format(refused.Rule, refused.Args, "id") : null;

    private static string Normalize(string path) => Path.GetFullPath(path).TrimEnd('/') + "/";

    private static bool Contains(string outer, string inner) => inner.StartsWith(outer, StringComparison.Ordinal);
}
