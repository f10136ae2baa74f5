using Galeri.Build;
using Galeri.Diagnostics;
using Galeri.Entries;
using Galeri.Tests.Support;

namespace Galeri.Tests.Entries;

public class RelatedFinderTests
{
    [Fact]
    public void Entries_sharing_tags_rank_above_entries_sharing_only_the_opd_and_every_entry_gets_suggestions()
    {
        var content = SiteBuilder.Check(RepoPaths.Content, null, new DiagnosticBag())!;
        var finder = new RelatedFinder(content);
        foreach (var entry in content.Innovations)
        {
            var related = finder.Find(entry, 4);
            Assert.DoesNotContain(entry, related);
            Assert.Equal(related.Count, related.Distinct().Count());
            int Score(Innovation other) =>
                3 * other.Tags.Intersect(entry.Tags, StringComparer.OrdinalIgnoreCase).Count()
                + (other.UrusanCode is not null && other.UrusanCode == entry.UrusanCode ? 2 : 0)
                + (other.OpdCode == entry.OpdCode ? 1 : 0);
            var scored = content.Innovations.Where(o => o != entry && Score(o) > 0)
                .OrderByDescending(Score).ThenBy(o => o.Slug, StringComparer.Ordinal);
            // A short list is filled with entries of the same jenis, so no entry page is left without suggestions.
            var sameJenis = content.Innovations.Where(o => o != entry && Score(o) == 0 && o.Jenis is not null && o.Jenis == entry.Jenis)
                .OrderBy(o => o.Slug, StringComparer.Ordinal);
            var expected = scored.Concat(sameJenis).Take(4);
            Assert.Equal(expected.Select(e => e.Slug), related.Select(e => e.Slug));
            Assert.NotEmpty(related);
        }
    }

    [Fact]
    public void In_an_urusan_with_hundreds_of_entries_the_lists_are_still_the_best_scored()
    {
        // 700 entries in one urusan (a large catalog's shape, where not every entry of the urusan is
        // scored), over two OPDs and overlapping tags, some sharing none.
        using var temp = new TempDirectory();
        var folder = SyntheticCatalog.WriteTo(temp.Combine("content"), 700, version: 1);
        for (var i = 1; i <= 700; i++)
        {
            var path = Path.Combine(folder, "inovasi", $"contoh-{i:D4}", "index.md");
            var tags = i % 5 == 0 ? "[]" : $"[t{i % 13}, u{i % 17}]";
            File.WriteAllText(path, File.ReadAllText(path)
                .Replace("opd: diskominsta", i % 3 == 0 ? "opd: dishub" : "opd: diskominsta", StringComparison.Ordinal)
                .Replace("tag: [contoh]", $"tag: {tags}", StringComparison.Ordinal));
        }
        var diagnostics = new DiagnosticBag();
        var content = SiteBuilder.Check(folder, null, diagnostics)!;
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Sorted()));
        var finder = new RelatedFinder(content);
        foreach (var entry in content.Innovations)
        {
            int Score(Innovation other) =>
                3 * other.Tags.Intersect(entry.Tags, StringComparer.OrdinalIgnoreCase).Count()
                + (other.UrusanCode is not null && other.UrusanCode == entry.UrusanCode ? 2 : 0)
                + (other.OpdCode == entry.OpdCode ? 1 : 0);
            var expected = content.Innovations.Where(o => o != entry && Score(o) > 0)
                .OrderByDescending(Score).ThenBy(o => o.Slug, StringComparer.Ordinal).Take(5);
            Assert.Equal(expected.Select(e => e.Slug), finder.Find(entry, 5).Select(e => e.Slug));
        }
    }

    /// <summary>
    /// galeri serve's finder reuses the last build's lists. After an edit (a summary, which changes no
    /// group; tags, which do) and, in the second case, a new entry that moves the others' places, every
    /// list must equal a fresh finder's, and hold this build's entry objects (a card made from a stale
    /// object would show the text from before the edit).
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void After_an_edit_the_reused_lists_equal_a_fresh_finders_and_hold_the_new_entries(bool addEntry)
    {
        using var temp = new TempDirectory();
        var folder = SyntheticCatalog.WriteTo(temp.Combine("content"), 300, version: 1);
        string Entry(int i) => Path.Combine(folder, "inovasi", $"contoh-{i:D4}", "index.md");
        for (var i = 1; i <= 300; i++)
            File.WriteAllText(Entry(i), File.ReadAllText(Entry(i)).Replace("tag: [contoh]", $"tag: [t{i % 7}, u{i % 11}]", StringComparison.Ordinal));
        // Read and parsed through one session, as serve does: an unchanged entry is the same object in both builds.
        var session = new Galeri.Incremental.BuildSession();
        var diagnostics = new DiagnosticBag();
        Galeri.Content.SiteContent Parse() => session.Parses.Parse(session.Sources.Read(folder, diagnostics), null, diagnostics)!;
        var before = Parse();
        var last = new RelatedFinder(before);
        foreach (var entry in before.Innovations) last.Find(entry, 4);

        File.WriteAllText(Entry(42), File.ReadAllText(Entry(42)).Replace("\nringkasan: ", "\nringkasan: Disunting. ", StringComparison.Ordinal));
        File.WriteAllText(Entry(43), File.ReadAllText(Entry(43)).Replace("tag: [t1, u10]", "tag: [t2, u3]", StringComparison.Ordinal));
        if (addEntry)
        {
            Directory.CreateDirectory(Path.Combine(folder, "inovasi", "contoh-0000"));
            File.WriteAllText(Path.Combine(folder, "inovasi", "contoh-0000", "index.md"), File.ReadAllText(Entry(42)));
        }
        var after = Parse();
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Sorted()));
        Assert.Equal(before.Innovations.Count + (addEntry ? 1 : 0), after.Innovations.Count);
        var reusing = new RelatedFinder(after, last);
        var fresh = new RelatedFinder(after);
        Assert.Equal(before.Innovations.Count - 2, after.Innovations.Intersect(before.Innovations, ReferenceEqualityComparer.Instance).Count());
        foreach (var entry in after.Innovations)
            Assert.Equal(fresh.Find(entry, 4), reusing.Find(entry, 4), ReferenceEqualityComparer.Instance);
        Assert.Contains(after.Innovations.Single(e => e.Slug == "contoh-0042"), after.Innovations.SelectMany(e => reusing.Find(e, 4)));
    }
}
