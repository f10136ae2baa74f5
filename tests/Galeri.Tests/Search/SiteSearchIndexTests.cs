using System.Text;
using System.Text.Json;
using Galeri.Build;
using Galeri.Diagnostics;
using Galeri.Rendering;
using Galeri.Search;
using Galeri.Search.Parts;
using Galeri.Tests.Search.Analysis;
using Galeri.Tests.Search.Facets;
using Galeri.Tests.Support;
using Galeri.Theming;
using Jint;

namespace Galeri.Tests.Search;

/// <summary>
/// The site's real split index (Indonesian analysis, all fields and boosts) against lunr.js: every
/// term's entries and weights in the shards are the scores lunr.js gives the same documents (BM25 per
/// field × boost, with the shipped stemmer and galeri-analysis.js), summed outside the body and kept
/// apart for it, to the precision of the code (<see cref="PostingCode"/>). So the page ranks as lunr
/// did, without loading lunr or a whole index.
/// </summary>
public class SiteSearchIndexTests
{
    private sealed record Split(IReadOnlyList<Galeri.Search.Lunr.LunrDocument> Documents, Dictionary<string, JsonElement> Parts, JsonElement Meta, List<string> Ids);

    private static readonly Lazy<Split> Sample = new(() =>
    {
        var content = SiteBuilder.Check(RepoPaths.Content, null, new DiagnosticBag())!;
        var site = new SiteModel(content, Strings.Empty);
        var parts = SearchFiles.Write(site).Where(f => f.Path.EndsWith(".js", StringComparison.Ordinal))
            .ToDictionary(f => f.Path["assets/search/".Length..^3], f => JsonDocument.Parse(SearchFacetsTests.PartJson(Encoding.UTF8.GetString(f.Bytes!))).RootElement);
        var ids = parts.Where(p => p.Key.StartsWith("d/", StringComparison.Ordinal)).OrderBy(p => int.Parse(p.Key[2..], System.Globalization.CultureInfo.InvariantCulture))
            .SelectMany(p => p.Value.EnumerateArray()).Select(d => d.GetProperty("id").GetString()!).ToList();
        return new Split([.. content.Innovations.Select((_, i) => SearchDocuments.Of(content, i))], parts, parts["meta"], ids);
    });

