using System.Text;
using Galeri.Build;
using Galeri.Diagnostics;
using Galeri.Incremental;
using Galeri.Tests.Support;

namespace Galeri.Tests.Incremental;

/// <summary>
/// Entry pages give each image its width and height, read from the file. In a session an unchanged
/// image is not read again (the walk's size and time say so); a replaced one is, and its page changes.
/// </summary>
public class ImageMemoTests
{
    private static RenderedSite Render(string content, string theme, BuildSession? session = null)
    {
        var diagnostics = new DiagnosticBag();
        return SiteBuilder.Render(content, theme, null, diagnostics, session)
            ?? throw new InvalidOperationException(string.Join('\n', diagnostics.Sorted()));
    }

    private static string Page(RenderedSite site, string path)
    {
        var file = site.Find(path) ?? throw new InvalidOperationException(path + " not rendered");
        return Encoding.UTF8.GetString(file.Bytes ?? File.ReadAllBytes(file.CopyFrom!));
    }

    [Fact]
    public void A_replaced_image_changes_its_entry_page_and_an_unchanged_image_is_not_read_again()
    {
        using var temp = new TempDirectory();
        var content = temp.Combine("content");
        var theme = temp.Combine("theme");
        DirectoryCopy.Copy(RepoPaths.Content, content);
        DirectoryCopy.Copy(RepoPaths.Theme, theme);
        const string entryPage = "inovasi/data-go/index.html";
        var session = new BuildSession { LongLived = true };

        var first = Render(content, theme, session);
        Assert.Contains("alur-data.svg\" alt=", Page(first, entryPage), StringComparison.Ordinal);
        Assert.Contains(" width=\"680\" height=\"190\"", Page(first, entryPage), StringComparison.Ordinal);
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

        var html = Page(rebuilt, entryPage);
        Assert.Contains(" width=\"300\" height=\"120\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" width=\"680\" height=\"190\"", html, StringComparison.Ordinal);
        Assert.Equal(readsAfterFirst + 1, session.Images.Reads); // only the replaced image
        Assert.Equal(html, Page(Render(content, theme), entryPage)); // as a clean build has it
    }
}
