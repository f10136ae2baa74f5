using Galeri.Build;
using Galeri.Tests.Support;

namespace Galeri.Tests.Output;

/// <summary>
/// Symbolic links put into a built output folder (by hand, a script, a careless deploy step): the
/// next build removes the links themselves and never reads, writes or deletes through them. Files
/// outside the output stay exactly as they were, and the output equals a clean build.
/// </summary>
public class LinksInOutputTests
{
    public static TheoryData<string, bool> Links => new()
    {
        { "unduhan", true },                           // a folder link at the top
        { "inovasi/data-go/lampiran", true },          // a folder link inside a page folder
        { "laporan.pdf", false },                      // a file link
        { "tentang/index.html", false },               // a link where a page belongs
        { "inovasi", true },                           // a link where a folder of pages belongs
    };

    [Theory]
    [MemberData(nameof(Links))]
    public void A_link_is_removed_and_nothing_outside_is_touched(string place, bool toFolder)
    {
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        var output = temp.Combine("public");
        Assert.True(Build(content, output).Written);
        var outside = temp.Combine("rahasia");
        temp.Write("rahasia/kunci.txt", "jangan dihapus");
        temp.Write("rahasia/dalam/catatan.txt", "juga jangan");
        var outsideFile = temp.Write("catatan.txt", "berkas di luar");
        var outsideBefore = FolderState.Hash(outside);

        var link = Path.Combine(output, place);
        if (File.Exists(link)) File.Delete(link);
        else if (Directory.Exists(link)) Directory.Delete(link, recursive: true);
        if (toFolder) Directory.CreateSymbolicLink(link, outside);
        else File.CreateSymbolicLink(link, outsideFile);

        var result = Build(content, output);
        Assert.True(result.Written);
        Assert.Equal(outsideBefore, FolderState.Hash(outside));
        Assert.Equal("berkas di luar", File.ReadAllText(outsideFile));
        Assert.Null(new FileInfo(link).LinkTarget);
        Assert.Equal(CleanBuild(content, temp), FolderState.Hash(output));

        // And once more: the link, now in the spare tree beside the output, is gone for good.
        Assert.True(Build(content, output).Written);
        Assert.Equal(outsideBefore, FolderState.Hash(outside));
    }

    [Fact]
    public void Clean_walks_the_spare_tree_and_removes_a_link_in_it_without_following_it()
    {
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        var output = temp.Combine("public");
        Assert.True(Build(content, output).Written);
        Assert.True(Build(content, output, clean: true).Written); // now the first output is the spare
        var outside = temp.Combine("rahasia");
        temp.Write("rahasia/kunci.txt", "jangan dihapus");
        var spare = Path.Combine(Galeri.Incremental.BuildCache.FolderFor(output), "spare");
        Directory.CreateSymbolicLink(Path.Combine(spare, "inovasi", "tautan"), outside);
        Directory.Delete(Path.Combine(spare, "tentang"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(spare, "tentang"), outside);

        var entry = Path.Combine(content, "inovasi", "data-go", "index.md");
        File.WriteAllText(entry, File.ReadAllText(entry).Replace("Data tersebar.", "Data tersebar di banyak dinas.", StringComparison.Ordinal));
        Assert.True(Build(content, output, clean: true).Written);

        Assert.Equal("jangan dihapus", File.ReadAllText(Path.Combine(outside, "kunci.txt")));
        Assert.Single(Directory.GetFileSystemEntries(outside));
        Assert.Equal(CleanBuild(content, temp), FolderState.Hash(output));
    }

    private static BuildResult Build(string content, string output, bool clean = false) =>
        SiteBuilder.Build(new BuildOptions(content, RepoPaths.Theme, output) { Clean = clean });

    private static string CleanBuild(string content, TempDirectory temp)
    {
        var clean = temp.Combine("bersih-" + Guid.NewGuid().ToString("N")[..6]);
        Assert.True(Build(content, clean).Written);
        return FolderState.Hash(clean);
    }
}
