using System.Buffers;
using System.Buffers.Text;

namespace Galeri.Search.Lunr;

/// <summary>
/// The byte-level writing of the index: chunks written in parallel into pooled buffers, joined with
/// commas, and numbers in the form JavaScript prints them. JSON structure is written as raw bytes;
/// strings arrive already escaped (<see cref="System.Text.Json.JsonEncodedText"/>).
/// </summary>
internal static class LunrJson
{
    /// <summary>Writes items [0, count) in chunks on all cores; each chunk's items are comma-separated.</summary>
    internal static List<PooledBufferWriter> InChunks(int count, int chunkSize, Action<int, int, PooledBufferWriter> write)
    {
        var chunks = new PooledBufferWriter[(count + chunkSize - 1) / chunkSize];
        Parallel.For(0, chunks.Length, c =>
        {
            var output = new PooledBufferWriter(256 * 1024);
            write(c * chunkSize, Math.Min(count, (c + 1) * chunkSize), output);
            chunks[c] = output;
        });
        return [.. chunks];
    }

    private static readonly ReadOnlyMemory<byte> Comma = ","u8.ToArray();

    internal static void Joined(List<ReadOnlyMemory<byte>> parts, List<PooledBufferWriter> chunks)
    {
        var first = true;
        foreach (var chunk in chunks)
        {
            if (chunk.Length == 0) continue;
            if (!first) parts.Add(Comma);
            parts.Add(chunk.WrittenMemory);
            first = false;
        }
    }

    internal static void Raw(IBufferWriter<byte> output, ReadOnlySpan<byte> bytes) => output.Write(bytes);

    /// <summary>A JSON string: the already escaped text between quotes.</summary>
    internal static void Quoted(IBufferWriter<byte> output, System.Text.Json.JsonEncodedText text)
    {
        Raw(output, "\""u8);
        Raw(output, text.EncodedUtf8Bytes);
        Raw(output, "\""u8);
    }

    internal static void Integer(IBufferWriter<byte> output, int value)
    {
        var span = output.GetSpan(11);
        Utf8Formatter.TryFormat(value, span, out var written);
        output.Advance(written);
    }

    /// <summary>
    /// A score rounded to thousandths, as JavaScript prints it (shortest form: 1.5, not 1.500; 2,
    /// not 2.0). Written from the integer thousandths, which is exact for such values.
    /// </summary>
    internal static void Score(IBufferWriter<byte> output, double score)
    {
        var thousandths = (long)Math.Round(score * 1000);
        if (thousandths < 0)
        {
            Raw(output, "-"u8);
            thousandths = -thousandths;
        }
        var span = output.GetSpan(24);
        Utf8Formatter.TryFormat(thousandths / 1000, span, out var written);
        var fraction = (int)(thousandths % 1000);
        if (fraction != 0)
        {
            span[written++] = (byte)'.';
            var digits = fraction % 10 != 0 ? 3 : fraction % 100 != 0 ? 2 : 1;
            var value = digits == 3 ? fraction : digits == 2 ? fraction / 10 : fraction / 100;
            for (var i = digits - 1; i >= 0; i--)
            {
                span[written + i] = (byte)('0' + value % 10);
                value /= 10;
            }
            written += digits;
        }
        output.Advance(written);
    }
}
