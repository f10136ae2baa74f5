using Galeri.Build;
using Galeri.Incremental;
using Galeri.Tests.Support;
using static Galeri.Tests.Support.RenderedSites;

namespace Galeri.Tests.Incremental;

/// <summary>
/// Entry pages give each image its width and height, read from the file. In a session an unchanged
/// image is not read again (the walk's size and time say so); a replaced one is, and its page changes.
/// </summary>
public class ImageMemoTests
{
    [Fact]
    public void A_replaced_image_changes_its_entry_page_and_an_unchanged_image_is_not_read_again()
    {
        using var temp = new TempDirectory();
        var content = temp.Combine("content");
        var theme = temp.Combine("theme");
        DirectoryCopy.Copy(RepoPaths.Content, content);
        ThemeCopy.To(theme);
        const string entryPage = "inovasi/data-go/index.html";
        var session = new BuildSession();

        var first = Render(content, theme, session);
        Assert.Contains("alur-data.svg\" alt=", TextOf(first, entryPage), StringComparison.Ordinal);
        Assert.Contains(" width=\"680\" height=\"190\"", TextOf(first, entryPage), StringComparison.Ordinal);
        var readsAfterFirst = session.Images.Reads;
        Assert.True(readsAfterFirst > 0);

        session.ChangedUnknown(); // a full walk: every image's size and time looked at again
        Render(content, theme, session);
        Assert.Equal(readsAfterFirst, session.Images.Reads); // nothing changed: no image read again

        var image = Path.Combine(content, "inovasi", "data-go", "alur-data.svg");
        File.WriteAllText(image, File.ReadAllText(image).Replace("width=\"680\" height=\"190\"", "width=\"300\" height=\"120\"", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(image, File.GetLastWriteTimeUtc(image).AddSeconds(5)); // a new time even on a coarse clock
        session.Changed([image]);
        var rebuilt = Render(content, theme, session);

        var html = TextOf(rebuilt, entryPage);
        Assert.Contains(" width=\"300\" height=\"120\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" width=\"680\" height=\"190\"", html, StringComparison.Ordinal);
        Assert.Equal(readsAfterFirst + 1, session.Images.Reads); // only the replaced image
        Assert.Equal(html, TextOf(Render(content, theme), entryPage)); // as a clean build has it
    }
}
