using Galeri.Text;

namespace Galeri.Tests.Text;

public class NumberFormatTests
{
    [Theory]
    [InlineData("1250.5", "1.250,5")]
    [InlineData("3", "3")]
    [InlineData("1000000", "1.000.000")]
    [InlineData("-95", "−95")]
    [InlineData("0.333", "0,33")]
    public void Writes_numbers_the_indonesian_way(string value, string expected) =>
        Assert.Equal(expected, NumberFormat.Indonesian.Format(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void English_uses_commas_for_thousands() =>
        Assert.Equal("1,250.5", new NumberFormat(",", ".").Format(1250.5m));
}
