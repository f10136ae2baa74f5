using Galeri.Build;
using Galeri.Diagnostics;
using Galeri.Incremental;
using Galeri.Tests.Support;
using NetVips;

namespace Galeri.Tests.Sharing;

/// <summary>
/// An entry with a phone photo (EXIF orientation, GPS position) is shared with that photo: upright,
/// cropped to 1200×630, with no metadata left. The build session draws an unchanged image once.
/// </summary>
public class SharePhotoTests
{
    private const string Slug = "siap-uji-kir-online";

    /// <summary>A landscape photo stored sideways: red above, blue below, with EXIF orientation 6 (turn 90° clockwise) and a GPS position.</summary>
    private static void WritePhoto(string path) =>
        PhoneJpeg.Write(path, 1600, 500, Enums.Direction.Vertical, [255, 0, 0], [0, 0, 255]);

    private static string Catalog(TempDirectory temp) => PhoneJpeg.Catalog(temp, Slug, WritePhoto);

    [Fact]
    public void The_photo_is_shared_upright_cropped_to_1200_by_630_without_any_metadata()
    {
        using var temp = new TempDirectory();
        var content = Catalog(temp);
        using (var original = Image.NewFromFile(Path.Combine(content, "inovasi", Slug, "foto-lapangan.jpg")))
            Assert.Contains(original.GetFields(), f => f.StartsWith("exif-ifd3-GPS", StringComparison.Ordinal)); // the test photo does carry a position

        var site = RenderedSites.Render(content, RepoPaths.Theme);
        var bytes = RenderedSites.Bytes(site.Find($"assets/bagikan/{Slug}.jpg")!);
        using var shared = Image.NewFromBuffer(bytes);
        Assert.Equal((1200, 630), (shared.Width, shared.Height));
        // Turned upright, the red top of the stored image is on the right and the blue bottom on the left.
        var left = shared.Getpoint(100, 315);
        var right = shared.Getpoint(1100, 315);
        Assert.True(left[2] > 200 && left[0] < 60, $"left is {string.Join(",", left)}");
        Assert.True(right[0] > 200 && right[2] < 60, $"right is {string.Join(",", right)}");
        Assert.DoesNotContain(shared.GetFields(), f => f.StartsWith("exif", StringComparison.Ordinal) || f is "xmp-data" or "icc-profile-data" or "iptc-data");
        Assert.True(bytes.AsSpan().IndexOf("Exif\0\0"u8) < 0, "an EXIF block is left in the JPEG");

        var page = RenderedSites.TextOf(site, $"inovasi/{Slug}/index.html");
        Assert.Contains($"<meta property=\"og:image\" content=\"https://contoh.go.id/galeri/assets/bagikan/{Slug}.jpg\">", page, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:image:alt\" content=\"Petugas memeriksa rem truk di jalur uji\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_session_draws_an_unchanged_image_once_and_a_replaced_photo_again_and_the_result_equals_a_clean_build()
    {
        using var temp = new TempDirectory();
        var content = Catalog(temp);
        var session = new BuildSession();
        RenderedSites.Render(content, RepoPaths.Theme, session);
        var first = session.ShareImages.Made;
        Assert.True(first >= 3, $"drew {first}"); // the site card, two entries, the icons

        RenderedSites.Render(content, RepoPaths.Theme, session);
        Assert.Equal(first, session.ShareImages.Made);

        var photo = Path.Combine(content, "inovasi", Slug, "foto-lapangan.jpg");
        using (var small = Image.Black(900, 900).NewFromImage(0, 128, 0)) small.Jpegsave(photo);
        File.SetLastWriteTimeUtc(photo, DateTime.UtcNow.AddMinutes(1));
        session.Changed([photo]);
        var again = RenderedSites.Render(content, RepoPaths.Theme, session);
        Assert.Equal(first + 1, session.ShareImages.Made);
        var clean = RenderedSites.Render(content, RepoPaths.Theme);
        Assert.Equal(RenderedSites.Bytes(clean.Find($"assets/bagikan/{Slug}.jpg")!), RenderedSites.Bytes(again.Find($"assets/bagikan/{Slug}.jpg")!));
    }

    [Fact]
    public void Galeri_build_keeps_drawn_images_in_its_cache_folder_for_the_next_run()
    {
        using var temp = new TempDirectory();
        var content = Catalog(temp);
        var output = temp.Combine("public");
        var first = SiteBuilder.Build(new BuildOptions(content, RepoPaths.Theme, output));
        Assert.True(first.Written);
        var before = File.ReadAllBytes(Path.Combine(output, "assets", "bagikan", Slug + ".jpg"));
        var kept = Directory.GetFiles(Path.Combine(BuildCache.FolderFor(output), "bagikan"));
        Assert.NotEmpty(kept);
        var second = SiteBuilder.Build(new BuildOptions(content, RepoPaths.Theme, output));
        Assert.Equal(0, second.FilesWritten);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(output, "assets", "bagikan", Slug + ".jpg")));
        Assert.Equal(kept.Order(), Directory.GetFiles(Path.Combine(BuildCache.FolderFor(output), "bagikan")).Order());
    }
}
