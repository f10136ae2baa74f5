namespace Galeri.Markdown.Limits;

/// <param name="Rule">The diagnostic rule: markdown-too-large, markdown-too-deep or markdown-too-complex.</param>
/// <param name="Line">0-based line in the body where the bound is passed.</param>
/// <param name="Arguments">The message's arguments: the size in KB, or the bounds that were passed.</param>
internal sealed record MarkdownLimitViolation(string Rule, int Line, params string[] Arguments);
