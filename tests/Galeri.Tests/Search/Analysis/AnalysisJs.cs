using System.Text.Json;
using Galeri.Search;
using Galeri.Tests.Support;
using Jint;

namespace Galeri.Tests.Search.Analysis;

/// <summary>The browser side of text analysis (the shipped stemmer, galeri-analysis.js, optionally lunr.js) in Jint.</summary>
public static class AnalysisJs
{
    public static string AnalysisScriptPath => Path.Combine(RepoPaths.Theme, "assets", "js", "galeri-analysis.js");

    /// <summary>The stemmer exactly as the site ships it: the npm module wrapped by <see cref="SearchRuntime"/>.</summary>
    public static string StemmerScript => SearchRuntime.WrapStemmer(File.ReadAllText(SearchRuntime.StemmerSource(RepoPaths.Theme)));

    public static Engine Start(bool withLunr = false, bool withAnalysis = true)
    {
        var engine = new Engine(options => options.Strict(false).LimitRecursion(4096));
        // The scripts attach to window, as in a browser; a throwing console proves they stay quiet.
        engine.Execute("var window = this; var self = this; var console = { log: fail, warn: fail, error: fail, info: fail };" +
                       "function fail(m) { throw new Error('console output: ' + m); }");
        if (withLunr) engine.Execute(File.ReadAllText(Path.Combine(RepoPaths.Theme, "node_modules", "lunr", "lunr.js")));
        engine.Execute(StemmerScript);
        if (withAnalysis) engine.Execute(File.ReadAllText(AnalysisScriptPath));
        return engine;
    }

    /// <summary>Applies a one-argument JS function to every input in a single call (thousands of Invoke calls are slow).</summary>
    /// <param name="function">A JS expression for the function, e.g. <c>GaleriStemmerId</c>.</param>
    public static List<T> Map<T>(Engine engine, string function, IReadOnlyList<string> inputs)
    {
        engine.SetValue("galeriTestInput", JsonSerializer.Serialize(inputs));
        var json = engine.Evaluate(
            $"JSON.stringify(JSON.parse(galeriTestInput).map(function (x) {{ return ({function})(x); }}))").AsString();
        return JsonSerializer.Deserialize<List<T>>(json) ?? throw new InvalidOperationException("No result from " + function);
    }
}
