using System.Net;
using System.Text.RegularExpressions;
using Galeri.Build;
using Galeri.Diagnostics;
using Galeri.Tests.Support;

namespace Galeri.Tests.Security;

/// <summary>
/// Every way Markdown can write a link or an image, with a target a browser would run or follow off
/// the site, in every place a contributor's text reaches a page (an entry body, a free page, a visit
/// summary): the built site has no such href or src anywhere, and each body link is reported.
/// </summary>
public class LinkFormsAcrossPagesTests
{
    // One per paragraph, so each is reported on its own line.
    private static readonly string[] UnsafeForms =
    [
        "[a](javascript:alert(1))",
        "[a](JaVaScRiPt:alert(1))",
        "<javascript:alert(1)>",
        "<JaVaScRiPt:alert(1)>",
        "<vbscript:msgbox(1)>",
        "<data:text/html,x>",
        "![a](javascript:alert(1))",
        "![a](data:image/svg+xml,x)",
        "[a][r1]",
        "![a][r2]",
        "[a](jav&#x61;script&#x3A;alert(1))",
        "[a](&#106;avascript:alert(1))",
        "[a](< javascript:alert(1)>)",
        "[a](<java\tscript:alert(1)>)",
        "[a](java&#9;script:alert(1))",
        "[a](&#1;javascript:alert(1))",
        "[a](//evil.example/)",
        @"[a](\\\\evil.example/)",
        @"[a](/\evil.example/)",
        "[a](<//evil.example/>)",
    ];

    private const string Definitions = "[r1]: javascript:alert(1)\n[r2]: data:text/html,x\n";

    private const string SafeForm = "<https://baik.contoh.go.id/>";

    private static readonly string Body = string.Join("\n\n", [.. UnsafeForms, SafeForm]) + "\n\n" + Definitions;

    private static readonly Regex Target = new("\\b(?:href|src|action|formaction|srcset)\\s*=\\s*\"([^\"]*)\"", RegexOptions.IgnoreCase);

    [Fact]
    public void No_page_of_the_built_site_gets_a_script_or_foreign_host_target()
    {
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        Replace(content, "inovasi/siap-uji-kir-online/index.md", "Antrean panjang di tempat uji.", Body);
        File.WriteAllText(Path.Combine(content, "halaman", "tentang.md"), "---\njudul: Tentang\n---\n" + Body);
        Replace(content, "kunjungan/2023-08-02-depok.yml", "ringkasan: Kunjungan studi tiru.",
            "ringkasan: \"Kunjungan [a](javascript:alert(1)) <javascript:alert(1)> <a href=\\\"javascript:alert(1)\\\">x</a>\"");
        var output = temp.Combine("public");

        var result = SiteBuilder.Build(new BuildOptions(content, RepoPaths.Theme, output));

        Assert.True(result.Written, string.Join("\n", result.Diagnostics));
        var targets = Directory.GetFiles(output, "*.html", SearchOption.AllDirectories)
            .SelectMany(file => Target.Matches(File.ReadAllText(file)).Select(m => (File: file, Url: WebUtility.HtmlDecode(m.Groups[1].Value))))
            .ToList();
        Assert.Contains(targets, t => t.Url == "https://baik.contoh.go.id/" && t.File.Contains("siap-uji-kir-online", StringComparison.Ordinal));
        Assert.Contains(targets, t => t.Url == "https://baik.contoh.go.id/" && t.File.Contains("tentang", StringComparison.Ordinal));
        foreach (var (file, url) in targets)
        {
            var seen = new string(url.Where(c => c > ' ').ToArray()).Replace('\\', '/').ToLowerInvariant();
            Assert.False(seen.StartsWith("javascript:", StringComparison.Ordinal) || seen.StartsWith("vbscript:", StringComparison.Ordinal)
                         || seen.StartsWith("data:", StringComparison.Ordinal) || seen.StartsWith("//", StringComparison.Ordinal)
                         || seen.Contains("evil.example", StringComparison.Ordinal),
                $"{Path.GetRelativePath(output, file)} links to \"{url}\"");
        }
    }

    [Theory]
    [InlineData("inovasi/siap-uji-kir-online/index.md", 27)]
    [InlineData("halaman/tentang.md", 4)]
    public void Every_removed_link_is_reported_on_its_own_line(string page, int firstLine)
    {
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        if (page.StartsWith("halaman/", StringComparison.Ordinal))
            File.WriteAllText(Path.Combine(content, page), "---\njudul: Tentang\n---\n" + Body);
        else Replace(content, page, "Antrean panjang di tempat uji.", Body);
        var bag = new DiagnosticBag();

        SiteBuilder.Check(content, null, bag);

        var lines = bag.Sorted().Where(d => d.Rule == "unsafe-link" && d.File.EndsWith(page, StringComparison.Ordinal)).Select(d => d.Line);
        Assert.Equal(UnsafeForms.Select((_, i) => firstLine + 2 * i), lines);
    }

    private static void Replace(string content, string relative, string from, string to)
    {
        var path = Path.Combine(content, relative);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to));
    }
}
