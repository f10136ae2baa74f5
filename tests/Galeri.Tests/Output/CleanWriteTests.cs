using Galeri.Output;
using Galeri.Tests.Support;

namespace Galeri.Tests.Output;

public class CleanWriteTests
{
    /// <summary>A write with no manifest of the last one, as after --clean: the folder must equal the files given.</summary>
    private static void WriteClean(string output, IReadOnlyList<OutputFile> files) => IncrementalOutputWriter.Write(output, files, previous: null);

    [Fact]
    public void Replaces_the_previous_output_completely()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("public");
        WriteClean(output, [OutputFile.FromText("lama.html", "lama"), OutputFile.FromText("a/index.html", "1")]);
        WriteClean(output, [OutputFile.FromText("a/index.html", "2")]);
        Assert.False(File.Exists(Path.Combine(output, "lama.html")));
        Assert.Equal("2", File.ReadAllText(Path.Combine(output, "a/index.html")));
        // no staging folders left behind: only the output and the build cache (which holds the spare tree)
        Assert.Equal([".galeri-cache", "public"], Directory.GetDirectories(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_failure_while_writing_leaves_the_previous_output_untouched()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("public");
        WriteClean(output, [OutputFile.FromText("index.html", "versi 1")]);
        var broken = OutputFile.Copy("gambar.png", temp.Combine("tidak-ada.png"));
        Assert.ThrowsAny<IOException>(() => WriteClean(output, [OutputFile.FromText("index.html", "versi 2"), broken]));
        Assert.Equal("versi 1", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal([".galeri-cache", "public"], Directory.GetDirectories(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Refuses_to_replace_a_folder_it_did_not_make()
    {
        using var temp = new TempDirectory();
        var precious = temp.Write("dokumen/skripsi.docx", "penting");
        Assert.Throws<OutputFolderException>(() => WriteClean(temp.Combine("dokumen"), [OutputFile.FromText("index.html", "x")]));
        Assert.Equal("penting", File.ReadAllText(precious));
    }
}
