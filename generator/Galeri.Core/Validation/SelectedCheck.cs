using Galeri.Content;
using Galeri.Diagnostics;

namespace Galeri.Validation;

/// <summary>
/// <c>galeri check PATH...</c>: only the given entry, visit and page files (or the files in the
/// given folders) are parsed and checked, with the references they need (site.yml, opd.yml,
/// urusan.yml, the names of the entry folders), for editors and pre-commit hooks. Problems of other
/// files are not reported; errors of the reference files are, since the check depends on them.
/// </summary>
internal static class SelectedCheck
{
    /// <param name="selection">Full paths of files or folders inside <paramref name="contentRoot"/>.</param>
    public static void Run(string contentRoot, IReadOnlyList<string> selection, DiagnosticBag diagnostics)
    {
        var root = Path.GetFullPath(contentRoot);
        var selected = selection.Select(p => Path.TrimEndingDirectorySeparator(Path.GetFullPath(p))).ToList();
        bool Chosen(string fullPath) => selected.Any(s => fullPath == s || fullPath.StartsWith(s + Path.DirectorySeparatorChar, StringComparison.Ordinal));

        var all = new DiagnosticBag();
        var files = ContentReader.Read(root, all, include: Chosen);
        var content = ContentParser.Parse(files, null, all);
        if (content is not null) ContentValidator.Validate(content, all);

        var references = new[] { files.Site, files.Opds, files.Urusan }.OfType<SourceFile>().Select(f => f.DisplayPath).ToHashSet(StringComparer.Ordinal);
        var shown = selected.Select(SourceFileReader.DisplayPath).ToList();
        bool Shown(Diagnostic d) => shown.Any(s => d.File == s || d.File.StartsWith(s + "/", StringComparison.Ordinal) || s == ".")
                                    || (references.Contains(d.File) && d.Severity == Severity.Error);
        diagnostics.AddRange([.. all.Sorted().Where(Shown)]);
    }
}
