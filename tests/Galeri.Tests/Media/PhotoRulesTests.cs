using Galeri.Build;
using Galeri.Diagnostics;
using Galeri.Media;
using Galeri.Tests.Support;
using NetVips;

namespace Galeri.Tests.Media;

/// <summary>Which files a photo becomes, what <c>galeri check</c> says about photos, and photos in a Markdown body.</summary>
public class PhotoRulesTests
{
    private const string Slug = "siap-uji-kir-online";

    [Theory]
    [InlineData(4000, 3000, new[] { 480, 960, 1600 }, false)]
    [InlineData(2400, 1600, new[] { 480, 960, 1600 }, true)]
    [InlineData(1200, 900, new[] { 480, 960, 1200 }, true)]
    [InlineData(300, 200, new[] { 300 }, true)]
    public void A_photo_becomes_the_widths_it_has_never_enlarged_and_its_original_only_up_to_2400_px(int width, int height, int[] widths, bool original)
    {
        var plan = PhotoPlan.Of("foto/lapangan.jpg", width, height);
        Assert.Equal(widths, plan.Jpegs.Select(v => v.Width));
        Assert.Equal(widths.SelectMany(w => new[] { $"foto/lapangan-{w}.webp", $"foto/lapangan-{w}.jpg" }), plan.Variants.Select(v => v.File));
        Assert.All(plan.Variants, v => Assert.Equal(Math.Round(height * (double)v.Width / width, MidpointRounding.AwayFromZero), v.Height));
        Assert.Equal(original, plan.Original is not null);
    }

    private static (string Content, string Folder) Catalog(TempDirectory temp, string gambar)
    {
        var content = MiniContent.WriteTo(temp.Path);
        var folder = Path.Combine(content, "inovasi", Slug);
        var entry = Path.Combine(folder, "index.md");
        var text = File.ReadAllText(entry);
        var end = text.IndexOf("\n---", 4, StringComparison.Ordinal);
        File.WriteAllText(entry, text[..end] + "\ngambar:\n" + gambar + text[end..]);
        return (content, folder);
    }

    private static IReadOnlyList<Diagnostic> Check(string content)
    {
        var diagnostics = new DiagnosticBag();
        SiteBuilder.Check(content, null, diagnostics);
        return diagnostics.Sorted();
    }

    [Fact]
    public void A_photo_over_1_MB_gets_no_size_warning_because_the_build_resizes_it()
    {
        using var temp = new TempDirectory();
        var (content, folder) = Catalog(temp, "  - berkas: loket.png\n    alt: Loket pendaftaran uji KIR\n");
        using (var noise = Image.Gaussnoise(900, 900, mean: 128, sigma: 60).Bandjoin(Image.Gaussnoise(900, 900, sigma: 60), Image.Gaussnoise(900, 900, sigma: 60)).Cast(Enums.BandFormat.Uchar))
            noise.Pngsave(Path.Combine(folder, "loket.png"));
        Assert.True(new FileInfo(Path.Combine(folder, "loket.png")).Length > 1024 * 1024);
        var diagnostics = Check(content);
        DiagnosticAssert.NoErrors(diagnostics);
        Assert.DoesNotContain(diagnostics, d => d.Rule == "image-too-large");
    }

    [Fact]
    public void A_file_named_as_a_photo_that_is_no_image_is_refused_with_its_name()
    {
        using var temp = new TempDirectory();
        var (content, folder) = Catalog(temp, "  - berkas: loket.jpg\n    alt: Loket pendaftaran uji KIR\n");
        File.WriteAllText(Path.Combine(folder, "loket.jpg"), "<html>bukan foto</html>");
        var error = DiagnosticAssert.SingleError(Check(content), "photo-unreadable");
        Assert.EndsWith("loket.jpg", error.File, StringComparison.Ordinal);
        Assert.Contains("\"loket.jpg\"", error.Message(), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_photos_whose_resized_files_would_share_a_name_are_refused()
    {
        using var temp = new TempDirectory();
        var (content, folder) = Catalog(temp, "  - berkas: loket.jpg\n    alt: Loket pendaftaran uji KIR\n");
        using (var image = Image.Black(600, 400).NewFromImage(0, 128, 0))
        {
            image.Jpegsave(Path.Combine(folder, "loket.jpg"));
            image.Jpegsave(Path.Combine(folder, "loket-480.jpg"));
        }
        var error = DiagnosticAssert.SingleError(Check(content), "photo-name-clash");
        Assert.Contains("loket-480.jpg", error.Message(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_photo_in_the_Markdown_body_is_shown_by_its_resized_files_and_other_images_as_written()
    {
        using var temp = new TempDirectory();
        var (content, folder) = Catalog(temp, "  - berkas: loket.jpg\n    alt: Loket pendaftaran uji KIR\n");
        using (var image = Image.Black(1200, 800).NewFromImage(0, 128, 0)) image.Jpegsave(Path.Combine(folder, "loket.jpg"));
        var entry = Path.Combine(folder, "index.md");
        File.AppendAllText(entry, "\n![Antrean di \"loket\" & ruang tunggu](loket.jpg)\n\n![Logo](https://contoh.go.id/logo.png)\n");
        var site = RenderedSites.Render(content, RepoPaths.Theme);
        var page = RenderedSites.TextOf(site, $"inovasi/{Slug}/index.html");
        Assert.Contains("<picture><source type=\"image/webp\" srcset=\"loket-480.webp 480w, loket-960.webp 960w, loket-1200.webp 1200w\"", page, StringComparison.Ordinal);
        Assert.Contains("<img src=\"loket-960.jpg\" srcset=\"loket-480.jpg 480w, loket-960.jpg 960w, loket-1200.jpg 1200w\"", page, StringComparison.Ordinal);
        Assert.Contains("alt=\"Antrean di &quot;loket&quot; &amp; ruang tunggu\" width=\"960\" height=\"640\" loading=\"lazy\"", page, StringComparison.Ordinal);
        Assert.Contains("<img src=\"https://contoh.go.id/logo.png\" alt=\"Logo\"", page, StringComparison.Ordinal);
        Assert.NotNull(site.Find($"inovasi/{Slug}/loket-1200.webp"));
    }
}
