using Galeri.Diagnostics;
using Galeri.Yaml;

namespace Galeri.Tests.Yaml;

public class YamlTreeReaderTests
{
    private static (YamlNode? Root, IReadOnlyList<Diagnostic> Diagnostics) Read(string yaml, int lineOffset = 0)
    {
        var bag = new DiagnosticBag();
        var root = YamlTreeReader.Read(yaml, "f.yml", lineOffset, bag);
        return (root, bag.Sorted());
    }

    [Fact]
    public void Keys_remember_their_line_and_column_shifted_by_the_front_matter_offset()
    {
        var (root, diagnostics) = Read("nama: Data Go\nkontak:\n  email: a@b.go.id\n", lineOffset: 1);
        Assert.Empty(diagnostics);
        var map = Assert.IsType<YamlMap>(root);
        Assert.Equal(new SourcePosition(2, 1), map.Find("nama")!.Key.Position);
        var contact = Assert.IsType<YamlMap>(map.Find("kontak")!.Value);
        Assert.Equal(new SourcePosition(4, 3), contact.Find("email")!.Key.Position);
    }

    [Fact]
    public void Quoted_values_are_not_plain_so_they_stay_text()
    {
        var (root, _) = Read("a: \"2019\"\nb: 2019\nc: ~\n");
        var map = (YamlMap)root!;
        Assert.False(((YamlScalar)map.Find("a")!.Value).IsPlain);
        Assert.True(((YamlScalar)map.Find("b")!.Value).IsPlain);
        Assert.True(((YamlScalar)map.Find("c")!.Value).IsNull);
    }

    [Fact]
    public void Duplicate_key_is_reported_at_the_second_occurrence_and_the_first_value_is_kept()
    {
        var (root, diagnostics) = Read("nama: A\nopd: dishub\nnama: B\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal("duplicate-key", error.Rule);
        Assert.Equal(3, error.Line);
        Assert.Equal("A", ((YamlScalar)((YamlMap)root!).Find("nama")!.Value).Value);
    }

    [Fact]
    public void Aliases_are_refused_so_a_small_file_cannot_expand_into_a_huge_one()
    {
        var (root, diagnostics) = Read("a: &x [1, 2]\nb: [*x, *x]\n");
        Assert.Null(root);
        var error = Assert.Single(diagnostics);
        Assert.Equal("yaml-alias", error.Rule);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Syntax_error_names_the_line_and_a_fix_in_indonesian()
    {
        var (root, diagnostics) = Read("nama: Data Go\nopd: [dishub\nringkasan: x\n");
        Assert.Null(root);
        var error = Assert.Single(diagnostics);
        Assert.Equal("yaml-unfinished", error.Rule);
        Assert.InRange(error.Line, 2, 4);
        Assert.Contains("kurung [ atau { atau tanda petik yang dibuka tidak ditutup", error.Message());
        Assert.Contains("an opening [ or { or quote is not closed", error.Message("en"));
    }

    [Fact]
    public void Empty_text_reads_as_no_document()
    {
        var (root, diagnostics) = Read("");
        Assert.Null(root);
        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("nama: !<> x\n")]
    [InlineData("sdgs: !!!!!!!![11]\n")]
    public void A_tag_the_parser_cannot_take_is_a_syntax_error_not_an_exception(string yaml)
    {
        var (root, diagnostics) = Read(yaml);
        Assert.Null(root);
        Assert.Equal("yaml-syntax", Assert.Single(diagnostics).Rule);
    }
}
