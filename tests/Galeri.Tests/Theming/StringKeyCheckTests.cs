using Fluid;
using Galeri.Build;
using Galeri.Diagnostics;
using Galeri.Tests.Support;
using Galeri.Theming;

namespace Galeri.Tests.Theming;

public class StringKeyCheckTests
{
    [Fact]
    public void A_misspelt_string_key_stops_the_build_naming_the_key_and_the_template()
    {
        using var temp = new TempDirectory();
        var theme = temp.Combine("theme");
        ThemeCopy.To(theme);
        var partial = Path.Combine(theme, "partials", "breadcrumb.liquid");
        var lines = File.ReadAllLines(partial).Length;
        File.AppendAllText(partial, "\n<p>{{ t.katalog.judull }}</p>\n");

        var failed = SiteBuilder.Build(new BuildOptions(RepoPaths.Content, theme, temp.Combine("public")));

        Assert.False(failed.Written);
        var error = DiagnosticAssert.SingleError(failed.Diagnostics, "i18n-key-missing");
        Assert.EndsWith("partials/breadcrumb.liquid", error.File);
        Assert.Equal(lines + 2, error.Line);
        Assert.Contains("t.katalog.judull", error.Message());
        Assert.Contains("i18n/id.yml", error.Message("en"));
    }

    [Theory]
    [InlineData("{{ t['404'].judull }}", "404.judull")]
    [InlineData("{% if x %}{{ t.umum.tidak_ada | default: 'x' }}{% endif %}", "umum.tidak_ada")]
    [InlineData("{%- assign s = t.cari.nope %}", "cari.nope")]
    public void Literal_keys_are_checked_in_every_tag_form(string template, string key)
    {
        var diagnostics = Check(template);
        var error = DiagnosticAssert.SingleError(diagnostics, "i18n-key-missing");
        Assert.Contains("t." + key + "\"", error.Message());
    }

    [Theory]
    [InlineData("{{ t.keterangan[taxonomy.key] | default: '' }}")]   // computed from data: may be missing
    [InlineData("{{ t.beranda.amati | slice: 0 }} {{ t.beranda.amati.size }}")]
    [InlineData("{{ site.t.anything }} {{ 't.not.a.key' }} <p>t.prose.text</p>")]
    public void Computed_keys_string_properties_and_text_outside_tags_are_not_keys(string template) =>
        DiagnosticAssert.NoErrors(Check(template));

    [Theory]
    [InlineData("id")]
    [InlineData("en")]
    public void The_shipped_theme_names_only_keys_its_strings_have(string language)
    {
        var diagnostics = new DiagnosticBag();
        Theme.Load(RepoPaths.Theme, language, new FluidParser(), diagnostics);
        DiagnosticAssert.NoErrors(diagnostics.Sorted());
    }

    private static IReadOnlyList<Diagnostic> Check(string template)
    {
        var diagnostics = new DiagnosticBag();
        var strings = Strings.Load(Path.Combine(RepoPaths.Theme, "i18n", "id.yml"), diagnostics);
        StringKeyCheck.Check(template, "layouts/x.liquid", strings, "id.yml", diagnostics);
        return diagnostics.Sorted();
    }
}
