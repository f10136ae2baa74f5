using System.Diagnostics;
using Galeri.Build;
using Galeri.Diagnostics;
using Galeri.Entries;
using Galeri.Entries.Sections;
using Galeri.Incremental;
using Galeri.Tests.Integration;
using Galeri.Tests.Support;
using Galeri.Yaml;

namespace Galeri.Tests.Incremental;

/// <summary>
/// <c>galeri build</c> keeps each entry file's readings (front matter as YAML, body as sections, with
/// their messages) in <c>.galeri-cache/&lt;name&gt;/sintaks.bin</c>: the next build reads only files
/// changed since, reports the same messages, and writes a clean build's site; a damaged, cut, foreign
/// or linked store is not trusted, and one mostly of old readings is written again smaller.
/// </summary>
public class SyntaxStoreTests
{
    [Fact]
    public void Only_entry_files_changed_since_the_last_build_are_read_again()
    {
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        var output = temp.Combine("public");
        Assert.Equal(2, Build(content, output).EntriesRead);
        Assert.Equal(0, Build(content, output).EntriesRead);

        // A section the page shows after the standard ones, with a warning: both again from the store.
        var entry = Path.Combine(content, "inovasi", "data-go", "index.md");
        File.AppendAllText(entry, "\n## Catatan Zebrakuda\n\nDicatat oleh petugas.\n");
        var edited = Build(content, output);
        Assert.Equal(1, edited.EntriesRead);
        var kept = Build(content, output);
        Assert.Equal(0, kept.EntriesRead);
        var warning = Assert.Single(kept.Diagnostics, d => d.Rule == "section-unknown");
        Assert.Equal(Texts(edited.Diagnostics), Texts(kept.Diagnostics));
        Assert.Contains("Zebrakuda", warning.ToString());
        SameAsClean(temp, content);

        Assert.Equal(2, Build(content, output, clean: true).EntriesRead);
    }

    [Fact]
    public void A_changed_photo_in_the_bundle_reads_its_entry_again()
    {
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        var output = temp.Combine("public");
        var folder = Path.Combine(content, "inovasi", "data-go");
        Jpeg(Path.Combine(folder, "alur.jpg"), 800, 600);
        File.AppendAllText(Path.Combine(folder, "index.md"), "\n![Alur layanan](alur.jpg)\n");
        Build(content, output);

        // The body's picture carries the photo's size: a new photo of another size is a new reading.
        Jpeg(Path.Combine(folder, "alur.jpg"), 1200, 400);
        Assert.Equal(1, Build(content, output).EntriesRead);
        SameAsClean(temp, content);
    }

    [Theory]
    [InlineData("flipped")]
    [InlineData("cut")]
    [InlineData("foreign")]
    public void A_damaged_store_costs_only_reading_again(string damage)
    {
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        var output = temp.Combine("public");
        Build(content, output);
        var store = temp.Combine(".galeri-cache", "public", SyntaxStore.FileName);
        var bytes = File.ReadAllBytes(store);
        switch (damage)
        {
            case "flipped":
                bytes[bytes.Length - 100] ^= 0x20; // inside the last record's bytes
                File.WriteAllBytes(store, bytes);
                break;
            case "cut":
                File.WriteAllBytes(store, bytes[..(bytes.Length - 100)]);
                break;
            default:
                File.WriteAllBytes(store, [.. "galeri-sintaks 0 lain\n"u8, .. bytes[60..]]);
                break;
        }

        var read = Build(content, output).EntriesRead;
        Assert.InRange(read, 1, 2);
        if (damage == "foreign") Assert.Equal(2, read);
        SameAsClean(temp, content);
        Assert.Equal(0, Build(content, output).EntriesRead); // the store made whole again
    }

