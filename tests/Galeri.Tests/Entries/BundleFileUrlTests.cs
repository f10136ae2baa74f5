using Galeri.Build;
using Galeri.Entries;
using Galeri.Tests.Support;

namespace Galeri.Tests.Entries;

/// <summary>
/// Image file names with characters that mean something in a URL (#, ?, %, space) are published
/// under their own name and linked percent-encoded, so the page shows the right file; ordinary
/// names are linked exactly as before.
/// </summary>
public class BundleFileUrlTests
{
    [Theory]
    [InlineData("alur-data.svg", "inovasi/data-go/alur-data.svg")]
    [InlineData("foto_1.v2~a.PNG", "inovasi/data-go/foto_1.v2~a.PNG")]
    [InlineData("gambar/alur.svg", "inovasi/data-go/gambar/alur.svg")]
    [InlineData("foto #1.svg", "inovasi/data-go/foto%20%231.svg")]
    [InlineData("tanya?.svg", "inovasi/data-go/tanya%3F.svg")]
    [InlineData("100%.svg", "inovasi/data-go/100%25.svg")]
    [InlineData("a&b\"c<d>.svg", "inovasi/data-go/a%26b%22c%3Cd%3E.svg")]
    [InlineData("ruang tunggu/é.svg", "inovasi/data-go/ruang%20tunggu/%C3%A9.svg")]
    public void Site_paths_are_percent_encoded_per_segment(string file, string expected) =>
        Assert.Equal(expected, BundleFiles.SitePath("data-go", file));

    [Fact]
    public void Odd_image_names_are_published_and_linked_so_the_browser_finds_them()
    {
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        var folder = Path.Combine(content, "inovasi", "siap-uji-kir-online");
        string[] names = ["foto #1.svg", "tanya?.svg", "100%.svg"];
        foreach (var name in names)
            File.WriteAllText(Path.Combine(folder, name), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>");
        var entry = Path.Combine(folder, "index.md");
        var images = string.Concat(names.Select(n => $"  - berkas: \"{n}\"\n    alt: Gambar {n}\n"));
        File.WriteAllText(entry, File.ReadAllText(entry).Replace("kontak:", "gambar:\n" + images + "kontak:", StringComparison.Ordinal));
        var output = temp.Combine("public");

        var result = SiteBuilder.Build(new BuildOptions(content, RepoPaths.Theme, output));

        Assert.True(result.Written, string.Join("\n", result.Diagnostics));
        var page = File.ReadAllText(Path.Combine(output, "inovasi", "siap-uji-kir-online", "index.html"));
        Assert.Contains("src=\"../../inovasi/siap-uji-kir-online/foto%20%231.svg\"", page);
        Assert.Contains("href=\"../../inovasi/siap-uji-kir-online/tanya%3F.svg\"", page);
        Assert.Contains("src=\"../../inovasi/siap-uji-kir-online/100%25.svg\"", page);
        foreach (var name in names)
        {
            Assert.True(File.Exists(Path.Combine(output, "inovasi", "siap-uji-kir-online", name)), name);
            // What the browser does with the src: decode it back to the published file's name.
            Assert.Equal(name, Uri.UnescapeDataString(BundleFiles.SitePath("x", name)[("inovasi/x/".Length)..]));
        }
    }
}
