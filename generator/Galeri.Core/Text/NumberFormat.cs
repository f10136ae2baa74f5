using System.Globalization;
using System.Text;

namespace Galeri.Text;

/// <summary>Numbers as the reader writes them: "1.250,5" in Bahasa Indonesia, "1,250.5" in English.</summary>
internal sealed record NumberFormat(string GroupSeparator, string DecimalSeparator)
{
    public static readonly NumberFormat Indonesian = new(".", ",");

    public string Format(decimal value)
    {
        var invariant = decimal.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
        var negative = invariant.StartsWith('-');
        var digits = negative ? invariant[1..] : invariant;
        var dot = digits.IndexOf('.');
        var whole = dot < 0 ? digits : digits[..dot];
        var fraction = dot < 0 ? "" : digits[(dot + 1)..];
        var builder = new StringBuilder();
        for (var i = 0; i < whole.Length; i++)
        {
            if (i > 0 && (whole.Length - i) % 3 == 0) builder.Append(GroupSeparator);
            builder.Append(whole[i]);
        }
        if (fraction.Length > 0) builder.Append(DecimalSeparator).Append(fraction);
        return (negative ? "−" : "") + builder;
    }
}
