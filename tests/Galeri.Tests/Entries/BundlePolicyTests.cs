using Galeri.Build;
using Galeri.Diagnostics;
using Galeri.Tests.Support;

namespace Galeri.Tests.Entries;

/// <summary>
/// What an entry folder may hold and publish: size limits per file and per entry (checked on sparse
/// files, so the test writes almost nothing), and hidden or system files that are simply left out.
/// </summary>
public class BundlePolicyTests
{
    private static string Folder(string content) => Path.Combine(content, "inovasi", "data-go");

    private static void Sparse(string path, long bytes)
    {
        using var file = File.Create(path);
        file.SetLength(bytes);
    }

    private static BuildResult Build(string content, string output) => SiteBuilder.Build(new BuildOptions(content, RepoPaths.Theme, output));

    [Fact]
    public void A_file_over_twenty_megabytes_is_an_error_at_the_file()
    {
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        Sparse(Path.Combine(Folder(content), "laporan.pdf"), 20L * 1024 * 1024 + 1);

        var result = Build(content, temp.Combine("public"));

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("bundle-file-too-large", error.Rule);
        Assert.EndsWith("content/inovasi/data-go/laporan.pdf", error.File);
        Assert.Contains("melebihi batas 20 MB", error.Message("id"));
        Assert.False(Directory.Exists(temp.Combine("public")));
    }

    [Fact]
    public void Files_together_over_fifty_megabytes_are_an_error_at_the_entry()
    {
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        foreach (var name in new[] { "a.pdf", "b.pdf", "c.pdf" }) Sparse(Path.Combine(Folder(content), name), 18L * 1024 * 1024);

        var result = Build(content, temp.Combine("public"));

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("bundle-too-large", error.Rule);
        Assert.EndsWith("content/inovasi/data-go/index.md", error.File);
        Assert.Contains("54 MB", error.Message("id"));
        Assert.False(Directory.Exists(temp.Combine("public")));
    }

    [Fact]
    public void Hidden_and_system_files_are_neither_published_nor_reported()
    {
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        File.WriteAllText(Path.Combine(Folder(content), ".DS_Store"), "x");
        File.WriteAllText(Path.Combine(Folder(content), "Thumbs.db"), "x");
        File.WriteAllText(Path.Combine(Folder(content), "desktop.ini"), "x");
        temp.Write("content/inovasi/data-go/.git/config", "[core]");
        temp.Write("content/inovasi/data-go/.draf/halaman.html", "<script>alert(1)</script>");
        var output = temp.Combine("public");

        var result = Build(content, output);

        Assert.True(result.Written, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.File.Contains("data-go/", StringComparison.Ordinal) && !d.File.EndsWith("index.md", StringComparison.Ordinal));
        // Only the generator's own files: the page and its data script for the compare and visit plan pages.
        Assert.Equal(["index.html", Galeri.StudiTiru.EntryData.FileName], Directory.GetFileSystemEntries(Path.Combine(output, "inovasi", "data-go")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_pdf_is_published_beside_the_entry_page()
    {
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        File.WriteAllText(Path.Combine(Folder(content), "panduan.pdf"), "%PDF-1.4\n");
        var output = temp.Combine("public");

        Assert.True(Build(content, output).Written);
        Assert.Equal("%PDF-1.4\n", File.ReadAllText(Path.Combine(output, "inovasi", "data-go", "panduan.pdf")));
    }
}
