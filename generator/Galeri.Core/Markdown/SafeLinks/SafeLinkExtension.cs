using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Galeri.Markdown.SafeLinks;

/// <summary>
/// Runs <see cref="SafeLinkRewriter"/> as the last step of every parse with the site's pipeline,
/// so no caller can render a document whose links were not checked. What was removed is kept on
/// the document for the caller to report (<see cref="RemovedFrom"/>).
/// </summary>
internal sealed class SafeLinkExtension : IMarkdownExtension
{
    private static readonly object Key = new();

    public void Setup(MarkdownPipelineBuilder pipeline) =>
        pipeline.DocumentProcessed += document =>
        {
            var removed = SafeLinkRewriter.Rewrite(document);
            if (removed.Count > 0) document.SetData(Key, removed);
        };

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    public static IReadOnlyList<(string Url, Markdig.Syntax.Inlines.Inline Node)> RemovedFrom(MarkdownDocument document) =>
        document.GetData(Key) as IReadOnlyList<(string, Markdig.Syntax.Inlines.Inline)> ?? [];
}
