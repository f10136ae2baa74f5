using Galeri.Build;
using Galeri.Tests.Integration;
using Galeri.Tests.Support;

namespace Galeri.Tests.Output;

/// <summary>
/// <c>--output</c> values that can never be an output folder are a usage error (exit 2) with a clear
/// message, before anything is read or written: an empty name, a place inside a build cache (which
/// would publish it), and the root, home or working folder (or a folder holding them).
/// </summary>
public class OutputPathRefusalTests
{
    public static TheoryData<string, string> Refused => new()
    {
        { "", "output-invalid" },
        { "   ", "output-invalid" },
        { ".galeri-cache", "output-in-cache" },
        { ".galeri-cache/public", "output-in-cache" },
        { "situs/.galeri-cache/x", "output-in-cache" },
        { "/", "output-system-folder" },
        { ".", "output-system-folder" },
        { "..", "output-system-folder" },
        { "~", "output-system-folder" }, // the home folder (the test sets HOME)
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Galeri_build_refuses_it_with_exit_2_and_writes_nothing(string output, string rule)
    {
        using var temp = new TempDirectory();
        var work = temp.Combine("kerja");
        MiniContent.WriteTo(work);
        var home = output == "~" ? work : temp.Combine("rumah");
        Directory.CreateDirectory(home);
        var start = GaleriProcess.StartInfo(work, ["build", "--theme", RepoPaths.Theme, "--output", output == "~" ? home : output]);
        start.Environment["HOME"] = home;
        var before = FolderState.Hash(temp.Path);

        var (code, stdout, stderr) = GaleriProcess.Run(start);

        Assert.Equal(2, code);
        var line = Assert.Single(GaleriProcess.Lines(stderr));
        Assert.Equal("galeri: " + Galeri.Diagnostics.DiagnosticMessages.Format(rule, [output == "~" ? home : output], "id"), line);
        Assert.Contains("--output public", line);
        Assert.DoesNotContain("   at ", stdout + stderr);
        Assert.Equal(before, FolderState.Hash(temp.Path));
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void The_guard_names_the_reason(string output, string rule)
    {
        var path = output == "~" ? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) : output;
        Assert.Equal(rule, OutputGuard.Refusal(path)?.Rule);
    }

    [Fact]
    public void A_build_called_from_code_reports_an_empty_output_instead_of_crashing()
    {
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        var result = SiteBuilder.Build(new BuildOptions(content, RepoPaths.Theme, ""));
        Assert.False(result.Written);
        DiagnosticAssert.SingleError(result.Diagnostics, "output-invalid");
    }

    [Theory]
    [InlineData("public")]
    [InlineData("situs/versi-2")]
    [InlineData("../galeri-keluaran")]
    public void Ordinary_folders_are_accepted(string output) => Assert.Null(OutputGuard.Refusal(output));
}
