using Galeri.Rendering;

namespace Galeri.Tests.Rendering;

public sealed class CutHtmlTests
{
    [Theory]
    [InlineData("<a href=\"ROOTinovasi/a/index.html\">Kota Émas — 🚲</a>")]
    [InlineData("ROOT")]
    [InlineData("ROOTROOT<p>ü</p>ROOT")]
    [InlineData("<p>tanpa tanda</p>")]
    [InlineData("")]
    public void Joined_again_it_is_the_html_with_the_filler_in_each_marks_place(string html)
    {
        var cut = CutHtml.Of(html, "ROOT");
        foreach (var filler in new[] { "", "../", "../../../../" })
            Assert.Equal(html.Replace("ROOT", filler), cut.Join(filler));
    }
}
