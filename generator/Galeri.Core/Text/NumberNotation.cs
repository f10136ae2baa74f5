using System.Globalization;
using System.Text.RegularExpressions;

namespace Galeri.Text;

/// <summary>
/// Reads a number written in a YAML file, where the dot is the decimal mark (12.5). Writers used
/// to Indonesian notation (1.250,5) would otherwise be read wrong without a word: "1,5" as 15 and
/// "1.500" as 1.5. Nothing is guessed: a comma, or more than one dot, is refused with the reading
/// the writer most likely meant; a dot followed by exactly three digits is read as written, and flagged.
/// </summary>
internal static partial class NumberNotation
{
    public enum Reading
    {
        /// <summary>A plain number: <see cref="Result.Value"/> holds it.</summary>
        Number,
        /// <summary>Written plainly but too long for any field (more than 28 digits).</summary>
        TooLarge,
        /// <summary>Digits with a comma or several dots: <see cref="Result.Suggestion"/> is the plain form.</summary>
        Separator,
        NotANumber,
    }

    public sealed record Result(Reading Reading, decimal Value = 0, string Suggestion = "", int Decimals = 0)
    {
        /// <summary>"1.500", "12.000": read as 1.5 and 12, but perhaps meant as 1500 and 12000.</summary>
        public bool LooksLikeThousands { get; init; }
    }

    public static Result Read(string text)
    {
        text = text.Trim();
        if (Plain().IsMatch(text))
        {
            if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
                return new Result(Reading.TooLarge);
            var dot = text.IndexOf('.');
            return new Result(Reading.Number, value, Decimals: dot < 0 ? 0 : text.Length - dot - 1)
            {
                LooksLikeThousands = ThousandsLike().IsMatch(text),
            };
        }
        if (Grouped().IsMatch(text) && (text.Contains(',') || text.Count(c => c == '.') > 1))
            return new Result(Reading.Separator, Suggestion: Suggest(text));
        return new Result(Reading.NotANumber);
    }

    // Indonesian notation first (dots group, a comma is the decimal mark), as the writers use it;
    // otherwise English grouping (commas group, a dot is the decimal mark).
    private static string Suggest(string text)
    {
        var indonesian = text.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
        if (Plain().IsMatch(indonesian)) return indonesian;
        var english = text.Replace(",", "", StringComparison.Ordinal);
        return Plain().IsMatch(english) ? english : "";
    }

    [GeneratedRegex(@"^[+-]?(\d+(\.\d+)?|\.\d+)$")]
    private static partial Regex Plain();

    [GeneratedRegex(@"^[+-]?[1-9]\d{0,2}\.\d{3}$")]
    private static partial Regex ThousandsLike();

    [GeneratedRegex(@"^[+-]?\d[\d.,]*\d$")]
    private static partial Regex Grouped();
}
