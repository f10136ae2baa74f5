using Galeri.Diagnostics;

namespace Galeri.Cli;

/// <summary>
/// The text report of <c>galeri check</c>, for a writer who just added or changed an entry: the
/// problems of their own files first and in full (files with errors, or else the file saved last),
/// then one line per other file that only has warnings, instead of a wall that buries their errors.
/// <c>--all</c> (or naming the files to check) shows everything in full.
/// </summary>
public static class CheckReport
{
    private const int ExcerptLength = 90;

    public static void Print(IReadOnlyList<Diagnostic> diagnostics, TextWriter writer, string language, bool all)
    {
        var files = diagnostics.GroupBy(d => d.File, StringComparer.Ordinal).ToList();
        var own = files.Where(f => f.Any(d => d.Severity == Severity.Error)).ToList();
        if (own.Count == 0 && files.Count > 0) own = [files.OrderByDescending(f => LastWrite(f.Key)).First()];
        if (all || files.Count <= 1)
        {
            DiagnosticPrinter.Print(diagnostics, writer, language);
            return;
        }
        // The file saved last first: it is most likely the one being worked on.
        foreach (var file in own.OrderByDescending(f => LastWrite(f.Key)).ThenBy(f => f.Key, StringComparer.Ordinal))
            DiagnosticPrinter.Print([.. file], writer, language);
        var others = files.Except(own).ToList();
        if (others.Count == 0) return;
        var count = others.Sum(f => f.Count());
        writer.WriteLine(language == "en"
            ? $"Also {count} warnings in {others.Count} other files (see them all with --all):"
            : $"Selain itu {count} peringatan di {others.Count} berkas lain (lihat semuanya dengan --all):");
        foreach (var file in others)
        {
            var first = file.First();
            var message = first.Message(language);
            if (message.Length > ExcerptLength) message = message[..ExcerptLength].TrimEnd() + "…";
            writer.WriteLine(language == "en"
                ? $"  {file.Key}: {file.Count()} warnings, e.g. line {first.Line}: {message}"
                : $"  {file.Key}: {file.Count()} peringatan, misalnya baris {first.Line}: {message}");
        }
    }

    private static DateTime LastWrite(string displayPath)
    {
        try
        {
            return File.GetLastWriteTimeUtc(displayPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return DateTime.MinValue;
        }
    }
}
