namespace Galeri.Search.Analysis;

/// <summary>
/// Text to index terms: <see cref="Tokenizer"/>, then <see cref="StopWords"/> out, then
/// <see cref="IndonesianStemmer"/>. The browser does the same with <c>galeri-analysis.js</c>, whose lunr
/// pipeline functions are registered under the labels below; the serialized index names them in its
/// <c>pipeline</c>, so lunr can rebuild the pipeline when it loads the index.
/// </summary>
public static class IndonesianAnalyzer
{
    public const string StopWordLabel = "galeri-stopwords-id";
    public const string StemmerLabel = "galeri-stemmer-id";

    /// <returns>The terms in text order, repeats kept (they count towards term frequency).</returns>
    public static IReadOnlyList<string> Analyze(string text) => Analyze(text, stems: null);

    /// <param name="stems">Stems already made, kept by the build session (<see cref="SearchMemo.Stems"/>); null stems every word.</param>
    public static IReadOnlyList<string> Analyze(string text, System.Collections.Concurrent.ConcurrentDictionary<string, string>? stems)
    {
        var terms = new List<string>();
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (StopWords.Contains(token)) continue;
            var stem = stems is null ? IndonesianStemmer.Stem(token) : stems.GetOrAdd(token, IndonesianStemmer.Stem);
            if (stem.Length > 0) terms.Add(stem);
        }
        return terms;
    }
}
