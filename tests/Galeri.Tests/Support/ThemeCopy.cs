using Galeri.Editor;
using Galeri.Search;

namespace Galeri.Tests.Support;

/// <summary>
/// A copy of the repository's theme for a test that edits it: the theme's own files and, of its
/// node_modules, only what a build publishes (the stemmer, js-yaml and Decap CMS's shipped files).
/// The whole node_modules is about 400 MB in 27,000 files; copying it made the tests that copy the
/// theme spend most of their time copying.
/// </summary>
public static class ThemeCopy
{
    public static void To(string destination)
    {
        var source = RepoPaths.Theme;
        DirectoryCopy.Copy(source, destination, path => path != "node_modules");
        var decap = EditorRuntime.DecapDist(source);
        var published = new[] { SearchRuntime.StemmerSource(source), EditorRuntime.YamlSource(source) }
            .Concat(Directory.Exists(decap) ? Directory.EnumerateFiles(decap).Where(EditorRuntime.IsShipped) : []);
        foreach (var file in published.Where(File.Exists))
        {
            var copy = Path.Combine(destination, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }
}
