using Galeri.Build;
using Galeri.Incremental;
using Galeri.Tests.Support;

namespace Galeri.Tests.Integration;

/// <summary>
/// <c>galeri build</c> into a folder it built before: only what an edit affects is rendered and
/// written, and the result is byte for byte what a clean build makes.
/// </summary>
public class BuildCacheTests
{
    private sealed record Site(string Content, string Output, TempDirectory Temp) : IDisposable
    {
        public BuildResult Build(bool clean = false, string? output = null) =>
            SiteBuilder.Build(new BuildOptions(Content, RepoPaths.Theme, output ?? Output) { Clean = clean });

        public string Entry(string slug) => Path.Combine(Content, "inovasi", slug, "index.md");

        public void Dispose() => Temp.Dispose();
    }

    private static Site NewSite()
    {
        var temp = new TempDirectory();
        var content = temp.Combine("content");
        DirectoryCopy.Copy(RepoPaths.Content, content);
        return new Site(content, temp.Combine("public"), temp);
    }

    /// <summary>A copy of the sample and of the theme (to edit), with the options to build one with the other.</summary>
    private static (Site Site, string Theme, BuildOptions Options) NewSiteWithTheme()
    {
        var site = NewSite();
        var theme = site.Temp.Combine("theme");
        ThemeCopy.To(theme);
        return (site, theme, new BuildOptions(site.Content, theme, site.Output));
    }

    /// <summary>Every file's bytes and modification time: a file written again gets a new time even with the same bytes.</summary>
    private static Dictionary<string, (byte[] Bytes, DateTime Written)> State(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(root, p).Replace('\\', '/'), p => (File.ReadAllBytes(p), File.GetLastWriteTimeUtc(p)));

    [Fact]
    public void One_edited_entry_renders_and_writes_only_the_pages_that_show_it()
    {
        using var site = NewSite();
        var first = site.Build();
        Assert.Equal(first.Pages, first.PagesRendered);
        var before = State(site.Output);

        var entry = site.Entry("data-go");
        File.WriteAllText(entry, File.ReadAllText(entry).Replace("\nringkasan: ", "\nringkasan: Kini juga untuk kelurahan. ", StringComparison.Ordinal));
        var second = site.Build();
        var after = State(site.Output);

        Assert.True(second.Written);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        var changed = after.Keys.Where(p => !after[p].Bytes.AsSpan().SequenceEqual(before[p].Bytes)).ToHashSet();
        var rewritten = after.Keys.Where(p => after[p].Written != before[p].Written).ToHashSet();
        // Written again are exactly the files whose content changed: nothing else was touched.
        Assert.Equal(changed.Order(StringComparer.Ordinal), rewritten.Order(StringComparer.Ordinal));
        Assert.Equal(changed.Count, second.FilesWritten);
        // The entry's page, the lists that show its card with the summary, and the search data changed...
        Assert.Contains("inovasi/data-go/index.html", changed);
        Assert.Contains("inovasi/index.html", changed);
        Assert.Contains("opd/diskominsta/index.html", changed);
        // (its result document and the index shards of the words it gained)
        Assert.Contains(changed, p => p.StartsWith("assets/search/d/", StringComparison.Ordinal));
        Assert.Contains(changed, p => p.StartsWith("assets/search/t/", StringComparison.Ordinal));
        // ...pages that do not show it did not, and were not rendered again.
        Assert.DoesNotContain("tentang/index.html", changed);
        Assert.DoesNotContain("assets/css/galeri.css", changed);
        Assert.All(changed.Where(p => p.EndsWith(".html", StringComparison.Ordinal)),
            p => Assert.Contains("data-go", System.Text.Encoding.UTF8.GetString(after[p].Bytes)));
        Assert.True(second.PagesRendered < first.Pages / 3, $"{second.PagesRendered} of {first.Pages} pages rendered for one edited entry");
        Assert.True(second.PagesRendered >= changed.Count(p => p.EndsWith(".html", StringComparison.Ordinal)));

        Assert.True(site.Build(output: site.Temp.Combine("clean")).Written);
        FolderAssert.SameFiles(site.Temp.Combine("clean"), site.Output);
    }

    [Fact]
    public void A_build_with_nothing_changed_renders_and_writes_nothing()
    {
        using var site = NewSite();
        var first = site.Build();
        var before = State(site.Output);
        var second = site.Build();
        Assert.Equal(0, second.PagesRendered);
        Assert.Equal(0, second.FilesWritten);
        Assert.Equal(first.Files, second.FilesUnchanged);
        var after = State(site.Output);
        Assert.All(after, f => Assert.Equal(before[f.Key].Written, f.Value.Written));
    }

    [Fact]
    public void A_removed_entry_disappears_from_the_output_as_in_a_clean_build()
    {
        using var site = NewSite();
        site.Build();
        Directory.Delete(Path.GetDirectoryName(site.Entry("kelas-ayah"))!, recursive: true);
        var result = site.Build();
        Assert.True(result.Written);
        Assert.False(Directory.Exists(Path.Combine(site.Output, "inovasi", "kelas-ayah")));
        site.Build(output: site.Temp.Combine("clean"));
        FolderAssert.SameFiles(site.Temp.Combine("clean"), site.Output);
    }

