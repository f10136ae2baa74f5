using Galeri.Diagnostics;
using Galeri.Output;

namespace Galeri.Build;

/// <summary>
/// Refuses output folders a build must never replace: the content or theme folder, a folder that
/// holds them, or a non-empty folder galeri did not make. Checked before any work is done.
/// </summary>
public static class OutputGuard
{
    public static void Check(BuildOptions options, DiagnosticBag diagnostics)
    {
        var output = Normalize(options.OutputDirectory);
        foreach (var (input, name) in new[] { (options.ContentDirectory, "--content"), (options.ThemeDirectory, "--theme") })
        {
            var path = Normalize(input);
            if (Contains(output, path) || Contains(path, output))
                diagnostics.Error(options.OutputDirectory, SourcePosition.Start, "--output", "output-overlaps", name);
        }
        try
        {
            AtomicOutputWriter.EnsureReplaceable(output.TrimEnd('/'));
        }
        catch (OutputFolderException)
        {
            diagnostics.Error(options.OutputDirectory, SourcePosition.Start, "--output", "output-foreign");
        }
    }

    private static string Normalize(string path) => Path.GetFullPath(path).TrimEnd('/') + "/";

    private static bool Contains(string outer, string inner) => inner.StartsWith(outer, StringComparison.Ordinal);
}
