using Galeri.Text;

namespace Galeri.Tests.Text;

/// <summary>Numbers are read as written with a dot for decimals; Indonesian notation is never guessed at.</summary>
public class NumberNotationTests
{
    [Theory]
    [InlineData("180", 180)]
    [InlineData("-4", -4)]
    [InlineData("+4", 4)]
    [InlineData("86.5", 86.5)]
    [InlineData(".5", 0.5)]
    [InlineData(" 12 ", 12)]
    public void Plain_numbers_are_read(string written, double value)
    {
        var result = NumberNotation.Read(written);
        Assert.Equal(NumberNotation.Reading.Number, result.Reading);
        Assert.Equal((decimal)value, result.Value);
        Assert.False(result.LooksLikeThousands);
    }

    [Theory]
    [InlineData("1,5", "1.5")]
    [InlineData("1.250,5", "1250.5")]
    [InlineData("12.345.678", "12345678")]
    [InlineData("1,500,000", "1500000")]
    [InlineData("-2,25", "-2.25")]
    public void A_comma_or_several_dots_is_refused_with_the_plain_form(string written, string suggestion)
    {
        var result = NumberNotation.Read(written);
        Assert.Equal(NumberNotation.Reading.Separator, result.Reading);
        Assert.Equal(suggestion, result.Suggestion);
    }

    [Theory]
    [InlineData("1.500", true)]
    [InlineData("250.000", true)]
    [InlineData("-12.000", true)]
    [InlineData("0.500", false)]
    [InlineData("1250.500", false)]
    [InlineData("1.50", false)]
    public void A_dot_and_three_digits_is_read_as_a_decimal_and_flagged(string written, bool flagged)
    {
        var result = NumberNotation.Read(written);
        Assert.Equal(NumberNotation.Reading.Number, result.Reading);
        Assert.Equal(flagged, result.LooksLikeThousands);
    }

    [Fact]
    public void Digits_past_what_a_decimal_holds_are_too_large_not_a_crash() =>
        Assert.Equal(NumberNotation.Reading.TooLarge, NumberNotation.Read("-792281625142643375935439503350").Reading);

    [Theory]
    [InlineData("1e3")]
    [InlineData("lima")]
    [InlineData("12 menit")]
    [InlineData(".inf")]
    [InlineData("1,")]
    public void Other_text_is_not_a_number(string written) =>
        Assert.Equal(NumberNotation.Reading.NotANumber, NumberNotation.Read(written).Reading);
}
