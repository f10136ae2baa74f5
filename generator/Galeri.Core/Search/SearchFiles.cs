using System.Text;
using Galeri.Output;
using Galeri.Rendering;
using Galeri.Search.Analysis;
using Galeri.Search.Lunr;

namespace Galeri.Search;

/// <summary>
/// The search data of the site: the lunr index and the results store, each a script that sets a
/// global (<c>window.GALERI_INDEX</c>, <c>window.GALERI_STORE</c>) so the search page loads them
/// with plain &lt;script&gt; tags, which work from file:// where fetch() does not.
/// </summary>
internal static class SearchFiles
{
    public const string IndexPath = "assets/search/index.js";
    public const string StorePath = "assets/search/store.js";

    public const string KnownWordsPath = "assets/search/kata.js";

    /// <summary>A clean build's search files: every document made and analysed anew.</summary>
    public static IReadOnlyList<OutputFile> Write(SiteModel site)
    {
        var builder = new LunrIndexBuilder(SearchFields.All, IndonesianAnalyzer.Pipeline, IndonesianAnalyzer.Analyze);
        return Write(new SearchInputs(site, builder, SearchDocuments.Of(site.Content), builder.Analyze,
            KnownWordsScript(KnownWords.Load(), IndonesianStemmer.Stem)));
    }

    /// <summary>The search files from their inputs (which the build session may have kept from an earlier build).</summary>
    public static IReadOnlyList<OutputFile> Write(SearchInputs inputs)
    {
        // The index is large: it is written straight into its script, with no copy.
        var index = inputs.Builder.Build(inputs.Documents, inputs.Analyze, ScriptStart("GALERI_INDEX"), ScriptEnd, inputs.Vectors);
        var store = SearchStore.Write(inputs.Site, inputs.StoreFragment ?? SearchStore.Fragment);
        return
        [
            new OutputFile(IndexPath, index, null),
            new OutputFile(StorePath, Script("GALERI_STORE", store), null),
            new OutputFile(KnownWordsPath, inputs.KnownWordsScript, null),
        ];
    }

    /// <summary>
    /// The known Indonesian words as a script (<c>window.GALERI_KATA</c>, one string, words separated
    /// by spaces): the same for every catalog, loaded after the index so it never delays the search.
    /// </summary>
    public static byte[] KnownWordsScript(KnownWords words, Func<string, string> stem) =>
        Script("GALERI_KATA", Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(string.Join(' ', words.ForBrowser(stem)))));

    private static readonly byte[] ScriptEnd = ";\n"u8.ToArray();

    private static byte[] ScriptStart(string global) => Encoding.UTF8.GetBytes($"window.{global} = ");

    /// <summary>The JSON inside its script, copied once (a spread of three arrays copies byte by byte).</summary>
    private static byte[] Script(string global, byte[] json)
    {
        var start = ScriptStart(global);
        var script = GC.AllocateUninitializedArray<byte>(start.Length + json.Length + ScriptEnd.Length);
        start.CopyTo(script, 0);
        json.CopyTo(script, start.Length);
        ScriptEnd.CopyTo(script, start.Length + json.Length);
        return script;
    }
}
