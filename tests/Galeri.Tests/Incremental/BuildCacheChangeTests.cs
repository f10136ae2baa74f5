using Galeri.Build;
using Galeri.Tests.Support;

namespace Galeri.Tests.Incremental;

/// <summary>
/// What <c>galeri build</c> relies on from one run to the next: after any kind of change, a build into
/// the folder it built before (pages whose fingerprint is unchanged kept, entry page models made only
/// for pages whose inputs changed, studi tiru scripts and search analyses kept) writes exactly the files
/// a clean build writes. Where a change shows on a page, that page is checked to show it.
/// </summary>
public class BuildCacheChangeTests
{
    [Theory]
    [MemberData(nameof(ContentChanges.All), MemberType = typeof(ContentChanges))]
    public void A_cached_build_after_a_change_equals_a_clean_build(string change)
    {
        using var temp = new TempDirectory();
        var content = temp.Combine("content");
        var theme = temp.Combine("theme");
        DirectoryCopy.Copy(RepoPaths.Content, content);
        ThemeCopy.To(theme);
        var output = temp.Combine("public");
        var first = Build(content, theme, output);

        var (_, _, expected) = ContentChanges.Apply(change, content, theme);
        var before = expected is var (shownOn, _) && File.Exists(Path.Combine(output, shownOn)) ? File.ReadAllText(Path.Combine(output, shownOn)) : null;
        var cached = Build(content, theme, output);

        var clean = temp.Combine("clean");
        Build(content, theme, clean, fresh: true);
        FolderAssert.SameFiles(clean, output);
        if (expected is var (page, shown))
        {
            Assert.Contains(shown, File.ReadAllText(Path.Combine(output, page)), StringComparison.Ordinal);
            if (before is not null) Assert.DoesNotContain(shown, before, StringComparison.Ordinal);
        }
        if (change is "summary" or "saved unchanged")
            Assert.True(cached.PagesRendered < first.Pages / 3, $"{cached.PagesRendered} of {first.Pages} pages rendered");
        if (change == "saved unchanged") Assert.Equal(0, cached.PagesRendered);
    }

    private static BuildResult Build(string content, string theme, string output, bool fresh = false)
    {
        var result = SiteBuilder.Build(new BuildOptions(content, theme, output) { Clean = fresh });
        Assert.True(result.Written, string.Join("\n", result.Diagnostics.Select(d => d.Message("id"))));
        return result;
    }
}
