using Galeri.Rendering;
using Galeri.Search.Lunr;

namespace Galeri.Search;

/// <summary>
/// What the search files are made from. A clean build makes each anew (<see cref="SearchFiles.Write(SiteModel)"/>);
/// the build session hands in documents, analyses and store fragments it kept, made by the same functions.
/// </summary>
/// <param name="Analyze">A document's terms, numbered in <paramref name="Builder"/>'s term table.</param>
/// <param name="KnownWordsScript">The known words for the browser (<see cref="SearchFiles.KnownWordsScript"/>): the same in every build.</param>
/// <param name="StoreFragment">An entry's store document (<see cref="SearchStore.Fragment"/>); null makes each anew.</param>
/// <param name="NameTerms">A document's name as terms (<see cref="SearchFiles.NameTerms"/>); null makes each anew.</param>
internal sealed record SearchInputs(
    SiteModel Site,
    LunrIndexBuilder Builder,
    IReadOnlyList<LunrDocument> Documents,
    Func<LunrDocument, DocumentTerms> Analyze,
    byte[] KnownWordsScript,
    Func<Entries.Innovation, EntryCard, byte[]>? StoreFragment = null,
    Func<LunrDocument, IReadOnlyList<string>>? NameTerms = null);
