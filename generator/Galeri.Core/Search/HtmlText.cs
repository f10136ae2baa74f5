using System.Net;
using System.Text.RegularExpressions;

namespace Galeri.Search;

/// <summary>The readable text of rendered HTML (an entry's sections), for indexing.</summary>
internal static partial class HtmlText
{
    public static string Of(string html) => WebUtility.HtmlDecode(Tags().Replace(html, " "));

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
