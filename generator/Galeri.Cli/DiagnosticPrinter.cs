using Galeri.Diagnostics;

namespace Galeri.Cli;

public static class DiagnosticPrinter
{
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, TextWriter writer, string language = "id")
    {
        foreach (var diagnostic in diagnostics) writer.WriteLine(diagnostic.ToString(language));
    }
}
