using System.Collections;
using QRCoder;

namespace Galeri.StudiTiru;

/// <summary>
/// A QR code's modules, one bit each (about 250 bytes for an entry's address). Encoding is the
/// costly part of a QR code (QRCoder scores all eight masks, ~0.3 ms of CPU): an entry's page and its
/// studi tiru data both show the same code, so a build encodes each address once
/// (<see cref="Rendering.SiteModel.QrCode"/>) and draws it twice, and <c>galeri build</c> keeps the
/// codes between runs (<see cref="Incremental.QrStore"/>).
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

    /// <summary>The modules row by row, eight to a byte: what a fingerprint of a model holding the code sees (<see cref="Incremental.ModelFingerprint"/>).</summary>
    public byte[] Modules => ToBytes();

    /// <summary>The modules row by row, eight to a byte (what <see cref="FromBytes"/> reads back).</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[(Size * Size + 7) / 8];
        _dark.CopyTo(bytes, 0);
        return bytes;
    }

    /// <summary>A code of <paramref name="size"/> modules a side from <see cref="ToBytes"/>; null when the bytes cannot be one.</summary>
    public static QrMatrix? FromBytes(int size, byte[] bytes)
    {
        // Version 1 is 21 modules a side, version 40 is 177, four more each version.
        if (size is < 21 or > 177 || (size - 21) % 4 != 0 || bytes.Length != (size * size + 7) / 8) return null;
        return new QrMatrix(size, new BitArray(bytes) { Length = size * size });
    }
}
