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
        var script = RenderedSites.TextOf(site, SearchFiles.StorePath);
        using var store = JsonDocument.Parse(script[(script.IndexOf('=') + 1)..].Trim().TrimEnd(';'));
        var root = store.RootElement;
        var facets = root.GetProperty("facets").EnumerateArray().Select(f => f.GetProperty("key").GetString()!).ToList();
        Assert.Equal(SearchFacets.All.Select(f => f.Key), facets);
        var keys = root.GetProperty("keys");
        var kir = root.GetProperty("docs").EnumerateArray().Single(d => d.GetProperty(keys.GetProperty("id").GetString()!).GetString() == "siap-uji-kir-online");
        Assert.Equal("Aplikasi Siap Uji KIR Online", kir.GetProperty(keys.GetProperty("nama").GetString()!).GetString());
        Assert.Equal("ya", kir.GetProperty("penghargaan").GetString());
        Assert.Equal("ya", kir.GetProperty("dapat_direplikasi").GetString());
        Assert.Equal("dishub", kir.GetProperty("opd").GetString());
        Assert.Equal("Pernah mendapat penghargaan", root.GetProperty("labels").GetProperty("penghargaan").GetProperty("ya").GetString());

        var page = RenderedSites.TextOf(site, "cari/index.html");
        var drawn = System.Text.RegularExpressions.Regex.Matches(page, "data-faset=\"([a-z_]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(facets, drawn);
        Assert.DoesNotContain("facet_keys", File.ReadAllText(Path.Combine(RepoPaths.Theme, "layouts", "search.liquid")), StringComparison.Ordinal);
    }
}