    [Fact]
    public void A_changed_template_renders_every_page_that_uses_it_again()
    {
        var (site, theme, options) = NewSiteWithTheme();
        using var cleanup = site;
        var first = SiteBuilder.Build(options);
        File.AppendAllText(Path.Combine(theme, "partials", "card.liquid"), "<!-- kartu -->\n");
        var second = SiteBuilder.Build(options);
        // Every page is rendered again: the theme is part of every page's fingerprint.
        Assert.Equal(first.Pages, second.PagesRendered);
        Assert.Contains("<!-- kartu -->", File.ReadAllText(Path.Combine(site.Output, "inovasi", "index.html")));
        SiteBuilder.Build(options with { OutputDirectory = site.Temp.Combine("clean") });
        FolderAssert.SameFiles(site.Temp.Combine("clean"), site.Output);
    }

    [Fact]
    public void A_template_edit_that_changes_no_page_renders_every_page_and_writes_none()
    {
        var (site, theme, options) = NewSiteWithTheme();
        using var cleanup = site;
        var first = SiteBuilder.Build(options);
        var before = State(site.Output);
        File.AppendAllText(Path.Combine(theme, "layouts", "baseof.liquid"), "{% comment %}catatan tema{% endcomment %}");
        var second = SiteBuilder.Build(options);
        Assert.Equal(first.Pages, second.PagesRendered);
        Assert.Equal(0, second.FilesWritten);
        Assert.All(State(site.Output), f => Assert.Equal(before[f.Key].Written, f.Value.Written));
    }

    /// <summary>
    /// An entry's studi tiru script is not made again while what it is made from is unchanged, so each
    /// thing it shows besides the entry must make it again when changed: the OPD's website, a label of
    /// the theme, the site's address (which its QR code encodes).
    /// </summary>
    [Fact]
    public void Studi_tiru_scripts_follow_their_opd_the_theme_strings_and_the_site_address()
    {
        var (site, theme, options) = NewSiteWithTheme();
        using var cleanup = site;
        var script = Path.Combine(site.Output, "inovasi", "data-go", "studi-tiru.js");
        SiteBuilder.Build(options);

        var opds = Path.Combine(site.Content, "opd.yml");
        var strings = Path.Combine(theme, "i18n", "id.yml");
        static void Replace(string file, string from, string to) => File.WriteAllText(file, File.ReadAllText(file).Replace(from, to, StringComparison.Ordinal));
        var built = 0;
        foreach (var (change, expected) in new (Action Change, string Expected)[]
        {
            (() => Replace(opds, "https://diskominsta.magelangkota.go.id/", "https://kominfo.magelangkota.go.id/"), "https://kominfo.magelangkota.go.id/"),
            (() => Replace(strings, "qr_label: \"Kode QR menuju {url}\"", "qr_label: \"Pindai menuju {url}\""), "Pindai menuju"),
            (() => options = options with { BaseUrl = "https://galeri.contoh.id/" }, "https://galeri.contoh.id/inovasi/data-go/"),
        })
        {
            change();
            Assert.True(SiteBuilder.Build(options).Written);
            Assert.Contains(expected, File.ReadAllText(script));
            var clean = site.Temp.Combine("clean-" + built++);
            SiteBuilder.Build(options with { OutputDirectory = clean });
            FolderAssert.SameFiles(clean, site.Output);
        }
    }

    [Fact]
    public void Files_changed_or_added_by_hand_in_the_output_are_put_right()
    {
        using var site = NewSite();
        site.Build();
        var page = Path.Combine(site.Output, "inovasi", "data-go", "index.html");
        File.WriteAllText(page, "diubah tangan");
        File.WriteAllText(Path.Combine(site.Output, "inovasi", "data-go", "studi-tiru.js"), "diubah tangan");
        File.WriteAllText(Path.Combine(site.Output, "sisa.txt"), "bukan buatan galeri");
        var result = site.Build();
        Assert.Equal(2, result.FilesWritten);
        Assert.False(File.Exists(Path.Combine(site.Output, "sisa.txt")));
        site.Build(output: site.Temp.Combine("clean"));
        FolderAssert.SameFiles(site.Temp.Combine("clean"), site.Output);
    }

    [Fact]
    public void Clean_ignores_the_cache()
    {
        using var site = NewSite();
        var first = site.Build();
        var clean = site.Build(clean: true);
        Assert.Equal(first.Pages, clean.PagesRendered);
        Assert.Equal(clean.Files, clean.FilesWritten);
        Assert.True(File.Exists(Path.Combine(BuildCache.FolderFor(site.Output), "state.txt")));
    }

    [Fact]
    public void A_damaged_cache_only_costs_a_full_build()
    {
        using var site = NewSite();
        site.Build();
        File.WriteAllText(Path.Combine(BuildCache.FolderFor(site.Output), "state.txt"), "bukan cache\n");
        var result = site.Build();
        Assert.True(result.Written);
        Assert.Equal(result.Pages, result.PagesRendered);
        site.Build(output: site.Temp.Combine("clean"));
        FolderAssert.SameFiles(site.Temp.Combine("clean"), site.Output);
    }
}
