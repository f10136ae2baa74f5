using System.Text.RegularExpressions;
using Galeri.Tests.Support;

namespace Galeri.Tests.Integration;

/// <summary>
/// What <c>galeri build</c> prints when its output goes to a log or CI (plain lines, no ANSI codes),
/// with <c>--quiet</c> and with <c>--verbose</c>. Each runs the real tool on the small base content.
/// </summary>
public class BuildOutputTests
{
    private static readonly string[] Phases = ["read", "parse", "validate", "plan", "render", "search", "write"];

    private static readonly Regex Finished = new(
        @"^Selesai: (?<pages>\d+) halaman \((?<rendered>\d+) dirender\), 2 inovasi, (?<written>\d+) berkas ditulis, (?<unchanged>\d+) tidak berubah, \d+ peringatan, \d+\.\d\d detik → situs$");

    [Fact]
    public void Redirected_output_is_plain_and_counts_the_files_written_and_unchanged()
    {
        using var temp = new TempDirectory();
        MiniContent.WriteTo(temp.Path);

        var (code, stdout, stderr) = GaleriProcess.Run(temp.Path, "build", "--theme", RepoPaths.Theme, "--output", "situs");

        Assert.True(code == 0, stderr);
        Assert.DoesNotContain('\u001b', stdout);
        Assert.DoesNotContain('\u001b', stderr);
        var line = Assert.Single(GaleriProcess.Lines(stdout));
        var match = Finished.Match(line);
        Assert.True(match.Success, line);
        var files = Directory.EnumerateFiles(temp.Combine("situs"), "*", SearchOption.AllDirectories)
            .Count(f => !Path.GetRelativePath(temp.Combine("situs"), f).StartsWith('.'));
        Assert.Equal(files, int.Parse(match.Groups["written"].Value) + int.Parse(match.Groups["unchanged"].Value));
        Assert.True(int.Parse(match.Groups["written"].Value) > 0);
        Assert.Equal(match.Groups["pages"].Value, match.Groups["rendered"].Value); // a first build renders every page
        Assert.All(GaleriProcess.Lines(stderr), l => Assert.Matches(@"^\S+:\d+:\d+ warning ", l)); // no progress lines without --verbose
    }

    [Fact]
    public void Clean_renders_every_page_again()
    {
        using var temp = new TempDirectory();
        MiniContent.WriteTo(temp.Path);
        Assert.Equal(0, GaleriProcess.Run(temp.Path, "build", "--theme", RepoPaths.Theme, "--output", "situs").ExitCode);

        var (code, stdout, stderr) = GaleriProcess.Run(temp.Path, "build", "--theme", RepoPaths.Theme, "--output", "situs", "--clean");

        Assert.True(code == 0, stderr);
        var match = Finished.Match(Assert.Single(GaleriProcess.Lines(stdout)));
        Assert.True(match.Success, stdout);
        Assert.Equal(match.Groups["pages"].Value, match.Groups["rendered"].Value);
    }

    [Fact]
    public void Quiet_prints_only_warnings_on_success_and_still_the_error_on_broken_content()
    {
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        var (code, stdout, stderr) = GaleriProcess.Run(temp.Path, "build", "--theme", RepoPaths.Theme, "--output", "situs", "--quiet");
        Assert.True(code == 0, stderr);
        Assert.Equal("", stdout);
        Assert.All(GaleriProcess.Lines(stderr), l => Assert.Matches(@"^\S+:\d+:\d+ warning ", l));
        Assert.True(File.Exists(temp.Combine("situs", "index.html")));

        var entry = Path.Combine(content, "inovasi", "siap-uji-kir-online", "index.md");
        File.WriteAllText(entry, File.ReadAllText(entry).Replace("opd: dishub", "opd: dishub2"));
        (code, stdout, stderr) = GaleriProcess.Run(temp.Path, "build", "--theme", RepoPaths.Theme, "--output", "situs", "-q");

        Assert.Equal(1, code);
        Assert.DoesNotContain("Selesai", stdout + stderr);
        Assert.Contains("content/inovasi/siap-uji-kir-online/index.md:3:1 error opd: OPD \"dishub2\" tidak dikenal.", stderr);
        Assert.DoesNotContain('\u001b', stdout + stderr);
    }