    [Fact]
    public void The_shards_hold_lunr_js_scores_for_every_term_and_entry()
    {
        var split = Sample.Value;
        var engine = AnalysisJs.Start(withLunr: true);
        engine.SetValue("documentsJson", JsonSerializer.Serialize(split.Documents.Select(d => new { id = d.Reference, f = d.FieldTexts })));
        engine.SetValue("fieldsJson", JsonSerializer.Serialize(SearchFields.All.Select(f => new { name = f.Name, boost = f.Boost })));
        var theirs = JsonDocument.Parse(engine.Evaluate("""
            (function () {
              var documents = JSON.parse(documentsJson), fields = JSON.parse(fieldsJson);
              var stop = lunr.Pipeline.registeredFunctions['galeri-stopwords-id'], stem = lunr.Pipeline.registeredFunctions['galeri-stemmer-id'];
              var idx = lunr(function () {
                this.tokenizer = function (text) {
                  return GaleriAnalysis.tokenize(text == null ? '' : String(text)).map(function (t) { return new lunr.Token(t, {}); });
                };
                this.pipeline.reset(); this.pipeline.add(stop, stem);
                this.searchPipeline.reset();
                this.ref('id');
                var builder = this;
                fields.forEach(function (f, i) { builder.field(f.name, { boost: f.boost, extractor: function (d) { return d.f[i]; } }); });
                documents.forEach(function (d) { builder.add(d); });
              });
              // term → ref → { fields: [...], head: sum outside the body, body: the body's score }
              var out = {};
              Object.keys(idx.invertedIndex).forEach(function (term) {
                var posting = idx.invertedIndex[term], perRef = out[term] = {};
                idx.fields.forEach(function (field) {
                  Object.keys(posting[field]).forEach(function (ref) {
                    var el = idx.fieldVectors[field + '/' + ref].elements, score = 0;
                    for (var k = 0; k < el.length; k += 2) if (el[k] === posting._index) score = el[k + 1];
                    var e = perRef[ref] = perRef[ref] || { fields: [], head: 0, body: 0 };
                    if (field === 'isi') e.body += score; else { e.head += score; e.fields.push(field); }
                  });
                });
              });
              return JSON.stringify(out);
            })()
            """).AsString()).RootElement;

        var head = split.Meta.GetProperty("head").EnumerateArray().Select(f => f.GetString()!).ToList();
        var ours = new Dictionary<string, Dictionary<string, (List<string> Fields, double Head, double Body)>>(StringComparer.Ordinal);
        foreach (var (name, shard) in split.Parts.Where(p => p.Key.StartsWith("t/", StringComparison.Ordinal)))
        {
            var terms = shard.GetProperty("t").EnumerateArray().Select(t => t.GetString()!).ToList();
            var postings = shard.GetProperty("p").EnumerateArray().Select(p => p.GetString()!).ToList();
            for (var i = 0; i < terms.Count; i++)
            {
                Assert.Equal(name, ShardFiles.PartOf(KeyOf(split.Meta, terms[i])));
                ours[terms[i]] = Decode(postings[i], head, split.Ids);
            }
        }

        Assert.Equal(theirs.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal), ours.Keys.Order(StringComparer.Ordinal));
        foreach (var term in theirs.EnumerateObject())
        {
            var mine = ours[term.Name];
            Assert.Equal(term.Value.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal), mine.Keys.Order(StringComparer.Ordinal));
            foreach (var entry in term.Value.EnumerateObject())
            {
                var (fields, headWeight, bodyWeight) = mine[entry.Name];
                Assert.Equal(entry.Value.GetProperty("fields").EnumerateArray().Select(f => f.GetString()!).Order(StringComparer.Ordinal), fields.Order(StringComparer.Ordinal));
                Close(entry.Value.GetProperty("head").GetDouble(), headWeight, $"{term.Name} in {entry.Name}");
                Close(entry.Value.GetProperty("body").GetDouble(), bodyWeight, $"{term.Name} in the body of {entry.Name}");
            }
        }
    }

    [Fact]
    public void Entries_are_numbered_by_name()
    {
        var names = Sample.Value.Parts.Where(p => p.Key.StartsWith("d/", StringComparison.Ordinal)).OrderBy(p => p.Key.Length).ThenBy(p => p.Key, StringComparer.Ordinal)
            .SelectMany(p => p.Value.EnumerateArray()).Select(d => d.GetProperty("n").GetString()!).ToList();
        Assert.Equal(names.Order(StringComparer.Create(System.Globalization.CultureInfo.InvariantCulture, ignoreCase: true)), names);
    }

    /// <summary>Within the code's steps (0.7 %) and lunr's rounding of each field's score to thousandths.</summary>
    private static void Close(double expected, double actual, string what) =>
        Assert.True(Math.Abs(expected - actual) <= 0.004 * (1 + expected) + 0.005, $"{what}: lunr.js {expected}, shard {actual}");

    private static string KeyOf(JsonElement meta, string term)
    {
        var keys = meta.GetProperty("shards").EnumerateArray().Select(k => k.GetString()!).ToHashSet(StringComparer.Ordinal);
        for (var n = term.Length; n > 0; n--)
            if (keys.Contains(term[..n])) return term[..n];
        throw new InvalidOperationException($"no shard key begins {term}");
    }

    private static Dictionary<string, (List<string> Fields, double Head, double Body)> Decode(string posting, List<string> head, List<string> ids)
    {
        var cut = posting.IndexOf('~', StringComparison.Ordinal);
        var h = Numbers(posting[..cut]);
        var b = Numbers(posting[(cut + 1)..]);
        var result = new Dictionary<string, (List<string> Fields, double Head, double Body)>(StringComparer.Ordinal);
        for (int k = 0, d = -1; k < h.Count; k += 3)
        {
            d += h[k];
            result[ids[d]] = ([.. head.Where((_, bit) => (h[k + 1] & (1 << bit)) != 0)], PostingCode.Weight(h[k + 2]), 0);
        }
        for (int k = 0, d = -1; k < b.Count; k += 2)
        {
            d += b[k];
            var known = result.GetValueOrDefault(ids[d], ([], 0, 0));
            result[ids[d]] = (known.Fields, known.Head, PostingCode.Weight(b[k + 1]));
        }
        return result;
    }

    private static List<int> Numbers(string text)
    {
        var numbers = new List<int>();
        var value = 0;
        foreach (var c in text)
        {
            var digit = PostingCode.Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (digit < 32) value = value * 32 + digit;
            else
            {
                numbers.Add(value * 32 + digit - 32);
                value = 0;
            }
        }
        return numbers;
    }
}
