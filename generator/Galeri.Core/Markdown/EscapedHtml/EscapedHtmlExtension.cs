using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;

namespace Galeri.Markdown.EscapedHtml;

/// <summary>
/// Shows raw HTML written in Markdown as visible text instead of rendering it. Entries come from
/// many hands; HTML is still parsed (not disabled) so the validator can point at it with a warning.
/// </summary>
internal sealed class EscapedHtmlExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        html.ObjectRenderers.Replace<HtmlBlockRenderer>(new EscapedHtmlBlockRenderer());
        html.ObjectRenderers.Replace<HtmlInlineRenderer>(new EscapedHtmlInlineRenderer());
    }
}
