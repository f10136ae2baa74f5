namespace Galeri.Diagnostics;

/// <summary>
/// One problem found in the content or theme. The text is produced from <see cref="Rule"/> and
/// <see cref="Arguments"/> so the same problem can be reported in Bahasa Indonesia or English.
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
