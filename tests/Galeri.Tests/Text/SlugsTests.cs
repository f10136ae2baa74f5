using Galeri.Text;

namespace Galeri.Tests.Text;

public class SlugsTests
{
    [Theory]
    [InlineData("data-go", true)]
    [InlineData("siap-uji-kir-2", true)]
    [InlineData("Data-Go", false)]
    [InlineData("data_go", false)]
    [InlineData("data--go", false)]
    [InlineData("-data", false)]
    [InlineData("", false)]
    public void Only_lowercase_letters_digits_and_single_hyphens_are_valid(string slug, bool valid) =>
        Assert.Equal(valid, Slugs.IsValid(slug));

    [Theory]
    [InlineData("Uji KIR / Kendaraan", "uji-kir-kendaraan")]
    [InlineData("Pelayanan Publik", "pelayanan-publik")]
    [InlineData("Café Inovasi", "cafe-inovasi")]
    [InlineData("e-KTP", "e-ktp")]
    public void Makes_an_address_from_text(string text, string slug) => Assert.Equal(slug, Slugs.From(text));
}
