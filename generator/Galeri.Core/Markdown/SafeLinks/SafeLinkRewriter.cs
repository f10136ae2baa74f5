using Galeri.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Galeri.Markdown.SafeLinks;

/// <summary>
/// Replaces links and images whose target is not allowed (<c>javascript:</c>, <c>data:</c>, ...)
/// by their plain text, and reports each so the writer is told.
/// </summary>
public static class SafeLinkRewriter
{
    /// <summary>Rewrites and warns the writer at each removed link's position in <paramref name="file"/>.</summary>
    /// <param name="lineOffset">Lines of the file before the Markdown (its front matter).</param>
    public static void Rewrite(MarkdownDocument document, string file, int lineOffset, DiagnosticBag diagnostics) =>
        Rewrite(document, link => diagnostics.Warning(file, new SourcePosition(lineOffset + link.Line + 1, link.Column + 1), "", "unsafe-link", link.Url ?? ""));

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
