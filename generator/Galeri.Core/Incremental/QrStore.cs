using System.IO.Hashing;
using System.Text;
using Galeri.Output;
using Galeri.StudiTiru;

namespace Galeri.Incremental;

/// <summary>
/// The QR codes of the last <c>galeri build</c> into a folder, on disk (<c>.galeri-cache/&lt;name&gt;/qr.bin</c>):
/// encoding every entry's address again took a fifth of the CPU of a 50,000-entry build's pages. A
/// code depends only on its text and the encoder, so the file is kept through <c>--clean</c> like the
/// drawn share images, and a file written by another QRCoder, damaged or unreadable counts as empty.
/// </summary>
internal static class QrStore
{
    public const string FileName = "qr.bin";

    // The encoder's version is part of the header: another QRCoder may choose another mask for the same text.
    private static readonly string Header = "galeri-qr 1 " + typeof(QRCoder.QRCodeGenerator).Assembly.GetName().Version;

    /// <summary>The codes kept in <paramref name="path"/>, by text; empty when there is none or it cannot be trusted.</summary>
    public static IReadOnlyDictionary<string, QrMatrix> Load(string path)
    {
        var codes = new Dictionary<string, QrMatrix>(StringComparer.Ordinal);
        try
        {
            if (!File.Exists(path)) return codes;
            var bytes = File.ReadAllBytes(path);
            // The last 8 bytes hash everything before them: a torn or damaged file is not half trusted.
            if (bytes.Length < 8 || XxHash64.HashToUInt64(bytes.AsSpan(0, bytes.Length - 8)) != BitConverter.ToUInt64(bytes, bytes.Length - 8))
                return codes;
            using var reader = new BinaryReader(new MemoryStream(bytes, 0, bytes.Length - 8), Encoding.UTF8);
            if (reader.ReadString() != Header) return codes;
            var count = reader.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                var text = reader.ReadString();
                var size = reader.ReadInt32();
                var modules = reader.ReadBytes(reader.ReadInt32());
                if (QrMatrix.FromBytes(size, modules) is not { } code) return new Dictionary<string, QrMatrix>(StringComparer.Ordinal);
                codes[text] = code;
            }
            return codes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or ArgumentException)
        {
            return new Dictionary<string, QrMatrix>(StringComparer.Ordinal);
        }
    }

    /// <summary>Replaces the file with <paramref name="codes"/> (written beside, then renamed over, so a killed build leaves the old file or the new one).</summary>
    public static void Save(string path, IEnumerable<KeyValuePair<string, QrMatrix>> codes)
    {
        var temporary = path + ".tmp";
        SafeDelete.Entry(temporary); // a name left by a killed build, or a link put there: replaced, never written through
        var body = new MemoryStream();
        using (var writer = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            var sorted = codes.OrderBy(c => c.Key, StringComparer.Ordinal).ToList();
            writer.Write(Header);
            writer.Write(sorted.Count);
            foreach (var (text, code) in sorted)
            {
                var modules = code.ToBytes();
                writer.Write(text);
                writer.Write(code.Size);
                writer.Write(modules.Length);
                writer.Write(modules);
            }
        }
        using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
        {
            body.WriteTo(file);
            file.Write(BitConverter.GetBytes(XxHash64.HashToUInt64(body.GetBuffer().AsSpan(0, (int)body.Length))));
        }
        File.Move(temporary, path, overwrite: true);
    }
}
