using System.Collections;
using QRCoder;

namespace Galeri.StudiTiru;

/// <summary>
/// A QR code's modules, one bit each (about 250 bytes for an entry's address). Encoding is the
/// costly part of a QR code (QRCoder scores all eight masks, ~0.3 ms of CPU): an entry's page and its
/// studi tiru data both show the same code, so a build encodes each address once
/// (<see cref="Rendering.SiteModel.QrCode"/>) and draws it twice.
/// </summary>
internal sealed class QrMatrix
{
    private readonly BitArray _dark;

    private QrMatrix(int size, BitArray dark)
    {
        Size = size;
        _dark = dark;
    }

    /// <summary>Modules per side.</summary>
    public int Size { get; }

    public bool IsDark(int x, int y) => _dark[y * Size + x];

    public static QrMatrix Encode(string text)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var size = matrix.Count;
        var dark = new BitArray(size * size);
        for (var y = 0; y < size; y++)
        for (var x = 0; x < size; x++)
            dark[y * size + x] = matrix[y][x];
        return new QrMatrix(size, dark);
    }
}
