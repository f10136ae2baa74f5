using NetVips;

namespace Galeri.Tests.Support;

/// <summary>
/// A photo as an official's phone stores it: sideways with EXIF orientation 6 (turn 90° clockwise),
/// a GPS position near Magelang and a camera make, in two coloured halves so a test can tell which
/// way up the published files are.
/// </summary>
internal static class PhoneJpeg
{
    /// <param name="halfWidth">Width of each half as stored.</param>
    /// <param name="halfHeight">Height of each half as stored.</param>
    /// <param name="direction">How the halves are joined: side by side or one above the other.</param>
    public static void Write(string path, int halfWidth, int halfHeight, Enums.Direction direction, double[] first, double[] second)
    {
        using var black = Image.Black(halfWidth, halfHeight);
        using var a = black.NewFromImage(first);
        using var b = black.NewFromImage(second);
        using var joined = a.Join(b, direction);
        using var tagged = joined.Mutate(m =>
        {
            m.Set(GValue.GIntType, "orientation", 6);
            m.Set(GValue.GStrType, "exif-ifd0-Make", "PonselDinas");
            m.Set(GValue.GStrType, "exif-ifd3-GPSLatitudeRef", "S");
            m.Set(GValue.GStrType, "exif-ifd3-GPSLatitude", "7/1 28/1 0/1");
            m.Set(GValue.GStrType, "exif-ifd3-GPSLongitudeRef", "E");
            m.Set(GValue.GStrType, "exif-ifd3-GPSLongitude", "110/1 13/1 0/1");
        });
        tagged.Jpegsave(path, q: 90);
    }

    /// <summary>The mini catalog with the photo written into <paramref name="slug"/>'s folder as <c>foto-lapangan.jpg</c> and named in its <c>gambar</c>.</summary>
    public static string Catalog(TempDirectory temp, string slug, Action<string> writePhoto)
    {
        var content = MiniContent.WriteTo(temp.Path);
        var folder = Path.Combine(content, "inovasi", slug);
        writePhoto(Path.Combine(folder, "foto-lapangan.jpg"));
        var entry = Path.Combine(folder, "index.md");
        var text = File.ReadAllText(entry);
        var end = text.IndexOf("\n---", 4, StringComparison.Ordinal);
        File.WriteAllText(entry, text[..end] + "\ngambar:\n  - berkas: foto-lapangan.jpg\n    alt: Petugas memeriksa rem truk di jalur uji" + text[end..]);
        return content;
    }
}
