using System.Diagnostics;
using Galeri.Tests.Support;

namespace Galeri.Tests.Integration;

/// <summary>Runs <c>galeri</c> as a separate process, as Balitbang and CI do, and checks exit codes and output.</summary>
public class CliProcessTests
{
    private static (int ExitCode, string Stdout, string Stderr) Galeri(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "galeri.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "galeri finished");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    [Fact]
    public void Build_succeeds_with_exit_code_zero_and_a_one_line_summary()
    {
        using var temp = new TempDirectory();
        MiniContent.WriteTo(temp.Path);
        var (code, stdout, _) = Galeri(temp.Path, "build", "--theme", RepoPaths.Theme, "--output", "situs");
        Assert.Equal(0, code);
        Assert.Matches(@"^Selesai: \d+ halaman, 2 inovasi, \d+ peringatan, \d+\.\d\d detik → situs\s*$", stdout);
        Assert.True(File.Exists(temp.Combine("situs", "inovasi", "data-go", "index.html")));
    }

    [Fact]
    public void Content_error_exits_with_one_and_names_file_line_and_field()
    {
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        var entry = Path.Combine(content, "inovasi", "siap-uji-kir-online", "index.md");
        File.WriteAllText(entry, File.ReadAllText(entry).Replace("opd: dishub", "opd: dishub2"));
        var (code, _, stderr) = Galeri(temp.Path, "build", "--theme", RepoPaths.Theme);
        Assert.Equal(1, code);
        Assert.Contains("content/inovasi/siap-uji-kir-online/index.md:3:1 error opd: OPD \"dishub2\" tidak dikenal. Maksud Anda \"dishub\"?", stderr);
        Assert.False(Directory.Exists(temp.Combine("public")));
    }

    [Fact]
    public void Unknown_option_exits_with_two()
    {
        using var temp = new TempDirectory();
        var (code, _, stderr) = Galeri(temp.Path, "build", "--contnet", "x");
        Assert.Equal(2, code);
        Assert.Contains("--contnet", stderr);
    }

    [Fact]
    public void Missing_content_folder_is_explained()
    {
        using var temp = new TempDirectory();
        var (code, _, stderr) = Galeri(temp.Path, "build", "--content", "tidak-ada", "--theme", RepoPaths.Theme);
        Assert.Equal(2, code);
        Assert.Contains("folder konten \"tidak-ada\" tidak ditemukan", stderr);
    }
}
