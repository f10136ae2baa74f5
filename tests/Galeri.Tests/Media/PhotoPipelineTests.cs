using Galeri.Build;
using Galeri.Incremental;
using Galeri.Tests.Support;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.Icc;
using MetadataExtractor.Formats.Iptc;
using MetadataExtractor.Formats.Xmp;
using NetVips;

namespace Galeri.Tests.Media;

/// <summary>
/// A phone photo (4000×3000, stored sideways with EXIF orientation 6, with a GPS position) goes through
/// <c>galeri build</c>: published as 480, 960 and 1600 px wide WebP and JPEG, upright, with no metadata
/// in any published image, the original itself not published; the next build takes the files from the
/// cache without encoding again and gives the same bytes as a clean build.
/// </summary>
public class PhotoPipelineTests
{
    private const string Slug = "siap-uji-kir-online";

    /// <summary>Stored 4000×3000: red left half, blue right half, a GPS position, orientation 6 (shown turned 90° clockwise: 3000×4000, red on top).</summary>
    internal static void WritePhoneJpeg(string path) =>
        PhoneJpeg.Write(path, 2000, 3000, Enums.Direction.Horizontal, [220, 30, 30], [30, 30, 220]);

    private static string Catalog(TempDirectory temp) => PhoneJpeg.Catalog(temp, Slug, WritePhoneJpeg);

    private static readonly Type[] MetadataDirectories =
        [typeof(ExifIfd0Directory), typeof(ExifSubIfdDirectory), typeof(GpsDirectory), typeof(XmpDirectory), typeof(IptcDirectory), typeof(IccDirectory)];

    [Fact]
    public void A_phone_photo_is_published_upright_in_three_widths_without_metadata_and_without_its_original()
    {
        using var temp = new TempDirectory();
        var content = Catalog(temp);
        var source = Path.Combine(content, "inovasi", Slug, "foto-lapangan.jpg");
        // The test photo does carry a position and an orientation, as a phone's does.
        var sourceMetadata = ImageMetadataReader.ReadMetadata(source);
        Assert.NotNull(sourceMetadata.OfType<GpsDirectory>().Single().GetGeoLocation());
        Assert.Equal(6, sourceMetadata.OfType<ExifIfd0Directory>().Single().GetInt32(ExifDirectoryBase.TagOrientation));

        var output = temp.Combine("public");
        var result = SiteBuilder.Build(new BuildOptions(content, RepoPaths.Theme, output));
        Assert.True(result.Written, string.Join('\n', result.Diagnostics));
        var folder = Path.Combine(output, "inovasi", Slug);

        Assert.False(File.Exists(Path.Combine(folder, "foto-lapangan.jpg")), "the 3000 px wide original is published");
        foreach (var (width, height) in new[] { (480, 640), (960, 1280), (1600, 2133) })
        foreach (var extension in new[] { "webp", "jpg" })
        {
            using var variant = Image.NewFromFile(Path.Combine(folder, $"foto-lapangan-{width}.{extension}"));
            Assert.Equal((width, height), (variant.Width, variant.Height));
            // Upright: the stored image's left (red) half is now on top, its right (blue) half below.
            var top = variant.Getpoint(width / 2, height / 8);
            var bottom = variant.Getpoint(width / 2, height * 7 / 8);
            Assert.True(top[0] > 150 && top[2] < 90, $"{extension} {width}: top is {string.Join(",", top)}");
            Assert.True(bottom[2] > 150 && bottom[0] < 90, $"{extension} {width}: bottom is {string.Join(",", bottom)}");
        }
        Assert.Equal(["foto-lapangan-1600.jpg", "foto-lapangan-1600.webp", "foto-lapangan-480.jpg", "foto-lapangan-480.webp", "foto-lapangan-960.jpg", "foto-lapangan-960.webp"],
            System.IO.Directory.GetFiles(folder, "foto-lapangan*").Select(Path.GetFileName).Order(StringComparer.Ordinal));

        // No published image, resized photo or share crop, carries any metadata block.
        var images = System.IO.Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".jpg" or ".jpeg" or ".webp" or ".png").ToList();
        Assert.Contains(images, f => f.EndsWith($"bagikan{Path.DirectorySeparatorChar}{Slug}.jpg", StringComparison.Ordinal));
        foreach (var file in images)
        {
            var found = ImageMetadataReader.ReadMetadata(file).Where(d => MetadataDirectories.Contains(d.GetType())).Select(d => d.Name).ToList();
            Assert.True(found.Count == 0, $"{Path.GetRelativePath(output, file)} carries {string.Join(", ", found)}");
            var bytes = File.ReadAllBytes(file);
            Assert.True(bytes.AsSpan().IndexOf("Exif\0\0"u8) < 0 && bytes.AsSpan().IndexOf("PonselDinas"u8) < 0, $"{file}: EXIF left in the bytes");
            using var image = Image.NewFromBuffer(bytes);
            Assert.DoesNotContain(image.GetFields(), f => f.StartsWith("exif", StringComparison.Ordinal) || f is "xmp-data" or "iptc-data" or "icc-profile-data");
        }

