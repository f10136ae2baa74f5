using System.Globalization;
using System.Net;
using System.Text;

namespace Galeri.Media;

/// <summary>
/// A photo in a Markdown body as a &lt;picture&gt;: WebP variants for browsers that take them, JPEG for the
/// rest, with width and height (no jump while loading) and lazy loading. Addresses are relative to the
/// entry's page, as the Markdown wrote them. The same markup as the theme's <c>picture</c> partial.
/// </summary>
internal static class PictureHtml
{
    /// <summary>A body image is as wide as the text column: at most about 46 rem.</summary>
    public const string Sizes = "(min-width: 64em) 46rem, 100vw";

    public static string Write(PhotoPlan plan, string alt)
    {
        var fallback = plan.Fallback;
        var html = new StringBuilder();
        html.Append("<picture><source type=\"image/webp\" srcset=\"").Append(Srcset(plan.Webps)).Append("\" sizes=\"").Append(Sizes).Append("\">");
        html.Append("<img src=\"").Append(Address(fallback.File)).Append("\" srcset=\"").Append(Srcset(plan.Jpegs))
            .Append("\" sizes=\"").Append(Sizes).Append("\" alt=\"").Append(WebUtility.HtmlEncode(alt))
            .Append("\" width=\"").Append(fallback.Width.ToString(CultureInfo.InvariantCulture))
            .Append("\" height=\"").Append(fallback.Height.ToString(CultureInfo.InvariantCulture))
            .Append("\" loading=\"lazy\" decoding=\"async\"></picture>");
        return html.ToString();
    }

    private static string Srcset(IEnumerable<PhotoVariant> variants) =>
        string.Join(", ", variants.Select(v => Address(v.File) + " " + v.Width.ToString(CultureInfo.InvariantCulture) + "w"));

    /// <summary>Each path segment percent-encoded: a name with a space or comma still names its file in a srcset.</summary>
    private static string Address(string file) => string.Join('/', file.Split('/').Select(Uri.EscapeDataString));
}
