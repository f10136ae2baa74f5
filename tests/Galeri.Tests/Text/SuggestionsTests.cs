using Galeri.Text;

namespace Galeri.Tests.Text;

public class SuggestionsTests
{
    [Theory]
    [InlineData("ringkasn", "ringkasan")]
    [InlineData("dishub2", "dishub")]
    [InlineData("penerapn", "penerapan")]
    [InlineData("Status", "status")]
    [InlineData("tanggal_uji_cob", "tanggal_uji_coba")]
    public void Suggests_the_word_a_typo_was_meant_to_be(string typo, string expected)
    {
        string[] candidates = ["ringkasan", "dishub", "diskominsta", "penerapan", "status", "tanggal_uji_coba", "tanggal_penerapan"];
        Assert.Equal(expected, Suggestions.Closest(typo, candidates));
    }

    [Fact]
    public void Suggests_nothing_for_an_unrelated_word()
    {
        Assert.Null(Suggestions.Closest("kendaraan", ["dishub", "bpkad", "dinsos"]));
    }
}
