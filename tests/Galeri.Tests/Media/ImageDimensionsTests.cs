using Galeri.Media;
using Galeri.Tests.Support;

namespace Galeri.Tests.Media;

public class ImageDimensionsTests
{
    private static (int, int)? Read(string name, byte[] bytes)
    {
        using var temp = new TempDirectory();
        var path = temp.Combine(name);
        File.WriteAllBytes(path, bytes);
        return ImageDimensions.Read(path);
    }

    [Fact]
    public void Reads_png_header()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 2, 128, 0, 0, 1, 224, 8, 2, 0, 0, 0];
        Assert.Equal((640, 480), Read("a.png", png));
    }

    [Fact]
    public void Reads_gif_header() =>
        Assert.Equal((300, 200), Read("a.gif", [.. "GIF89a"u8, 44, 1, 200, 0, 0, 0, 0]));

    [Fact]
    public void Reads_jpeg_frame_after_other_segments()
    {
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 0, 0, 0xFF, 0xC0, 0, 11, 8, 0x01, 0x68, 0x02, 0x80, 3, 0, 0, 0];
        Assert.Equal((640, 360), Read("a.jpg", jpeg));
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"320\" height=\"180\" viewBox=\"0 0 64 36\"></svg>", 320, 180)]
    [InlineData("<?xml version=\"1.0\"?>\n<svg viewBox=\"0 0 640 360\" xmlns=\"http://www.w3.org/2000/svg\"></svg>", 640, 360)]
    [InlineData("<svg width='100px' height='50px'></svg>", 100, 50)]
    public void Reads_svg_size_or_view_box(string svg, int width, int height) =>
        Assert.Equal((width, height), Read("a.svg", System.Text.Encoding.UTF8.GetBytes(svg)));

    [Fact]
    public void Unknown_or_damaged_files_have_no_size()
    {
        Assert.Null(Read("a.png", [1, 2, 3]));
        Assert.Null(Read("a.svg", "<svg width=\"100%\"></svg>"u8.ToArray()));
    }
}
