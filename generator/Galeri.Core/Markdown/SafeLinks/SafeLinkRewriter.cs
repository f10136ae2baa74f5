using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Galeri.Markdown.SafeLinks;

/// <summary>
/// Replaces every link and image whose target is not allowed (<c>javascript:</c>, <c>data:</c>,
/// <c>//other-host</c>, ...) by its plain text: inline and reference links, images, <c>&lt;…&gt;</c>
/// autolinks and bare web addresses alike, since Markdig gives them all their URL already decoded.
/// </summary>
internal static class SafeLinkRewriter
{
    /// <returns>The removed links (URL and node, for its position), in document order.</returns>
    public static IReadOnlyList<(string Url, Inline Node)> Rewrite(MarkdownDocument document)
    {
        List<(string, Inline)>? removed = null;
        foreach (var inline in document.Descendants<Inline>())
        {
            var url = inline switch
            {
                LinkInline link => link.Url,
                AutolinkInline autolink => autolink.Url,
                _ => null,
            };
            if (SafeLinkPolicy.IsAllowed(url)) continue;
            (removed ??= []).Add((url!, inline));
        }
        if (removed is null) return [];
        // Replaced after the walk: the tree must not change while it is being walked.
        foreach (var (url, inline) in removed)
        {
            var text = inline is LinkInline link
                ? string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString()))
                : url;
            inline.ReplaceBy(new LiteralInline(text), copyChildren: false);
        }
        return removed;
    }
}
