using System.Text;
using Galeri.Output;
using Galeri.Rendering;
using Galeri.Search.Lunr;

namespace Galeri.Search;

/// <summary>
/// The search data of the site: the lunr index and the results store, each a script that sets a
/// global (<c>window.GALERI_INDEX</c>, <c>window.GALERI_STORE</c>) so the search page loads them
/// with plain &lt;script&gt; tags, which work from file:// where fetch() does not.
/// </summary>
public static class SearchFiles
{
    public const string IndexPath = "assets/search/index.js";
    public const string StorePath = "assets/search/store.js";

    /// <param name="memo">Search documents and their analysis kept from an earlier build, or null.</param>
    /// <param name="keepVectors">Also keep the written field vectors in the memo (worth it only when many rebuilds follow).</param>
    public static IReadOnlyList<OutputFile> Write(SiteModel site, Func<string, IReadOnlyList<string>> analyze, IReadOnlyList<string> pipeline, SearchMemo? memo = null,
        bool keepVectors = false)
    {
        var builder = new LunrIndexBuilder(SearchFields.All, pipeline, analyze, memo?.Terms);
        var documents = SearchDocuments.Of(site.Content, memo);
        // The index is large: it is written straight into its script, with no copy.
        var index = builder.Build(documents, memo is null ? null : d => memo.TermsOf(d, builder.Analyze),
            ScriptStart("GALERI_INDEX"), ScriptEnd, keepVectors ? memo?.Vectors : null);
        var store = SearchStore.Write(site);
        return
        [
            new OutputFile(IndexPath, index, null),
            new OutputFile(StorePath, Script("GALERI_STORE", store), null),
        ];
    }

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
