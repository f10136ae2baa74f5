using Galeri.Content;
using Galeri.Diagnostics;

namespace Galeri.Tests.Content;

public class FrontMatterTests
{
    private static SourceFile File(string text) => new("inovasi/x/index.md", "content/inovasi/x/index.md", "/tmp/x/index.md", text);

    [Fact]
    public void Splits_yaml_and_body_and_knows_where_the_body_starts()
    {
        var bag = new DiagnosticBag();
        var split = FrontMatter.Split(File("---\nnama: A\nopd: b\n---\n## Latar Belakang\n"), bag);
        Assert.NotNull(split);
        Assert.Equal("nama: A\nopd: b\n", split.Yaml);
        Assert.Equal("## Latar Belakang\n", split.Body);
        Assert.Equal(4, split.BodyLineOffset);
        Assert.Empty(bag.Sorted());
    }

    [Fact]
    public void Missing_opening_fence_is_an_error_on_line_one()
    {
        var bag = new DiagnosticBag();
        Assert.Null(FrontMatter.Split(File("nama: A\n"), bag));
        Assert.Equal("front-matter-missing", Assert.Single(bag.Sorted()).Rule);
    }

    [Fact]
    public void Unclosed_front_matter_is_reported_at_its_opening_line_with_where_it_probably_ends()
    {
        var bag = new DiagnosticBag();
        var split = FrontMatter.Split(File("---\nnama: A\nopd: b\n  # catatan\n\n## Latar Belakang\n\nTeks.\n"), bag);
        var error = Assert.Single(bag.Sorted());
        Assert.Equal("front-matter-unclosed", error.Rule);
        Assert.Equal(1, error.Line);
        Assert.Contains("kemungkinan sesudah baris 4", error.Message());
        Assert.Contains("probably after line 4", error.Message("en"));
        // The rest is still checked as if the front matter ended there.
        Assert.NotNull(split);
        Assert.Equal("nama: A\nopd: b\n  # catatan\n", split.Yaml);
        Assert.StartsWith("\n## Latar Belakang", split.Body, StringComparison.Ordinal);
        Assert.Equal(4, split.BodyLineOffset);
    }

    [Fact]
    public void Unclosed_front_matter_without_a_body_probably_ends_after_its_last_field()
    {
        var bag = new DiagnosticBag();
        FrontMatter.Split(File("---\nnama: A\nopd: b\n"), bag);
        Assert.Contains("sesudah baris 3", Assert.Single(bag.Sorted()).Message());
    }
}
