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
}
