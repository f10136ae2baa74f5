using Galeri.Build;
using Galeri.Diagnostics;
using Galeri.Incremental;
using Galeri.Tests.Support;

namespace Galeri.Tests.Incremental;

/// <summary>
/// <c>galeri serve</c> skips the walk when a watcher reports only saves of files it already read.
/// A link put in place of such a file, or of a folder above it, must still be refused: the secret
/// it points to never reaches a page.
/// </summary>
public class SourceMemoSymlinkTests
{
    private const string Secret = "RAHASIA-SERVE-51d0";

    private static (RenderedSite? Site, IReadOnlyList<Diagnostic> Diagnostics) Render(string content, BuildSession session)
    {
        var diagnostics = new DiagnosticBag();
        var site = SiteBuilder.Render(content, RepoPaths.Theme, null, diagnostics, session);
        return (site, diagnostics.Sorted());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_link_in_place_of_a_known_file_or_its_folder_is_refused_without_a_walk(bool replaceFolder)
    {
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        var folder = Path.Combine(content, "inovasi", "data-go");
        var entry = Path.Combine(folder, "index.md");
        temp.Write("rahasia/data-go/index.md", File.ReadAllText(entry).Replace("ringkasan: ", "ringkasan: " + Secret + " "));
        var session = new BuildSession();
        session.Changed([]); // a watcher is telling from the start, as under serve
        Assert.NotNull(Render(content, session).Site);

        if (replaceFolder)
        {
            Directory.Delete(folder, recursive: true);
            File.CreateSymbolicLink(folder, temp.Combine("rahasia", "data-go"));
        }
        else
        {
            File.Delete(entry);
            File.CreateSymbolicLink(entry, temp.Combine("rahasia", "data-go", "index.md"));
        }
        session.Changed([entry]); // what the watcher reports: a save of a file it knows
        var (site, diagnostics) = Render(content, session);

        Assert.Null(site);
        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("symlink", error.Rule);
        Assert.EndsWith(replaceFolder ? "content/inovasi/data-go" : "content/inovasi/data-go/index.md", error.File);
    }
}
