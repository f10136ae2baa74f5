using Galeri.Diagnostics;
using Galeri.Markdown;
using Galeri.Markdown.SafeLinks;

namespace Galeri.Tests.Markdown;

public class MarkdownRendererTests
{
    [Fact]
    public void Raw_html_is_shown_as_text_not_rendered()
    {
        var html = MarkdownRenderer.ToHtml("Halo <script>alert(1)</script> dunia\n\n<div onclick=\"x()\">kotak</div>\n");
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<div", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("&lt;div onclick=", html);
    }

    [Fact]
    public void Tables_and_lists_render()
    {
        var html = MarkdownRenderer.ToHtml("| a | b |\n|---|---|\n| 1 | 2 |\n\n- satu\n- dua\n");
        Assert.Contains("<table>", html);
        Assert.Contains("<li>satu</li>", html);
    }

    [Theory]
    [InlineData("https://magelangkota.go.id/", true)]
    [InlineData("mailto:dishub@magelangkota.go.id", true)]
    [InlineData("tel:+62293362000", true)]
    [InlineData("../data-go/", true)]
    [InlineData("foto.jpg", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JavaScript:alert(1)", false)]
    [InlineData("data:text/html;base64,xx", false)]
    [InlineData("vbscript:x", false)]
    public void Only_web_mail_phone_and_relative_links_are_allowed(string url, bool allowed) =>
        Assert.Equal(allowed, SafeLinkPolicy.IsAllowed(url));

    [Fact]
    public void An_unsafe_link_becomes_its_text_and_is_reported()
    {
        var diagnostics = new DiagnosticBag();
        var document = MarkdownRenderer.Parse("Klik [di sini](javascript:alert(1)) ya.\n", "a.md", 10, diagnostics);
        var html = MarkdownRenderer.Render(document!);
        var warning = Assert.Single(diagnostics.Sorted());
        Assert.Equal(("unsafe-link", 11, 6), (warning.Rule, warning.Line, warning.Column));
        Assert.Equal(["javascript:alert(1)"], warning.Arguments);
        Assert.DoesNotContain("href", html);
        Assert.Contains("di sini", html);
    }
}
