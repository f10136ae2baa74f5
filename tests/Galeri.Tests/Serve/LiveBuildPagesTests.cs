using Galeri.Build;
using Galeri.Tests.Support;

namespace Galeri.Tests.Serve;

/// <summary>
/// <c>galeri serve</c> keeps rendered pages in a temporary folder of its own, not in memory (at 50,000
/// entries they are about 2.5 GB): it serves the edit from there, reuses the unchanged pages' files,
/// and leaves nothing behind when it stops.
/// </summary>
public class LiveBuildPagesTests
{
    private const string Page = "inovasi/siap-uji-kir-online/index.html";

    [Fact]
    public void Pages_wait_on_disk_the_edit_is_served_and_the_folder_is_gone_when_serve_stops()
    {
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Combine("content"));
        var entry = Path.Combine(content, "inovasi", "siap-uji-kir-online", "index.md");
        string folder;
        using (var live = new LiveBuild(content, RepoPaths.Theme))
        {
            var (site, _) = live.Render();
            var page = site!.Find(Page)!;
            Assert.Null(page.Bytes);
            folder = Path.GetDirectoryName(page.CopyFrom)!;
            Assert.StartsWith(Path.GetFullPath(Path.GetTempPath()), Path.GetFullPath(folder), StringComparison.Ordinal);
            var first = site.Files.Where(f => f.CopyFrom is { } from && from.StartsWith(folder, StringComparison.Ordinal))
                .ToDictionary(f => f.Path, f => f.CopyFrom!, StringComparer.Ordinal);

            File.WriteAllText(entry, File.ReadAllText(entry).Replace("nama: Aplikasi Siap Uji KIR Online", "nama: Aplikasi Siap Uji KIR Daring", StringComparison.Ordinal));
            live.Changed([entry]);
            var (again, diagnostics) = live.Render();
            Assert.NotNull(again);
            Assert.Contains("Aplikasi Siap Uji KIR Daring", File.ReadAllText(again.Find(Page)!.CopyFrom!));
            Assert.DoesNotContain(diagnostics, d => d.Severity == Galeri.Diagnostics.Severity.Error);
            // The pages the edit did not touch are served from the files the first build left; the edited one from a new file.
            var reused = again.Files.Where(f => first.TryGetValue(f.Path, out var from) && from == f.CopyFrom).ToList();
            Assert.InRange(reused.Count, first.Count / 2, first.Count - 1);
            Assert.DoesNotContain(reused, f => f.Path == Page);
            Assert.All(reused, f => Assert.True(File.Exists(f.CopyFrom)));
        }
        Assert.False(Directory.Exists(folder));
    }
}
