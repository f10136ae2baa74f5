using Galeri.Output;
using Galeri.Rendering;
using Galeri.Search.Lunr;

namespace Galeri.Search;

/// <summary>
/// What the search files are made from. A clean build makes each entry's terms anew (<see cref="SearchFiles.Write(SiteModel)"/>);
/// the build session hands in terms and store fragments it kept, made by the same functions.
/// </summary>
/// <param name="TermsOf">The terms of the entry at this position in the catalog, numbered in <paramref name="Builder"/>'s term table.
/// Asked for once per entry, from several threads; an entry's document (<see cref="SearchDocuments"/>) need only live while it is analysed.</param>
/// <param name="KnownWordsScript">The known words for the browser (<see cref="SearchFiles.KnownWordsScript"/>): the same in every build.</param>
/// <param name="StoreFragment">An entry's store document (<see cref="SearchStore.Fragment"/>); null makes each anew.</param>
/// <param name="Chunk">
/// A result-store file (<see cref="Parts.DocumentChunks"/>) given its number, its entries' fragments and how to make it;
/// the session hands back the last build's file when the fragments are the same; null makes each anew.
/// </param>
internal sealed record SearchInputs(
    SiteModel Site,
    LunrIndexBuilder Builder,
    Func<int, EntryTerms> TermsOf,
    byte[] KnownWordsScript,
    Func<Entries.Innovation, EntryCard, byte[]>? StoreFragment = null,
    Func<int, byte[][], Func<OutputFile>, OutputFile>? Chunk = null);