        // The page shows the photo by its resized files, with its size and lazily.
        var page = File.ReadAllText(Path.Combine(folder, "index.html"));
        Assert.Contains("srcset=\"foto-lapangan-480.webp 480w, foto-lapangan-960.webp 960w, foto-lapangan-1600.webp 1600w\"", page.Replace($"../../inovasi/{Slug}/", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains($"src=\"../../inovasi/{Slug}/foto-lapangan-960.jpg\"", page, StringComparison.Ordinal);
        Assert.Contains("width=\"960\" height=\"1280\" loading=\"lazy\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"../../inovasi/{Slug}/foto-lapangan-1600.jpg\" data-gallery-item", page, StringComparison.Ordinal);
        Assert.DoesNotContain("foto-lapangan.jpg\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_next_build_copies_the_photos_from_its_cache_without_encoding_and_equals_a_clean_build()
    {
        using var temp = new TempDirectory();
        var content = Catalog(temp);
        var output = temp.Combine("public");
        Assert.True(SiteBuilder.Build(new BuildOptions(content, RepoPaths.Theme, output)).Written);
        var cache = Path.Combine(BuildCache.FolderFor(output), "foto");
        var kept = System.IO.Directory.GetFiles(cache).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        Assert.Equal(6, kept.Count);

        // A new run (a new session) with the cache folder: nothing encoded, every photo file copied from the cache.
        var session = new BuildSession();
        session.Photos.Folder = cache;
        var site = RenderedSites.Render(content, RepoPaths.Theme, session);
        Assert.Equal(0, session.Photos.Encoded);
        var photo = site.Find($"inovasi/{Slug}/foto-lapangan-960.webp")!;
        Assert.NotNull(photo.CopyFrom);
        Assert.StartsWith(cache, photo.CopyFrom, StringComparison.Ordinal);

        var second = SiteBuilder.Build(new BuildOptions(content, RepoPaths.Theme, output));
        Assert.True(second.Written);
        Assert.Equal(0, second.FilesWritten);
        Assert.Equal(kept, System.IO.Directory.GetFiles(cache).ToDictionary(f => f, File.GetLastWriteTimeUtc));

        var clean = temp.Combine("clean");
        Assert.True(SiteBuilder.Build(new BuildOptions(content, RepoPaths.Theme, clean) { Clean = true }).Written);
        var photos = System.IO.Directory.GetFiles(Path.Combine(output, "inovasi", Slug), "foto-*");
        Assert.Equal(6, photos.Length);
        foreach (var file in photos)
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(clean, "inovasi", Slug, Path.GetFileName(file))));
    }

    [Fact]
    public void A_replaced_photo_is_encoded_again_and_the_stale_files_leave_the_cache()
    {
        using var temp = new TempDirectory();
        var content = Catalog(temp);
        var session = new BuildSession();
        RenderedSites.Render(content, RepoPaths.Theme, session);
        Assert.Equal(1, session.Photos.Encoded);
        RenderedSites.Render(content, RepoPaths.Theme, session);
        Assert.Equal(1, session.Photos.Encoded);

        var photo = Path.Combine(content, "inovasi", Slug, "foto-lapangan.jpg");
        using (var small = Image.Black(600, 400).NewFromImage(0, 128, 0)) small.Jpegsave(photo);
        File.SetLastWriteTimeUtc(photo, DateTime.UtcNow.AddMinutes(1));
        session.Changed([photo]);
        var again = RenderedSites.Render(content, RepoPaths.Theme, session);
        Assert.Equal(2, session.Photos.Encoded);
        // 600 px wide: 480 and its own width, never enlarged; the original is small enough to publish (cleaned).
        Assert.NotNull(again.Find($"inovasi/{Slug}/foto-lapangan-600.webp"));
        Assert.Null(again.Find($"inovasi/{Slug}/foto-lapangan-960.webp"));
        Assert.NotNull(again.Find($"inovasi/{Slug}/foto-lapangan.jpg"));
    }
}
