using Galeri.Output;
using Galeri.Tests.Support;

namespace Galeri.Tests.Output;

public class IncrementalOutputWriterTests
{
    private static OutputFile Text(string path, string text) => OutputFile.FromText(path, text);

    [Fact]
    public void Only_changed_files_are_written_and_removed_ones_go_with_their_empty_folders()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("public");
        var stable = Enumerable.Range(1, 6).Select(i => Text($"s{i}/index.html", $"tetap {i}")).ToList();
        var (manifest, written) = IncrementalOutputWriter.Write(output, [.. stable, Text("x/index.html", "b"), Text("y/z/index.html", "c")], null);
        Assert.Equal(8, written);
        var untouched = File.GetLastWriteTimeUtc(Path.Combine(output, "s1", "index.html"));

        (manifest, written) = IncrementalOutputWriter.Write(output, [.. stable, Text("x/index.html", "B"), Text("w/index.html", "d")], manifest);

        Assert.Equal(2, written); // x changed, w new; the six others were not touched
        Assert.Equal(untouched, File.GetLastWriteTimeUtc(Path.Combine(output, "s1", "index.html")));
        Assert.Equal("B", File.ReadAllText(Path.Combine(output, "x", "index.html")));
        Assert.Equal("d", File.ReadAllText(Path.Combine(output, "w", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(output, "y")));
        Assert.Equal(8, manifest.Files.Keys.Count(p => p != OutputMarker.MarkerFile));
        Assert.DoesNotContain(Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories), p => p.EndsWith(".galeri-baru", StringComparison.Ordinal));
    }

    [Fact]
    public void A_failure_while_writing_leaves_the_output_exactly_as_it_was()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("public");
        var first = new[] { Text("index.html", "a"), Text("x/index.html", "b"), Text("x/y/a.html", "c"), Text("conflict", "f"), Text("z.html", "z") };
        var (manifest, _) = IncrementalOutputWriter.Write(output, first, null);
        var before = DirectoryCopy.Snapshot(output);

        // "conflict" is a file, so a folder of that name cannot be made: the write fails midway,
        // after other changed files and a new folder were already staged.
        var second = new[]
        {
            Text("index.html", "A"), Text("x/index.html", "b"), Text("x/y/a.html", "c"), Text("conflict", "f"),
            Text("baru/dalam/index.html", "n"), Text("conflict/index.html", "g"), Text("z.html", "z"),
        };
        Assert.ThrowsAny<IOException>(() => IncrementalOutputWriter.Write(output, second, manifest));

        var after = DirectoryCopy.Snapshot(output);
        Assert.Equal(before.Keys, after.Keys);
        foreach (var (path, bytes) in before) Assert.True(bytes.AsSpan().SequenceEqual(after[path]), $"{path} changed");
        Assert.False(Directory.Exists(Path.Combine(output, "baru")));
    }
}
