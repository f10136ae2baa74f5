using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Galeri.Diagnostics;

namespace Galeri.Content;

/// <summary>
/// Where a file stops being UTF-8: the line and column of its first bad byte, so a writer can find
/// the letter their editor saved in another encoding (often an accented letter or a curly quote).
/// </summary>
internal static class InvalidUtf8
{
    /// <returns>The position of the first invalid byte, or null when all of <paramref name="bytes"/> is UTF-8.</returns>
    public static SourcePosition? FirstBadByte(ReadOnlySpan<byte> bytes)
    {
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out _, replaceInvalidSequences: false);
            if (status != OperationStatus.InvalidData) return null;
            var before = bytes[..read];
            var lineStart = before.LastIndexOf((byte)'\n') + 1;
            var line = before.Count((byte)'\n') + 1;
            var column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
            return new SourcePosition(line, column);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
