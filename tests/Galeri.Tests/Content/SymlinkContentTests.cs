using System.Text;
using Galeri.Build;
using Galeri.Tests.Support;

namespace Galeri.Tests.Content;

/// <summary>
/// A symbolic link anywhere in the content folder is refused: it could publish any file of the
/// build machine (CI's environment, /etc/passwd). Each case builds once cleanly, adds one link to a
/// file or folder outside the content folder that holds a secret, builds again, and asserts the
/// link is reported at its own path with the rule "symlink", exactly once, and that the output is
/// byte for byte the first build's, with the secret nowhere in it.
/// </summary>
public class SymlinkContentTests
{
    private const string Secret = "RAHASIA-CI-7f3a9c";

    public static TheoryData<string, string> Links => new()
    {
        // link inside the content folder → what it points to, in the secret folder beside it
        { "inovasi/data-go/pw.pdf", "rahasia/passwd" },
        { "inovasi/data-go/foto.png", "rahasia/passwd" },
        { "inovasi/data-go/.tersembunyi.pdf", "rahasia/passwd" },
        { "inovasi/data-go/dokumen", "rahasia" },
        { "inovasi/data-go/index.md", "rahasia/entri/index.md" },
        { "inovasi/tautan", "rahasia/entri" },
        { "inovasi", "rahasia/inovasi" },
        { "halaman/rahasia.md", "rahasia/halaman.md" },
        { "halaman", "rahasia/halaman" },
        { "kunjungan/2024-01-01-rahasia.yml", "rahasia/kunjungan.yml" },
        { "site.yml", "rahasia/site.yml" },
        { "opd.yml", "rahasia/opd.yml" },
        { "referensi/urusan.yml", "rahasia/urusan.yml" },
    };

    [Theory]
    [MemberData(nameof(Links))]
    public void A_link_to_a_file_or_folder_outside_is_an_error_and_publishes_nothing(string link, string target)
    {
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        WriteSecrets(temp, content);
        var output = temp.Combine("public");
        Assert.True(Build(content, output).Written);
        var before = DirectoryCopy.Snapshot(output);

        Replace(Path.Combine(content, link), temp.Combine(target));
        var result = Build(content, output);

        AssertRefusedAt(result, link);
        var after = DirectoryCopy.Snapshot(output);
        Assert.Equal(before, after);
        Assert.DoesNotContain(after.Values, bytes => Encoding.UTF8.GetString(bytes).Contains(Secret, StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_loop_is_one_error_not_a_walk_without_end()
    {
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        File.CreateSymbolicLink(Path.Combine(content, "inovasi", "data-go", "loop"), "..");
        var result = Build(content, temp.Combine("public"));
        AssertRefusedAt(result, "inovasi/data-go/loop");
        Assert.False(Directory.Exists(temp.Combine("public")));
    }

    [Theory]
    [InlineData("/proc/self/environ")]
    [InlineData("/etc/passwd")]
    public void A_link_to_a_system_file_is_refused_before_anything_is_written(string target)
    {
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        File.CreateSymbolicLink(Path.Combine(content, "inovasi", "data-go", "env.pdf"), target);
        var result = Build(content, temp.Combine("public"));
        AssertRefusedAt(result, "inovasi/data-go/env.pdf");
        Assert.False(Directory.Exists(temp.Combine("public")));
    }

    [Fact]
    public void Check_reports_the_link_as_build_does()
    {
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        File.CreateSymbolicLink(Path.Combine(content, "halaman", "pw.md"), "/etc/passwd");
        var bag = new Galeri.Diagnostics.DiagnosticBag();
        SiteBuilder.Check(content, null, bag);
        var error = Assert.Single(bag.Sorted(), d => d.Severity == Galeri.Diagnostics.Severity.Error);
        Assert.Equal("symlink", error.Rule);
        Assert.EndsWith("content/halaman/pw.md", error.File);
        Assert.Contains("Tautan simbolik", error.Message("id"));
    }

    private static BuildResult Build(string content, string output) => SiteBuilder.Build(new BuildOptions(content, RepoPaths.Theme, output));

    private static void AssertRefusedAt(BuildResult result, string link)
    {
        var report = string.Join("\n", result.Diagnostics);
        Assert.False(result.Written, report);
        // With all of inovasi/ refused, no entry is known, so visits naming one are reported too.
        var errors = result.Diagnostics.Where(d => d.Severity == Galeri.Diagnostics.Severity.Error && !(link == "inovasi" && d.Rule == "unknown-innovation"));
        var error = Assert.Single(errors);
        Assert.Equal("symlink", error.Rule);
        Assert.EndsWith("content/" + link, error.File);
        Assert.Equal(1, error.Line);
    }

    /// <summary>Valid content outside the content folder, each file carrying the secret, for the links to point at.</summary>
    private static void WriteSecrets(TempDirectory temp, string content)
    {
        temp.Write("rahasia/passwd", "root:x:0:0:" + Secret + ":/root:/bin/bash\n");
        var entry = MiniContent.Read("inovasi/data-go/index.md");
        temp.Write("rahasia/entri/index.md", entry.Replace("ringkasan: ", "ringkasan: " + Secret + " "));
        DirectoryCopy.Copy(Path.Combine(content, "inovasi"), temp.Combine("rahasia", "inovasi"));
        temp.Write("rahasia/halaman.md", "---\njudul: " + Secret + "\n---\n\n" + Secret + "\n");
        DirectoryCopy.Copy(Path.Combine(content, "halaman"), temp.Combine("rahasia", "halaman"));
        temp.Write("rahasia/halaman/rahasia.md", "---\njudul: " + Secret + "\n---\n\n" + Secret + "\n");
        temp.Write("rahasia/kunjungan.yml", File.ReadAllText(Directory.GetFiles(Path.Combine(content, "kunjungan"))[0]) + "# " + Secret + "\n");
        foreach (var file in new[] { "site.yml", "opd.yml" })
            temp.Write("rahasia/" + file, File.ReadAllText(Path.Combine(content, file)) + "# " + Secret + "\n");
        temp.Write("rahasia/urusan.yml", File.ReadAllText(Path.Combine(content, "referensi", "urusan.yml")) + "# " + Secret + "\n");
    }

    /// <summary>Puts a link where a file or folder was (or beside the others when there was none).</summary>
    private static void Replace(string path, string target)
    {
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        else if (File.Exists(path)) File.Delete(path);
        File.CreateSymbolicLink(path, target);
    }

    [Fact]
    public void The_secret_files_would_be_valid_content_so_only_the_link_rule_stops_them()
    {
        // Guards the theory above: without the rule these copies would build and publish the secret.
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        WriteSecrets(temp, content);
        File.Copy(temp.Combine("rahasia", "halaman.md"), Path.Combine(content, "halaman", "rahasia.md"));
        var output = temp.Combine("public");
        Assert.True(Build(content, output).Written);
        Assert.Contains(DirectoryCopy.Snapshot(output).Values, bytes => Encoding.UTF8.GetString(bytes).Contains(Secret, StringComparison.Ordinal));
    }
}
