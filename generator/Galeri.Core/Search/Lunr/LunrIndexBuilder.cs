namespace Galeri.Search.Lunr;

/// <summary>
/// Analyses documents the way lunr.js's builder does: each field's terms, counted, in order of first
/// appearance, numbered in a <see cref="TermTable"/>. The split index (<see cref="Parts.TermPostings"/>)
/// weighs these counts with BM25 as lunr.js would; documents are analysed once and kept across builds.
/// </summary>
/// <param name="analyze">Text of one field → its terms, as the pipeline would leave them (tokenized, filtered, stemmed).</param>
/// <param name="terms">The term table the documents' <see cref="DocumentTerms"/> were made with; null for a new one.</param>
internal sealed class LunrIndexBuilder(IReadOnlyList<LunrField> fields, Func<string, IReadOnlyList<string>> analyze, TermTable? terms = null)
{
    private readonly TermTable _terms = terms ?? new TermTable();

    /// <summary>The table <see cref="Analyze"/> numbers terms in.</summary>
    public TermTable Terms => _terms;

    /// <summary>A text's terms in order, repeats kept (what <see cref="Analyze"/> counts).</summary>
    public IReadOnlyList<string> TermsOf(string text) => analyze(text);

    /// <summary>One document's terms per field, counted, in order of first appearance.</summary>
    public DocumentTerms Analyze(LunrDocument document)
    {
        var texts = document.FieldTexts;
        var result = new FieldTerms[fields.Count];
        for (var f = 0; f < fields.Count; f++)
        {
            var words = f < texts.Count ? analyze(texts[f]) : [];
            var ids = new List<int>();
            var counts = new Dictionary<int, int>();
            foreach (var word in words)
            {
                var id = _terms.Id(word);
                if (counts.TryGetValue(id, out var count)) counts[id] = count + 1;
                else
                {
                    counts[id] = 1;
                    ids.Add(id);
                }
            }
            result[f] = new FieldTerms([.. ids], [.. ids.Select(id => counts[id])], words.Count);
        }
        return new DocumentTerms(result);
    }
}
