using Galeri.Diagnostics;
using Galeri.Text;

namespace Galeri.Entries;

/// <summary>
/// What the studi tiru fields must mean: each <c>dokumen</c> item points somewhere (a file or a
/// link, not both), each <c>dasar_hukum</c> item at most one of them, and a named file is inside the
/// entry folder, of a document type, and there. Sizes, magic bytes and macros are the bundle policy's
/// (<see cref="BundleRules"/>), which checks every published file.
/// </summary>
internal static class DocumentRules
{
    public static void Check(Innovation entry, DiagnosticBag diagnostics)
    {
        var file = entry.Source.DisplayPath;
        foreach (var document in entry.Documents)
        {
            if (document.File is null && document.Url is null)
                diagnostics.Error(file, document.Position, document.FieldName, "document-target-missing", document.Title);
            CheckTarget(entry, document.File, document.Url, document.Position, document.FieldName, diagnostics);
        }
        foreach (var basis in entry.LegalBases)
            CheckTarget(entry, basis.File, basis.Url, basis.Position, basis.FieldName, diagnostics);
    }

    private static void CheckTarget(Innovation entry, string? name, string? url, SourcePosition position, string field, DiagnosticBag diagnostics)
    {
        if (name is null) return;
        var file = entry.Source.DisplayPath;
        if (url is not null)
        {
            diagnostics.Error(file, position, field, "document-target-both");
            return;
        }
        var path = name.Replace('\\', '/');
        if (path.StartsWith('/') || Path.IsPathRooted(path) || path.Split('/').Contains("..") || path.Contains(':'))
        {
            diagnostics.Error(file, position, field, "document-path", name);
            return;
        }
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (StudiTiruVocabulary.MacroExtensions.Contains(extension))
        {
            diagnostics.Error(file, position, field, "macro-file", extension);
            return;
        }
        if (!StudiTiruVocabulary.DocumentExtensions.Contains(extension))
        {
            diagnostics.Error(file, position, field, "document-type", name, string.Join(", ", StudiTiruVocabulary.DocumentExtensions));
            return;
        }
        if (!entry.BundleFiles.Contains(path, StringComparer.Ordinal))
            diagnostics.Error(file, position, field, "document-missing", name,
                Suggestions.Closest(path, entry.BundleFiles.Where(f => !BundleFiles.IsIgnored(f))) ?? "");
    }
}
