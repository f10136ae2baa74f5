namespace Galeri.Search.Analysis;

/// <summary>
/// Text to index terms: <see cref="Tokenizer"/>, then <see cref="StopWords"/> out, then
/// <see cref="IndonesianStemmer"/>. The browser does the same with <c>galeri-analysis.js</c>, whose lunr
/// pipeline functions are registered under the labels below; the serialized index names them in its
/// <c>pipeline</c>, so lunr can rebuild the pipeline when it loads the index.
/// </summary>
internal static class IndonesianAnalyzer
{
    public const string StopWordLabel = "galeri-stopwords-id";
    public const string StemmerLabel = "galeri-stemmer-id";

    public static IReadOnlyList<string> Pipeline { get; } = [StopWordLabel, StemmerLabel];

    /// <returns>The terms in text order, repeats kept (they count towards term frequency).</returns>
    public static IReadOnlyList<string> Analyze(string text) => Analyze(text, IndonesianStemmer.Stem);

    /// <param name="stem">The stemmer: <see cref="IndonesianStemmer.Stem"/>, or the build session's remembered stems of it.</param>
    public static IReadOnlyList<string> Analyze(string text, Func<string, string> stem)
    {
        var terms = new List<string>();
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (StopWords.Contains(token)) continue;
            var stemmed = stem(token);
            if (stemmed.Length > 0) terms.Add(stemmed);
        }
        return terms;
    }
}
