using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Galeri.Markdown.Limits;

/// <summary>
/// The depth of a parsed document, walked without recursion. Unclosed brackets ("[a[a[a…") parse
/// into inlines nested in each other, deep enough to stop Markdig's renderer (at 128) later on:
/// measured here, right after parsing, they are reported with a line instead.
/// </summary>
public static class MarkdownTreeDepth
{
    /// <summary>Deeper than any real body (the sample's deepest is 7) and well inside Markdig's 128.</summary>
    public const int MaxDepth = 64;

    /// <returns>The first node deeper than <see cref="MaxDepth"/>, or null.</returns>
    public static MarkdownObject? FindTooDeep(MarkdownDocument document)
    {
        var stack = new Stack<(MarkdownObject Node, int Depth)>();
        stack.Push((document, 0));
        while (stack.TryPop(out var item))
        {
            var (node, depth) = item;
            if (depth > MaxDepth) return node;
            switch (node)
            {
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
        return null;
    }
}
