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
    public void Unclosed_front_matter_points_at_the_end_of_the_file()
    {
        var bag = new DiagnosticBag();
        Assert.Null(FrontMatter.Split(File("---\nnama: A\nopd: b\n"), bag));
        var error = Assert.Single(bag.Sorted());
        Assert.Equal("front-matter-unclosed", error.Rule);
        Assert.Equal(4, error.Line);
    }
}
