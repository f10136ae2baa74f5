using System.Text;
using System.Text.Json;
using Galeri.Build;
using Galeri.Diagnostics;
using Galeri.Rendering;
using Galeri.Search;
using Galeri.Search.Analysis;
using Galeri.Tests.Search.Analysis;
using Galeri.Tests.Support;
using Galeri.Theming;
using Jint;

namespace Galeri.Tests.Search;

/// <summary>
/// The site's real search index (Indonesian analysis, all fields and boosts) against the real
/// client: lunr.js with the shipped stemmer and galeri-analysis.js builds the same index from the
/// same documents, and lunr.js loading ours finds the entries a delegation would expect, in order.
/// </summary>
public class SiteSearchIndexTests
{
    private static readonly Lazy<(string Index, IReadOnlyList<Galeri.Search.Lunr.LunrDocument> Documents)> Sample = new(() =>
    {
        var content = SiteBuilder.Check(RepoPaths.Content, null, new DiagnosticBag())!;
        var site = new SiteModel(content, Strings.Empty);
        var index = SearchFiles.Write(site)
            .Single(f => f.Path == SearchFiles.IndexPath).Bytes!;
        var script = Encoding.UTF8.GetString(index);
        return (script[(script.IndexOf('=') + 1)..].Trim().TrimEnd(';'), SearchDocuments.Of(content));
    });

    [Fact]
    public void Lunr_js_with_the_browser_analysis_builds_the_same_index()
    {
        var engine = AnalysisJs.Start(withLunr: true);
        engine.SetValue("documentsJson", JsonSerializer.Serialize(Sample.Value.Documents.Select(d => new { id = d.Reference, f = d.FieldTexts })));
        engine.SetValue("fieldsJson", JsonSerializer.Serialize(SearchFields.All.Select(f => new { name = f.Name, boost = f.Boost })));
        var theirs = engine.Evaluate("""
            (function () {
              var documents = JSON.parse(documentsJson), fields = JSON.parse(fieldsJson);
              var stop = lunr.Pipeline.registeredFunctions['galeri-stopwords-id'], stem = lunr.Pipeline.registeredFunctions['galeri-stemmer-id'];
              var idx = lunr(function () {
                this.tokenizer = function (text) {
                  return GaleriAnalysis.tokenize(text == null ? '' : String(text)).map(function (t) { return new lunr.Token(t, {}); });
                };
                this.pipeline.reset(); this.pipeline.add(stop, stem);
                this.searchPipeline.reset(); this.searchPipeline.add(stop, stem);
                this.ref('id');
                var builder = this;
                fields.forEach(function (f, i) { builder.field(f.name, { boost: f.boost, extractor: function (d) { return d.f[i]; } }); });
                documents.forEach(function (d) { builder.add(d); });
              });
              return JSON.stringify(idx);
            })()
            """).AsString();
        using var ours = JsonDocument.Parse(Sample.Value.Index);
        using var js = JsonDocument.Parse(theirs);
        Assert.True(JsonElement.DeepEquals(ours.RootElement, js.RootElement), "the C# index differs from lunr.js's");
    }

    [Theory]
    [InlineData("uji kir", "siap-uji-kir-online")]
    [InlineData("data terbuka", "data-go")]
    [InlineData("Si Bahenol", "si-bahenol")]
    [InlineData("forum tjslp", "forum-tjslp")]
    [InlineData("antrean puskesmas", "antre-puskesmas")]
    [InlineData("galeri inovasi", "galeri-inovasi")]
    [InlineData("telkom", "data-go")] // a partner (mitra), written in no other field
    public void Lunr_js_loads_the_index_and_puts_the_expected_entry_first(string query, string first)
    {
        var results = Search(query);
        Assert.True(results.Count > 0 && results[0] == first, $"\"{query}\" → {string.Join(", ", results)}");
    }

    [Fact]
    public void Inflected_forms_find_the_same_entries()
    {
        // "melayani" (to serve) and "pelayanan" (service) share the stem "layan".
        var serve = Search("melayani");
        var service = Search("pelayanan");
        Assert.NotEmpty(service);
        Assert.Equal(service.Order(), serve.Order());
    }

    /// <summary>lunr's own query parser, through the index's declared pipeline (stop words, stemmer).</summary>
    private static List<string> Search(string query)
    {
        var engine = AnalysisJs.Start(withLunr: true);
        engine.SetValue("indexJson", Sample.Value.Index);
        engine.SetValue("query", string.Join(" ", Tokenizer.Tokenize(query)));
        return engine.Evaluate("lunr.Index.load(JSON.parse(indexJson)).search(query).map(function (r) { return r.ref; }).join(',')")
            .AsString().Split(',', StringSplitOptions.RemoveEmptyEntries).ToList();
    }
}
