using Galeri.Text;

namespace Galeri.Diagnostics;

/// <summary>
/// One problem found in the content or theme. The text is produced from <see cref="Rule"/> and
/// <see cref="Arguments"/> so the same problem can be reported in Bahasa Indonesia or English.
/// File, field and arguments often quote content; they are escaped here, once, so no output
/// (terminal, GitHub annotation, JSON, the serve error page) ever prints an ESC or a bidi override raw.
/// </summary>
public sealed record Diagnostic(
    Severity Severity,
    string File,
    int Line,
    int Column,
    string Field,
    string Rule,
    IReadOnlyList<string> Arguments)
{
    public string File { get; } = TerminalText.Escape(File);

    public string Field { get; } = TerminalText.Escape(Field);

    public IReadOnlyList<string> Arguments { get; } = Arguments.Any(a => HiddenCharacters.IndexOf(a) >= 0)
        ? [.. Arguments.Select(TerminalText.Escape)]
        : Arguments;

    /// <summary>A file could not be read (permissions, disk): a fault of the machine, not of the content.</summary>
    public bool IsReadFailure => Content.ContentTree.IsReadFailure(this);

    public string Message(string language = "id") => DiagnosticMessages.Format(Rule, Arguments, language);

    /// <summary>The compiler-style line: <c>path:line:col error field: message</c>.</summary>
    public string ToString(string language)
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        var field = string.IsNullOrEmpty(Field) ? "" : Field + ": ";
        return $"{File}:{Line}:{Column} {severity} {field}{Message(language)}";
    }

    public override string ToString() => ToString("id");
}
