using Galeri.Diagnostics;
using Galeri.Text;

namespace Galeri.Content;

/// <summary>Two codes of one list that would share a page address ("tata_kelola" and "tata-kelola").</summary>
internal static class CodeAddresses
{
    public static (string Code, int Line)? Clash(string code, IReadOnlyDictionary<string, SourcePosition> earlier)
    {
        var slug = Codes.Slug(code);
        foreach (var (other, position) in earlier)
            if (Codes.Slug(other) == slug) return (other, position.Line);
        return null;
    }
}
