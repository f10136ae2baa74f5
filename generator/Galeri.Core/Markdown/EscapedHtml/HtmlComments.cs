using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Galeri.Markdown.EscapedHtml;

/// <summary>HTML comments are notes to the writer (e.g. the hints <c>galeri new</c> writes): never shown, never warned about.</summary>
internal static class HtmlComments
{
    public static bool IsComment(MarkdownObject node) => node switch
    {
        HtmlBlock block => block.Type == HtmlBlockType.Comment,
        HtmlInline inline => inline.Tag.StartsWith("<!--", StringComparison.Ordinal),
        _ => false,
    };
}
