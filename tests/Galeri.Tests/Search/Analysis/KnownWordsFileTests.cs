using System.Text;
using System.Text.RegularExpressions;
using Galeri.Search.Analysis;
using Galeri.Tests.Support;

namespace Galeri.Tests.Search.Analysis;

/// <summary>
/// The committed word list (kata-dasar.txt) is exactly what Debian's hunspell-id gives: the lower-case
/// roots of three letters or more from id_ID.dic, sorted. To regenerate it after a new hunspell-id,
/// run this test with GALERI_TULIS_KATA=1 (it writes the file instead of comparing).
/// </summary>
public partial class KnownWordsFileTests
{
    private const string Dictionary = "/usr/share/hunspell/id_ID.dic";

    private static string CommittedPath => Path.Combine(RepoPaths.Root, "generator", "Galeri.Core", "Search", "Analysis", "kata-dasar.txt");

    [Fact]
    public void The_word_list_is_made_from_hunspell_id()
    {
        if (!File.Exists(Dictionary))
        {
            const string message = "hunspell-id tidak terpasang. Pasang dengan: apt-get install -y hunspell-id";
            if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 }) Assert.Fail(message);
            Assert.Skip(message);
        }
        var expected = Generate(File.ReadAllLines(Dictionary, Encoding.Latin1));
        if (Environment.GetEnvironmentVariable("GALERI_TULIS_KATA") == "1") File.WriteAllText(CommittedPath, expected);
        Assert.True(expected == File.ReadAllText(CommittedPath),
            "kata-dasar.txt differs from hunspell-id's id_ID.dic: run this test with GALERI_TULIS_KATA=1 to regenerate it.");
    }

    [Fact]
    public void Known_words_tell_words_from_typos()
    {
        var words = KnownWords.Load();
        Assert.True(words.Count > 25_000);
        foreach (var word in new[] { "pajak", "sampah", "banjir", "daftar", "sejahtera", "ajak" }) Assert.True(words.Contains(word), word);
        var browser = words.ForBrowser(IndonesianStemmer.Stem).ToHashSet(StringComparer.Ordinal);
        // The browser checks a query word and its stem: roots and their inflections are recognised...
        foreach (var word in new[] { "pajak", "nelayan", "mengajak", "kesejahteraan", "pendaftaran" })
            Assert.True(browser.Contains(word) || browser.Contains(IndonesianStemmer.Stem(word)), word);
        // ...and typos are not.
        foreach (var typo in new[] { "kesejahtraan", "pendaftran", "kendaran", "antrian" })
            Assert.False(browser.Contains(typo) || browser.Contains(IndonesianStemmer.Stem(typo)), typo);
    }

    /// <summary>The list from the dictionary's lines: a count line, then "word/FLAGS" or "word".</summary>
    public static string Generate(IEnumerable<string> dictionaryLines)
    {
        var words = dictionaryLines.Skip(1)
            .Select(line => line.Split('/')[0].Trim())
            .Where(word => LowerCaseWord().IsMatch(word))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        var text = new StringBuilder();
        text.Append("# Kata dasar bahasa Indonesia untuk pencarian: kata yang dikenal tidak dianggap salah ketik.\n");
        text.Append("# Dibuat dari paket Debian hunspell-id (id_ID.dic, lisensi GPL) oleh KnownWordsFileTests; jangan disunting tangan.\n");
        foreach (var word in words) text.Append(word).Append('\n');
        return text.ToString();
    }

    [GeneratedRegex("^[a-z]{3,}$")]
    private static partial Regex LowerCaseWord();
}
