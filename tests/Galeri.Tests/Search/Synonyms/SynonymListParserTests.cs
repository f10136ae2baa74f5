using Galeri.Content;
using Galeri.Diagnostics;
using Galeri.Search.Synonyms;
using Galeri.Tests.Support;

namespace Galeri.Tests.Search.Synonyms;

/// <summary><c>content/referensi/sinonim.yml</c>: Balitbang's synonyms, read and checked with clear Indonesian errors naming the line.</summary>
public class SynonymListParserTests
{
    private static (SynonymList? List, DiagnosticBag Diagnostics) Parse(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var file = new SourceFile(ContentLayout.SynonymFile, "content/" + ContentLayout.SynonymFile, "/x/" + ContentLayout.SynonymFile, yaml);
        return (SynonymListParser.Parse(file, diagnostics), diagnostics);
    }

    [Fact]
    public void Groups_of_words_and_phrases_are_read_as_written()
    {
        var (list, diagnostics) = Parse("# komentar\n- [transportasi, perhubungan, angkutan]\n- [bansos, bantuan sosial]\n");
        DiagnosticAssert.NoErrors(diagnostics.Sorted());
        Assert.Equal([["transportasi", "perhubungan", "angkutan"], ["bansos", "bantuan sosial"]], list!.Groups);
    }

    [Fact]
    public void The_sample_ships_a_valid_default_list()
    {
        var content = Galeri.Build.SiteBuilder.Check(RepoPaths.Content, null, new DiagnosticBag())!;
        Assert.Contains(content.Synonyms.Groups, g => g.Contains("bansos") && g.Contains("bantuan sosial"));
        Assert.Contains(content.Synonyms.Groups, g => g.Contains("transportasi") && g.Contains("angkutan"));
    }

    [Theory]
    [InlineData("transportasi: angkutan\n", "synonym-not-list", 1, "daftar kelompok")]
    [InlineData("- [wifi]\n", "synonym-group", 1, "paling sedikit dua")]
    [InlineData("- wifi\n", "synonym-group", 1, "paling sedikit dua")]
    [InlineData("- [wifi, [wi, fi]]\n", "synonym-member", 1, "satu kata atau frasa")]
    [InlineData("- [wifi, dan yang]\n", "synonym-no-word", 1, "\"dan yang\" tidak memuat kata")]
    [InlineData("- [pengaduan, keluhan]\n- [aduan, komplain]\n", "synonym-repeated", 2, "\"aduan\" sudah tercakup oleh \"pengaduan\" di baris 1")]
    public void Mistakes_are_errors_naming_the_line_and_the_fix(string yaml, string rule, int line, string says)
    {
        var (_, diagnostics) = Parse(yaml);
        var error = DiagnosticAssert.SingleError(diagnostics.Sorted(), rule);
        Assert.Equal(line, error.Line);
        Assert.Contains(says, error.Message(), StringComparison.Ordinal);
    }
}
