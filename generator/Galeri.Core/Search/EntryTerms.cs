using Galeri.Search.Lunr;

namespace Galeri.Search;

/// <summary>What the index needs of one entry: its document's analysed terms and its name as terms in order (<see cref="SearchFiles.NameTerms"/>).</summary>
internal sealed record EntryTerms(DocumentTerms Terms, IReadOnlyList<string> NameTerms);
