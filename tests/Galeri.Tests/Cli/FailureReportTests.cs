using Galeri.Cli;
using Galeri.Cli.Failures;

namespace Galeri.Tests.Cli;

/// <summary>Which exit code and which line an exception that escaped a command ends in.</summary>
public class FailureReportTests
{
    [Fact]
    public void A_fault_inside_parallel_work_is_told_by_its_inner_exception()
    {
        var wrapped = new AggregateException(new AggregateException(new FileNotFoundException("Could not find file '/srv/galeri/content/site.yml'.", "/srv/galeri/content/site.yml")));
        var failure = FailureReport.Describe(wrapped);
        Assert.Equal(ExitCodes.IoFailure, failure.ExitCode);
        Assert.Equal("berkas atau folder tidak ditemukan", failure.What);
        Assert.Equal("/srv/galeri/content/site.yml", failure.File);
    }

    [Fact]
    public void A_full_disk_is_said_in_indonesian_with_the_file()
    {
        var failure = FailureReport.Describe(new IOException("No space left on device : '/tmp/keluaran/index.html'", 28));
        Assert.Equal(ExitCodes.IoFailure, failure.ExitCode);
        Assert.Equal("galeri: gagal membaca atau menulis berkas (disk penuh), /tmp/keluaran/index.html. Periksa ruang disk dan izin folder, lalu jalankan lagi.", failure.Line);
    }

    [Fact]
    public void A_fault_in_galeri_itself_asks_for_a_report_and_escapes_the_message()
    {
        var failure = FailureReport.Describe(new InvalidOperationException("nilai \u001b[2J\u202Eaneh"));
        Assert.Equal(ExitCodes.InternalError, failure.ExitCode);
        Assert.StartsWith("galeri: kesalahan internal (InvalidOperationException: nilai \\u001B[2J\\u202Eaneh). ", failure.Line, StringComparison.Ordinal);
        Assert.Contains("laporkan ke pengelola galeri", failure.Line);
        Assert.DoesNotContain(failure.Line, c => char.IsControl(c) || c == '\u202E');
    }

    [Fact]
    public void An_interruption_exits_130()
    {
        Assert.Equal(ExitCodes.Interrupted, FailureReport.Describe(new AggregateException(new TaskCanceledException())).ExitCode);
    }

    [Fact]
    public void Print_writes_one_line_and_the_details_only_when_asked()
    {
        var error = new StringWriter();
        var code = FailureReport.Print(new UnauthorizedAccessException("Access to the path '/srv/x' is denied."), details: false, error);
        Assert.Equal(ExitCodes.IoFailure, code);
        Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));

        var verbose = new StringWriter();
        FailureReport.Print(new UnauthorizedAccessException("Access to the path '/srv/x' is denied."), details: true, verbose);
        Assert.Contains("System.UnauthorizedAccessException", verbose.ToString());
    }
}
