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
        var index = builder.Build(documents, memo is null ? null : d => memo.TermsOf(d, builder.Analyze),
            Encoding.UTF8.GetBytes("window.GALERI_INDEX = "), ";\n"u8.ToArray(), keepVectors ? memo?.Vectors : null);
        var store = SearchStore.Write(site);
        return
        [
            new OutputFile(IndexPath, index, null),
            new OutputFile(StorePath, Script("GALERI_STORE", store), null),
        ];
    }

    private static byte[] Script(string global, byte[] json)
    {
        var prefix = Encoding.UTF8.GetBytes($"window.{global} = ");
        var script = GC.AllocateUninitializedArray<byte>(prefix.Length + json.Length + 2);
        prefix.CopyTo(script, 0);
        json.CopyTo(script, prefix.Length);
        ";\n"u8.CopyTo(script.AsSpan(prefix.Length + json.Length));
        return script;
    }
}
