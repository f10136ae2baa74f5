using Galeri.Tests.Support;

namespace Galeri.Tests.Integration;

/// <summary>
/// What a person sees when a command fails in a way no rule foresaw: one Indonesian line
/// <c>galeri: what failed, file. what to do.</c> and an exit code from the README, never a stack
/// trace; the details only with <c>GALERI_DEBUG=1</c>. Each case is a real input that used to end in
/// "Unhandled exception" and a stack trace.
/// </summary>
public sealed class CliFailureTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public CliFailureTests() => MiniContent.WriteTo(_temp.Path);

    public void Dispose() => _temp.Dispose();

    /// <summary>Exactly one line on stderr, in the house form, with no stack trace and no raw control character.</summary>
    private static string OneLine(string stderr)
    {
        var lines = GaleriProcess.Lines(stderr);
        Assert.True(lines.Length == 1, stderr);
        Assert.StartsWith("galeri: ", lines[0], StringComparison.Ordinal);
        Assert.EndsWith(".", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain(lines[0], c => char.IsControl(c));
        return lines[0];
    }

    [Fact]
    public void Schema_written_to_a_folder_is_an_io_failure_naming_the_folder()
    {
        Directory.CreateDirectory(_temp.Combine("skema"));
        var (code, _, stderr) = GaleriProcess.Run(_temp.Path, "schema", "--output", "skema");
        Assert.Equal(3, code);
        Assert.Equal("galeri: tidak punya izin membaca atau menulis, skema. Periksa izin berkas atau folder itu (misalnya chmod u+rw), atau apakah itu folder padahal seharusnya berkas, lalu jalankan lagi.", OneLine(stderr));
    }

    [Fact]
    public void Schema_written_into_a_missing_folder_names_the_file()
    {
        var (code, _, stderr) = GaleriProcess.Run(_temp.Path, "schema", "--output", "tidak/ada/skema.json");
        Assert.Equal(3, code);
        Assert.StartsWith("galeri: berkas atau folder tidak ditemukan, tidak/ada/skema.json. Pastikan", OneLine(stderr), StringComparison.Ordinal);
    }

    [Fact]
    public void A_github_step_summary_that_is_a_folder_is_an_io_failure()
    {
        Directory.CreateDirectory(_temp.Combine("ringkasan"));
        var start = GaleriProcess.StartInfo(_temp.Path, ["check", "--format", "github"]).AsTerminal();
        start.Environment["GITHUB_STEP_SUMMARY"] = _temp.Combine("ringkasan");
        var (code, _, stderr) = GaleriProcess.Run(start);
        Assert.Equal(3, code);
        Assert.Contains("ringkasan", OneLine(stderr));
    }

    [Fact]
    public void A_new_visit_where_the_visits_folder_is_a_file_is_an_io_failure()
    {
        Directory.Delete(_temp.Combine("content", "kunjungan"), recursive: true);
        File.WriteAllText(_temp.Combine("content", "kunjungan"), "bukan folder\n");
        var (code, _, stderr) = GaleriProcess.Run(_temp.Path, "new", "kunjungan", "--tanggal", "2024-05-21", "--instansi", "Dinas Sosial Kota Depok", "--tuan-rumah", "dishub");
        Assert.Equal(3, code);
        Assert.Contains("content/kunjungan", OneLine(stderr));
    }

    [Fact]
    public void A_new_entry_whose_file_name_is_taken_by_a_folder_is_an_io_failure()
    {
        Directory.CreateDirectory(_temp.Combine("content", "inovasi", "parkir-pintar", "index.md"));
        var (code, _, stderr) = GaleriProcess.Run(_temp.Path, "new", "inovasi", "--opd", "dishub", "--nama", "Parkir Pintar");
        Assert.Equal(3, code);
        Assert.Contains("content/inovasi/parkir-pintar/index.md", OneLine(stderr));
    }

    [Fact]
    public void Galeri_debug_adds_the_details_for_a_report()
    {
        Directory.CreateDirectory(_temp.Combine("skema"));
        var start = GaleriProcess.StartInfo(_temp.Path, ["schema", "--output", "skema"]).AsTerminal();
        start.Environment["GALERI_DEBUG"] = "1";
        var (code, _, stderr) = GaleriProcess.Run(start);
        Assert.Equal(3, code);
        Assert.StartsWith("galeri: tidak punya izin", stderr, StringComparison.Ordinal);
        Assert.Contains("System.UnauthorizedAccessException", stderr);
        Assert.Contains("   at ", stderr);
    }

    [Fact]
    public void Terminal_control_characters_typed_on_the_command_line_are_shown_escaped()
    {
        var (code, _, stderr) = GaleriProcess.Run(_temp.Path, "new", "inovasi", "--opd", "dishub", "--nama", "Parkir", "--slug", "\u001b[31mmerah");
        Assert.Equal(1, code);
        Assert.Contains("\"\\u001B[31mmerah\" tidak bisa dipakai sebagai nama folder", OneLine(stderr));

        (code, _, stderr) = GaleriProcess.Run(_temp.Path, "check", "--content", "\u001b]0;judul\u0007");
        Assert.Equal(2, code);
        Assert.Contains("folder konten \"\\u001B]0;judul\\u0007\" tidak ditemukan", OneLine(stderr));
    }

    [Theory]
    [InlineData("check")]
    [InlineData("build")]
    public void Content_that_breaks_a_library_never_shows_a_stack_trace(string command)
    {
        // Nesting past Markdig's depth limit once ended in "Unhandled exception" (AggregateException)
        // with a stack trace. It is now a content error at its file and line, and never a trace.
        var entry = _temp.Combine("content", "inovasi", "data-go", "index.md");
        File.AppendAllText(entry, "\n" + new string('>', 100_000) + " kutipan\n");
        var (code, stdout, stderr) = command == "build"
            ? GaleriProcess.Run(_temp.Path, "build", "--theme", RepoPaths.Theme)
            : GaleriProcess.Run(_temp.Path, "check");
        Assert.True(code == 1, $"exit {code}: {stderr}");
        Assert.DoesNotContain("   at ", stdout + stderr);
        Assert.DoesNotContain("Unhandled exception", stdout + stderr);
        Assert.Contains(GaleriProcess.Lines(stdout + stderr), l => l.Contains("inovasi/data-go/index.md:", StringComparison.Ordinal)
            && l.Contains("bersarang terlalu dalam", StringComparison.Ordinal));
    }
}
