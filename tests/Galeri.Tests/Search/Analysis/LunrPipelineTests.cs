using Galeri.Search.Analysis;
using Jint;

namespace Galeri.Tests.Search.Analysis;

/// <summary>lunr.Index.load rebuilds the pipeline from the labels the index declares; they must be registered.</summary>
public class LunrPipelineTests
{
    [Fact]
    public void The_pipeline_functions_are_registered_under_the_labels_the_index_declares()
    {
        var engine = AnalysisJs.Start(withLunr: true);

        foreach (var label in new[] { IndonesianAnalyzer.StopWordLabel, IndonesianAnalyzer.StemmerLabel })
            Assert.True(engine.Evaluate($"typeof lunr.Pipeline.registeredFunctions['{label}'] === 'function'").AsBoolean(), label);
    }

    [Fact]
    public void The_loaded_pipeline_gives_the_same_terms_as_the_CSharp_analyzer()
    {
        const string text = "Pelayanan yang cepat";
        var engine = AnalysisJs.Start(withLunr: true);
        engine.SetValue("galeriTestText", text);

        // runString would treat the whole text as one token, so the tokens go in one by one, as a query does.
        var terms = engine.Evaluate(
            $"lunr.Pipeline.load(['{IndonesianAnalyzer.StopWordLabel}', '{IndonesianAnalyzer.StemmerLabel}'])" +
            ".run(GaleriAnalysis.tokenize(galeriTestText).map(function (t) { return new lunr.Token(t, {}); }))" +
            ".map(String).join(' ')").AsString();

        Assert.Equal(string.Join(' ', IndonesianAnalyzer.Analyze(text)), terms);
        Assert.Equal("layan cepat", terms);
    }

    [Fact]
    public void Each_pipeline_function_works_on_a_single_token()
    {
        var engine = AnalysisJs.Start(withLunr: true);
        string RunString(string token) => engine.Evaluate(
            $"lunr.Pipeline.load(['{IndonesianAnalyzer.StopWordLabel}', '{IndonesianAnalyzer.StemmerLabel}']).runString('{token}').join(' ')").AsString();

        Assert.Equal("", RunString("yang"));
        Assert.Equal("daftar", RunString("pendaftaran"));
    }

    [Fact]
    public void Loading_the_script_twice_keeps_lunr_quiet()
    {
        var engine = AnalysisJs.Start(withLunr: true);
        // The console set up by AnalysisJs throws on any output, including lunr's "overwriting" warning.
        engine.Execute(File.ReadAllText(AnalysisJs.AnalysisScriptPath));
        Assert.True(engine.Evaluate($"typeof lunr.Pipeline.registeredFunctions['{IndonesianAnalyzer.StemmerLabel}'] === 'function'").AsBoolean());
    }
}
