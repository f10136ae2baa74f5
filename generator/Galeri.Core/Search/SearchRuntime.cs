using Galeri.Output;

namespace Galeri.Search;

/// <summary>
/// The browser side of search that comes from a package, published with the site: the Indonesian
/// Snowball stemmer (npm <c>@orama/stemmers</c>) from the theme's node_modules (installed by building
/// the tool; no CDN). It ships as CommonJS; it is wrapped into a plain script that sets
/// <c>window.GaleriStemmerId</c>, because ES modules do not load from file://. The search itself
/// (assets/js/search.js) reads the split index the build writes (<see cref="SearchFiles"/>) and needs no
/// search library: lunr, which read the former single index, is no longer shipped.
/// </summary>
internal static class SearchRuntime
{
    public const string StemmerPath = "assets/vendor/stemmer-id.js";
    public const string StemmerGlobal = "GaleriStemmerId";

    public static string StemmerSource(string themeRoot) => Path.Combine(themeRoot, "node_modules", "@orama", "stemmers", "dist", "id.cjs");

    /// <returns>The files, or an empty list when the theme has no node_modules (the caller reports it).</returns>
    public static IReadOnlyList<OutputFile> Files(string themeRoot)
    {
        var stemmer = StemmerSource(themeRoot);
        if (!File.Exists(stemmer)) return [];
        return [OutputFile.FromText(StemmerPath, WrapStemmer(File.ReadAllText(stemmer)))];
    }

    /// <summary>A CommonJS module as a classic script: runs it with its own module object and exposes its stemmer.</summary>
    public static string WrapStemmer(string commonJs) =>
        "/* @orama/stemmers (Indonesian, Snowball) — wrapped for <script> use by galeri build. */\n" +
        "(function (root) {\n  var module = { exports: {} }, exports = module.exports;\n" +
        commonJs +
        $"\n  root.{StemmerGlobal} = module.exports.stemmer;\n}})(typeof window !== 'undefined' ? window : this);\n";
}
