using System.Diagnostics;
using Galeri.Search.Analysis;

namespace Galeri.Tests.Search.Analysis;

/// <summary>The index is stemmed in C# and queries in the browser, so the two stemmers must agree on every word.</summary>
public class StemmerParityTests
{
    [Fact]
    public void The_CSharp_stemmer_matches_the_shipped_JavaScript_stemmer()
    {
        var words = StemmerWords.All();
        Assert.True(words.Count >= 5_000, $"Only {words.Count} words; the parity test needs at least 5,000.");

        var watch = Stopwatch.StartNew();
        var expected = AnalysisJs.Map<string>(AnalysisJs.Start(withAnalysis: false), "GaleriStemmerId", words);
        TestContext.Current.TestOutputHelper?.WriteLine($"{words.Count} words stemmed by Jint in {watch.ElapsedMilliseconds} ms");

        var mismatches = words.Select((word, i) => (word, js: expected[i], cs: IndonesianStemmer.Stem(word)))
            .Where(m => m.js != m.cs)
            .ToList();
        Assert.True(mismatches.Count == 0,
            $"{mismatches.Count} of {words.Count} words differ (word: JS stem / C# stem):\n" +
            string.Join("\n", mismatches.Take(20).Select(m => $"  {m.word}: {m.js} / {m.cs}")));
    }
}
