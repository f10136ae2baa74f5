using Galeri.Build;
using Galeri.Tests.Support;

namespace Galeri.Tests.Output;

/// <summary>
/// Whatever was done to a built output folder by hand, the next build makes it equal a clean build
/// again: a page replaced by a folder or a folder by a file, empty folders added, a file edited
/// in place with its size and time put back, and what killed builds of older versions left.
/// </summary>
public class OutputHealingTests
{
    [Fact]
    public void A_page_replaced_by_a_folder_heals()
    {
        using var site = new HealSite();
        var page = Path.Combine(site.Output, "tentang", "index.html");
        File.Delete(page);
        Directory.CreateDirectory(page);
        File.WriteAllText(Path.Combine(page, "index.html"), "bukan halaman");
        site.AssertHeals();
    }

    [Fact]
    public void A_folder_replaced_by_a_file_heals()
    {
        using var site = new HealSite();
        var folder = Path.Combine(site.Output, "inovasi");
        Directory.Delete(folder, recursive: true);
        File.WriteAllText(folder, "bukan folder");
        site.AssertHeals();
    }

    [Fact]
    public void Empty_folders_added_by_hand_are_removed()
    {
        using var site = new HealSite();
        Directory.CreateDirectory(Path.Combine(site.Output, "kosong"));
        Directory.CreateDirectory(Path.Combine(site.Output, "inovasi", "data-go", "kosong", "lebih-dalam"));
        site.AssertHeals();
    }

    [Fact]
    public void An_edit_that_keeps_size_and_time_is_put_right()
    {
        using var site = new HealSite();
        var page = Path.Combine(site.Output, "inovasi", "data-go", "index.html");
        var written = File.GetLastWriteTimeUtc(page);
        var bytes = File.ReadAllBytes(page);
        var at = Array.IndexOf(bytes, (byte)'<', 100);
        bytes[at + 1] ^= 0x20; // one letter's case, same size: "<div" → "<Div"
        using (var stream = new FileStream(page, FileMode.Open, FileAccess.Write)) stream.Write(bytes); // in place: same inode
        File.SetLastWriteTimeUtc(page, written);
        site.AssertHeals();
    }

    [Fact]
    public void Leftovers_of_killed_builds_of_older_versions_are_removed_and_others_kept()
    {
        using var site = new HealSite();
        File.WriteAllText(Path.Combine(site.Output, "index.html.galeri-baru"), "setengah");
        File.WriteAllText(Path.Combine(site.Output, "inovasi", "data-go", "index.html.galeri-baru"), "setengah");
        var staging = site.Temp.Combine($".public.tmp-4242-{Guid.NewGuid():N}");
        DirectoryCopy.Copy(site.Output, staging);
        DirectoryCopy.Copy(site.Output, staging + ".old");
        var notOurs = site.Temp.Write(".public.tmp-catatan/milik-orang.txt", "bukan milik galeri");
        var otherOutput = site.Temp.Write($".situs.tmp-4242-{Guid.NewGuid():N}/index.html", "milik build lain");

        site.AssertHeals();

        Assert.False(Directory.Exists(staging));
        Assert.False(Directory.Exists(staging + ".old"));
        Assert.True(File.Exists(notOurs));
        Assert.True(File.Exists(otherOutput));
    }

    /// <summary>The mini content built once into <c>public</c>, and a clean build of it to compare with.</summary>
    private sealed class HealSite : IDisposable
    {
        public HealSite()
        {
            Content = MiniContent.WriteTo(Temp.Path);
            Assert.True(Build(Output).Written);
            Assert.True(Build(Output).Written); // a second build: the first output is now the spare tree
        }

        public TempDirectory Temp { get; } = new();
        public string Content { get; }
        public string Output => Temp.Combine("public");

        public BuildResult Build(string output) => SiteBuilder.Build(new BuildOptions(Content, RepoPaths.Theme, output));

        /// <summary>The next build succeeds, the output equals a clean build, and so does it after one more (nothing came back from the spare).</summary>
        public void AssertHeals()
        {
            var clean = Temp.Combine("bersih");
            Assert.True(Build(clean).Written);
            var expected = FolderState.Hash(clean);
            var healed = Build(Output);
            Assert.True(healed.Written);
            Assert.Equal(expected, FolderState.Hash(Output));
            Assert.Empty(FolderState.Temporaries(Output));
            Assert.True(Build(Output).Written);
            Assert.Equal(expected, FolderState.Hash(Output));
        }

        public void Dispose() => Temp.Dispose();
    }
}
