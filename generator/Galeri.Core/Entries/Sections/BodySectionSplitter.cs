using Galeri.Diagnostics;
using Galeri.Markdown;
using Galeri.Markdown.EscapedHtml;
using Galeri.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Galeri.Entries.Sections;

/// <summary>
/// Parses an entry body once and cuts it at its <c>##</c> headings, so the entry page can lay the
/// sections out in its own order and structure. Reports missing, empty and repeated sections,
/// raw HTML, and unsafe links.
/// </summary>
internal static class BodySectionSplitter
{
    /// <param name="pictures">The entry's photos as &lt;picture&gt; (see <see cref="BodyPictures"/>); null: images as written.</param>
    public static IReadOnlyList<BodySection> Split(string body, int lineOffset, string file, DiagnosticBag diagnostics, Func<string, string, string?>? pictures = null)
    {
        var document = MarkdownRenderer.Parse(body, file, lineOffset, diagnostics);
        // A refused body (too large or deep, already reported) gives a page without sections, not a cascade of "missing section".
        if (document is null) return [];

        var groups = new List<(HeadingBlock? Heading, List<Block> Blocks)> { (null, []) };
        foreach (var block in document)
        {
            if (block is HeadingBlock { Level: 2 } heading) groups.Add((heading, []));
            else groups[^1].Blocks.Add(block);
        }

        var html = MarkdownRenderer.RenderGroups(groups.Select(g => (IEnumerable<Block>)g.Blocks).ToList(), pictures);
        var sections = new List<BodySection>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (groups[0].Blocks.Any(b => !HtmlComments.IsComment(b)))
        {
            var first = groups[0].Blocks[0];
            diagnostics.Warning(file, new SourcePosition(lineOffset + first.Line + 1, 1), "", "text-before-section");
            sections.Add(new BodySection(null, "", "pengantar", html[0], lineOffset + first.Line + 1));
        }
        for (var i = 1; i < groups.Count; i++)
        {
            var (heading, blocks) = groups[i];
            var title = InlineText(heading!);
            var line = lineOffset + heading!.Line + 1;
            var at = new SourcePosition(line, 1);
            var kind = SectionKind.Match(title);
            var id = kind?.Key ?? "bagian-" + Slugs.From(title);
            if (!seen.Add(id))
            {
                diagnostics.Error(file, at, "", "section-duplicate", title);
                continue;
            }
            if (kind is null)
                diagnostics.Warning(file, at, "", "section-unknown", title, Suggestions.Closest(title, SectionKind.All.Select(k => k.Heading)) ?? "");
            if (kind is not null && blocks.All(HtmlComments.IsComment))
            {
                // An empty required section must be written; an empty optional one is simply left off the page.
                if (kind.Required) diagnostics.Error(file, at, "", "section-empty", kind.Heading);
                else
                {
                    diagnostics.Warning(file, at, "", "optional-section-empty", kind.Heading);
                    continue;
                }
            }
            sections.Add(new BodySection(kind, kind?.Heading ?? title, id, html[i], line));
        }

        var end = new SourcePosition(lineOffset + Math.Max(1, body.Count(c => c == '\n')), 1);
        foreach (var kind in SectionKind.All)
        {
            if (seen.Contains(kind.Key)) continue;
            if (kind.Required) diagnostics.Error(file, end, "", "section-missing", kind.Heading);
            else diagnostics.Warning(file, end, "", "section-recommended", kind.Heading);
        }
        return sections;
    }

    private static string InlineText(HeadingBlock heading) =>
        heading.Inline is null
            ? ""
            : string.Concat(heading.Inline.Descendants<LiteralInline>().Select(l => l.Content.ToString())).Trim();
}
