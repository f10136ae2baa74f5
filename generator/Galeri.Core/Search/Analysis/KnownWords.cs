namespace Galeri.Search.Analysis;

/// <summary>
/// Indonesian root words (<c>kata-dasar.txt</c>, made from Debian's hunspell-id), so that search
/// corrects only what is not a word: "kesejahtraan" is a typo for "kesejahteraan", but "pajak" is a
/// word, not a typo for "ajak". The browser gets them as <c>assets/search/kata.js</c> (<see cref="ForBrowser"/>).
/// </summary>
internal sealed class KnownWords
{
    public const string ResourceName = "Galeri.kata-dasar.txt";

    /// <summary>The shortest query word the browser corrects (<c>MIN_TYPO</c> in theme/src/search/query.js).</summary>
    public const int MinTypoLength = 5;

    private readonly HashSet<string> _words;

    private KnownWords(HashSet<string> words) => _words = words;

    public int Count => _words.Count;

    public bool Contains(string word) => _words.Contains(word);

    /// <summary>The list shipped inside the generator: one lower-case word a line, '#' lines are notes.</summary>
    public static KnownWords Load()
    {
        using var stream = typeof(KnownWords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The generator lacks its word list " + ResourceName);
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && line[0] != '#') words.Add(line);
        return new KnownWords(words);
    }

    /// <summary>
    /// What the browser needs to tell a word from a typo: the stem of every root. The browser takes a
    /// query word for known when it, or its stem, is listed, so a root ("kesejahteraan"), its
    /// inflections ("mengajak" → "ajak") and the stem itself are all recognised by the stem alone.
    /// A root whose stem is shorter than three letters is listed itself, when the browser would
    /// correct it (five letters or more: <c>MIN_TYPO</c> in theme/src/search/query.js). Not narrowed to
    /// the catalog's terms: a correction reaches an index term through the stem of a respelt word
    /// ("nelayan" → "kelayan" → "layan"), which no cheap nearness test foresees.
    /// </summary>
    /// <returns>Sorted, each once.</returns>
    public IReadOnlyList<string> ForBrowser(Func<string, string> stem)
    {
        var words = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var word in _words)
        {
            var root = stem(word);
            if (root.Length >= 3) words.Add(root);
            else if (word.Length >= MinTypoLength) words.Add(word);
        }
        return [.. words];
    }
}
