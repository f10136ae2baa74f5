using System.Globalization;
using Galeri.Diagnostics;

namespace Galeri.Entries;

/// <summary>
/// Checks an entry's folder against <see cref="BundleFiles"/>' policy, so only what may be published
/// is: every file is of a published type (an active type such as HTML is named as such), readable,
/// within the size limits, and every SVG is inert (<see cref="Media.SvgSafety"/>). Each problem is
/// reported at the file itself, line 1 (an SVG's problem at its own line), and stops the build.
/// </summary>
internal static class BundleRules
{
    public static void Check(Innovation entry, DiagnosticBag diagnostics)
    {
        long total = 0;
        HashSet<string>? named = null;
        foreach (var file in entry.BundleFiles)
        {
            if (BundleFiles.IsIgnored(file)) continue;
            var full = Path.Combine(entry.BundleDirectory, file);
            if (!BundleFiles.IsPublished(entry, file))
            {
                // A file that gambar, dokumen or dasar_hukum names with a wrong type is already reported there (image-type,
                // document-type): one mistake, one message.
                named ??= entry.Images.Select(i => i.File.Replace('\\', '/')).Concat(BundleFiles.NamedDocuments(entry)).ToHashSet(StringComparer.Ordinal);
                if (named.Contains(file)) continue;
                var extension = Path.GetExtension(file).ToLowerInvariant();
                var display = Content.SourceFileReader.DisplayPath(full);
                if (StudiTiruVocabulary.MacroExtensions.Contains(extension))
                    diagnostics.Error(display, SourcePosition.Start, "", "macro-file", extension);
                else if (BundleFiles.IsOffice(file))
                    diagnostics.Error(display, SourcePosition.Start, "", "document-unnamed", extension, file);
                else if (BundleFiles.Active.Contains(extension))
                    diagnostics.Error(display, SourcePosition.Start, "", "active-file", extension);
                else
                    diagnostics.Error(display, SourcePosition.Start, "", "file-type", extension.Length > 0 ? extension : Path.GetFileName(file), string.Join(", ", BundleFiles.Published));
                continue;
            }
            total += CheckPublished(full, Path.GetExtension(file).ToLowerInvariant(), diagnostics);
        }
        PhotoNameRules.Check(entry, diagnostics);
        if (total > BundleFiles.MaxEntryBytes)
            diagnostics.Error(entry.Source.DisplayPath, SourcePosition.Start, "", "bundle-too-large", Megabytes(total), Megabytes(BundleFiles.MaxEntryBytes));
    }

    /// <returns>The file's size, counted towards the entry's total.</returns>
    private static long CheckPublished(string full, string extension, DiagnosticBag diagnostics)
    {
        try
        {
            // Opening is the readability check: the write phase copies this very file.
            using var handle = File.OpenHandle(full);
            var length = RandomAccess.GetLength(handle);
            if (length > BundleFiles.MaxFileBytes)
                diagnostics.Error(Content.SourceFileReader.DisplayPath(full), SourcePosition.Start, "", "bundle-file-too-large", Megabytes(length), Megabytes(BundleFiles.MaxFileBytes));
            else if (extension == ".svg")
            {
                using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
                if (Media.SvgSafety.Find(stream) is { } problem)
                    diagnostics.Error(Content.SourceFileReader.DisplayPath(full), new SourcePosition(problem.Line, problem.Column), "",
                        problem.Invalid ? "svg-invalid" : "svg-unsafe", problem.What);
            }
            else if (Media.PhotoFormats.IsResizable(full) && !Media.PhotoSize.CanRead(full))
                diagnostics.Error(Content.SourceFileReader.DisplayPath(full), SourcePosition.Start, "", "photo-unreadable",
                    Path.GetFileName(full), extension.TrimStart('.').ToUpperInvariant());
            else if (Media.OfficeFileCheck.IsOffice(extension))
            {
                using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 4096);
                if (Media.OfficeFileCheck.Find(stream, extension) is { } problem)
                    diagnostics.Error(Content.SourceFileReader.DisplayPath(full), SourcePosition.Start, "",
                        problem.Macro ? "office-macro" : "office-invalid", extension, problem.What);
            }
            return length;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            diagnostics.Error(Content.SourceFileReader.DisplayPath(full), SourcePosition.Start, "", Content.ContentTree.UnreadableRule);
            return 0;
        }
    }

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture);
}
