namespace Galeri.Search.Analysis;

/// <summary>
/// Indonesian function words left out of the search index: conjunctions, prepositions, pronouns, copulas
/// and auxiliaries that occur in almost every entry and tell entries apart by nothing. Content words that
/// are merely common ("umum", "baru", "tahun", "hari", "layanan") stay searchable. The browser twin in
/// <c>galeri-analysis.js</c> holds the same list; a test compares them.
/// </summary>
internal static class StopWords
{
    /// <summary>The words, lower-case, in alphabetical order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "ada", "adalah", "agar", "akan", "antara", "apabila", "atau", "bagi", "bahwa", "bila",
        "bisa", "bukan", "dalam", "dan", "dapat", "dari", "dengan", "di", "hingga", "ia",
        "ialah", "ini", "itu", "jika", "juga", "kami", "karena", "ke", "kepada", "ketika",
        "kita", "lebih", "maupun", "melalui", "merupakan", "mereka", "namun", "nya", "oleh", "pada",
        "para", "pun", "saat", "sebagai", "secara", "sehingga", "sejak", "serta", "seperti", "setiap",
        "sudah", "supaya", "tapi", "telah", "terhadap", "tersebut", "tetapi", "tidak", "untuk", "yaitu",
        "yakni", "yang",
    ];

    private static readonly HashSet<string> Set = new(All, StringComparer.Ordinal);

    /// <param name="token">A token from <see cref="Tokenizer"/> (lower-case).</param>
    public static bool Contains(string token) => Set.Contains(token);
}
