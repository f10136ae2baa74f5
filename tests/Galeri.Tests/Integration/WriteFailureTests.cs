using System.Diagnostics;
using Galeri.Tests.Support;

namespace Galeri.Tests.Integration;

/// <summary>
/// A write that fails halfway (here: a file-size limit, as a full disk would) is an I/O failure for
/// the user: exit 3, one line without a stack trace, and the output folder exactly as it was. The
/// next build succeeds and leaves nothing temporary behind.
/// </summary>
public class WriteFailureTests
{
    [Fact]
    public void A_write_that_fails_halfway_exits_3_and_leaves_the_output_as_it_was()
    {
        using var temp = new TempDirectory();
        var content = temp.Combine("content");
        SyntheticCatalog.WriteTo(content, count: 120, version: 1);
        var args = new[] { "build", "--content", content, "--theme", RepoPaths.Theme, "--output", "public" };
        Assert.Equal(0, GaleriProcess.Run(temp.Path, args).ExitCode);
        Assert.Equal(0, GaleriProcess.Run(temp.Path, args).ExitCode);
        var before = FolderState.Hash(temp.Combine("public"));

        // Version 2 changes every entry page, and one entry gains a long appendix, so its page is
        // large (the search data comes in small parts). The child may write no file over 64 KB
        // (ulimit -f, with SIGXFSZ ignored so the write fails instead of killing it): the small
        // pages are staged (or spilled while rendering), then the large page fails — like a disk that fills up midway.
        SyntheticCatalog.WriteTo(content, count: 120, version: 2);
        var appendix = "\n## Lampiran\n\n" + string.Join(" ", Enumerable.Range(0, 12_000).Select(i => "data" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))) + "\n";
        File.AppendAllText(Path.Combine(content, "inovasi", "contoh-0060", "index.md"), appendix);
        Assert.True(appendix.Length > 64 * 1024, $"the appendix ({appendix.Length} bytes) is larger than the limit");
        var limited = new ProcessStartInfo("bash") { WorkingDirectory = temp.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])["-c", "trap '' XFSZ; ulimit -f 64; exec dotnet \"$0\" \"$@\"", GaleriProcess.Dll, .. args])
            limited.ArgumentList.Add(arg);
        // The runtime's double-mapped code memory is a large file too: without it the runtime starts under the limit.
        limited.Environment["DOTNET_EnableWriteXorExecute"] = "0";
        var (code, stdout, stderr) = GaleriProcess.Run(limited);

        Assert.True(code == 3, $"exit {code}: {stderr}");
        var line = Assert.Single(GaleriProcess.Lines(stderr));
        Assert.StartsWith("galeri: ", line);
        Assert.EndsWith("Folder keluaran tidak diubah.", line);
        Assert.DoesNotContain("   at ", stdout + stderr);
        Assert.Equal(before, FolderState.Hash(temp.Combine("public")));

        Assert.Equal(0, GaleriProcess.Run(temp.Path, args).ExitCode);
        Assert.Equal(0, GaleriProcess.Run(temp.Path, "build", "--content", content, "--theme", RepoPaths.Theme, "--output", "bersih").ExitCode);
        Assert.Equal(FolderState.Hash(temp.Combine("bersih")), FolderState.Hash(temp.Combine("public")));
        Assert.Empty(FolderState.Temporaries(temp.Path));
    }
}
