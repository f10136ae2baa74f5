using System.Globalization;
using Galeri.Search.Analysis;
using Jint;

namespace Galeri.Tests.Search.Analysis;

/// <summary>galeri-analysis.js must cut any text into the same terms as the C# analyzer that built the index.</summary>
public class AnalyzerParityTests
{
    private static readonly string[] TrickyTexts =
    [
        "e-KTP", "anak-anak", "kupu-kupu", "Uji KIR 2019", "pelayanan publik", "S.Sos.", "Drs. H. Ahmad, S.Sos., M.Si.",
        "Si Bahenol", "PENDAFTARAN", "Jum'at", "Jum’at", "KTP-nya", "anak-anaknya", "e-Perizinan", "Rp10.000,00",
        "2019–2020", "www.magelangkota.go.id", "a--b", "-awal akhir-", "x.", ".x", "a-b-a", "a-a-a", "e‐KTP", "e‑KTP",
        "café", "cafe\u0301", "é", "naïve Ñandú", "ΟΔΟΣ", "İstanbul", "straße", "emoji 😀 di-😀-tengah", "tab\tbaris\nbaru",
        "(0293) 362231", "#tag @nama", "yang dan di ke", "", "   ", "-", "''", "soft\u00ADhyphen",
    ];

    [Fact]
    public void The_browser_analyzer_gives_the_same_terms_as_the_CSharp_analyzer()
    {
        var texts = StemmerWords.ContentFiles().Select(File.ReadAllText)
            .Concat(TrickyTexts)
            .Append(EveryBmpCharacter())
            .ToList();

        var js = AnalysisJs.Map<List<string>>(AnalysisJs.Start(), "GaleriAnalysis.analyze", texts);

        for (var i = 0; i < texts.Count; i++)
        {
            var cs = IndonesianAnalyzer.Analyze(texts[i]);
            var firstDifference = Enumerable.Range(0, Math.Max(cs.Count, js[i].Count))
                .FirstOrDefault(k => k >= cs.Count || k >= js[i].Count || cs[k] != js[i][k], -1);
            Assert.True(firstDifference < 0,
                $"Text {i} ({Excerpt(texts[i])}): first difference at term {firstDifference}: " +
                $"C# {string.Join(' ', cs.Skip(firstDifference).Take(5))} / JS {string.Join(' ', js[i].Skip(firstDifference).Take(5))}");
        }
    }

    [Fact]
    public void Both_sides_have_the_same_stop_words()
    {
        var js = AnalysisJs.Start().Evaluate("GaleriAnalysis.stopWords.join(' ')").AsString();
        Assert.Equal(string.Join(' ', StopWords.All), js);
    }

    // Each character between two letters, then alone, so both the word-character test and the connector rules
    // see it. Characters .NET does not know yet are left out: Jint's regular expressions (like browsers) follow
    // a newer Unicode version, and no content uses characters assigned that recently.
    private static string EveryBmpCharacter() => string.Concat(
        Enumerable.Range(1, 0xFFFF).Select(c => (char)c)
            .Where(c => char.GetUnicodeCategory(c) is not (UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned))
            .Select(c => $"a{c}b {c} "));

    private static string Excerpt(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
