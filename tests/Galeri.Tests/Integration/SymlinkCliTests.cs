using Galeri.Tests.Support;

namespace Galeri.Tests.Integration;

/// <summary>The symlink rule through the real command line, as CI runs it on a pull request.</summary>
public class SymlinkCliTests
{
    [Fact]
    public void Check_and_build_refuse_a_link_to_a_system_file_with_exit_one_and_write_nothing()
    {
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        File.CreateSymbolicLink(Path.Combine(content, "inovasi", "data-go", "env.pdf"), "/proc/self/environ");

        var (checkCode, json, _) = GaleriProcess.Run(temp.Path, "check", "--format", "json");
        Assert.Equal(1, checkCode);
        var compact = string.Concat(json.Where(c => !char.IsWhiteSpace(c)));
        Assert.Contains("\"file\":\"content/inovasi/data-go/env.pdf\",\"line\":1", compact);
        Assert.Contains("\"rule\":\"symlink\"", compact);

        var (buildCode, _, stderr) = GaleriProcess.Run(temp.Path, "build", "--theme", RepoPaths.Theme);
        Assert.Equal(1, buildCode);
        Assert.Contains("content/inovasi/data-go/env.pdf:1:1 error Tautan simbolik (symlink) tidak diizinkan di folder konten", stderr);
        Assert.False(Directory.Exists(temp.Combine("public")));
    }
}
