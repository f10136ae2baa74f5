using Galeri.Incremental;
using Galeri.Tests.Support;
using static Galeri.Tests.Support.RenderedSites;

namespace Galeri.Tests.Incremental;

/// <summary>
/// galeri serve makes the search data again after every save. Of the result files (32 entries each,
/// <c>assets/search/d/N.js</c>) only the one holding the edited entry is made again; the others are
/// the last build's, and every search file still equals a clean build's.
/// </summary>
public class SearchChunkReuseTests
{
    [Fact]
    public void After_an_edit_only_the_result_file_holding_the_entry_is_made_again()
    {
        using var temp = new TempDirectory();
        var content = SyntheticCatalog.WriteTo(temp.Combine("content"), 100, version: 1);
        var session = new BuildSession();
        var first = Render(content, RepoPaths.Theme, session);
        var entry = Path.Combine(content, "inovasi", "contoh-0050", "index.md");
        File.WriteAllText(entry, File.ReadAllText(entry).Replace("ringkasan: Inovasi contoh nomor 50 ", "ringkasan: Disunting. Inovasi contoh nomor 50 ", StringComparison.Ordinal));
        session.Changed([entry]);
        var rebuilt = Render(content, RepoPaths.Theme, session);

        var chunks = rebuilt.Files.Where(f => f.Path.StartsWith(Galeri.Search.SearchFiles.Folder + "d/", StringComparison.Ordinal)).ToList();
        Assert.True(chunks.Count >= 3, $"{chunks.Count} result files");
        var remade = Assert.Single(chunks, f => !ReferenceEquals(f, first.Find(f.Path)));
        Assert.Contains("Disunting.", TextOf(rebuilt, remade.Path), StringComparison.Ordinal);
        var clean = Render(content, RepoPaths.Theme);
        foreach (var file in clean.Files.Where(f => f.Path.StartsWith(Galeri.Search.SearchFiles.Folder, StringComparison.Ordinal)))
            Assert.True(Bytes(file).AsSpan().SequenceEqual(Bytes(rebuilt.Find(file.Path)!)), $"{file.Path} differs from a clean build");
    }
}
