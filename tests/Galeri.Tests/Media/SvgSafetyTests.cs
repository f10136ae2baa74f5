using System.Text;
using Galeri.Media;
using Galeri.Tests.Support;

namespace Galeri.Tests.Media;

/// <summary>
/// Which SVG files may be published: what drawing programs write passes unchanged; anything that
/// could run script or load from elsewhere when the file is opened at the site's address is found,
/// with its line.
/// </summary>
public class SvgSafetyTests
{
    private const string Open = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"10\" height=\"10\">\n";

    private static SvgSafety.Problem? Find(string svg) => SvgSafety.Find(new MemoryStream(Encoding.UTF8.GetBytes(svg)));

    public static TheoryData<string, string> Unsafe => new()
    {
        { "<script>alert(1)</script>", "<script>" },
        { "<script xlink:href=\"https://contoh.example/a.js\"/>", "<script>" },
        { "<rect onclick=\"alert(1)\" width=\"1\" height=\"1\"/>", "onclick" },
        { "<rect ONMOUSEOVER=\"alert(1)\" width=\"1\" height=\"1\"/>", "ONMOUSEOVER" },
        { "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject>", "<foreignObject>" },
        { "<html:script xmlns:html=\"http://www.w3.org/1999/xhtml\">alert(1)</html:script>", "<html:script>" },
        { "<iframe src=\"https://contoh.example/\"/>", "<iframe>" },
        { "<a href=\"javascript:alert(1)\"><rect width=\"1\" height=\"1\"/></a>", "javascript:alert(1)" },
        { "<a xlink:href=\"https://contoh.example/\"><rect width=\"1\" height=\"1\"/></a>", "https://contoh.example/" },
        { "<use href=\"lain.svg#ikon\"/>", "lain.svg#ikon" },
        { "<image href=\"data:image/svg+xml;base64,PHN2Zz4=\"/>", "data:image/svg+xml" },
        { "<image href=\"foto.png\"/>", "foto.png" },
        { "<rect fill=\"url(https://contoh.example/g.svg#a)\" width=\"1\" height=\"1\"/>", "url(https://contoh.example/g.svg#a)" },
        { "<rect style=\"fill:url( 'https://contoh.example/p' )\" width=\"1\" height=\"1\"/>", "url(https://contoh.example/p" },
        { "<style>@import 'https://contoh.example/a.css';</style>", "@import" },
        { "<style><![CDATA[ rect { background: url(//contoh.example/x) } ]]></style>", "url(//contoh.example/x)" },
        { "<style>rect { b\\61ckground: u\\72l(x) }</style>", "CSS escape" },
        { "<a><set attributeName=\"href\" to=\"javascript:alert(1)\"/></a>", "attributeName" },
        { "<animate attributeName=\"onbegin\" to=\"alert(1)\"/>", "attributeName" },
        { "<g xml:base=\"https://contoh.example/\"/>", "xml:base" },
        { "<rect evil:x=\"1\" xmlns:evil=\"urn:evil\" width=\"1\" height=\"1\"/>", "evil:x" },
    };

    [Theory]
    [MemberData(nameof(Unsafe))]
    public void Active_or_external_content_is_found_on_its_line(string body, string named)
    {
        var problem = Find(Open + "<g>\n" + body + "\n</g>\n</svg>\n");
        Assert.NotNull(problem);
        Assert.False(problem.Invalid, problem.What);
        Assert.Equal(3, problem.Line);
        Assert.Contains(named, problem.What, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?>\n<?xml-stylesheet type=\"text/xsl\" href=\"a.xsl\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>", 2)]
    [InlineData("<!DOCTYPE svg [<!ENTITY a \"b\">]>\n<svg xmlns=\"http://www.w3.org/2000/svg\">&a;</svg>", 1)]
    [InlineData("<svg>\n<script>alert(1)</script></svg>", 1)]
    public void Processing_instructions_dtd_declarations_and_a_missing_namespace_are_refused(string svg, int line)
    {
        var problem = Find(svg);
        Assert.NotNull(problem);
        Assert.Equal(line, problem.Line);
    }

    [Fact]
    public void Entity_expansion_is_never_performed()
    {
        var lol = "<!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n<svg xmlns=\"http://www.w3.org/2000/svg\">&c;&c;&c;</svg>";
        Assert.NotNull(Find(lol));
    }

    [Fact]
    public void A_file_that_is_not_well_formed_is_invalid_with_its_line()
    {
        var problem = Find(Open + "<rect>\n</svg>\n");
        Assert.NotNull(problem);
        Assert.True(problem.Invalid);
        Assert.Equal(3, problem.Line);
    }

    [Theory]
    [InlineData("<rect width=\"1\" height=\"1\" fill=\"url(#g)\" style=\"stroke:url('#g');opacity:.5\"/>")]
    [InlineData("<linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#fff\"/></linearGradient><use xlink:href=\"#g\"/>")]
    [InlineData("<a href=\"#bagian\"><text>Tautan di dalam gambar</text></a>")]
    [InlineData("<image width=\"1\" height=\"1\" xlink:href=\"data:image/png;base64,iVBORw0KGgo=\"/>")]
    [InlineData("<style>.a { fill: #0b6e6e; font: 12px sans-serif }</style><text class=\"a\">javascript: is only text here</text>")]
    [InlineData("<animate attributeName=\"opacity\" from=\"0\" to=\"1\" dur=\"1s\"/>")]
    public void Ordinary_drawings_pass(string body) => Assert.Null(Find(Open + body + "\n</svg>\n"));

    [Fact]
    public void An_inkscape_file_with_its_metadata_passes()
    {
        var svg = """
            <?xml version="1.0" encoding="UTF-8" standalone="no"?>
            <!-- Created with Inkscape (http://www.inkscape.org/) -->
            <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
            <svg width="210mm" height="297mm" viewBox="0 0 210 297" version="1.1" id="svg5"
               inkscape:version="1.2.2" sodipodi:docname="alur.svg" inkscape:export-filename="C:\Users\opd\alur.png"
               xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"
               xmlns="http://www.w3.org/2000/svg" xmlns:svg="http://www.w3.org/2000/svg" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
               xmlns:cc="http://creativecommons.org/ns#" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <sodipodi:namedview id="namedview7" pagecolor="#ffffff" inkscape:zoom="0.7"/>
              <metadata><rdf:RDF><cc:Work rdf:about=""><dc:title>Alur</dc:title></cc:Work></rdf:RDF></metadata>
              <defs id="defs2"/>
              <g inkscape:label="Layer 1" inkscape:groupmode="layer" id="layer1">
                <svg:rect style="fill:#0b6e6e;stroke-width:0.26" width="50" height="30" x="10" y="10"/>
              </g>
            </svg>
            """;
        Assert.Null(Find(svg));
    }

    [Fact]
    public void Every_svg_of_the_sample_content_passes()
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Content, "inovasi"), "*.svg", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            using var stream = File.OpenRead(file);
            Assert.True(SvgSafety.Find(stream) is null, file);
        }
    }
}
