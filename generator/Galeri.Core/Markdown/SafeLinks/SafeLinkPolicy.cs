namespace Galeri.Markdown.SafeLinks;

/// <summary>
/// Which link targets a body may use: web, mail and phone links, and relative paths inside the site.
/// The target is read the way a browser reads it (WHATWG URL): leading and trailing spaces and
/// control characters are dropped, tabs and line breaks anywhere are ignored, and <c>\</c> counts
/// as <c>/</c>. So <c>" java\tscript:"</c> is seen as the <c>javascript:</c> it would become.
/// </summary>
internal static class SafeLinkPolicy
{
    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return true;
        var target = Normalize(url);
        // Any other control, bidi or invisible character is never part of a real address; it only hides one.
        if (target.Length == 0 || Galeri.Text.HiddenCharacters.IndexOf(target) >= 0) return false;
        // "//host/..." (also "\\host", "/\host") leaves the site for whatever host follows: write https:// instead.
        if (target.StartsWith("//", StringComparison.Ordinal)) return false;
        var colon = target.IndexOf(':');
        var slash = target.IndexOfAny(['/', '?', '#']);
        // No scheme before the first '/', '?' or '#': a relative link.
        if (colon < 0 || (slash >= 0 && slash < colon)) return true;
        var scheme = target[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto" or "tel";
    }

    private static string Normalize(string url)
    {
        var trimmed = url.Trim(TrimmedByBrowsers);
        if (trimmed.AsSpan().IndexOfAny('\t', '\n', '\r') >= 0)
            trimmed = trimmed.Replace("\t", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal);
        return trimmed.Replace('\\', '/');
    }

    // C0 controls and space: what the URL parser strips from both ends before reading a scheme.
    private static readonly char[] TrimmedByBrowsers = [.. Enumerable.Range(0, 0x21).Select(c => (char)c)];
}
