using Galeri.Build;
using Galeri.Incremental;
using Galeri.Tests.Support;
using static Galeri.Tests.Support.RenderedSites;

namespace Galeri.Tests.Incremental;

/// <summary>
/// What <c>galeri serve</c> relies on: after any kind of change, a rebuild in a long-lived session
/// (reads, parses, cards, models, related entries, sorted lists, search analysis and vectors all
/// kept) gives exactly the files a clean build gives, and renders fewer pages. Where a change shows
/// on a page, the rebuilt page is also checked to show it, so that a page reused from before fails.
/// </summary>
public class SessionRebuildTests
{
    private static void AssertSameAsClean(RenderedSite incremental, string content, string theme)
    {
        var clean = Render(content, theme);
        Assert.Equal(clean.Files.Select(f => f.Path).Order(StringComparer.Ordinal), incremental.Files.Select(f => f.Path).Order(StringComparer.Ordinal));
        foreach (var file in clean.Files)
            Assert.True(Bytes(file).AsSpan().SequenceEqual(Bytes(incremental.Find(file.Path)!)), $"{file.Path} differs from a clean build");
    }

    /// <summary>The sample content and theme copied into <paramref name="temp"/>, for a change to be made to them.</summary>
    private static (string Content, string Theme) CopyOfSample(TempDirectory temp)
    {
        var content = temp.Combine("content");
        var theme = temp.Combine("theme");
        DirectoryCopy.Copy(RepoPaths.Content, content);
        ThemeCopy.To(theme);
        return (content, theme);
    }

    [Theory]
    [MemberData(nameof(ContentChanges.All), MemberType = typeof(ContentChanges))]
    public void A_rebuild_after_a_change_equals_a_clean_build(string change)
    {
        using var temp = new TempDirectory();
        var (content, theme) = CopyOfSample(temp);
        var session = new BuildSession();
        var first = Render(content, theme, session);
        Render(content, theme, session); // a second build, so that every kept piece has been reused once

        var (changed, unknown, expected) = ContentChanges.Apply(change, content, theme);
        if (unknown) session.ChangedUnknown();
        session.Changed(changed);
        var rebuilt = Render(content, theme, session);

        AssertSameAsClean(rebuilt, content, theme);
        if (expected is var (page, shown))
        {
            Assert.Contains(shown, TextOf(rebuilt, page), StringComparison.Ordinal);
            if (first.Find(page) is not null) Assert.DoesNotContain(shown, TextOf(first, page), StringComparison.Ordinal);
        }
        if (change is "summary" or "saved unchanged")
            Assert.True(rebuilt.PagesRendered < first.Pages / 3, $"{rebuilt.PagesRendered} of {first.Pages} pages rendered");
        if (change == "saved unchanged") Assert.Equal(0, rebuilt.PagesRendered);
    }

    /// <summary>
    /// Walking the content folder costs about 2 s at 50,000 entries, so a save walks only when a walk
    /// would find something new: an editor's temporary file that came and went, or vim's swap file,
    /// does not make one; a removed or added bundle file does (the cases above check the result).
    /// </summary>
    [Theory]
    [InlineData("summary", false)]
    [InlineData("saved by rename", false)]
    [InlineData("saved beside a swap file", false)]
    [InlineData("removed image", true)]
    [InlineData("new bundle file", true)]
    public void A_save_walks_the_content_folder_only_when_a_walk_would_find_a_change(string change, bool walks)
    {
        using var temp = new TempDirectory();
        var (content, theme) = CopyOfSample(temp);
        var session = new BuildSession();
        session.Changed([]); // a watcher is telling from the start, as under serve
        Render(content, theme, session);

        var (changed, _, _) = ContentChanges.Apply(change, content, theme);
        session.Changed(changed);
        Render(content, theme, session);

        Assert.Equal(walks, session.Sources.Walked);
    }
}
