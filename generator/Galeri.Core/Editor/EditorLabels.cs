namespace Galeri.Editor;

/// <summary>A field's label in the editor, from its Indonesian key: "tanggal_uji_coba" → "Tanggal uji coba".</summary>
internal static class EditorLabels
{
    /// <summary>Words that are written otherwise than the key's lower case.</summary>
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["opd"] = "OPD",
        ["ipp"] = "IPP",
        ["sdgs"] = "TPB/SDGs",
        ["url"] = "URL",
    };

    public static string Of(string key)
    {
        var words = key.Split('_', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => Words.TryGetValue(w, out var written) ? written : w).ToList();
        if (words.Count == 0) return key;
        words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        return string.Join(' ', words);
    }
}