    [Fact]
    public void Verbose_prints_each_phase_once_and_its_time_in_the_shape_the_benchmark_reads()
    {
        using var temp = new TempDirectory();
        MiniContent.WriteTo(temp.Path);

        var (code, stdout, stderr) = GaleriProcess.Run(temp.Path, "build", "--theme", RepoPaths.Theme, "--output", "situs", "--verbose");

        Assert.True(code == 0, stderr);
        Assert.Matches(Finished, Assert.Single(GaleriProcess.Lines(stdout)));
        var lines = GaleriProcess.Lines(stderr).Where(l => !Regex.IsMatch(l, @"^\S+:\d+:\d+ warning ")).ToList();
        // As Galeri.Benchmark reads them: exactly three parts, "<phase> <number> ms".
        var timed = lines.Select(l => l.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(parts => parts.Length == 3 && parts[2] == "ms").ToList();
        // The pipeline's phases in order (the core may time finer steps between them).
        Assert.Equal(Phases, timed.Select(parts => parts[0]).Where(Phases.Contains));
        Assert.All(timed, parts => Assert.True(int.TryParse(parts[1], out _), string.Join(' ', parts)));
        // Progress: at most one line as each phase starts, never one per page.
        var started = lines.Where(l => l.StartsWith("Tahap: ", StringComparison.Ordinal)).ToList();
        Assert.InRange(started.Count, Phases.Length, timed.Count);
        Assert.Equal(started.Count, started.Distinct().Count());
        Assert.Contains(started, l => Regex.IsMatch(l, @"^Tahap: merender \d+ halaman$"));
        Assert.Contains(started, l => Regex.IsMatch(l, @"^Tahap: menulis \d+ berkas$"));
        Assert.Equal(lines.Count, timed.Count + started.Count);
    }

    [Fact]
    public void Quiet_and_verbose_together_are_refused()
    {
        using var temp = new TempDirectory();
        MiniContent.WriteTo(temp.Path);
        var (code, stdout, stderr) = GaleriProcess.Run(temp.Path, "build", "--theme", RepoPaths.Theme, "--quiet", "--verbose");
        Assert.Equal(2, code);
        Assert.Contains("--quiet dan --verbose tidak bisa dipakai bersamaan", stderr);
        Assert.Equal("", stdout);
        Assert.False(Directory.Exists(temp.Combine("public")));
    }

    [Theory]
    [InlineData("CI", "true")]
    [InlineData("NO_COLOR", "1")]
    [InlineData("TERM", "dumb")]
    public void Ci_no_color_and_a_dumb_terminal_get_plain_output_even_on_a_terminal(string variable, string value)
    {
        using var temp = new TempDirectory();
        MiniContent.WriteTo(temp.Path);
        var (code, output) = PseudoTerminal.Run(temp.Path, new Dictionary<string, string> { [variable] = value },
            "build", "--theme", RepoPaths.Theme, "--output", "situs");
        Assert.True(code == 0, output);
        // No colours, no live display, no table. (.NET itself switches a terminal's keypad mode, ESC[?1h ESC=, on start.)
        Assert.DoesNotMatch(@"\u001b\[[0-9;]*[mABCDGHJK]", output);
        Assert.DoesNotContain("halaman dirender", output);
        Assert.Matches(Finished, PseudoTerminal.Strip(GaleriProcess.Lines(output).Last()));
    }

    [Fact]
    public void On_a_terminal_the_summary_is_a_table_that_fits_80_columns()
    {
        using var temp = new TempDirectory();
        MiniContent.WriteTo(temp.Path);
        var (code, output) = PseudoTerminal.Run(temp.Path, new Dictionary<string, string>(), "build", "--theme", RepoPaths.Theme, "--output", "situs");

        Assert.True(code == 0, output);
        Assert.Contains('\u001b', output);
        var text = PseudoTerminal.Strip(output);
        Assert.Contains("halaman dirender", text);
        Assert.Contains("berkas tidak berubah", text);
        Assert.Contains("merender", text);
        Assert.Matches(@"Selesai: \d+ halaman, 2 inovasi, \d+ peringatan, \d+\.\d\d detik → situs", text);
        var table = GaleriProcess.Lines(text).Where(l => l.Contains('│') || l.Contains('─')).ToList();
        Assert.True(table.Count >= 10, text);
        Assert.All(table, l => Assert.True(l.Length <= 80, $"{l.Length} columns: {l}"));
    }
}
