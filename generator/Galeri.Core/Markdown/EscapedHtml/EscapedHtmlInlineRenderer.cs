using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace Galeri.Markdown.EscapedHtml;

internal sealed class EscapedHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
{
    protected override void Write(HtmlRenderer renderer, HtmlInline inline)
    {
        if (HtmlComments.IsComment(inline)) return;
        renderer.WriteEscape(inline.Tag);
    }
}
