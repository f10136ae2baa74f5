using Galeri.Build;
using Galeri.Incremental;
using Galeri.Tests.Support;

namespace Galeri.Tests.Sharing;

/// <summary>
/// <c>galeri build</c> keeps drawn share images in its cache folder and puts them into the output
/// without drawing or copying them again: an edit draws only the edited entry's card, a card damaged
/// by hand in the output is drawn again rather than trusted, and the output always equals a clean build.
/// </summary>
public class ShareImageCacheTests
{
    private const string Edited = "contoh-0004";

    private static string Kept(string output) => Path.Combine(BuildCache.FolderFor(output), "bagikan");

    private static HashSet<string> KeptNames(string output) =>
        Directory.GetFiles(Kept(output)).Select(Path.GetFileName).OfType<string>().ToHashSet(StringComparer.Ordinal);

    private static void AssertEqualsCleanBuild(string content, string output, TempDirectory temp)
    {
        var clean = temp.Combine("clean");
        Assert.True(SiteBuilder.Build(new BuildOptions(content, RepoPaths.Theme, clean) { Clean = true }).Written);
        FolderAssert.SameFiles(clean, output);
    }

    [Fact]
    public void An_edit_draws_only_the_edited_entrys_card_and_the_output_equals_a_clean_build()
    {
        using var temp = new TempDirectory();
        var content = SyntheticCatalog.WriteTo(temp.Combine("content"), 12, version: 1);
        var output = temp.Combine("public");
        Assert.True(SiteBuilder.Build(new BuildOptions(content, RepoPaths.Theme, output)).Written);
        var before = KeptNames(output);

        var entry = Path.Combine(content, "inovasi", Edited, "index.md");
        File.WriteAllText(entry, File.ReadAllText(entry).Replace("nama: Inovasi Contoh 4", "nama: Inovasi Contoh Empat", StringComparison.Ordinal));
        Assert.True(SiteBuilder.Build(new BuildOptions(content, RepoPaths.Theme, output)).Written);
        var after = KeptNames(output);

        // One card drawn anew (the edited entry's); the old one is gone from the cache; every other card was reused.
        Assert.Single(after.Except(before));
        Assert.Single(before.Except(after));
        AssertEqualsCleanBuild(content, output, temp);
    }

    [Fact]
    public void A_card_changed_by_hand_in_the_output_is_drawn_again_not_trusted()
    {
        using var temp = new TempDirectory();
        var content = SyntheticCatalog.WriteTo(temp.Combine("content"), 6, version: 1);
        var output = temp.Combine("public");
        Assert.True(SiteBuilder.Build(new BuildOptions(content, RepoPaths.Theme, output)).Written);
        var card = Path.Combine(output, "assets", "bagikan", Edited + ".png");
        var original = File.ReadAllBytes(card);

        // Written in place, as `cat >> file` does: the output's card may be the very file the cache keeps.
        using (var stream = new FileStream(card, FileMode.Append, FileAccess.Write)) stream.Write("rusak"u8);
        Assert.True(SiteBuilder.Build(new BuildOptions(content, RepoPaths.Theme, output)).Written);

        Assert.Equal(original, File.ReadAllBytes(card));
        AssertEqualsCleanBuild(content, output, temp);
        // And the next build, with nothing changed, still has the card as drawn.
        Assert.Equal(0, SiteBuilder.Build(new BuildOptions(content, RepoPaths.Theme, output)).FilesWritten);
        Assert.Equal(original, File.ReadAllBytes(card));
    }
}
