using Galeri.Markdown.EscapedHtml;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Galeri.Markdown;

/// <summary>The one Markdown dialect of the site: CommonMark with tables and autolinks, raw HTML shown as text.</summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseReferralLinks("noopener")
        .Use<EscapedHtmlExtension>()
        .Build();

    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);

    public static string ToHtml(string markdown) => Render(Parse(markdown));

    public static string Render(IEnumerable<Block> blocks)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        foreach (var block in blocks) renderer.Render(block);
        writer.Flush();
        return writer.ToString();
    }
}
