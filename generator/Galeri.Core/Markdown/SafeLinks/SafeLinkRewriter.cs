using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Galeri.Markdown.SafeLinks;

/// <summary>
/// Replaces links and images whose target is not allowed (<c>javascript:</c>, <c>data:</c>, ...)
/// by their plain text, and reports each so the writer is told.
/// </summary>
public static class SafeLinkRewriter
{
    public static void Rewrite(MarkdownDocument document, Action<LinkInline> onRemoved)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (SafeLinkPolicy.IsAllowed(link.Url)) continue;
            onRemoved(link);
            var text = string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
            link.ReplaceBy(new LiteralInline(text), copyChildren: false);
        }
    }
}