    [Fact]
    public void A_store_over_the_file_size_limit_costs_only_its_use_not_the_build()
    {
        using var temp = new TempDirectory();
        // Enough entries for a store larger than the largest file of the site (the known-words script, about 200 KB).
        var content = SyntheticCatalog.WriteTo(temp.Combine("content"), count: 320, version: 1);
        string[] Args(string output) => ["build", "--content", content, "--theme", RepoPaths.Theme, "--output", temp.Combine(output)];
        // Run beside the content, not above it: messages then name files by their full path, as in this process.
        var work = Directory.CreateDirectory(temp.Combine("kerja")).FullName;
        Assert.Equal(0, GaleriProcess.Run(work, Args("bersih")).ExitCode);

        // A limit above every file the build writes but the store: only appending readings fails
        // (EFBIG, as a disk quota would), and the build goes on without them.
        var store = new FileInfo(temp.Combine(".galeri-cache", "bersih", SyntaxStore.FileName));
        var largest = Directory.EnumerateFiles(temp.Path, "*", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(content, StringComparison.Ordinal) && f != store.FullName).Max(f => new FileInfo(f).Length);
        var limitKb = largest / 1024 + 2;
        Assert.True(store.Length > limitKb * 1024, $"the store ({store.Length} bytes) is over the limit ({limitKb} KB)");
        var limited = new ProcessStartInfo("bash") { WorkingDirectory = work, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])["-c", $"trap '' XFSZ; ulimit -f {limitKb}; exec dotnet \"$0\" \"$@\"", GaleriProcess.Dll, .. Args("public")])
            limited.ArgumentList.Add(arg);
        limited.Environment["DOTNET_EnableWriteXorExecute"] = "0"; // the runtime's double-mapped code memory is a large file too
        var (code, stdout, stderr) = GaleriProcess.Run(limited);

        Assert.True(code == 0, $"exit {code}: {stdout}{stderr}");
        Assert.Equal(FolderState.Hash(temp.Combine("bersih")), FolderState.Hash(temp.Combine("public")));
        Assert.True(new FileInfo(temp.Combine(".galeri-cache", "public", SyntaxStore.FileName)).Length < limitKb * 1024);

        // Without the limit the next build keeps the readings again, and the one after uses them.
        Assert.Equal(0, GaleriProcess.Run(work, Args("public")).ExitCode);
        Assert.Equal(0, Build(content, temp.Combine("public")).EntriesRead);
        Assert.Equal(FolderState.Hash(temp.Combine("bersih")), FolderState.Hash(temp.Combine("public")));
    }

    [Fact]
    public void A_store_that_is_a_link_is_replaced_and_its_target_left_alone()
    {
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        var output = temp.Combine("public");
        Build(content, output);
        var store = temp.Combine(".galeri-cache", "public", SyntaxStore.FileName);
        var outside = temp.Combine("rahasia.txt");
        File.WriteAllText(outside, "isi yang tidak boleh berubah");
        File.Delete(store);
        File.CreateSymbolicLink(store, outside);

        Assert.Equal(2, Build(content, output).EntriesRead);
        Assert.Equal("isi yang tidak boleh berubah", File.ReadAllText(outside));
        Assert.Null(new FileInfo(store).LinkTarget);
        Assert.Equal(0, Build(content, output).EntriesRead);
    }

    [Fact]
    public void A_store_mostly_of_old_readings_is_written_again_with_only_the_current_ones()
    {
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        var output = temp.Combine("public");
        var store = temp.Combine(".galeri-cache", "public", SyntaxStore.FileName);
        Build(content, output);
        var sizes = new List<long> { new FileInfo(store).Length };
        for (var round = 1; round <= 2; round++)
        {
            foreach (var entry in Directory.GetFiles(Path.Combine(content, "inovasi"), "index.md", SearchOption.AllDirectories))
                File.AppendAllText(entry, $"\nPerbaikan ke-{round}.\n");
            Assert.Equal(2, Build(content, output).EntriesRead);
            sizes.Add(new FileInfo(store).Length);
        }
        Assert.True(sizes[1] > sizes[0], "the first edit's readings are added to the store");
        Assert.True(sizes[2] < sizes[1], $"two rounds of old readings are dropped: {string.Join(", ", sizes)}");
        Assert.Equal(0, Build(content, output).EntriesRead);

        Build(content, temp.Combine("fresh"), clean: true);
        Assert.Equal(new FileInfo(temp.Combine(".galeri-cache", "fresh", SyntaxStore.FileName)).Length, sizes[2]);
    }

    [Fact]
    public void A_reading_reads_back_as_it_was_written()
    {
        var map = new YamlMap(
        [
            new YamlMapEntry(new YamlScalar("nama", true, new(3, 1)), new YamlScalar("Data \"Go\" ✓", false, new(3, 7))),
            new YamlMapEntry(new YamlScalar("tag", true, new(4, 1)), new YamlSequence([new YamlScalar("~", true, new(4, 7)), new YamlScalar("", true, new(4, 10))], new(4, 6))),
        ], new(3, 1)) { Unreadable = new HashSet<string>(StringComparer.Ordinal) { "tanggal_penerapan" } };
        Diagnostic[] messages = [new(Severity.Warning, "inovasi/a/index.md", 5, 2, "nama", "hidden-character", ["a\u202eb", "ESC"])];

        var (readMap, readMessages) = SyntaxCodec.ReadMap(SyntaxCodec.Write(map, messages)!, SyntaxCodec.Write(map, messages)!.Length);
        Assert.NotNull(readMap);
        Assert.Equal(map.Position, readMap.Position);
        Assert.Equal(map.Entries.Select(e => (e.Key, Scalar(e.Value))), readMap.Entries.Select(e => (e.Key, Scalar(e.Value))));
        var tags = Assert.IsType<YamlSequence>(readMap.Find("tag")!.Value);
        Assert.All(tags.Items, item => Assert.True(Assert.IsType<YamlScalar>(item).IsNull));
        Assert.Contains("tanggal_penerapan", readMap.Unreadable);
        Assert.Equal(messages[0].ToString(), Assert.Single(readMessages).ToString());
        Assert.DoesNotContain('\u202e', readMessages[0].Arguments[0]);

        var sections = new[] { new BodySection(SectionKind.All[0], SectionKind.All[0].Heading, SectionKind.All[0].Key, "<p>a</p>\n", 12), new BodySection(null, "Catatan", "bagian-catatan", "", 20) };
        var bytes = SyntaxCodec.Write(sections, [])!;
        Assert.Equal(sections, SyntaxCodec.ReadSections(bytes, bytes.Length).Sections);

        // A lone surrogate (a YAML escape can make one) has no UTF-8 form: such a reading is not kept.
        var broken = new YamlMap([new YamlMapEntry(new YamlScalar("nama", true, new(1, 1)), new YamlScalar("a\ud800", false, new(1, 7)))], new(1, 1));
        Assert.Null(SyntaxCodec.Write(broken, []));
    }

    private static void Jpeg(string path, int width, int height)
    {
        using var image = NetVips.Image.Black(width, height);
        image.Jpegsave(path);
    }

    private static YamlScalar? Scalar(YamlNode node) => node as YamlScalar;

    private static IEnumerable<string> Texts(IReadOnlyList<Diagnostic> diagnostics) => diagnostics.Select(d => d.ToString());

    private static void SameAsClean(TempDirectory temp, string content)
    {
        var clean = temp.Combine("clean");
        Build(content, clean, clean: true);
        FolderAssert.SameFiles(clean, temp.Combine("public"));
    }

    private static BuildResult Build(string content, string output, bool clean = false)
    {
        var result = SiteBuilder.Build(new BuildOptions(content, RepoPaths.Theme, output) { Clean = clean });
        Assert.True(result.Written, string.Join("\n", result.Diagnostics.Select(d => d.Message("id"))));
        return result;
    }
}
