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
    /// The known words, and their stems, that lie within about two edits of some index term without
    /// being one: those a typo correction could otherwise turn into that term ("pajak" → "ajak").
    /// Two strings are near when they, or a one-letter deletion of each, meet.
    /// </summary>
    /// <returns>Sorted, each once.</returns>
    public IReadOnlyList<string> NearTo(IReadOnlySet<string> indexTerms, Func<string, string> stem)
    {
        var neighbourhood = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in indexTerms)
        {
            neighbourhood.Add(term);
            foreach (var deletion in Deletions(term)) neighbourhood.Add(deletion);
        }
        bool Near(string word) => neighbourhood.Contains(word) || Deletions(word).Any(neighbourhood.Contains);

        var near = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var word in _words)
        {
            foreach (var form in new[] { word, stem(word) })
                if (form.Length >= 3 && !indexTerms.Contains(form) && Near(form)) near.Add(form);
        }
        return [.. near];
    }

    private static IEnumerable<string> Deletions(string word)
    {
        for (var i = 0; i < word.Length; i++) yield return string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1));
    }
}
