namespace Galeri.Diagnostics.Formats;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=…,line=…,col=…::message</c>): printed by a
/// workflow step, they appear as annotations on the pull request's changed lines.
/// </summary>
public static class GithubAnnotations
{
    public static void Write(IEnumerable<Diagnostic> diagnostics, TextWriter writer, string language)
    {
        foreach (var d in diagnostics)
        {
            var command = d.Severity == Severity.Error ? "error" : "warning";
            var title = string.IsNullOrEmpty(d.Field) ? d.Rule : $"{d.Field} ({d.Rule})";
            writer.WriteLine($"::{command} file={Property(d.File)},line={d.Line},col={d.Column},title={Property(title)}::{Data(d.Message(language))}");
        }
    }

    // The escaping GitHub's runner expects: data escapes %, CR, LF; properties also escape ':' and ','.
    private static string Data(string value) => value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string value) => Data(value).Replace(":", "%3A").Replace(",", "%2C");
}
