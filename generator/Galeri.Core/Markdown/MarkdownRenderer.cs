using Galeri.Diagnostics;
using Galeri.Markdown.EscapedHtml;
using Galeri.Markdown.Limits;
using Galeri.Markdown.SafeLinks;
using Galeri.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Galeri.Markdown;

/// <summary>
/// The one Markdown dialect of the site, and the one way a contributor's Markdown becomes HTML:
/// CommonMark with tables and autolinks; raw HTML shown as text (with a warning); every link and
/// image target checked by <see cref="SafeLinkPolicy"/> inside the pipeline; and the body bounded
/// in size and depth (<see cref="MarkdownLimits"/>) before it is parsed.
/// </summary>
internal static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseReferralLinks("noopener")
        .Use<EscapedHtmlExtension>()
        .Use<SafeLinkExtension>()
        .Build();

    /// <summary>
    /// Parses a body from <paramref name="file"/>, reporting what the page will not show as written
    /// (removed links, raw HTML) and refusing a body past the bounds.
    /// </summary>
    /// <param name="lineOffset">Lines of the file before the Markdown (its front matter).</param>
    /// <returns>The document, or null when the body is refused (an error says why and where).</returns>
    public static MarkdownDocument? Parse(string markdown, string file, int lineOffset, DiagnosticBag diagnostics)
    {
        if (MarkdownLimits.Check(markdown) is { } violation)
        {
            diagnostics.Error(file, new SourcePosition(lineOffset + violation.Line + 1, 1), "", violation.Rule, violation.Arguments);
            return null;
        }
        ReportHiddenCharacter(markdown, file, lineOffset, diagnostics);
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig's own depth limit (128), reached by nesting the scan above cannot see (emphasis inside emphasis):
            // point at the paragraph with the most marks, where such nesting must be.
            diagnostics.Error(file, new SourcePosition(lineOffset + BusiestParagraph(markdown) + 1, 1), "", "markdown-too-deep");
            return null;
        }
        var scan = MarkdownTreeScan.Of(document);
        if (scan.TooDeep is { } deep)
        {
            diagnostics.Error(file, new SourcePosition(lineOffset + deep.Line + 1, 1), "", "markdown-too-deep");
            return null;
        }
        foreach (var (url, node) in SafeLinkExtension.RemovedFrom(document))
            diagnostics.Warning(file, new SourcePosition(lineOffset + node.Line + 1, node.Column + 1), "", "unsafe-link", url);
        if (scan.HiddenEntity is var (entity, character))
            diagnostics.Error(file, new SourcePosition(lineOffset + entity.Line + 1, entity.Column + 1), "", "hidden-character", HiddenCharacters.Name(character));
        if (scan.FirstHtml is { } html)
            diagnostics.Warning(file, new SourcePosition(lineOffset + html.Line + 1, html.Column + 1), "", "raw-html");
        return document;
    }

    /// <summary>Markdown to HTML through the same checks, for text that has no file (its problems are dropped).</summary>
    public static string ToHtml(string markdown) =>
        Parse(markdown, "", 0, new DiagnosticBag()) is { } document ? Render(document) : "";

    public static string Render(IEnumerable<Block> blocks) => RenderGroups([blocks])[0];

    /// <summary>Renders several groups of blocks (an entry's sections) with one renderer, one HTML string per group.</summary>
    /// <param name="pictures">Images it recognises (an entry's photos) as the HTML it gives (see <see cref="PictureLinkRenderer"/>).</param>
    public static IReadOnlyList<string> RenderGroups(IReadOnlyList<IEnumerable<Block>> groups, Func<string, string, string?>? pictures = null)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        if (pictures is not null && renderer.ObjectRenderers.FindExact<Markdig.Renderers.Html.Inlines.LinkInlineRenderer>() is { } links)
            renderer.ObjectRenderers.Replace<Markdig.Renderers.Html.Inlines.LinkInlineRenderer>(
                new PictureLinkRenderer(pictures) { Rel = links.Rel });
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

    // The same rule as for YAML values: a bidi override or ESC in a body would show, or print, as something else.
    private static void ReportHiddenCharacter(string markdown, string file, int lineOffset, DiagnosticBag diagnostics)
    {
        var index = HiddenCharacters.IndexOf(markdown);
        if (index < 0) return;
        var lineStart = markdown.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        var line = markdown.AsSpan(0, index).Count('\n');
        diagnostics.Error(file, new SourcePosition(lineOffset + line + 1, index - lineStart + 1), "", "hidden-character", HiddenCharacters.Name(markdown[index]));
    }

    private static int BusiestParagraph(string markdown)
    {
        var lines = markdown.Split('\n');
        int best = 0, bestMarks = -1, start = 0, marks = 0;
        for (var i = 0; i <= lines.Length; i++)
        {
            if (i == lines.Length || string.IsNullOrWhiteSpace(lines[i]))
            {
                if (marks > bestMarks) (best, bestMarks) = (start, marks);
                (start, marks) = (i + 1, 0);
            }
            else marks += MarkdownLimits.Marks(lines[i]);
        }
        return best;
    }
}
