using System.Diagnostics;
using System.Globalization;
using Galeri.Build;
using Galeri.Diagnostics;
using Galeri.Rendering;
using Galeri.Search;
using Galeri.Theming;

namespace Galeri.Benchmark;

/// <summary>
/// The search page of a large catalog without building all its pages: the real search phase
/// (<see cref="SearchFiles.Write(SiteModel)"/>) writes the search data of a content folder next to the
/// search page and assets (its <c>cari/</c> and <c>assets/</c>, without <c>assets/search/</c>) copied from a
/// smaller site already built, so <see cref="SearchTiming"/> can time a 50,000-entry search page in a
/// minute instead of a full build. Result links and thumbnails point at pages the folder does not hold;
/// the page's own loading and drawing are as in a full build. UI strings are the repository theme's.
/// Usage: <c>--search-files CONTENT --site BUILT --output DIR</c>.
/// </summary>
public static class SearchFilesOnly
{
    public static int Run(string content, string builtSite, string output)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var checkedContent = SiteBuilder.Check(content, null, diagnostics);
        if (checkedContent is null || diagnostics.HasErrors)
        {
            Console.Error.WriteLine($"{content}: the content has errors; run galeri check.");
            return 1;
        }
        var site = new SiteModel(checkedContent, Strings.Load(Path.Combine(FindTheme(), "i18n", "id.yml"), diagnostics));
        var read = clock.Elapsed;
        clock.Restart();
        var files = SearchFiles.Write(site);
        var searched = clock.Elapsed;
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        Copy(Path.Combine(builtSite, "cari"), Path.Combine(output, "cari"));
        foreach (var folder in Directory.GetDirectories(Path.Combine(builtSite, "assets")))
            if (Path.GetFileName(folder) is not ("search" or "bagikan")) Copy(folder, Path.Combine(output, "assets", Path.GetFileName(folder)));
        foreach (var file in files)
        {
            var path = Path.Combine(output, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Bytes!);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{checkedContent.Innovations.Count} entries: content read and checked in {read.TotalSeconds:0.0} s, search files ({files.Count}) in {searched.TotalSeconds:0.0} s → {output}"));
        return 0;
    }

    private static string FindTheme()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "GaleriInovasi.sln"))) directory = directory.Parent;
        return Path.Combine(directory?.FullName ?? Environment.CurrentDirectory, "theme");
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
        foreach (var folder in Directory.GetDirectories(from)) Copy(folder, Path.Combine(to, Path.GetFileName(folder)));
    }
}
