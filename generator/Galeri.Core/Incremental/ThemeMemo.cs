using System.IO.Hashing;
using Fluid;
using Galeri.Diagnostics;
using Galeri.Theming;

namespace Galeri.Incremental;

/// <summary>
/// The theme, loaded again only when one of its template or string files changed. Its fingerprint
/// is taken of the files' contents, so it is part of every page's fingerprint: a changed layout
/// re-renders every page, a changed stylesheet (copied, not rendered) re-renders none.
/// </summary>
internal sealed class ThemeMemo
{
    private static readonly string[] RenderedFolders = ["layouts", "partials", "i18n"];

    private (UInt128 Fingerprint, string Language, Theme Theme)? _last;

    public Theme Load(string themeRoot, string language, FluidParser parser, DiagnosticBag diagnostics, out UInt128 fingerprint)
    {
        fingerprint = Fingerprint(themeRoot);
        if (_last is { } last && last.Fingerprint == fingerprint && last.Language == language) return last.Theme;
        var (theme, messages) = DiagnosticBag.Collect(own => Theme.Load(themeRoot, language, parser, own));
        diagnostics.AddRange(messages);
        _last = messages.Any(m => m.Severity == Severity.Error) ? null : (fingerprint, language, theme);
        return theme;
    }

    /// <summary>The contents of every file a template can see: layouts, partials and UI strings.</summary>
    public static UInt128 Fingerprint(string themeRoot)
    {
        var root = Path.GetFullPath(themeRoot);
        var hash = new XxHash128();
        foreach (var folder in RenderedFolders)
        {
            var path = Path.Combine(root, folder);
            if (!Directory.Exists(path)) continue;
            foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                hash.Append(System.Text.Encoding.UTF8.GetBytes(Path.GetRelativePath(root, file) + "\n"));
                hash.Append(File.ReadAllBytes(file));
            }
        }
        return hash.GetCurrentHashAsUInt128();
    }
}
