using Galeri.Output;

namespace Galeri.Editor;

/// <summary>
/// The editor's browser files, published only under <c>admin/</c>: the theme's page and script
/// (<c>theme/admin/</c>), Decap CMS (npm <c>decap-cms</c>: its bundle and the chunks and WebAssembly
/// it loads on demand, beside it) and js-yaml (npm <c>js-yaml</c>, for the list files), both from the
/// theme's node_modules (installed by building the tool; no CDN). Galeri.Cli.csproj ships the same
/// files with the tool.
/// </summary>
internal static class EditorRuntime
{
    public const string Folder = "admin";
    public const string ConfigPath = Folder + "/config.yml";

    public static string DecapDist(string themeRoot) => Path.Combine(themeRoot, "node_modules", "decap-cms", "dist");

    public static string YamlSource(string themeRoot) => Path.Combine(themeRoot, "node_modules", "js-yaml", "dist", "browser", "js-yaml.umd.min.js");

    /// <summary>The theme's own files of the editor page.</summary>
    public static string ThemeFolder(string themeRoot) => Path.Combine(themeRoot, Folder);

    /// <returns>The files (without config.yml), or an empty list when a package or the theme's admin/ folder is missing (the caller reports it).</returns>
    public static IReadOnlyList<OutputFile> Files(string themeRoot)
    {
        var dist = DecapDist(themeRoot);
        var yaml = YamlSource(themeRoot);
        var page = ThemeFolder(themeRoot);
        if (!File.Exists(Path.Combine(dist, "decap-cms.js")) || !File.Exists(yaml) || !File.Exists(Path.Combine(page, "index.html"))) return [];
        var files = new List<OutputFile>();
        foreach (var file in Directory.EnumerateFiles(page).Order(StringComparer.Ordinal))
            files.Add(OutputFile.Copy(Folder + "/" + Path.GetFileName(file), file));
        foreach (var file in Directory.EnumerateFiles(dist).Where(IsShipped).Order(StringComparer.Ordinal))
            files.Add(OutputFile.Copy(Folder + "/" + Path.GetFileName(file), file));
        files.Add(OutputFile.Copy(Folder + "/js-yaml.min.js", yaml));
        return files;
    }

    /// <summary>decap-cms.js, its licence notice, the chunks it loads (n.decap-cms.js) and their WebAssembly; not the source maps or the second copy (cms.js).</summary>
    public static bool IsShipped(string path)
    {
        var name = Path.GetFileName(path);
        return name is "decap-cms.js" or "decap-cms.js.LICENSE.txt"
            || name.EndsWith(".decap-cms.js", StringComparison.Ordinal)
            || name.EndsWith(".wasm", StringComparison.Ordinal);
    }
}
