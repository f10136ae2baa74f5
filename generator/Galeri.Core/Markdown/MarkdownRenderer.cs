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

    public static string Render(IEnumerable<Block> blocks) => RenderGroups([blocks])[0];

    /// <summary>Renders several groups of blocks (an entry's sections) with one renderer, one HTML string per group.</summary>
    public static IReadOnlyList<string> RenderGroups(IReadOnlyList<IEnumerable<Block>> groups)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        var result = new string[groups.Count];
        for (var i = 0; i < groups.Count; i++)
        {
            foreach (var block in groups[i]) renderer.Render(block);
            writer.Flush();
            result[i] = writer.ToString();
            writer.GetStringBuilder().Clear();
        }
        return result;
    }
}
