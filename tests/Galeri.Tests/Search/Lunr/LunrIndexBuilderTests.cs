using System.Text;
using System.Text.Json;
using Galeri.Build;
using Galeri.Diagnostics;
using Galeri.Search.Lunr;
using Galeri.Tests.Support;
using Jint;

namespace Galeri.Tests.Search.Lunr;

/// <summary>
/// The C#-written index is what lunr.js itself would build: same JSON for the same documents, and
/// lunr.js loads it and ranks queries exactly as it ranks its own index.
/// </summary>
public class LunrIndexBuilderTests
{
    private static readonly LunrField[] Fields = [new("nama", 10), new("akronim", 10), new("tag", 5), new("ringkasan", 3), new("isi")];

    // lunr's default tokenizer: lower-case, split on whitespace and hyphens. Pipeline emptied on both sides.
    private static IReadOnlyList<string> Analyze(string text) =>
        text.ToLowerInvariant().Split([' ', '\t', '\n', '\r', '-'], StringSplitOptions.RemoveEmptyEntries);

    private static IReadOnlyList<LunrDocument> SampleDocuments()
    {
        var content = SiteBuilder.Check(RepoPaths.Content, null, new DiagnosticBag())!;
        return content.Innovations.Select(e => new LunrDocument(e.Slug,
        [
            e.Name, e.Acronym ?? "", string.Join(" ", e.Tags), e.Summary,
            string.Join(" ", e.Sections.Select(s => System.Text.RegularExpressions.Regex.Replace(s.Html, "<[^>]+>", " "))),
        ])).ToList();
    }

    private static string BuildWithLunrJs(IReadOnlyList<LunrDocument> documents)
    {
        var engine = LunrJs.Start();
        engine.SetValue("documentsJson", JsonSerializer.Serialize(documents.Select(d => new { id = d.Reference, f = d.FieldTexts })));
        engine.SetValue("fieldsJson", JsonSerializer.Serialize(Fields.Select(f => new { name = f.Name, boost = f.Boost })));
        return engine.Evaluate("""
            (function () {
              var documents = JSON.parse(documentsJson), fields = JSON.parse(fieldsJson);
              var idx = lunr(function () {
                this.pipeline.reset(); this.searchPipeline.reset();
                this.ref('id');
                var builder = this;
                fields.forEach(function (f, i) { builder.field(f.name, { boost: f.boost, extractor: function (d) { return d.f[i]; } }); });
                documents.forEach(function (d) { builder.add(d); });
              });
              return JSON.stringify(idx);
            })()
            """).AsString();
    }

    [Fact]
    public void The_serialized_index_is_the_one_lunr_js_builds_from_the_same_documents()
    {
        var documents = SampleDocuments();
        var ours = Encoding.UTF8.GetString(new LunrIndexBuilder(Fields, [], Analyze).Build(documents));
        var theirs = BuildWithLunrJs(documents);
        using var a = JsonDocument.Parse(ours);
        using var b = JsonDocument.Parse(theirs);
        Assert.True(JsonElement.DeepEquals(a.RootElement, b.RootElement), FirstDifference(ours, theirs));
    }

    [Theory]
    [InlineData("uji kir")]
    [InlineData("data")]
    [InlineData("pelayanan pajak")]
    [InlineData("pengaduan")]
    [InlineData("sosial forum")]
    [InlineData("aplikasi online antrean")]
    public void Lunr_js_loads_the_index_and_ranks_queries_as_it_ranks_its_own(string query)
    {
        var documents = SampleDocuments();
        var engine = LunrJs.Start();
        engine.SetValue("ours", Encoding.UTF8.GetString(new LunrIndexBuilder(Fields, [], Analyze).Build(documents)));
        engine.SetValue("theirs", BuildWithLunrJs(documents));
        engine.SetValue("query", query);
        var results = engine.Evaluate("""
            (function () {
              function run(json) {
                return lunr.Index.load(JSON.parse(json)).search(query).map(function (r) { return r.ref + ':' + r.score.toFixed(6); }).join(' ');
              }
              return run(ours) + '|' + run(theirs);
            })()
            """).AsString().Split('|');
        Assert.NotEmpty(results[0]);
        Assert.Equal(results[1], results[0]);
    }

    private static string FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        return $"first difference at {i}:\nours:   {a.Substring(Math.Max(0, i - 80), Math.Min(160, a.Length - Math.Max(0, i - 80)))}\ntheirs: {b.Substring(Math.Max(0, i - 80), Math.Min(160, b.Length - Math.Max(0, i - 80)))}";
    }
}
