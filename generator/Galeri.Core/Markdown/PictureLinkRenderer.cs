using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace Galeri.Markdown;

/// <summary>
/// Renders links as Markdig does, except images the caller recognises (an entry's own photos), which
/// become the HTML it gives (a &lt;picture&gt; of the resized files). The image's target has already
/// passed the link policy (<see cref="SafeLinks.SafeLinkRewriter"/>); the caller escapes what it writes.
/// </summary>
/// <param name="pictures">From the image's target and its alt text, the HTML to write, or null to render it as usual.</param>
internal sealed class PictureLinkRenderer(Func<string, string, string?> pictures) : LinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (link.IsImage && link.Url is { } url && pictures(url, AltOf(link)) is { } html)
        {
            renderer.Write(html);
            return;
        }
        base.Write(renderer, link);
    }

    private static string AltOf(ContainerInline container)
    {
        var text = new System.Text.StringBuilder();
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is LiteralInline literal) text.Append(literal.Content.ToString());
            else if (inline is CodeInline code) text.Append(code.Content);
            else if (inline is ContainerInline inner) text.Append(AltOf(inner));
        }
        return text.ToString();
    }
}
