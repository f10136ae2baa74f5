using System.Text;
using System.Text.Json;
using Galeri.Model;
using Galeri.Search;
using Galeri.Search.Facets;
using Galeri.Tests.Support;

namespace Galeri.Tests.Search.Facets;

/// <summary>
/// The search page's filters come from the content model: every field declared a facet (nested ones
/// too), then the year. The store declares them, with its keys, and the page draws one fieldset per
/// facet in the same order, so the browser agrees with the build by name, never by position.
/// </summary>
public class SearchFacetsTests
{
    private static IEnumerable<string> DeclaredFacets(IEnumerable<Field> fields) =>
        fields.SelectMany(f => (f.Facet ? [f.Key] : Array.Empty<string>()).Concat(DeclaredFacets(f.Fields)));

    [Fact]
    public void The_facets_are_the_fields_the_model_declares_then_the_year()
    {
        Assert.Equal([.. DeclaredFacets(InnovationFields.All), SearchFacets.YearKey], SearchFacets.All.Select(f => f.Key));
        Assert.Contains(SearchFacets.All, f => f.Key == "penghargaan" && f.Kind == SearchFacetKind.Flag);
        Assert.Contains(SearchFacets.All, f => f.Key == "dapat_direplikasi" && f.Kind == SearchFacetKind.Flag);
    }

    [Fact]
    public void The_store_declares_keys_and_facets_and_the_page_draws_the_same_facets()
    {
        var site = RenderedSites.Render(RepoPaths.Content, RepoPaths.Theme);
        using var meta = JsonDocument.Parse(PartJson(RenderedSites.TextOf(site, SearchFiles.MetaPath)));
        var root = meta.RootElement;
        var facets = root.GetProperty("facets").EnumerateArray().Select(f => f.GetProperty("key").GetString()!).ToList();
        Assert.Equal(SearchFacets.All.Select(f => f.Key), facets);
        var keys = root.GetProperty("keys");
        var chunks = site.Files.Where(f => f.Path.StartsWith("assets/search/d/", StringComparison.Ordinal))
            .Select(f => JsonDocument.Parse(PartJson(Encoding.UTF8.GetString(RenderedSites.Bytes(f))))).ToList();
        var docs = chunks.SelectMany(c => c.RootElement.EnumerateArray()).ToList();
        Assert.Equal(root.GetProperty("n").GetInt32(), docs.Count);
        var kir = docs.Single(d => d.GetProperty(keys.GetProperty("id").GetString()!).GetString() == "siap-uji-kir-online");
        // The facet columns agree with the documents: the KIR entry's OPD option is dishub.
        var opd = root.GetProperty("facets").EnumerateArray().Single(f => f.GetProperty("key").GetString() == "opd");
        var number = Galeri.Search.Parts.PostingCode.Alphabet.IndexOf(opd.GetProperty("col").GetString()![docs.IndexOf(kir)], StringComparison.Ordinal);
        Assert.Equal("dishub", opd.GetProperty("values")[number - 1].GetString());
        Assert.Equal("Aplikasi Siap Uji KIR Online", kir.GetProperty(keys.GetProperty("nama").GetString()!).GetString());
        Assert.Equal("ya", kir.GetProperty("penghargaan").GetString());
        Assert.Equal("ya", kir.GetProperty("dapat_direplikasi").GetString());
        Assert.Equal("dishub", kir.GetProperty("opd").GetString());
        Assert.Equal("Pernah mendapat penghargaan", root.GetProperty("labels").GetProperty("penghargaan").GetProperty("ya").GetString());

        var page = RenderedSites.TextOf(site, "cari/index.html");
        var drawn = System.Text.RegularExpressions.Regex.Matches(page, "data-faset=\"([a-z_]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(facets, drawn);
        Assert.DoesNotContain("facet_keys", File.ReadAllText(Path.Combine(RepoPaths.Theme, "layouts", "search.liquid")), StringComparison.Ordinal);
        chunks.ForEach(c => c.Dispose());
    }

    /// <summary>The JSON of a search data part (<c>(window.GALERI_BAGIAN=…)["name"]={…};</c>).</summary>
    internal static string PartJson(string script) => script[(script.IndexOf("]=", StringComparison.Ordinal) + 2)..].Trim().TrimEnd(';');
}
