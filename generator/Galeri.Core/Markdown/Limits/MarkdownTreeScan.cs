using Galeri.Markdown.EscapedHtml;
using Galeri.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Galeri.Markdown.Limits;

/// <summary>
/// One walk over a parsed body, without recursion, for what can only be seen after parsing:
/// unclosed brackets ("[a[a[a…") parse into inlines nested in each other, deep enough to stop
/// Markdig's renderer (at 128) later on; raw HTML; and characters written as entities
/// (<c>&amp;#x202E;</c>), decoded only now.
/// </summary>
internal sealed class MarkdownTreeScan
{
    /// <summary>Deeper than any real body (the sample's deepest is 7) and well inside Markdig's 128.</summary>
    public const int MaxDepth = 64;

    /// <summary>The first node deeper than <see cref="MaxDepth"/>; when set, the walk stopped there.</summary>
    public MarkdownObject? TooDeep { get; private set; }

    /// <summary>The first raw HTML block or inline that is not a comment, in document order.</summary>
    public MarkdownObject? FirstHtml { get; private set; }

    /// <summary>The first entity that decodes to a <see cref="HiddenCharacters">hidden character</see>, and that character.</summary>
    public (HtmlEntityInline Entity, char Character)? HiddenEntity { get; private set; }

    public static MarkdownTreeScan Of(MarkdownDocument document)
    {
        var scan = new MarkdownTreeScan();
        var stack = new Stack<(MarkdownObject Node, int Depth)>();
        stack.Push((document, 0));
        while (stack.TryPop(out var item))
        {
            var (node, depth) = item;
            if (depth > MaxDepth)
            {
                scan.TooDeep = node;
                return scan;
            }
            switch (node)
            {
                case HtmlBlock or HtmlInline when scan.FirstHtml is null && !HtmlComments.IsComment(node):
                    scan.FirstHtml = node;
                    break;
                case HtmlEntityInline entity when scan.HiddenEntity is null && HiddenCharacters.IndexOf(entity.Transcoded.AsSpan()) is var index and >= 0:
                    scan.HiddenEntity = (entity, entity.Transcoded.AsSpan()[index]);
                    break;
                case ContainerBlock container:
                    for (var i = container.Count - 1; i >= 0; i--) stack.Push((container[i], depth + 1));
                    break;
                case LeafBlock { Inline: { } inline }:
                    stack.Push((inline, depth + 1));
                    break;
                case ContainerInline inlines:
                    for (var child = inlines.LastChild; child is not null; child = child.PreviousSibling) stack.Push((child, depth + 1));
                    break;
            }
        }
        return scan;
    }
}
