using System.Globalization;

namespace Galeri.Incremental;

/// <summary>
/// What a kept drawn image (share card, photo crop, icon, resized photo) depends on besides its own
/// inputs: the drawing code and the libvips that runs it. Not the generator's build identity: that
/// changes with every compile, and a national catalog would then draw 50,000 cards again (minutes)
/// after an upgrade that changed nothing in how images look.
/// </summary>
internal static class DrawingVersion
{
    /// <summary>
    /// Raised by hand when the drawing code draws differently. <c>DrawingVersionTests</c> pins what
    /// this number draws, so a changed drawing with an unchanged number fails the tests.
    /// </summary>
    public const int Number = 1;

    public static string Key { get; } = string.Create(CultureInfo.InvariantCulture,
        $"gambar-{Number} libvips {NetVips.NetVips.Version(0)}.{NetVips.NetVips.Version(1)}.{NetVips.NetVips.Version(2)} netvips {typeof(NetVips.Image).Assembly.GetName().Version}");
}
