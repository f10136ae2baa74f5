using System.IO.Hashing;
using Galeri.Incremental;
using Galeri.Media;
using Galeri.Sharing;
using Galeri.Tests.Support;
using NetVips;

namespace Galeri.Tests.Sharing;

/// <summary>
/// Kept share cards and resized photos are reused across galeri versions while
/// <see cref="DrawingVersion"/> is unchanged. So a change to how images are drawn must raise its
/// number, or every catalog would keep publishing the old drawing: this pins what the current number
/// draws (a card, a card as JPEG, a photo crop, a resized photo, the site icons).
/// </summary>
public class DrawingVersionTests
{
    private static readonly string PinFile = Path.Combine(RepoPaths.Root, "tests", "Galeri.Tests", "Sharing", "drawing-pin.txt");

    [Fact]
    public void What_this_drawing_version_draws_is_what_its_pin_says()
    {
        using var temp = new TempDirectory();
        var photo = temp.Combine("foto-lapangan.jpg");
        PhoneJpeg.Write(photo, 1000, 400, Enums.Direction.Vertical, [200, 40, 40], [30, 60, 200]);
        var hasher = new XxHash128();
        hasher.Append(ShareCard.Draw("Aplikasi Siap Uji KIR Online", "Dinas Perhubungan", "Galeri Inovasi Kota Contoh"));
        hasher.Append(ShareCard.Draw("Data Go", null, "Galeri Inovasi Kota Contoh", jpeg: true));
        hasher.Append(PhotoCrop.Draw(photo) ?? []);
        foreach (var bytes in PhotoEncoder.Encode(photo, PhotoPlan.Of("foto-lapangan.jpg", 800, 1000))) hasher.Append(bytes);
        foreach (var icon in SiteIcons.Files(RepoPaths.Theme, new ShareImageMemo())) hasher.Append(icon.Bytes ?? File.ReadAllBytes(icon.CopyFrom!));
        var actual = $"{DrawingVersion.Key} {hasher.GetCurrentHashAsUInt128():x32}";

        var pinned = File.ReadAllText(PinFile).Trim();
        Assert.True(actual == pinned,
            $"Images are drawn differently from what is pinned for this drawing version (or libvips changed).\n" +
            $"If the drawing code changed, raise DrawingVersion.Number so kept images are drawn again. Then set {PinFile} to:\n{actual}\n(pinned: {pinned})");
    }
}
