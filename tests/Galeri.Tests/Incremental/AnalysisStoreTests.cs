using Galeri.Build;
using Galeri.Incremental;
using Galeri.Search;
using Galeri.Search.Analysis;
using Galeri.Search.Lunr;
using Galeri.Tests.Support;

namespace Galeri.Tests.Incremental;

/// <summary>
/// <c>galeri build</c> keeps each entry's search analysis in <c>.galeri-cache/&lt;name&gt;/cari.bin</c>,
/// keyed by the texts analysed: the next build analyses only entries whose searched texts changed
/// (their own, or their OPD's or urusan's names), its search data stays byte for byte a clean
/// build's, <c>--clean</c> analyses everything, and a damaged file is not trusted.
/// </summary>
public class AnalysisStoreTests
{
    private const string SearchFolder = "assets/search";

    [Fact]
    public void Only_entries_whose_searched_texts_changed_are_analysed_again()
    {
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        Assert.Equal(2, Build(content, temp.Combine("public")).SearchAnalysed);
        Assert.True(File.Exists(temp.Combine(".galeri-cache", "public", AnalysisStore.FileName)));
        Assert.Equal(0, Build(content, temp.Combine("public")).SearchAnalysed);

        // A word only the edited entry has: found in the index as a clean build finds it.
        var entry = Path.Combine(content, "inovasi", "data-go", "index.md");
        File.WriteAllText(entry, File.ReadAllText(entry).Replace("\nringkasan: ", "\nringkasan: Zebrakuda melintas. ", StringComparison.Ordinal));
        Assert.Equal(1, Build(content, temp.Combine("public")).SearchAnalysed);
        SameSearchDataAsClean(temp, content, "zebrakuda");

        // An OPD's name is searched with each of its entries: only Dishub's entry is analysed again.
        var opds = Path.Combine(content, "opd.yml");
        File.WriteAllText(opds, File.ReadAllText(opds).Replace("nama: Dinas Perhubungan", "nama: Dinas Perhubungan Darat", StringComparison.Ordinal));
        Assert.Equal(1, Build(content, temp.Combine("public")).SearchAnalysed);
        SameSearchDataAsClean(temp, content, "darat");

        Assert.Equal(2, Build(content, temp.Combine("public"), clean: true).SearchAnalysed);
    }

    [Theory]
    [InlineData("flipped")]
    [InlineData("truncated")]
    [InlineData("garbage")]
    public void A_damaged_store_is_ignored_and_every_entry_analysed_again(string damage)
    {
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        Build(content, temp.Combine("public"));
        var store = temp.Combine(".galeri-cache", "public", AnalysisStore.FileName);
        var bytes = File.ReadAllBytes(store);
        switch (damage)
        {
            case "flipped":
                bytes[bytes.Length - 20] ^= 0x01; // one term number or count of the last entry
                File.WriteAllBytes(store, bytes);
                break;
            case "truncated":
                File.WriteAllBytes(store, bytes[..(bytes.Length / 2)]);
                break;
            default:
                File.WriteAllText(store, "bukan analisis");
                break;
        }
        Assert.Equal(0, AnalysisStore.Load(store).Count);

        Assert.Equal(2, Build(content, temp.Combine("public")).SearchAnalysed);
        SameSearchDataAsClean(temp, content, "kir");
        Assert.Equal(2, AnalysisStore.Load(store).Count);
    }

    [Fact]
    public void Kept_terms_are_a_fresh_analysis_in_another_term_table()
    {
        using var temp = new TempDirectory();
        LunrDocument[] documents =
        [
            new("a", ["Pelayanan perizinan daring", "PPD", "perizinan\numkm", "Mengurus izin usaha dari rumah, tanpa antre. Izin terbit hari itu."]),
            new("b", ["Sekolah ramah anak", "", "pendidikan", "Anak-anak belajar dengan gembira; sekolah-sekolah berbenah."]),
        ];
        var first = new LunrIndexBuilder(SearchFields.All, IndonesianAnalyzer.Analyze);
        var analysed = documents.Select(first.Analyze).ToList();
        var path = temp.Combine(AnalysisStore.FileName);
        AnalysisStore.Save(path, AnalysisStore.Write(
            documents.Select((d, i) => (AnalysisStore.KeyOf(d), analysed[i], first.TermsOf(d.FieldTexts[0]))),
            [.. first.Terms.Snapshot().Select(t => t.Term)]));

        // Another process numbers terms otherwise: the kept ids must follow that table, not the first.
        var second = new LunrIndexBuilder(SearchFields.All, IndonesianAnalyzer.Analyze);
        second.Analyze(new LunrDocument("x", ["zebra kuda antre gembira"]));
        var store = AnalysisStore.Load(path);
        Assert.Equal(2, store.Count);
        foreach (var document in documents)
        {
            Assert.True(store.TryGet(AnalysisStore.KeyOf(document), second.Terms.Id, out var kept, out var nameTerms));
            var fresh = second.Analyze(document);
            Assert.Equal(fresh.Fields.Count, kept.Fields.Count);
            for (var f = 0; f < fresh.Fields.Count; f++)
            {
                Assert.Equal(fresh.Fields[f].Ids, kept.Fields[f].Ids);
                Assert.Equal(fresh.Fields[f].Counts, kept.Fields[f].Counts);
                Assert.Equal(fresh.Fields[f].Length, kept.Fields[f].Length);
            }
            Assert.Equal(second.TermsOf(document.FieldTexts[0]), nameTerms);
        }
        var edited = documents[1] with { FieldTexts = ["Sekolah ramah anak", "", "pendidikan", "Anak-anak belajar."] };
        Assert.False(store.TryGet(AnalysisStore.KeyOf(edited), second.Terms.Id, out _, out _));
    }

    private static void SameSearchDataAsClean(TempDirectory temp, string content, string term)
    {
        var clean = temp.Combine("clean");
        Build(content, clean, clean: true);
        FolderAssert.SameFiles(Path.Combine(clean, SearchFolder), temp.Combine("public", SearchFolder));
        // Every term of the index, separated by spaces: the one the change brought in is there.
        Assert.Contains(term, File.ReadAllText(temp.Combine("public", SearchFolder, "istilah.js")).Split(' ', '"'));
    }

    private static BuildResult Build(string content, string output, bool clean = false)
    {
        var result = SiteBuilder.Build(new BuildOptions(content, RepoPaths.Theme, output) { Clean = clean });
        Assert.True(result.Written, string.Join("\n", result.Diagnostics.Select(d => d.Message("id"))));
        return result;
    }
}
