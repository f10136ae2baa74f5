using Galeri.Search.Analysis;

namespace Galeri.Tests.Search.Analysis;

/// <summary>What a visitor notices when searching; every stem here is what Snowball's Indonesian stemmer really gives.</summary>
public class AnalysisBehaviourTests
{
    [Theory]
    [InlineData("melayani", "pelayanan", "layan")]
    [InlineData("pendaftaran", "mendaftar", "daftar")]
    [InlineData("pengujian", "mengujikan", "uji")]
    [InlineData("perbaikan", "memperbaiki", "baik")]
    [InlineData("pelajaran", "belajar", "ajar")]
    [InlineData("bekerja", "pekerjaan", "kerja")]
    public void Inflected_forms_share_a_stem(string first, string second, string stem)
    {
        Assert.Equal(stem, IndonesianStemmer.Stem(first));
        Assert.Equal(stem, IndonesianStemmer.Stem(second));
    }

    [Theory]
    [InlineData("uji", "uji")]
    [InlineData("data", "data")]
    [InlineData("informasi", "informasi")]
    [InlineData("menyapu", "sapu")]
    [InlineData("bukunya", "buku")]
    [InlineData("apakah", "apa")]
    // Quirks of the algorithm, kept because the browser's stemmer has them too.
    [InlineData("kendaraan", "ndara")]
    [InlineData("sekolah", "seko")]
    [InlineData("memerintahkan", "perintah")]
    public void Stems_words_as_Snowball_does(string word, string stem) => Assert.Equal(stem, IndonesianStemmer.Stem(word));

    [Fact]
    public void Drops_function_words()
    {
        Assert.True(StopWords.Contains("yang"));
        Assert.True(StopWords.Contains("dan"));
        Assert.Equal(["layan", "cepat", "mudah"], IndonesianAnalyzer.Analyze("Pelayanan yang cepat dan mudah"));
    }

    [Theory]
    [InlineData("umum")]
    [InlineData("baru")]
    [InlineData("tahun")]
    [InlineData("hari")]
    [InlineData("layanan")]
    [InlineData("si")]
    public void Keeps_common_content_words(string word)
    {
        Assert.False(StopWords.Contains(word));
        Assert.NotEmpty(IndonesianAnalyzer.Analyze(word));
    }

    [Fact]
    public void Stop_words_are_lower_case_and_few() =>
        Assert.All(StopWords.All, w => Assert.Equal(w.ToLowerInvariant(), w));

    [Theory]
    [InlineData("anak-anak", "anak")]
    [InlineData("Kupu-kupu", "kupu")]
    [InlineData("e-KTP", "ektp ktp")]
    [InlineData("e-Perizinan", "eperizinan perizinan")]
    [InlineData("KTP-nya", "ktpnya ktp nya")]
    [InlineData("Uji KIR 2019", "uji kir 2019")]
    [InlineData("PENDAFTARAN", "pendaftaran")]
    [InlineData("S.Sos.", "ssos sos")]
    [InlineData("Jum'at", "jumat")]
    [InlineData("Jum’at", "jumat")]
    [InlineData("10.000,00", "10000 10 000 00")]
    [InlineData("2019–2020", "2019 2020")]
    [InlineData("Café, naïve!", "café naïve")]
    [InlineData("cafe\u0301", "cafe\u0301")]
    [InlineData("a--b -c- d.", "a b c d")]
    [InlineData("😀abc😀", "abc")]
    public void Tokenizes(string text, string tokens) => Assert.Equal(tokens.Split(' '), Tokenizer.Tokenize(text));

    [Fact]
    public void Analyzes_a_hyphenated_word_into_its_whole_and_its_parts() =>
        Assert.Equal(["ektp", "ktp", "layan"], IndonesianAnalyzer.Analyze("e-KTP dan pelayanan"));
}
