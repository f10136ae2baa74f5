using Galeri.Build;
using Galeri.Tests.Support;

namespace Galeri.Tests.Security;

/// <summary>
/// The build cache lives beside the output, in <c>.galeri-cache/</c>, where a pull request can put
/// a link of its own: the build removes such a link and keeps its cache in a real folder, writing
/// nothing where the link pointed.
/// </summary>
public class CacheFolderLinkTests
{
    [Theory]
    [InlineData(".galeri-cache")]
    [InlineData(".galeri-cache/public")]
    public void A_link_where_the_cache_goes_is_replaced_and_its_target_left_untouched(string linked)
    {
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        var elsewhere = temp.Combine("elsewhere");
        Directory.CreateDirectory(elsewhere);
        File.WriteAllText(Path.Combine(elsewhere, "rahasia.txt"), "jangan disentuh");
        var link = temp.Combine(linked);
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        Directory.CreateSymbolicLink(link, elsewhere);

        var result = SiteBuilder.Build(new BuildOptions(content, RepoPaths.Theme, temp.Combine("public")));

        Assert.True(result.Written);
        Assert.Equal(["rahasia.txt"], Directory.GetFileSystemEntries(elsewhere).Select(Path.GetFileName));
        Assert.Equal("jangan disentuh", File.ReadAllText(Path.Combine(elsewhere, "rahasia.txt")));
        Assert.Null(new DirectoryInfo(link).LinkTarget);
        Assert.True(File.Exists(temp.Combine(".galeri-cache", "public", "state.txt")));
        Assert.True(File.Exists(temp.Combine("public", "index.html")));
    }

    [Fact]
    public void A_link_in_place_of_the_lock_file_is_not_opened()
    {
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        var outside = temp.Combine("outside.txt");
        File.WriteAllText(outside, "tetap");
        Directory.CreateDirectory(temp.Combine(".galeri-cache"));
        File.CreateSymbolicLink(temp.Combine(".galeri-cache", "public.lock"), outside);

        var result = SiteBuilder.Build(new BuildOptions(content, RepoPaths.Theme, temp.Combine("public")));

        Assert.True(result.Written);
        Assert.Equal("tetap", File.ReadAllText(outside));
        Assert.Null(new FileInfo(temp.Combine(".galeri-cache", "public.lock")).LinkTarget);
    }
}
