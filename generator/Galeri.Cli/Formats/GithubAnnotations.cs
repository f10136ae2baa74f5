using Galeri.Diagnostics;

namespace Galeri.Cli.Formats;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=…,line=…,col=…::message</c>): printed by a
/// workflow step, they appear as annotations on the pull request's changed lines. GitHub shows only
/// about ten of each kind per step, so errors come first, and <see cref="WriteSummary"/> puts the
/// whole list on the run's summary page.
/// </summary>
public static class GithubAnnotations
{
    public static void Write(IEnumerable<Diagnostic> diagnostics, TextWriter writer, string language)
    {
        foreach (var d in diagnostics.OrderByDescending(d => d.Severity))
        {
            var command = d.Severity == Severity.Error ? "error" : "warning";
            var title = string.IsNullOrEmpty(d.Field) ? d.Rule : $"{d.Field} ({d.Rule})";
            writer.WriteLine($"::{command} file={Property(d.File)},line={d.Line},col={d.Column},title={Property(title)}::{Data(d.Message(language))}");
        }
    }

    /// <summary>The full report as a Markdown table, for the file named by <c>GITHUB_STEP_SUMMARY</c>.</summary>
    public static void WriteSummary(IReadOnlyList<Diagnostic> diagnostics, TextWriter writer, string language)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        writer.WriteLine(language == "en" ? "## galeri check" : "## Hasil pemeriksaan konten");
        writer.WriteLine();
        writer.WriteLine(language == "en"
            ? $"{errors} errors, {diagnostics.Count - errors} warnings."
            : $"{errors} kesalahan, {diagnostics.Count - errors} peringatan.");
        if (diagnostics.Count == 0) return;
        writer.WriteLine();
        writer.WriteLine(language == "en" ? "| | file:line | field | message |" : "| | berkas:baris | kolom | pesan |");
        writer.WriteLine("|---|---|---|---|");
        foreach (var d in diagnostics.OrderByDescending(d => d.Severity))
            writer.WriteLine($"| {(d.Severity == Severity.Error ? "❌" : "⚠️")} | `{d.File}:{d.Line}` | {Cell(d.Field)} | {Cell(d.Message(language))} |");
    }

    private static string Cell(string value) => value.Replace("|", "\\|").Replace("\n", " ");

    // The escaping GitHub's runner expects: data escapes %, CR, LF; properties also escape ':' and ','.
    private static string Data(string value) => value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string value) => Data(value).Replace(":", "%3A").Replace(",", "%2C");
}
