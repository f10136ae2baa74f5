namespace Galeri.Text;

internal static class WordCount
{
    public static int Of(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
