using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Galeri.Tests.Integration;

public static class HtmlPages
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    public static IEnumerable<string> All(string output) =>
        Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    /// <summary>Every URL a page refers to: links, images, stylesheets, scripts, sources.</summary>
    public static IEnumerable<(string Attribute, string Url)> References(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll("a[href], link[href]"))
            yield return ("href", element.GetAttribute("href")!);
        foreach (var element in document.QuerySelectorAll("img[src], script[src], source[src]"))
            yield return ("src", element.GetAttribute("src")!);
    }

    public static bool IsExternal(string url) =>
        url.StartsWith("http://", StringComparison.Ordinal) || url.StartsWith("https://", StringComparison.Ordinal) ||
        url.StartsWith("mailto:", StringComparison.Ordinal) || url.StartsWith("tel:", StringComparison.Ordinal) ||
        url.StartsWith("//", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal);
}
