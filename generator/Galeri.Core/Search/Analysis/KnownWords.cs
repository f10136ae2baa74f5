namespace Galeri.Search.Analysis;

/// <summary>
/// Indonesian root words (<c>kata-dasar.txt</c>, made from Debian's hunspell-id), so that search
/// corrects only what is not a word: "kesejahtraan" is a typo for "kesejahteraan", but "pajak" is a
/// word, not a typo for "ajak". The browser gets only the few known words that a typo correction
/// could mistake for an index term (<see cref="NearTo"/>), not the whole list.
/// </summary>
public sealed class KnownWords
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
    /// The known words, and their stems, one edit (a letter deleted, added, replaced, or two
    /// neighbours swapped) from some index term without being one: those a typo correction could
    /// otherwise turn into that term ("pajak" → "ajak").
    /// </summary>
    /// <returns>Sorted, each once.</returns>
    public IReadOnlyList<string> NearTo(IReadOnlySet<string> indexTerms, Func<string, string> stem)
    {
        // A term's deletions, plain (the word lacks that letter: an addition reaches the term) and
        // with their position (the word has another letter there: a replacement reaches it).
        var deletions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in indexTerms)
            for (var i = 0; i < term.Length; i++)
            {
                var deleted = string.Concat(term.AsSpan(0, i), term.AsSpan(i + 1));
                deletions.Add(deleted);
                deletions.Add(Positioned(i, deleted));
            }

        bool Near(string word)
        {
            if (deletions.Contains(word)) return true;
            for (var i = 0; i < word.Length; i++)
            {
                var deleted = string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1));
                if (indexTerms.Contains(deleted) || deletions.Contains(Positioned(i, deleted))) return true;
                if (i + 1 < word.Length && indexTerms.Contains(Swapped(word, i))) return true;
            }
            return false;
        }

        var near = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var word in _words)
        {
            // The browser corrects only words of five letters or more (query.js, MIN_TYPO), so a
            // shorter root matters only as the stem of a longer query word ("mengajak" → "ajak").
            if (word.Length >= MinTypoLength && !indexTerms.Contains(word) && Near(word)) near.Add(word);
            var root = stem(word);
            if (root.Length >= 3 && !indexTerms.Contains(root) && Near(root)) near.Add(root);
        }
        return [.. near];
    }

    private static string Positioned(int position, string deleted) => position.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + deleted;

    private static string Swapped(string word, int i) => string.Create(word.Length, (word, i), static (span, state) =>
    {
        state.word.AsSpan().CopyTo(span);
        (span[state.i], span[state.i + 1]) = (span[state.i + 1], span[state.i]);
    });
}
