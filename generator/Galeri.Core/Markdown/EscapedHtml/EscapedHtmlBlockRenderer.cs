using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Galeri.Markdown.EscapedHtml;

internal sealed class EscapedHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock block)
    {
        // A comment (<!-- hint -->) is a note to the writer: it renders as nothing.
        if (block.Type == HtmlBlockType.Comment) return;
        renderer.EnsureLine();
        renderer.Write("<p class=\"html-mentah\">");
        renderer.WriteEscape(block.Lines.ToString().Trim());
        renderer.WriteLine("</p>");
    }
}
