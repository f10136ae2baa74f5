using System.Buffers;

namespace Galeri.Search.Parts;

/// <summary>
/// Numbers in the split index as text a script can hold and gzip can squeeze: each number in base 32,
/// its leading digits from the first half of a 64-letter alphabet and its last digit from the second
/// half, so numbers need no separator. Weights are kept as the rounded log of (1 + weight), in steps
/// of 1/<see cref="WeightSteps"/> (0.7 % apart), two letters at most. search/split-index.js decodes them.
/// </summary>
internal static class PostingCode
{
    public const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
    public const int WeightSteps = 150;
    public const int MaxWeightCode = 1023;

    private static readonly byte[] Letters = System.Text.Encoding.ASCII.GetBytes(Alphabet);

    public static void Write(IBufferWriter<byte> output, int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        Span<byte> digits = stackalloc byte[7];
        var at = digits.Length;
        digits[--at] = Letters[32 + (value & 31)];
        value >>= 5;
        while (value > 0)
        {
            digits[--at] = Letters[value & 31];
            value >>= 5;
        }
        output.Write(digits[at..]);
    }

    public static int WeightCode(double weight) =>
        (int)Math.Min(MaxWeightCode, Math.Round(Math.Log(1 + Math.Max(0, weight)) * WeightSteps));

    /// <summary>The weight a code stands for (what the browser computes).</summary>
    public static double Weight(int code) => Math.Exp((double)code / WeightSteps) - 1;
}
