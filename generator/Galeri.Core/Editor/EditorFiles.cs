using Galeri.Content;
using Galeri.Diagnostics;
using Galeri.Output;
using Galeri.Theming;

namespace Galeri.Editor;

/// <summary>The <c>admin/</c> folder of the site: the web editor, when site.yml has an <c>editor:</c> section or <c>galeri serve --editor</c> asks for it.</summary>
internal static class EditorFiles
{
    /// <param name="localProxyUrl">decap-server's address under <c>galeri serve --editor</c>; null for the published site.</param>
    public static IReadOnlyList<OutputFile> Write(SiteContent content, Theme theme, string? localProxyUrl, string contentDirectory, DiagnosticBag diagnostics)
    {
        EditorBackend? backend = localProxyUrl is not null
            ? new EditorBackend.Local(localProxyUrl, Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentDirectory))))
            : content.Site.Editor is { } settings ? new EditorBackend.GitHub(settings) : null;
        if (backend is null) return [];
        var runtime = EditorRuntime.Files(theme.Root);
        if (runtime.Count == 0)
        {
            diagnostics.Error(SourceFileReader.DisplayPath(Path.Combine(theme.Root, "package.json")), SourcePosition.Start, "", "editor-runtime-missing");
            return [];
        }
        var siteUrl = localProxyUrl is null ? content.Site.BaseUrl ?? "/" : "/";
        return [.. runtime, OutputFile.FromText(EditorRuntime.ConfigPath, DecapConfig.Yaml(backend, siteUrl, Vocabulary(content, theme.Strings)))];
    }

    public static EditorVocabulary Vocabulary(SiteContent content, Strings strings) => new(strings, new Dictionary<string, IReadOnlyList<EditorOption>>(StringComparer.Ordinal)
    {
        ["opd"] = [.. content.Opds.Select(o => new EditorOption(o.Code, o.Name))],
        ["urusan"] = [.. content.Urusan.Select(u => new EditorOption(u.Code, u.Group is null ? u.Name : $"{u.Name} ({u.Group})"))],
        ["inovasi"] = [.. content.Innovations.Select(i => new EditorOption(i.Slug, i.Name))],
    });
}
