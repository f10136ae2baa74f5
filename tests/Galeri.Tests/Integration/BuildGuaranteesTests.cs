using Galeri.Build;
using Galeri.Tests.Support;

namespace Galeri.Tests.Integration;

/// <summary>What Balitbang relies on when publishing: identical output for identical input, and a failed build never damages the published folder.</summary>
public class BuildGuaranteesTests
{
    [Fact]
    public void Two_builds_of_the_same_content_are_byte_identical()
    {
        using var temp = new TempDirectory();
        var first = SiteBuilder.Build(new BuildOptions(RepoPaths.Content, RepoPaths.Theme, temp.Combine("a")));
        var second = SiteBuilder.Build(new BuildOptions(RepoPaths.Content, RepoPaths.Theme, temp.Combine("b")));
        Assert.True(first.Written && second.Written);
        FolderAssert.SameFiles(temp.Combine("a"), temp.Combine("b"), "between builds");
    }

    [Fact]
    public void A_content_error_leaves_the_previous_output_exactly_as_it_was()
    {
        using var temp = new TempDirectory();
        var content = temp.Combine("content");
        DirectoryCopy.Copy(RepoPaths.Content, content);
        var output = temp.Combine("public");
        Assert.True(SiteBuilder.Build(new BuildOptions(content, RepoPaths.Theme, output)).Written);
        var before = DirectoryCopy.Snapshot(output);

        var entry = Path.Combine(content, "inovasi", "data-go", "index.md");
        File.WriteAllText(entry, File.ReadAllText(entry).Replace("opd: diskominsta", "opd: diskominfo"));
        var failed = SiteBuilder.Build(new BuildOptions(content, RepoPaths.Theme, output));

        Assert.False(failed.Written);
        var error = DiagnosticAssert.SingleError(failed.Diagnostics, "unknown-opd");
        Assert.EndsWith("inovasi/data-go/index.md", error.File);
        var after = DirectoryCopy.Snapshot(output);
        Assert.Equal(before.Keys, after.Keys);
        foreach (var (path, bytes) in before) Assert.True(bytes.AsSpan().SequenceEqual(after[path]), $"{path} changed");
        // content, public and the build cache: no half-written folder left beside them
        Assert.Equal([".galeri-cache", "content", "public"], Directory.GetDirectories(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_broken_template_also_leaves_the_output_untouched()
    {
        using var temp = new TempDirectory();
        var theme = temp.Combine("theme");
        ThemeCopy.To(theme);
        var output = temp.Combine("public");
        Assert.True(SiteBuilder.Build(new BuildOptions(RepoPaths.Content, theme, output)).Written);
        var before = DirectoryCopy.Snapshot(output);
        var layout = Path.Combine(theme, "layouts", "entry.liquid");
        var lines = File.ReadAllLines(layout).Length;
        File.AppendAllText(layout, "\n{% if %}\n");
        var failed = SiteBuilder.Build(new BuildOptions(RepoPaths.Content, theme, output));
        Assert.False(failed.Written);
        var error = DiagnosticAssert.SingleError(failed.Diagnostics, "template-error");
        Assert.EndsWith("layouts/entry.liquid", error.File);
        Assert.Equal(lines + 2, error.Line);
        Assert.Contains("Invalid 'if' tag", error.Message());
        Assert.Equal(before.Keys, DirectoryCopy.Snapshot(output).Keys);
    }

    [Fact]
    public void A_missing_layout_is_named()
    {
        using var temp = new TempDirectory();
        var theme = temp.Combine("theme");
        ThemeCopy.To(theme);
        File.Delete(Path.Combine(theme, "layouts", "visit.liquid"));
        var failed = SiteBuilder.Build(new BuildOptions(RepoPaths.Content, theme, temp.Combine("public")));
        Assert.False(failed.Written);
        Assert.Contains(failed.Diagnostics, d => d.Rule == "theme-file-missing" && d.File.EndsWith("layouts/visit.liquid", StringComparison.Ordinal));
        Assert.False(Directory.Exists(temp.Combine("public")));
    }

    [Fact]
    public void The_output_folder_may_not_hold_the_content()
    {
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        var result = SiteBuilder.Build(new BuildOptions(content, RepoPaths.Theme, temp.Path));
        Assert.False(result.Written);
        DiagnosticAssert.SingleError(result.Diagnostics, "output-overlaps");
        Assert.True(File.Exists(Path.Combine(content, "site.yml")));
    }

    [Fact]
    public void Base_url_option_sets_canonical_addresses_for_a_sub_path()
    {
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        var output = temp.Combine("public");
        var result = SiteBuilder.Build(new BuildOptions(content, RepoPaths.Theme, output, "https://example.org/kota/galeri/"));
        DiagnosticAssert.NoErrors(result.Diagnostics);
        var entry = HtmlPages.Parse(File.ReadAllText(Path.Combine(output, "inovasi/data-go/index.html")));
        Assert.Equal("https://example.org/kota/galeri/inovasi/data-go/", entry.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Contains("href=\"/kota/galeri/", File.ReadAllText(Path.Combine(output, "404.html")));
    }
}
