using Galeri.Content;
using Galeri.Diagnostics;
using Galeri.Tests.Support;

namespace Galeri.Tests.Content;

public class SourceFileReaderTests
{
    [Fact]
    public void A_file_that_is_not_utf8_is_reported_at_its_first_bad_byte_and_still_read()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("a.md");
        File.WriteAllBytes(path, [.. "---\nnama: Café é\n"u8.ToArray(), .. "akronim: Caf"u8.ToArray(), 0xE9, 0x0A]); // the last "é" in Latin-1
        var bag = new DiagnosticBag();
        var file = SourceFileReader.Read(temp.Path, path, bag);
        var error = Assert.Single(bag.Sorted());
        Assert.Equal("not-utf8", error.Rule);
        Assert.Equal((3, 13), (error.Line, error.Column));
        Assert.Contains("baris ini, kolom 13", error.Message());
        Assert.Contains("UTF-8", error.Message());
        // The rest of the file is still there to check, the bad byte read as a replacement character.
        Assert.Equal("---\nnama: Café é\nakronim: Caf\uFFFD\n", file!.Text);
    }

    [Fact]
    public void A_file_over_one_megabyte_is_refused()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("a.md", new string('x', 1024 * 1024 + 1));
        var bag = new DiagnosticBag();
        Assert.Null(SourceFileReader.Read(temp.Path, path, bag));
        Assert.Equal("file-too-large", Assert.Single(bag.Sorted()).Rule);
    }

    [Fact]
    public void Windows_line_endings_and_a_byte_order_mark_are_accepted()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("a.md");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. "---\r\nnama: A\r\n---\r\n"u8.ToArray()]);
        var file = SourceFileReader.Read(temp.Path, path, new DiagnosticBag());
        Assert.Equal("---\nnama: A\n---\n", file!.Text);
    }
}
