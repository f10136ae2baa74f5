using Galeri.Diagnostics;
using Galeri.Cli.Formats;

namespace Galeri.Tests.Diagnostics;

public class GithubAnnotationsTests
{
    private static readonly Diagnostic[] Problems =
    [
        new(Severity.Warning, "content/a.md", 2, 1, "ringkasan", "summary-too-long", ["95"]),
        new(Severity.Error, "content/b.md", 7, 3, "opd", "unknown-opd", ["dishub2", "dishub"]),
    ];

    [Fact]
    public void Errors_come_first_because_github_shows_only_about_ten_of_each()
    {
        var writer = new StringWriter();
        GithubAnnotations.Write(Problems, writer, "id");
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("::error file=content/b.md,line=7,col=3,title=opd (unknown-opd)::OPD \"dishub2\" tidak dikenal. Maksud Anda \"dishub\"?", lines[0]);
        Assert.StartsWith("::warning file=content/a.md,line=2,col=1,", lines[1]);
    }

    [Fact]
    public void Properties_and_messages_are_escaped_for_the_runner()
    {
        var writer = new StringWriter();
        GithubAnnotations.Write([new Diagnostic(Severity.Error, "c:d,e.md", 1, 1, "", "yaml-syntax", ["50% selesai\nbaris dua"])], writer, "en");
        Assert.Contains("file=c%3Ad%2Ce.md", writer.ToString());
        Assert.Contains("50%25 selesai%0Abaris dua", writer.ToString());
    }

    [Fact]
    public void The_step_summary_lists_every_problem()
    {
        var writer = new StringWriter();
        GithubAnnotations.WriteSummary(Problems, writer, "id");
        var text = writer.ToString();
        Assert.Contains("1 kesalahan, 1 peringatan.", text);
        Assert.Contains("| ❌ | `content/b.md:7` | opd |", text);
        Assert.Contains("| ⚠️ | `content/a.md:2` | ringkasan |", text);
    }
}
